import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { DEMO_NOW } from '../../scripts/demo-clock.mjs';
import { attribute, childrenOf, elementsOf, parseHtml, textValue } from '../../src/core/html';
import { axeViolations } from '../support/axe';
import { categoryId, siteContent, translatedSlug } from './helpers';

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

const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 800 };
const sizes = { phone, desktop };
const untranslated = 'rice-shortage'; // written in Persian and Arabic only: English shows the original
const moreButton = (page: Page) => page.locator('[data-notice-banner] [data-notice-more]');
const shownNotices = (page: Page) => page.locator('[data-notice-banner] [data-notice]:visible');
const severityRank: Record<string, number> = { critical: 2, warning: 1, info: 0 };
/** The announced payment-gateway maintenance raises its own (info) banner item: one more in force besides the notices. */
const incidentItems = 1;

/** Heights of the banner and of each notice line shown, in CSS pixels. */
async function bannerHeights(page: Page): Promise<{ banner: number; lines: number[] }> {
	const measured = await page.evaluate(() => {
		const banner = document.querySelector<HTMLElement>('[data-notice-banner]')!;
		const lines = [...banner.querySelectorAll<HTMLElement>('[data-notice]')].filter((item) => item.offsetParent !== null);
		return {
			banner: banner.getBoundingClientRect().height,
			lines: lines.map((item) => item.getBoundingClientRect().height),
			overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		};
	});
	// A long title is cut, never widening the page.
	expect(measured.overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
	return measured;
}

/** "N more notices" in each language's words and digits. */
const moreText: Record<string, (n: number) => string> = {
	fa: (n) => `${n.toLocaleString('fa-IR')} اطلاعیهٔ دیگر`,
	ar: (n) => `${n.toLocaleString('ar', { numberingSystem: 'arab' } as Intl.NumberFormatOptions)} تنبيهات أخرى`,
	en: (n) => `${n} more notices`,
};

test.describe('banner on a phone and on a desktop', () => {
	/**
	 * The folded banner at the size the page is shown at now: the critical notice alone, then
	 * "N more notices", one line each, a quarter of the 800 px screen at most.
	 */
	async function expectFolded(page: Page, label: string, more: string, height: number): Promise<void> {
		await expect(shownNotices(page), label).toHaveCount(1);
		await expect(shownNotices(page).first(), label).toHaveAttribute('data-notice', critical);
		await expect(moreButton(page), label).toHaveText(more);
		await expect(moreButton(page), label).toHaveAttribute('aria-expanded', 'false');
		const folded = await bannerHeights(page);
		expect(folded.banner, `${label}: banner height`).toBeLessThanOrEqual(height / 4);
		for (const line of folded.lines) expect(line, `${label}: one line`).toBeLessThanOrEqual(48);
	}

	for (const locale of ['fa', 'ar', 'en']) {
		test(`${locale}: on every page type, at 360×800 and at 1280×800, critical first, the rest folded into "N more", one line each, a quarter of the screen at most; opened in place, most severe first; the region chooser filters region-scoped notices, keeps those for everyone, and is remembered without a cookie`, async ({
			page,
			context,
		}) => {
			// Eight page types, each measured at both sizes, then the open list: slow on a shared 2-core machine.
			test.setTimeout(120_000);
			await page.clock.install({ time: demo });
			// The layout follows the window alone (CSS, no script measures it): each page is loaded once and
			// measured at both sizes, starting with the size the previous page ended on.
			let order: (keyof typeof sizes)[] = ['phone', 'desktop'];
			await page.setViewportSize(phone);
			for (const [type, path] of Object.entries(pageTypes(locale))) {
				await page.goto(path);
				await expect(banner(page), type).toBeVisible();
				// A notice's own page leaves itself out of the banner above it.
				if (type === 'notice') await expect(bannerNotice(page, delay), type).toHaveCount(0);
				const more = moreText[locale]!((type === 'notice' ? 3 : 4) + incidentItems);
				for (const size of order) {
					await page.setViewportSize(sizes[size]);
					await expectFolded(page, `${type} ${size}`, more, sizes[size].height);
				}
				order = [...order].reverse();
			}
			// Opened in place: every notice in force, most severe first, still one line each.
			await page.goto(pageTypes(locale).home);
			await moreButton(page).click();
			await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'true');
			for (const size of order) {
				await page.setViewportSize(sizes[size]);
				await expect(shownNotices(page), size).toHaveCount(5 + incidentItems);
				await expect(bannerNotice(page, delay), size).toBeVisible();
				await expect(bannerNotice(page, scheduled), size).toBeHidden();
				await expect(bannerNotice(page, expired), size).toHaveCount(0);
				const severities = await shownNotices(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')!));
				expect(
					severities.map((s) => severityRank[s]),
					size,
				).toEqual([...severities.map((s) => severityRank[s]!)].sort((a, b) => b - a));
				const opened = await bannerHeights(page);
				for (const line of opened.lines) expect(line, `${size}: one line`).toBeLessThanOrEqual(48);
				await page.screenshot({ path: `test-results/banner-${locale}-${size}-open.png` });
			}
			// The region chooser, on a phone, in the banner opened above.
			await page.setViewportSize(phone);
			const select = page.locator('[data-notice-banner] [data-region-select]');
			await expect(select).toBeVisible();
			await expect(select).toHaveAccessibleName(/.+/);
			await expect(select.locator('option').first()).toHaveText({ fa: 'همهٔ مناطق', ar: 'كل المناطق', en: 'All regions' }[locale]!);
			await select.selectOption('shiraz');
			// Tehran's delay and air-quality notices go; the card payments (everyone) and Isfahan/Shiraz rice stay.
			await expect(bannerNotice(page, delay)).toBeHidden();
			await expect(bannerNotice(page, 'air-pollution-contactless-delivery')).toBeHidden();
			await expect(bannerNotice(page, critical)).toBeVisible();
			await expect(bannerNotice(page, 'holiday-opening-hours')).toBeVisible();
			await expect(bannerNotice(page, untranslated)).toBeVisible();
			await page.goto(`/${locale}/contact/`);
			await expect(select).toHaveValue('shiraz');
			await moreButton(page).click();
			await expect(bannerNotice(page, delay)).toBeHidden();
			expect(await page.evaluate(() => localStorage.getItem('bayan:region'))).toBe('shiraz');
			expect(await context.cookies()).toEqual([]);
			await select.selectOption('');
			await expect(bannerNotice(page, delay)).toBeVisible();
		});
	}

	test('with four notices in force the banner stays within a quarter of a 360×800 screen, folded and open', async ({ page }) => {
		await page.setViewportSize(phone);
		await page.clock.install({ time: demo });
		// The critical notice's own page: the other four are in force above it.
		await page.goto(`/en/notices/${critical}/`);
		await expect(bannerNotice(page, critical)).toHaveCount(0);
		await expect(moreButton(page)).toHaveText(`${3 + incidentItems} more notices`);
		const folded = await bannerHeights(page);
		expect(folded.lines).toHaveLength(1);
		expect(folded.banner).toBeLessThanOrEqual(200);
		await page.screenshot({ path: 'test-results/banner-four-folded.png' });
		await moreButton(page).click();
		const opened = await bannerHeights(page);
		expect(opened.lines).toHaveLength(4 + incidentItems);
		for (const line of opened.lines) expect(line).toBeLessThanOrEqual(48);
		await page.screenshot({ path: 'test-results/banner-four-open.png' });
		console.log(`banner with four notices at 360×800: folded ${Math.round(folded.banner)} px, open ${Math.round(opened.banner)} px`);
	});

	test('the critical summary opens with a tap and with the keyboard and links to the notice; it has no dismiss button, the others do', async ({ page }) => {
		await page.setViewportSize(phone);
		await viewAt(page, demo, '/en/');
		const item = bannerNotice(page, critical);
		await expect(item.locator('.notice-summary')).toBeHidden();
		await item.locator('summary').click();
		await expect(item.locator('.notice-summary')).toBeVisible();
		await expect(item.locator('a')).toHaveAttribute('href', `/en/notices/${critical}/`);
		await item.locator('summary').press('Enter');
		await expect(item.locator('.notice-summary')).toBeHidden();
		await expect(item.locator('[data-dismiss]')).toHaveCount(0);
		// Keyboard: the more button is reachable and opens the list in place.
		await moreButton(page).focus();
		await page.keyboard.press('Enter');
		await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'true');
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, delay).locator('[data-dismiss]')).toBeVisible();
		// Targets of at least 24×24 CSS pixels.
		for (const target of [item.locator('summary'), moreButton(page), bannerNotice(page, delay).locator('[data-dismiss]')]) {
			const box = (await target.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		}
		// On a desktop too: the critical notice cannot be dismissed, the others can.
		await page.setViewportSize(desktop);
		await expect(item.locator('[data-dismiss]')).toHaveCount(0);
		await expect(bannerNotice(page, delay).locator('[data-dismiss]')).toBeVisible();
	});

	test('a dismissal is remembered across pages, reloads and languages, the count follows, and the notice comes back when it changes materially (here: its severity is raised)', async ({ page }) => {
		test.setTimeout(90_000);
		await viewAt(page, demo, '/en/');
		await moreButton(page).click();
		await bannerNotice(page, delay).locator('[data-dismiss]').click();
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, critical)).toBeVisible();
		// Keyboard focus stays in the banner rather than falling back to <body>.
		expect(await page.evaluate(() => document.activeElement?.closest('[data-notice-banner], main') !== null)).toBe(true);
		await page.goto('/en/contact/');
		await expect(moreButton(page)).toHaveText(`${3 + incidentItems} more notices`);
		await page.reload();
		await moreButton(page).click();
		await expect(bannerNotice(page, delay)).toBeHidden();
		await page.goto('/fa/');
		await moreButton(page).click();
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, untranslated)).toBeVisible();
		// The same notice, published again as critical: a newer banner file, as the fast path writes it.
		const current = await (await page.request.get('/en/notices/banner.json')).json();
		await page.route('**/en/notices/banner.json', (route) =>
			route.fulfill({
				json: {
					built: new Date(Date.parse(current.built) + 60_000).toISOString(),
					notices: current.notices.map((item: { id: string; version: string }) => (item.id === delay ? { ...item, severity: 'critical', version: `${item.version}x` } : item)),
				},
			}),
		);
		await page.goto('/en/');
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, delay)).toHaveAttribute('data-severity', 'critical');
		await expect(bannerNotice(page, delay).locator('[data-dismiss]')).toHaveCount(0);
	});

	test('a notice published after the page was built appears from banner.json (the fast path)', async ({ page }) => {
		const current = await (await page.request.get('/en/notices/banner.json')).json();
		expect(current.notices.map((item: { id: string }) => item.id)).toContain(critical);
		const fresh = {
			...current.notices[0],
			id: 'new-crisis',
			version: 'v1',
			title: 'Flooding: deliveries paused in Tehran',
			summary: 'All deliveries in Tehran are paused until the roads reopen.',
			href: '/en/notices/new-crisis/',
			start: new Date(demo.getTime() - 60_000).toISOString(),
			regions: [],
		};
		await page.route('**/en/notices/banner.json', (route) => route.fulfill({ json: { built: new Date(Date.parse(current.built) + 60_000).toISOString(), notices: [fresh, ...current.notices] } }));
		await viewAt(page, demo, '/en/articles/track-your-order/');
		const item = bannerNotice(page, 'new-crisis');
		await expect(item).toBeVisible();
		await expect(item.locator('summary')).toContainText('Flooding: deliveries paused in Tehran');
		await item.locator('summary').click();
		await expect(item.locator('a')).toHaveAttribute('href', '/en/notices/new-crisis/');
		await expect(item.locator('[data-slot="severity"]')).toHaveText('Critical');
		// An older file (a stale cache) never replaces the page's own banner.
		await page.unroute('**/en/notices/banner.json');
		await page.route('**/en/notices/banner.json', (route) => route.fulfill({ json: { built: new Date(Date.parse(current.built) - 60_000).toISOString(), notices: [fresh] } }));
		await page.reload();
		await expect(bannerNotice(page, critical)).toBeVisible();
		await expect(bannerNotice(page, 'new-crisis')).toHaveCount(0);
	});

	test('hides an ended notice and reveals a scheduled one when the clock moves, without a rebuild; a page loaded then shows them without shifting the layout', async ({ page }) => {
		await viewAt(page, demo, '/en/articles/track-your-order/');
		await moreButton(page).click();
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, scheduled)).toBeHidden();
		// Monday 2026-11-23 22:00 Tehran: the delay ended at 20:00, the Mashhad slots started at 08:00.
		await page.clock.fastForward('36:00:00');
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, scheduled)).toBeVisible();
		await expect(bannerNotice(page, critical)).toBeVisible();
		// A page loaded now, a day after its build (the clock carries over to the next page).
		await page.goto('/fa/');
		expect(await page.evaluate(() => Date.now())).toBeGreaterThanOrEqual(Date.parse('2026-11-23T22:00:00+03:30'));
		await expect(bannerNotice(page, delay)).toBeHidden();
		await expect(bannerNotice(page, scheduled)).toBeAttached();
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
		// A banner line shown or hidden after load moves this page by a layout-shift score of about
		// 0.05; a loaded CI machine once measured 0.00003 (a sub-pixel move as the web font arrived).
		expect(shift).toBeLessThan(0.001);
		await moreButton(page).click();
		await expect(bannerNotice(page, scheduled)).toBeVisible();
	});
});

