import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
 * The site has more notices in force than a page carries (`BANNER_PAGE_LIMIT`), so the same
 * builds show, in Chromium, that a page's banner takes the rest from `banner.json` with
 * JavaScript and links to all of them without, and that a notice published by the fast path
 * reaches a page built before it.
 */
afterAll(removeScratchDirs, 120_000);

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
		const dir = tinyProject({ ...extra, 'src/content/articles/fa/unrelated.mdx': mdx(articleFrontmatter(2).replace('عنوان 2', 'مقاله بی‌ربط'), 'متن.') });
		const full = buildProject(dir);
		expect(full.status, full.output.slice(-3000)).toBe(0);
		const dist = join(dir, 'dist');
		const home = join(dist, 'fa/index.html');
		const homeBefore = readFileSync(home, 'utf8');
		expect(existsSync(join(dist, 'fa/articles/unrelated/index.html'))).toBe(true);
		const inForce = (JSON.parse(readFileSync(join(dist, 'fa/notices/banner.json'), 'utf8')) as { notices: { id: string }[] }).notices.map((notice) => notice.id);
		expect(inForce.length).toBeGreaterThan(BANNER_PAGE_LIMIT + 1);
		// The page carries the first lines in banner order, says it is partial and links to every notice in force.
		expect([...homeBefore.matchAll(/data-notice="([^"]+)"/g)].map((match) => match[1])).toEqual(inForce.slice(0, BANNER_PAGE_LIMIT));
		expect(homeBefore).toMatch(/<section[^>]*data-partial/);
		expect(homeBefore).toContain(`همهٔ اطلاعیه‌های جاری (${inForce.length.toLocaleString('fa-IR')})`);
		// With JavaScript the rest comes from banner.json of the same build; without, the link.
		await expectBannerInChromium(dist, inForce);

		writeFiles(dir, {
			'src/content/notices/fa/flood.mdx': mdx(noticeFrontmatter('related: [track-your-order]').replace('title: اطلاعیه', 'title: آب‌گرفتگی انبار')),
			// Not valid YAML: reading this file at all would stop the build.
			'src/content/articles/fa/unrelated.mdx': '---\ntitle: [unclosed\n---\n\nمتن.\n',
		});
		const fast = buildProject(dir, { args: ['--only', 'notices'] });
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
		await expectBannerInChromium(dist, inForceNow);
	});
});

/**
 * In Chromium at 360×800, the Persian home page of `dist`: with JavaScript its banner lists
 * exactly `inForce` (the ids of banner.json, in its order), folded behind "N more", and hides
 * the link to all notices; without JavaScript it shows the page's own `BANNER_PAGE_LIMIT`
 * lines and that link.
 */
async function expectBannerInChromium(dist: string, inForce: readonly string[]): Promise<void> {
	const server = createStaticServer({ root: dist });
	const origin = await listenLocally(server);
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${origin}/fa/`);
		const lines = page.locator('[data-notice-banner] [data-notice-list] [data-notice]');
		await expect.poll(() => lines.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.notice))).toEqual(inForce);
		expect(await page.locator('[data-notice-all]').isHidden(), 'the link is not needed once the banner has every notice').toBe(true);
		// Folded to the first (none is critical): "N more" counts all the others.
		expect(await page.locator('[data-notice-more]').textContent()).toContain(`${(inForce.length - 1).toLocaleString('fa-IR')} اطلاعیهٔ دیگر`);

		const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const plain = await noScript.newPage();
		await plain.goto(`${origin}/fa/`);
		expect(await plain.locator('[data-notice-banner] [data-notice]').count()).toBe(BANNER_PAGE_LIMIT);
		const link = plain.locator('[data-notice-all] a');
		expect(await link.isVisible()).toBe(true);
		expect(await link.getAttribute('href')).toBe('/fa/notices/');
	} finally {
		await browser?.close();
		await new Promise((resolve) => server.close(resolve));
	}
}
