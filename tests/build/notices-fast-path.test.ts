import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';
import { BANNER_PAGE_LIMIT } from '../../src/features/notices/banner-items';
import { launchChromium, listenLocally } from '../support/browser';
import { articleFrontmatter, buildProject, mdx, noticeFrontmatter, removeScratchDirs, tinyProject, writeFiles } from '../support/tiny-site';

/**
 * The notices fast path for real (`npm run build -- --only notices` after a full build of the
 * tiny site): a new notice reaches `dist/` with the title of the article it lists, while every
 * other article is never read (one is broken before the fast build, which a full build would
 * refuse) and the last full build's pages stay. The merge rules themselves are checked in
 * process (tests/unit/notices-fast-path.test.ts).
 *
 * The site has more notices in force than a page carries as whole lines (`BANNER_PAGE_LIMIT`),
 * so the same builds show, in Chromium, that a page's banner makes the others whole lines
 * while the page is parsed with JavaScript and offers them as a fold of links without, and
 * that a notice published by the fast path reaches a page built before it.
 */
afterAll(removeScratchDirs, 120_000);

/** A notice title an attacker would write: markup that would run if the banner's script put it in as HTML. */
const HOSTILE_TITLE = '<img src=x onerror=alert(1)></a><script>alert(1)</script>';

