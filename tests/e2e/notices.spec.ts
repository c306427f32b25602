import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { DEMO_NOW } from '../../scripts/demo-clock.mjs';
import { categoryId, translatedSlug } from './helpers';

/**
 * Crisis notices and opening hours as a reader meets them. The site is built as of the
 * demo clock (Sunday 2026-11-22 10:00 Tehran); `page.clock` then plays the viewer's clock,
 * which is what the banner guard and the "open now" script must follow without a rebuild.
 */

const demo = new Date(DEMO_NOW);
const critical = 'payment-gateway-outage';
const delay = 'north-tehran-delivery-delay'; // warning, ends 2026-11-23 20:00 Tehran
const scheduled = 'mashhad-evening-slots'; // starts 2026-11-23 08:00 Tehran
const expired = 'app-update-october';

async function viewAt(page: Page, iso: string | Date, path: string): Promise<void> {
	await page.clock.install({ time: new Date(iso) });
	await page.goto(path);
}

const banner = (page: Page) => page.locator('[data-notice-banner]');
const bannerNotice = (page: Page, slug: string) => page.locator(`[data-notice-banner] [data-notice="${slug}"]`);

const pageTypes = (locale: string) => ({
	home: `/${locale}/`,
	category: `/${locale}/categories/${categoryId}/`,
	article: `/${locale}/articles/${translatedSlug}/`,
	search: `/${locale}/search/`,
	notFound: `/${locale}/no-such-page/`,
	notices: `/${locale}/notices/`,
	notice: `/${locale}/notices/${delay}/`,
	contact: `/${locale}/contact/`,
});

test.describe('banner', () => {
	for (const locale of ['fa', 'en']) {
		for (const [type, path] of Object.entries(pageTypes(locale))) {
			test(`${locale} ${type} shows the active notices, most severe first`, async ({ page }) => {
				await viewAt(page, demo, path);
				await expect(banner(page)).toBeVisible();
				const visible = banner(page).locator('[data-notice]:visible');
				await expect(visible.first()).toHaveAttribute('data-notice', critical);
				await expect(bannerNotice(page, delay)).toBeVisible();
				await expect(bannerNotice(page, scheduled)).toBeHidden();
				await expect(bannerNotice(page, expired)).toHaveCount(0);
				const severities = await visible.evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
				const rank = { critical: 2, warning: 1, info: 0 } as Record<string, number>;
				expect(severities.map((s) => rank[s!] ?? 0)).toEqual([...severities.map((s) => rank[s!] ?? 0)].sort((a, b) => b - a));
			});
		}
	}

	test('a critical notice has no dismiss button', async ({ page }) => {
		await viewAt(page, demo, '/en/');
		await expect(bannerNotice(page, critical)).toBeVisible();
		await expect(bannerNotice(page, critical).locator('[data-dismiss]')).toHaveCount(0);
		await expect(bannerNotice(page, delay).locator('[data-dismiss]')).toBeVisible();
	});

	test('a dismissal is remembered across pages, reloads and languages', async ({ page }) => {
		await viewAt(page, demo, '/en/');
		await bannerNotice(page, delay).locator('[data-dismiss]').click();
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, critical)).toBeVisible();
		// Keyboard focus stays in the banner rather than falling back to <body>.
		expect(await page.evaluate(() => document.activeElement?.closest('[data-notice-banner], main') !== null)).toBe(true);
		await page.goto('/en/contact/');
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, critical)).toBeVisible();
		await page.reload();
		await expect(bannerNotice(page, delay)).toBeHidden();
		await page.goto('/fa/');
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, 'rice-shortage')).toBeVisible();
	});

	test('hides an ended notice and reveals a scheduled one when the clock moves, without a rebuild', async ({ page }) => {
		await viewAt(page, demo, '/en/articles/track-your-order/');
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, scheduled)).toBeHidden();
		// Monday 2026-11-23 22:00 Tehran: the delay ended at 20:00, the Mashhad slots started at 08:00.
		await page.clock.fastForward('36:00:00');
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, scheduled)).toBeVisible();
		await expect(bannerNotice(page, critical)).toBeVisible();
	});

	test('a page viewed a day after its build shows the right notices without shifting the layout', async ({ page }) => {
		await viewAt(page, '2026-11-23T22:00:00+03:30', '/fa/');
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, scheduled)).toBeVisible();
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 100);
				}),
		);
		expect(shift).toBe(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the banner shows the active notices, with no dismiss buttons and no scheduled notice', async ({ page }) => {
		await page.goto(`/fa/articles/${translatedSlug}/`);
		await expect(banner(page)).toBeVisible();
		await expect(bannerNotice(page, critical)).toBeVisible();
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, scheduled)).toBeHidden();
		for (const button of await page.locator('[data-notice-banner] [data-dismiss]').all()) await expect(button).toBeHidden();
	});

	test('the contact page shows the hours computed at build time', async ({ page }) => {
		await page.goto('/en/contact/');
		await expect(page.locator('[data-open-now="contact-centre"]').first()).toHaveText('Open now · closes 22:00');
	});
});

