import { readdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { attribute, elementsOf, parseHtml } from '../../src/core/html';
import { join } from 'node:path';
import { persianOnlySlug, siteContent, siteOrigin, translatedSlug } from './helpers';
import { axeViolations } from '../support/axe';

/** Issue 7: permanent links, aliases, copy actions and the agent console. */

const site = siteOrigin;
const delayed = 'order-delayed';
const delayedRef = 8;
/** Every article, counted once across its languages: one console row each. */
const articleCount = new Set(['fa', 'ar', 'en'].flatMap((locale) => readdirSync(join(siteContent, 'articles', locale)).filter((name) => name.endsWith('.mdx')))).size;

async function withClipboard(context: BrowserContext, baseURL: string | undefined): Promise<void> {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('copy actions on an article', () => {
	test('each heading gets a keyboard-reachable copy-link button that announces the copy (en); copy reply gives title, summary and short link as text and as Markdown, in the article’s language (fa)', async ({
		page,
		context,
		baseURL,
	}) => {
		await withClipboard(context, baseURL);

		await test.step('each heading gets a keyboard-reachable copy-link button that announces the copy', async () => {
			await page.goto(`/en/articles/${delayed}/`);
			const anchors = page.locator('.prose .heading-anchor');
			const buttons = page.locator('.prose .heading-copy');
			await expect(buttons).toHaveCount(await anchors.count());
			expect(await anchors.count()).toBeGreaterThan(1);

			const firstId = await page.locator('.prose h2').first().getAttribute('id');
			await anchors.first().focus();
			await page.keyboard.press('Tab');
			await expect(buttons.first()).toBeFocused();
			await expect(buttons.first()).toHaveAccessibleName(/Copy link to section: .+/);
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
			expect(await clipboard(page)).toBe(`${site}/en/go/${delayedRef}/#${firstId}`);
		});

		await test.step('copy reply gives title, summary and short link as text and as Markdown, in the article’s language', async () => {
			await page.goto(`/fa/articles/${delayed}/`);
			const title = (await page.locator('h1').innerText()).trim();
			const summary = (await page.locator('.article-header .summary').innerText()).trim();
			const url = `${site}/fa/go/${delayedRef}/`;

			// Folded for agents, out of the customer's way (issue 13.4).
			await expect(page.locator('[data-copy-reply="text"]')).toBeHidden();
			await page.locator('[data-share-actions] summary').click();
			await page.locator('[data-copy-reply="text"]').click();
			await expect(page.locator('[data-copy-status]')).toHaveText('پاسخ کپی شد');
			expect(await clipboard(page)).toBe(`${title}\n${summary}\n${url}`);

			await page.locator('[data-copy-reply="markdown"]').click();
			const markdown = await clipboard(page);
			expect(markdown.split('\n')[0]).toBe(`[${title}](${url})`);
			expect(markdown).toContain(summary.slice(0, 20));
		});
	});
});

test.describe('permanent links', () => {
	const cases = [
		['/go/1/', `/fa/articles/${translatedSlug}/`],
		['/en/go/1/', `/en/articles/${translatedSlug}/`],
		['/ar/go/1/', `/ar/articles/${translatedSlug}/`],
		// Only in Persian: every language's short link falls back to it.
		['/en/go/16/', `/fa/articles/${persianOnlySlug}/`],
		// A retired slug keeps working.
		['/fa/articles/where-is-my-order/', `/fa/articles/${translatedSlug}/`],
		['/en/articles/returns-and-exchanges/', '/en/articles/return-policy/'],
	] as const;

	// Eight page loads and redirects a test: on a 2-core runner shared with two more workers and
	// other work (load 25–29) they took 34–40 s, past the default 30 s; a limit, not a speed check.
	test.describe.configure({ timeout: 90_000 });

	// One page per setting walks every case: a new page per case cost seconds each.
	test('every short link and retired slug leads to its article (JavaScript on); a short link with a #section lands on that section', async ({ page }) => {
		for (const [from, to] of cases) {
			await page.goto(from);
			await page.waitForURL(`**${to}`);
			await expect(page.locator('h1'), from).toBeVisible();
		}
		await page.goto(`/en/go/${delayedRef}/`);
		const id = await page.locator('.prose h2').nth(1).getAttribute('id');
		await page.goto(`/en/go/${delayedRef}/#${id}`);
		await page.waitForURL(`**/en/articles/${delayed}/#${id}`);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('every short link and retired slug leads to its article; redirect pages are noindex, canonical to the target, and keep a visible link', async ({ page }) => {
			for (const [from, to] of cases) {
				await page.goto(from);
				await page.waitForURL(`**${to}`);
				await expect(page.locator('h1'), from).toBeVisible();
			}
			// Meta refresh would leave the page at once: read the page as served instead.
			const response = await page.request.get('/fa/articles/where-is-my-order/');
			const html = await response.text();
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).toContain(`<link rel="canonical" href="${site}/fa/articles/${translatedSlug}/">`);
			expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/fa/articles/${translatedSlug}/">`));
			expect(html).toMatch(new RegExp(`<a href="/fa/articles/${translatedSlug}/"[^>]*data-redirect-target`));
		});
	});
});

test.describe('agent console', () => {
	// Each console test also runs axe on its page (fa: rtl, en: ltr), filtered, as agents use it:
	// one pass took 53 s on a runner at load 24–35 (30 s failed the old single-axe tests there).
	test.describe.configure({ timeout: 120_000 });
	const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

	test('has no axe violations (fa); is driven by the keyboard: / filters (spelling variants fold), arrows move, Enter copies', async ({ page, context, baseURL }) => {
		await withClipboard(context, baseURL);
		await page.goto('/fa/agent/');
		const rows = page.locator('tr[data-row]');
		const visible = page.locator('tr[data-row]:not([hidden])');
		await expect(rows).toHaveCount(articleCount);
		const filter = page.locator('[data-console-filter]');

		await test.step('has no axe violations (fa), filtered', async () => {
			await filter.fill('a');
			expect(await axeViolations(page, { tags: wcag })).toEqual([]);
			// Back to the page as it loads: empty filter, nothing focused.
			await filter.fill('');
			await filter.blur();
			await expect(visible).toHaveCount(articleCount);
			await expect(filter).not.toBeFocused();
		});

		await page.keyboard.press('/');
		await expect(filter).toBeFocused();
		// Arabic kaf and yeh: must still find the Persian "سفارش من کجاست؟".
		await page.keyboard.type('سفارش من كجاست');
		await expect(visible).toHaveCount(1);
		await expect(visible.first()).toHaveAttribute('data-ref', '1');
		await expect(page.locator('[data-console-count]')).toHaveText('۱ مقاله');

		await page.keyboard.press('ArrowDown');
		await expect(visible.first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-copy-status]')).toHaveText('پاسخ کپی شد');
		expect(await clipboard(page)).toMatch(new RegExp(`^سفارش من کجاست؟[^\\n]*\\n.+\\n${site}/fa/go/1/$`));

		await page.keyboard.press('Shift+Enter');
		await expect(page.locator('[data-copy-status]')).toHaveText('پیوند کپی شد');
		expect(await clipboard(page)).toBe(`${site}/fa/go/1/`);

		// Reply language English: Enter now copies the English reply.
		await page.getByRole('radio', { name: 'انگلیسی' }).check();
		await visible.first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toMatch(new RegExp(`\\n${site}/en/go/1/$`));

		// Escape clears the filter; arrows walk the rows in order.
		await page.keyboard.press('/');
		await page.keyboard.press('Escape');
		await expect(visible).toHaveCount(articleCount);
		await page.keyboard.press('ArrowDown');
		await expect(rows.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(rows.nth(1)).toBeFocused();
		await page.keyboard.press('End');
		await expect(rows.last()).toBeFocused();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowUp');
		await expect(filter).toBeFocused();
	});

	test('has no axe violations (en); copy buttons copy each language’s reply and short link', async ({ page, context, baseURL }) => {
		await withClipboard(context, baseURL);
		await page.goto('/en/agent/');
		await test.step('has no axe violations (en), filtered', async () => {
			await page.locator('[data-console-filter]').fill('a');
			expect(await axeViolations(page, { tags: wcag })).toEqual([]);
			await page.locator('[data-console-filter]').fill('');
		});
		const row = page.locator('tr[data-row][data-ref="1"]');
		await row.locator('button[data-kind="link"][data-lang="ar"]').click();
		await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
		expect(await clipboard(page)).toBe(`${site}/ar/go/1/`);
		await row.locator('button[data-kind="reply"][data-lang="en"]').click();
		expect(await clipboard(page)).toMatch(new RegExp(`\\n${site}/en/go/1/$`));
		// An article only in Persian falls back to its Persian reply, like its short link.
		await page.locator('[data-console-filter]').fill('16');
		await page.locator('tr[data-row][data-ref="16"]').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toMatch(new RegExp(`\\n${site}/fa/go/16/$`));
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an article has no dead copy buttons and keeps its permanent link; the agent console is complete and kept out of search engines', async ({ page }) => {
		await test.step('an article: no dead buttons, and the permanent link is still there', async () => {
			await page.goto(`/en/articles/${delayed}/`);
			await expect(page.locator('.heading-copy')).toHaveCount(0);
			await expect(page.locator('[data-share-actions]')).toBeHidden();
			await expect(page.locator('.prose .heading-anchor').first()).toBeAttached();
			await expect(page.locator('[data-permalink]')).toHaveAttribute('href', `/en/go/${delayedRef}/`);
		});

		await test.step('the agent console is complete without JavaScript and kept out of search engines', async () => {
			await page.goto('/en/agent/');
			await expect(page.locator('tr[data-row]')).toHaveCount(articleCount);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await expect(page.locator(`a[href="/fa/go/16/"]`)).toBeVisible();
			await expect(page.locator('[data-console-filter]')).toBeHidden();
			await expect(page.locator('tr[data-row] button').first()).toBeHidden();
			// Not in customer navigation: no customer page links to it.
			await page.goto('/en/');
			await expect(page.locator('a[href*="/agent/"]')).toHaveCount(0);
		});
	});
});

test.describe('Open Graph', () => {
	// Meta tags are facts of the page as served: read without a browser (a new page costs seconds here).
	test('article and home pages point to their 1200×630 PNG preview', async ({ request }) => {
		for (const path of [`/fa/articles/${translatedSlug}/`, '/ar/']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const metas = [...elementsOf(parseHtml(await response.text()))].filter((element) => element.tagName === 'meta');
			const meta = (key: string) => metas.find((element) => attribute(element, 'property') === key || attribute(element, 'name') === key);
			const content = (key: string) => (meta(key) ? attribute(meta(key)!, 'content') : undefined);
			const image = content('og:image');
			expect(image, path).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
			expect(content('og:image:width'), path).toBe('1200');
			expect(content('og:image:height'), path).toBe('630');
			expect(content('twitter:card'), path).toBe('summary_large_image');
			expect(content('og:image:alt'), path).toBeTruthy();
			const png = await request.get(new URL(image!).pathname);
			expect(png.headers()['content-type']).toContain('image/png');
			const body = await png.body();
			expect(body.readUInt32BE(16)).toBe(1200);
			expect(body.readUInt32BE(20)).toBe(630);
		}
	});
});