test.describe('untranslated notices', () => {
	test('English shows a notice written in Persian in Persian, marked, in the banner and at its English URL, which has no axe violations', async ({ page, request }) => {
		test.setTimeout(90_000);
		await viewAt(page, demo, '/en/');
		await moreButton(page).click();
		const item = bannerNotice(page, untranslated);
		await expect(item).toBeVisible();
		await expect(item.locator('[data-slot="body"]')).toHaveAttribute('lang', 'fa');
		await expect(item.locator('[data-slot="body"]')).toHaveAttribute('dir', 'rtl');
		await expect(item.locator('[data-slot="untranslated"]')).toHaveText('Not translated');
		await expect(item.locator('[data-slot="untranslated"]')).toHaveAttribute('lang', 'en');
		await item.locator('summary').click();
		await item.locator('a').click();
		await expect(page).toHaveURL(`/en/notices/${untranslated}/`);
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
		await expect(page.locator('h1')).toHaveAttribute('lang', 'fa');
		await expect(page.locator('h1')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('[data-untranslated] .not-translated')).toContainText('Not translated');
		await expect(page.locator('[data-untranslated] .not-translated')).toContainText('Persian');
		// Not a translation: noindex, no hreflang, not in the sitemap; the real pages do not point at it.
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
		// Every rule, best practices included: a left-to-right page carrying right-to-left text.
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`/fa/notices/${untranslated}/`);
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
		await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveCount(1);
		const sitemap = await (await request.get('/sitemap-0.xml')).text();
		expect(sitemap).not.toContain(`/en/notices/${untranslated}/`);
		expect(sitemap).toContain(`/fa/notices/${untranslated}/`);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the banner lists every active notice, each opening without a script, with no controls and no scheduled notice; the contact page shows the hours computed at build time', async ({ page }) => {
		await page.setViewportSize(phone);
		await page.goto(`/fa/articles/${translatedSlug}/`);
		await expect(banner(page)).toBeVisible();
		await expect(shownNotices(page)).toHaveCount(5 + incidentItems);
		await expect(bannerNotice(page, critical)).toBeVisible();
		await expect(bannerNotice(page, delay)).toBeVisible();
		await expect(bannerNotice(page, scheduled)).toBeHidden();
		await expect(page.locator('[data-notice-banner] [data-notice-controls]')).toBeHidden();
		for (const button of await page.locator('[data-notice-banner] [data-dismiss]').all()) await expect(button).toBeHidden();
		await bannerNotice(page, critical).locator('summary').click();
		await expect(bannerNotice(page, critical).locator('.notice-summary')).toBeVisible();
		const { lines } = await bannerHeights(page);
		for (const line of lines.slice(1)) expect(line).toBeLessThanOrEqual(48);
		await page.goto('/en/contact/');
		await expect(page.locator('[data-open-now="contact-centre"]').first()).toHaveText('Open now · closes 22:00');
	});
});

