import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import projectBrand from '../../src/brand.config';
import { files } from '../support/dist-files';
import { writeBrandFile } from '../support/project-copy.mjs';
import { articleFrontmatter, buildProject, copyProject, mdx, noticeFrontmatter, removeScratchDirs, scratchDir, tinyProject } from '../support/tiny-site';

/**
 * The incremental build (astro.config.mjs `experimental.incrementalBuild`, cache keys from
 * src/features/site/page-keys.ts) must never publish a stale page. One tiny project is built,
 * then edited step by step and rebuilt incrementally with the caches of the build before.
 *
 * The one known difference from a clean build: `data-built` on the notices banner of a page
 * restored from an earlier build keeps that build's instant. It is never shown; the banner's
 * script only compares it with `banner.json`'s, and an older one makes the script prefer
 * `banner.json`, which is what a fresh page would show anyway. page-keys.ts keys the banner's
 * content, not the instant, so that a site built without `BAYAN_NOW` is still restored. The
 * comparison masks that attribute and nothing else.
 *
 * Each step changes one kind of dependency and nothing that would re-render the pages that
 * show it for another reason, so a dependency missing from a page's key shows:
 * - the build clock moved so that a notice becomes active: every page's banner changes, so
 *   every page carrying a banner must be rendered again (a page restored instead would keep
 *   the old banner);
 * - the site-wide chrome, a category's name (breadcrumbs and search filter of every article)
 *   and the brand, together: each re-renders every page, so again every page must be rendered;
 * - content, last, since it changes only some pages: an article body (its own pages), a
 *   related article's title (shown on another article that has no other change), a
 *   translation added (language switcher, hreflang, the "not translated" page becoming the
 *   article), and the clock moved an hour (only clock-dependent pages render again). The
 *   output is then compared byte for byte with a clean build of the same final state (a copy
 *   of the project with no caches at all), which also covers every file that is no page.
 *
 * The two whole-site steps need no clean build of their own: a page rendered again is a
 * fresh page, and a page kept from the cache is what the check names. (Until December 2026
 * each step had its clean build: eight builds, now six.)
 */
afterAll(removeScratchDirs, 120_000);

const NOW = '2026-11-22T10:00:00+03:30';
/** When `upcoming-notice` has started. */
const NOTICE_LIVE = '2026-11-28T10:00:00+03:30';
/** An hour after that: the banner shows the same notices, so only clock-dependent pages render again. */
const LATER = '2026-11-28T11:00:00+03:30';