describe('the notices fast path', () => {
	it('publishes a notice without reading the articles it does not show (real builds)', { timeout: 600_000 }, async () => {
		// Past the page's limit: info notices, after the tiny site's own (warning) in banner order.
		const extra = Object.fromEntries(
			Array.from({ length: BANNER_PAGE_LIMIT + 2 }, (_, n) => [
				`src/content/notices/fa/extra-${n + 1}.mdx`,
				mdx(
					noticeFrontmatter()
						.replace('severity: warning', 'severity: info')
						.replace('title: اطلاعیه', `title: اطلاعیهٔ ${n + 1}`),
				),
			]),
		);
		// A warning starting tomorrow (sent hidden) comes first in banner order, but only notices in force get whole
		// lines: its short entry goes back to the top of the list.
		extra['src/content/notices/fa/soon.mdx'] = mdx(noticeFrontmatter().replace('2026-11-21T09:00:00+03:30', '2026-11-23T09:00:00+03:30').replace('title: اطلاعیه', 'title: اطلاعیهٔ فردا'));
		// Markup in a title that lands in a short entry (it starts earliest, so it comes last): text, never elements.
		extra['src/content/notices/fa/hostile.mdx'] = mdx(
			noticeFrontmatter()
				.replace('severity: warning', 'severity: info')
				.replace('2026-11-21T09:00:00+03:30', '2026-11-19T09:00:00+03:30')
				.replace('title: اطلاعیه', `title: ${JSON.stringify(HOSTILE_TITLE)}`),
		);
		const dir = tinyProject({ ...extra, 'src/content/articles/fa/unrelated.mdx': mdx(articleFrontmatter(2).replace('عنوان 2', 'مقاله بی‌ربط'), 'متن.') });
		const full = buildProject(dir);
		expect(full.status, full.output.slice(-3000)).toBe(0);
		const dist = join(dir, 'dist');
		const home = join(dist, 'fa/index.html');
		const homeBefore = readFileSync(home, 'utf8');
		expect(existsSync(join(dist, 'fa/articles/unrelated/index.html'))).toBe(true);
		const inForce = (JSON.parse(readFileSync(join(dist, 'fa/notices/banner.json'), 'utf8')) as { notices: { id: string }[] }).notices.map((notice) => notice.id);
		expect(inForce.length).toBeGreaterThan(BANNER_PAGE_LIMIT + 1);
		// The page carries the notices in force first as whole lines, the others as short entries, each in banner order.
		expect(inForce[0]).toBe('soon');
		const [wholePart = '', othersPart = ''] = homeBefore.split('data-notice-others');
		const idsIn = (html: string) => [...html.matchAll(/data-notice="([^"]+)"/g)].map((match) => match[1]);
		expect(idsIn(wholePart)).toEqual(inForce.slice(1, BANNER_PAGE_LIMIT + 1));
		expect(idsIn(othersPart)).toEqual(['soon', ...inForce.slice(BANNER_PAGE_LIMIT + 1)]);
		// With JavaScript every notice is a line while the page is parsed (banner.json only adds summaries); without, a fold of links.
		await expectBannerInChromium(dist, 'fa', inForce, { whole: BANNER_PAGE_LIMIT, carried: inForce.length, upcoming: 1, parsed: true });
		// The English pages show the Persian-only notices untranslated: their links lead to pages that exist.
		const inForceEn = (JSON.parse(readFileSync(join(dist, 'en/notices/banner.json'), 'utf8')) as { notices: { id: string }[] }).notices.map((notice) => notice.id);
		expect(inForceEn.length).toBeGreaterThan(BANNER_PAGE_LIMIT);
		await expectBannerInChromium(dist, 'en', inForceEn, { whole: BANNER_PAGE_LIMIT, carried: inForceEn.length, upcoming: 1, parsed: true });

		writeFiles(dir, {
			'src/content/notices/fa/flood.mdx': mdx(noticeFrontmatter('related: [track-your-order]').replace('title: اطلاعیه', 'title: آب‌گرفتگی انبار')),
			// Not valid YAML: reading this file at all would stop the build.
			'src/content/articles/fa/unrelated.mdx': '---\ntitle: [unclosed\n---\n\nمتن.\n',
		});
		// Five minutes after the full build (a page compares its build time with the banner file's).
		const fast = buildProject(dir, { args: ['--only', 'notices'], env: { BAYAN_NOW: '2026-11-22T10:05:00+03:30' } });
		expect(fast.status, fast.output.slice(-3000)).toBe(0);
		expect(fast.output).toContain('Notices fast path:');

		const notice = readFileSync(join(dist, 'fa/notices/flood/index.html'), 'utf8');
		expect(notice).toContain('آب‌گرفتگی انبار');
		// The related article's title, from the one article file the fast path read.
		expect(notice).toContain('عنوان 1');
		expect(readFileSync(join(dist, 'fa/notices/banner.json'), 'utf8')).toContain('flood');
		expect(readFileSync(join(dist, 'fa/notices/index.html'), 'utf8')).toContain('/fa/notices/flood/');
		// The last full build's pages are kept as they were, the broken article's included.
		expect(readFileSync(join(dist, 'fa/articles/unrelated/index.html'), 'utf8')).toContain('مقاله بی‌ربط');
		expect(readFileSync(home, 'utf8')).toBe(homeBefore);
		expect(statSync(join(dist, 'pagefind')).isDirectory()).toBe(true);

		// The page built before the fast path, in Chromium, now shows the new notice with the others.
		const inForceNow = (JSON.parse(readFileSync(join(dist, 'fa/notices/banner.json'), 'utf8')) as { notices: { id: string }[] }).notices.map((notice) => notice.id);
		expect(inForceNow).toEqual(expect.arrayContaining(['flood', ...inForce]));
		await expectBannerInChromium(dist, 'fa', inForceNow, { whole: BANNER_PAGE_LIMIT, carried: inForce.length, upcoming: 1, parsed: false });
	});
});

/**
 * In Chromium at 360×800, the home page of `dist` in `locale`. With JavaScript its banner lists
 * exactly `inForce` (the ids of banner.json, in its order), folded behind "N more", every line
 * with its summary; when `parsed`, that holds with banner.json never fetched (every line made
 * while the page is parsed; the file only fills in summaries), else the file (newer than the
 * page) brings the lines. Without JavaScript: `whole` lines, then a fold of links to the
 * pages of the other notices the page carries (`carried` in all, `upcoming` of them sent hidden), each of which
 * exists.
 */