/** The contact page's organisation, as far as these tests read it. */
interface Organization {
	'@type': string;
	contactPoint: { hoursAvailable: unknown[] }[];
	department: { name: string; openingHoursSpecification: unknown[]; specialOpeningHoursSpecification: unknown[] }[];
}

/**
 * The JSON-LD objects of a served page, read from its HTML with a real parser: structured data is
 * what a crawler reads without running scripts, so no browser is needed to prove it is published.
 */
async function structuredData<T extends { '@type': string }>(request: APIRequestContext, path: string): Promise<T[]> {
	const response = await request.get(path);
	expect(response.ok(), path).toBe(true);
	return [...elementsOf(parseHtml(await response.text()))]
		.filter((element) => element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json')
		.map((script) =>
			JSON.parse(
				childrenOf(script)
					.map((node) => textValue(node) ?? '')
					.join(''),
			),
		);
}

test.describe('contact page', () => {
	const status = (page: Page, id: string) => page.locator(`[data-channel="${id}"] [data-open-now]`);

	test('open now at the moment of viewing: Sunday 10:00 and 23:00 (in Persian digits on the home page too), a holiday from the hours-change notice, an ordinary Friday', async ({ page }) => {
		test.setTimeout(90_000);
		// One clock for the whole visit, set to each moment before the page is loaded.
		await viewAt(page, '2026-11-22T10:00:00+03:30', '/en/contact/');
		// Sunday 10:00: the contact centre is open until 22:00, branches are open.
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 22:00');
		await expect(status(page, 'contact-centre')).toHaveAttribute('data-open', 'true');
		await expect(status(page, 'tehran-vanak')).toHaveText('Open now · closes 21:00');
		await expect(page.locator('[data-channel="contact-centre"] [data-override-from]')).toBeHidden();

		// Sunday 23:00: the contact centre is closed and opens at 08:00; live chat runs to midnight.
		await page.clock.setSystemTime(new Date('2026-11-22T23:00:00+03:30'));
		await page.goto('/en/contact/');
		await expect(status(page, 'contact-centre')).toHaveText('Closed · opens tomorrow 08:00');
		await expect(status(page, 'contact-centre')).toHaveAttribute('data-open', 'false');
		await expect(status(page, 'live-chat')).toHaveText('Open now · closes 24:00');
		// The home page's contact line follows the viewing time too, in Persian digits.
		await page.goto('/fa/');
		const line = page.locator('[data-contact-line] [data-open-now]');
		await expect(line).toHaveAttribute('data-open', 'false');
		await expect(line).toContainText('۰۸:۰۰');
		await expect(page.locator('[data-contact-line] a')).toHaveAttribute('href', '/fa/contact/');

		// Thursday 2026-11-26 11:00, a holiday from the hours-change notice: branches closed until Sunday,
		// shorter hours, linked to the notice.
		await page.clock.setSystemTime(new Date('2026-11-26T11:00:00+03:30'));
		await page.goto('/en/contact/');
		await expect(status(page, 'tehran-vanak')).toHaveText('Closed · opens Sunday 09:00');
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 16:00');
		await expect(page.locator('[data-hours-today="contact-centre"]')).toHaveText('10:00–16:00');
		const changed = page.locator('[data-channel="contact-centre"] [data-override-from]');
		await expect(changed).toBeVisible();
		await expect(changed.locator('a')).toHaveAttribute('href', '/en/notices/holiday-opening-hours/');

		// An ordinary Friday: branches are closed until Saturday, the contact centre keeps Friday hours.
		await page.clock.setSystemTime(new Date('2026-12-04T12:00:00+03:30'));
		await page.goto('/en/contact/');
		await expect(status(page, 'tehran-vanak')).toHaveText('Closed · opens tomorrow 09:00');
		await expect(page.locator('[data-hours-today="tehran-vanak"]')).toHaveText('closed');
		await expect(status(page, 'contact-centre')).toHaveText('Open now · closes 18:00');
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

	test('the contact page publishes opening hours, with the holiday as special hours', async ({ request }) => {
		const org = (await structuredData<Organization>(request, '/en/contact/')).find((item) => item['@type'] === 'Organization');
		expect(org, 'Organization').toBeDefined();
		expect(org!.contactPoint[0]!.hoursAvailable.length).toBeGreaterThan(0);
		const vanak = org!.department.find((store) => store.name.startsWith('Vanak'));
		expect(vanak!.openingHoursSpecification.length).toBeGreaterThan(0);
		expect(vanak!.specialOpeningHoursSpecification).toContainEqual(expect.objectContaining({ validFrom: '2026-11-26', validThrough: '2026-11-28', opens: '00:00', closes: '00:00' }));
	});
});
/** Notices of a locale whose start (read straight from the files) is at or before the demo clock. */
function publishedSlugs(locale: string): string[] {
	const folder = join(siteContent, 'notices', locale);
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
});

test.describe('notices pages', () => {
	/**
	 * One axe pass per direction on the archive as a phone shows it with the banner opened, a region
	 * chosen and the critical summary open: the page type and the banner's opened state at once.
	 * Every rule, best practices included (the foundation suite checks the WCAG tags).
	 */
	async function expectArchiveAxeClean(page: Page, label: string): Promise<void> {
		// axe walks every node of the page: a checker's time on a busy 2-core runner, not the page's speed.
		test.setTimeout(90_000);
		await page.setViewportSize(phone);
		await moreButton(page).click();
		await page.locator('[data-notice-banner] [data-region-select]').selectOption('tehran');
		await bannerNotice(page, critical).locator('summary').click();
		await expect(bannerNotice(page, critical).locator('.notice-summary'), label).toBeVisible();
		await expect(bannerNotice(page, delay), label).toBeVisible();
		expect(await axeViolations(page), label).toEqual([]);
	}

	test('the English archive lists active, upcoming and past notices by month, advertises the RSS feed, filters by kind without JavaScript; on a phone with the banner opened and a region chosen it has no axe violations', async ({
		page,
	}) => {
		await viewAt(page, demo, '/en/notices/');
		await expect(page.locator(`[data-notices-active] [data-notice-card="${critical}"]`)).toBeVisible();
		await expect(page.locator(`[data-notices-upcoming] [data-notice-card="${scheduled}"]`)).toBeVisible();
		await expect(page.locator(`[data-notices-past] [data-month="2026-10"] [data-notice-card="${expired}"]`)).toBeVisible();
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/en/notices/rss.xml');
		await expectArchiveAxeClean(page, 'en archive');
		await page.locator('.notice-filter a[href="/en/notices/kind/delay/"]').click();
		await expect(page).toHaveURL(/\/en\/notices\/kind\/delay\/$/);
		const kinds = await page.locator('main [data-notice-card]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kind')));
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['delay']));
	});

	test('the Persian archive groups past notices by Solar Hijri month; on a phone with the banner opened and a region chosen it has no axe violations', async ({ page }) => {
		await viewAt(page, demo, '/fa/notices/');
		await expect(page.locator('[data-notices-past] [data-month="1405-07"] h3')).toHaveText(/مهر/);
		await expectArchiveAxeClean(page, 'fa archive');
	});

	test('a notice links its services’ status pages and related articles; the richest notice page (callout, updates, incident link) has no axe violations', async ({ page }) => {
		test.setTimeout(90_000);
		await viewAt(page, demo, `/fa/notices/${critical}/`);
		await expect(page.locator('[data-affected-services] a').first()).toHaveAttribute('href', '/fa/status/payment-gateway/');
		await expect(page.locator('section.related a').first()).toHaveAttribute('href', /\/fa\/articles\//);
		await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2026-11-22T08:40:00+03:30');
		// Right to left here; the left-to-right notice page is checked on the untranslated notice (above),
		// which has every block the hours-change notice has, plus the "not translated" marking.
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a safety notice publishes a SpecialAnnouncement', async ({ request }) => {
		const types = (await structuredData(request, '/en/notices/air-pollution-contactless-delivery/')).map((item) => item['@type']);
		expect(types).toContain('SpecialAnnouncement');
	});
});