/** Site path → bytes of every file in `dir`, with the banner's build instant masked in HTML. */
function snapshot(dir: string): Map<string, string> {
	return new Map(
		files(dir).map(([site, path]) => {
			const bytes = readFileSync(path);
			return [site, site.endsWith('.html') ? bytes.toString('utf8').replace(/ data-built="[^"]*"/g, ' data-built="…"') : bytes.toString('base64')];
		}),
	);
}

/** The files that differ between two snapshots (missing on either side included). */
function differences(actual: Map<string, string>, expected: Map<string, string>): string[] {
	const names = new Set([...actual.keys(), ...expected.keys()]);
	return [...names].filter((name) => actual.get(name) !== expected.get(name)).sort();
}

/** The pages a build rendered (Astro logs a restored page with "(restored)" or "(cached)"). */
function rendered(output: string): string[] {
	return output
		.split('\n')
		.filter((line) => line.includes('├─') && !/\((restored|cached)\)/.test(line))
		.map((line) => /├─ (\S+)/.exec(line)?.[1] ?? line);
}

/** The tiny site plus three articles: Q (fa, en), R and S (fa only); every fa article lists the others as related (one category). */
const extra = {
	'src/content/articles/fa/cancel-an-order.mdx': mdx(articleFrontmatter(2), 'لغو.'),
	'src/content/articles/en/cancel-an-order.mdx': mdx(articleFrontmatter(2), 'Cancel.'),
	'src/content/articles/fa/refund-times.mdx': mdx(articleFrontmatter(3), 'بازپرداخت.'),
	'src/content/articles/fa/gift-cards.mdx': mdx(articleFrontmatter(4, 'related:\n  - refund-times\n'), 'کارت هدیه.'),
	// Not in the banner at NOW (it starts in six days), active at NOTICE_LIVE.
	'src/content/notices/fa/upcoming-notice.mdx': mdx(
		noticeFrontmatter()
			.replace(/^start: .*$/m, 'start: "2026-11-28T09:00:00+03:30"')
			.replace(/^title: .*$/m, 'title: اطلاعیه آینده'),
	),
};

describe('incremental rebuild', () => {
	it('renders nothing unchanged, and after each kind of edit renders every page it changes and publishes exactly what a clean build does', { timeout: 1_800_000 }, () => {
		const dir = tinyProject(extra);
		// Its own card cache: the shared default one may hold cards drawn by an earlier renderer version (same name, other bytes).
		const ogCache = join(scratchDir('bayan-og-incremental-'), 'og');
		const build = (now: string) => {
			const result = buildProject(dir, { env: { BAYAN_NOW: now, BAYAN_OG_CACHE_DIR: ogCache } });
			expect(result.status, result.output.slice(-3000)).toBe(0);
			return result;
		};
		const first = build(NOW);
		const firstRendered = rendered(first.output);
		expect(firstRendered).toContain('/fa/articles/gift-cards/index.html');
		expect(first.output).not.toMatch(/\((restored|cached)\)/);
		const built = snapshot(join(dir, 'dist'));

		// Unchanged: no page with data is rendered again (only the few routes without getStaticPaths, which cannot be keyed), and the site is the same.
		const againRendered = rendered(build(NOW).output);
		expect(againRendered.filter((page) => /^\/(fa|ar|en|og|go|api)\//.test(page))).toEqual([]);
		expect(againRendered.length).toBeLessThan(10);
		expect(differences(snapshot(join(dir, 'dist')), built)).toEqual([]);

		/** The pages of the current output that carry the notices banner, and among them those `renderedNow` did not render. */
		const bannerPages = () =>
			files(join(dir, 'dist'))
				.filter(([site, path]) => site.endsWith('.html') && readFileSync(path, 'utf8').includes('data-notice-banner'))
				.map(([site]) => site);
		const notRendered = (renderedNow: string[]) => bannerPages().filter((page) => !renderedNow.includes(page));
		const edit = (path: string, change: (text: string) => string) => {
			const file = join(dir, path);
			const before = readFileSync(file, 'utf8');
			const after = change(before);
			expect(after).not.toBe(before);
			writeFileSync(file, after);
		};
		// Every article in every language, the home, category, search and notice pages at least.
		expect(bannerPages().length).toBeGreaterThan(20);

		// 1. The clock reaches the upcoming notice's start: it is in every page's banner, so every page is rendered again.
		const live = rendered(build(NOTICE_LIVE).output);
		expect(live).toContain('/en/articles/track-your-order/index.html');
		expect(notRendered(live)).toEqual([]);
		expect(readFileSync(join(dir, 'dist/ar/articles/gift-cards/index.html'), 'utf8')).toContain('upcoming-notice');

		// 2. The site-wide chrome, in one step (each re-renders every page, so one build proves
		// both; dropping `chrome` from a key leaves either stale): a category's name, which every
		// article of it shows, and the brand.
		edit('src/content/categories/orders.yaml', (text) => text.replace(/^(\s*fa: ).*$/m, '$1سفارش‌ها و ارسال'));
		// The brand is written from the typed object (as an owner's file is laid out), not edited as text: a change of the file's layout cannot make this step a silent no-op.
		const tagline = 'پاسخ تازه';
		const home = () => readFileSync(join(dir, 'dist/fa/index.html'), 'utf8');
		expect(home()).not.toContain(tagline);
		writeBrandFile(dir, { ...projectBrand, tagline: { ...projectBrand.tagline, fa: tagline } }, 'tests/build/incremental.test.ts');
		const chrome = rendered(build(NOTICE_LIVE).output);
		expect(notRendered(chrome)).toEqual([]);
		expect(readFileSync(join(dir, 'dist/fa/articles/gift-cards/index.html'), 'utf8')).toContain('سفارش‌ها و ارسال');
		// The edit took effect: the home page's description is the brand's tagline.
		expect(home()).toContain(tagline);

		// 3. Content: an article body, a related article's title, a translation added; the clock moves an hour.
		edit('src/content/articles/en/track-your-order.mdx', (text) => text.replace('متن.', 'A new paragraph.'));
		edit('src/content/articles/fa/refund-times.mdx', (text) => text.replace(/^title: .*$/m, 'title: زمان بازپرداخت'));
		writeFileSync(join(dir, 'src/content/articles/ar/cancel-an-order.mdx'), mdx(articleFrontmatter(2), 'إلغاء.'));
		const content = rendered(build(LATER).output);
		// The page that only lists the renamed article was rendered again; one with nothing new was not.
		expect(content).toContain('/fa/articles/gift-cards/index.html');
		expect(content).toContain('/ar/articles/cancel-an-order/index.html');
		expect(content).not.toContain('/ar/articles/gift-cards/index.html');
		// Cards: the renamed article's and the new translation's are drawn; an unchanged one is restored.
		expect(content).toEqual(expect.arrayContaining(['/og/fa/articles/refund-times.png', '/og/ar/articles/cancel-an-order.png']));
		expect(content).not.toContain('/og/en/articles/cancel-an-order.png');

		// The final state, built from nothing (no cache of the project's; the CMS bundle, no page and keyed by its inputs, is borrowed from the run's store by buildProject), is the same byte for byte.
		const clean = copyProject(dir);
		const fresh = buildProject(clean, { env: { BAYAN_NOW: LATER, BAYAN_OG_CACHE_DIR: join(scratchDir('bayan-og-clean-'), 'og') } });
		expect(fresh.status, fresh.output.slice(-3000)).toBe(0);
		expect(fresh.output).not.toMatch(/\((restored|cached)\)/);
		expect(differences(snapshot(join(dir, 'dist')), snapshot(join(clean, 'dist')))).toEqual([]);
	});
});