async function expectBannerInChromium(
	dist: string,
	locale: 'fa' | 'en',
	inForce: readonly string[],
	{ whole, carried, upcoming, parsed }: { whole: number; carried: number; upcoming: number; parsed: boolean },
): Promise<void> {
	const server = createStaticServer({ root: dist });
	const origin = await listenLocally(server);
	const digits = locale === 'fa' ? 'fa-IR' : 'en-US';
	const more = (count: number) => (locale === 'fa' ? `${count.toLocaleString(digits)} اطلاعیهٔ دیگر` : `${count} more notices`);
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
		const dialogs: string[] = [];
		const emptySummaries = (page: Page) => page.locator('[data-notice-list] [data-slot="summary"]').evaluateAll((slots) => slots.filter((slot) => !slot.textContent?.trim()).length);
		const idsOf = (page: Page) => page.locator('[data-notice-banner] [data-notice-list] [data-notice]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.notice));
		if (parsed) {
			// A page restored by an incremental build: the next build's banner.json, newer, with the same notices.
			const later = await browser.newPage({ viewport: { width: 360, height: 800 } });
			// Damaged entries (not objects) among them are passed over, not allowed to stop the rest.
			const file = JSON.parse(readFileSync(join(dist, locale, 'notices/banner.json'), 'utf8')) as { built: string; notices: unknown[] };
			await later.route('**/banner.json', (route) => route.fulfill({ json: { built: new Date(Date.parse(file.built) + 300_000).toISOString(), notices: [null, 1, 'x', ...file.notices] } }));
			await later.goto(`${origin}/${locale}/`);
			expect(await idsOf(later)).toEqual(inForce);
			await expect.poll(() => emptySummaries(later), { message: 'every line has its summary, from a newer file too' }).toBe(0);
			await later.close();

			const offline = await browser.newPage({ viewport: { width: 360, height: 800 } });
			offline.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await offline.route('**/banner.json', (route) => route.abort());
			await offline.goto(`${origin}/${locale}/`);
			expect(await idsOf(offline)).toEqual(inForce);
			expect(await offline.locator('[data-notice-others]').count(), 'the short entries became lines').toBe(0);
			// The hostile title is the text of its line, and nothing of it became an element.
			expect(await offline.locator('[data-notice="hostile"] [data-slot="title"]').textContent()).toBe(HOSTILE_TITLE);
			expect(await offline.locator('[data-notice-banner] img, [data-notice-banner] script').count()).toBe(0);
			// Folded to the first (none is critical): "N more" counts all the others, from the first paint.
			expect(await offline.locator('[data-notice-more]').textContent()).toContain(more(inForce.length - 1));
			await offline.close();
			expect(dialogs, 'nothing in a title ran').toEqual([]);
		}
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${origin}/${locale}/`);
		await expect.poll(() => idsOf(page)).toEqual(inForce);
		expect(await page.locator('[data-notice-more]').textContent()).toContain(more(inForce.length - 1));
		await expect.poll(() => emptySummaries(page), { message: 'every line has its summary' }).toBe(0);

		const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const plain = await noScript.newPage();
		await plain.goto(`${origin}/${locale}/`);
		expect(await plain.locator('[data-notice-banner] [data-notice-list] [data-notice]').count()).toBe(whole);
		const fold = plain.locator('[data-notice-others]');
		// "N more notices" counts the short entries in force at build time (those starting later are sent hidden).
		expect(await fold.locator('summary').textContent()).toContain(more(carried - whole - upcoming));
		await fold.locator('summary').click();
		const links = fold.locator('li a');
		expect(await links.count()).toBe(carried - whole);
		expect(await links.evaluateAll((anchors) => anchors.filter((anchor) => (anchor as HTMLElement).offsetParent !== null).length)).toBe(carried - whole - upcoming);
		for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))) {
			expect((await plain.request.get(`${origin}${href}`)).status(), href).toBe(200);
		}
	} finally {
		await browser?.close();
		await new Promise((resolve) => server.close(resolve));
	}
}