test.describe('contact page: open now at the moment of viewing', () => {
	const status = (page: Page, id: string) => page.locator(`[data-channel="${id}"] [data-open-now]`);

	test('Sunday 10:00: the contact centre is open until 22:00, branches are open', async ({ page }) => {
		await viewAt(page, '2026-11-22T10:00:00+03:30', '/en/contact/');
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 22:00');
		await expect(status(page, 'contact-centre')).toHaveAttribute('data-open', 'true');
		await expect(status(page, 'tehran-vanak')).toHaveText('Open now · closes 21:00');
		await expect(page.locator('[data-channel="contact-centre"] [data-override-from]')).toBeHidden();
	});

	test('Sunday 23:00: the contact centre is closed and opens at 08:00', async ({ page }) => {
		await viewAt(page, '2026-11-22T23:00:00+03:30', '/en/contact/');
		await expect(status(page, 'contact-centre')).toHaveText('Closed · opens tomorrow 08:00');
		await expect(status(page, 'contact-centre')).toHaveAttribute('data-open', 'false');
		await expect(status(page, 'live-chat')).toHaveText('Open now · closes 24:00');
	});

	test('an ordinary Friday: branches are closed until Saturday, the contact centre keeps Friday hours', async ({ page }) => {
		await viewAt(page, '2026-12-04T12:00:00+03:30', '/en/contact/');
		await expect(status(page, 'tehran-vanak')).toHaveText('Closed · opens tomorrow 09:00');
		await expect(page.locator('[data-hours-today="tehran-vanak"]')).toHaveText('closed');
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 18:00');
	});

	test('a holiday from the hours-change notice: branches closed until Sunday, shorter hours, linked to the notice', async ({ page }) => {
		await viewAt(page, '2026-11-26T11:00:00+03:30', '/en/contact/');
		await expect(status(page, 'tehran-vanak')).toHaveText('Closed · opens Sunday 09:00');
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 16:00');
		await expect(page.locator('[data-hours-today="contact-centre"]')).toHaveText('10:00–16:00');
		const changed = page.locator('[data-channel="contact-centre"] [data-override-from]');
		await expect(changed).toBeVisible();
		await expect(changed.locator('a')).toHaveAttribute('href', '/en/notices/holiday-opening-hours/');
	});

	test('Persian digits and the home page line follow the viewing time too', async ({ page }) => {
		await viewAt(page, '2026-11-22T23:00:00+03:30', '/fa/');
		const line = page.locator('[data-contact-line] [data-open-now]');
		await expect(line).toHaveAttribute('data-open', 'false');
		await expect(line).toContainText('۰۸:۰۰');
		await expect(page.locator('[data-contact-line] a')).toHaveAttribute('href', '/fa/contact/');
	});

	test('answers come first: the search section precedes the channels', async ({ page }) => {
		await viewAt(page, demo, '/fa/contact/');
		const order = await page.evaluate(() => {
			const answers = document.querySelector('[data-contact-answers]');
			const channel = document.querySelector('[data-channel]');
			return answers && channel ? answers.compareDocumentPosition(channel) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
		});
		expect(order).toBeTruthy();
		await expect(page.locator('[data-contact-answers] input[name="q"]')).toBeVisible();
		await expect(page.locator('a[href^="tel:+98"]').first()).toBeVisible();
	});
});

/** Notices of a locale whose start (read straight from the files) is at or before the demo clock. */
function publishedSlugs(locale: string): string[] {
	const folder = join(process.cwd(), 'src/content/notices', locale);
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.filter((name) => {
			const start = /^start:\s*["']?([^"'\n]+)/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1];
			return start !== undefined && Date.parse(start) <= demo.getTime();
		})
		.map((name) => name.replace(/\.mdx$/, ''))
		.sort();
}

test.describe('feeds', () => {
	for (const locale of ['fa', 'ar', 'en']) {
		test(`${locale} RSS has exactly one item per published notice, with absolute links and RFC 822 dates`, async ({ request }) => {
			const response = await request.get(`/${locale}/notices/rss.xml`);
			expect(response.ok()).toBe(true);
			const xml = await response.text();
			const feed = await new Parser({ customFields: { feed: ['language'] } }).parseString(xml);
			const expected = publishedSlugs(locale);
			expect(expected.length).toBeGreaterThan(3);
			expect(feed.items.map((item) => new URL(item.link!).pathname.split('/')[3]).sort()).toEqual(expected);
			for (const item of feed.items) {
				expect(item.link).toMatch(new RegExp(`^https?://[^/]+/${locale}/notices/[a-z0-9-]+/$`));
				expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
			}
			expect((feed as unknown as { language: string }).language).toMatch(new RegExp(`^${locale}`));
			const json = await (await request.get(`/${locale}/notices/feed.json`)).json();
			expect(json.items).toHaveLength(expected.length);
		});
	}

	test('notices pages advertise the RSS feed', async ({ page }) => {
		await page.goto('/en/notices/');
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/en/notices/rss.xml');
	});
});

test.describe('notices pages', () => {
	test('the archive lists active, upcoming and past notices by month, and filters by kind without JavaScript', async ({ page }) => {
		await viewAt(page, demo, '/en/notices/');
		await expect(page.locator(`[data-notices-active] [data-notice-card="${critical}"]`)).toBeVisible();
		await expect(page.locator(`[data-notices-upcoming] [data-notice-card="${scheduled}"]`)).toBeVisible();
		await expect(page.locator(`[data-notices-past] [data-month="2026-10"] [data-notice-card="${expired}"]`)).toBeVisible();
		await page.locator('.notice-filter a[href="/en/notices/kind/delay/"]').click();
		await expect(page).toHaveURL(/\/en\/notices\/kind\/delay\/$/);
		const kinds = await page.locator('main [data-notice-card]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kind')));
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['delay']));
	});

	test('Persian archive groups past notices by Solar Hijri month', async ({ page }) => {
		await viewAt(page, demo, '/fa/notices/');
		await expect(page.locator('[data-notices-past] [data-month="1405-07"] h3')).toHaveText(/مهر/);
	});

	test('a notice links its services’ status pages and related articles', async ({ page }) => {
		await viewAt(page, demo, `/en/notices/${critical}/`);
		await expect(page.locator('[data-affected-services] a').first()).toHaveAttribute('href', '/en/status/payment-gateway/');
		await expect(page.locator('section.related a').first()).toHaveAttribute('href', /\/en\/articles\//);
		await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2026-11-22T08:40:00+03:30');
	});

	test('a safety notice publishes a SpecialAnnouncement', async ({ page }) => {
		await viewAt(page, demo, '/en/notices/air-pollution-contactless-delivery/');
		const types = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((el) => JSON.parse(el.textContent!)['@type']));
		expect(types).toContain('SpecialAnnouncement');
	});

	test('the contact page publishes opening hours, with the holiday as special hours', async ({ page }) => {
		await viewAt(page, demo, '/en/contact/');
		const data = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((el) => JSON.parse(el.textContent!)));
		const org = data.find((item) => item['@type'] === 'Organization');
		expect(org.contactPoint[0].hoursAvailable.length).toBeGreaterThan(0);
		const vanak = org.department.find((store: { name: string }) => store.name.startsWith('Vanak'));
		expect(vanak.openingHoursSpecification.length).toBeGreaterThan(0);
		expect(vanak.specialOpeningHoursSpecification).toContainEqual(
			expect.objectContaining({ validFrom: '2026-11-26', validThrough: '2026-11-28', opens: '00:00', closes: '00:00' }),
		);
	});
});

test.describe('accessibility', () => {
	for (const locale of ['fa', 'en']) {
		for (const path of [`/${locale}/notices/`, `/${locale}/notices/holiday-opening-hours/`, `/${locale}/contact/`]) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await viewAt(page, demo, path);
				// Every rule, best practices included (the foundation suite checks the WCAG tags).
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
});
