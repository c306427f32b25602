import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { schemaDefinitionOf } from '../fixtures/statuspage-endpoints';
import { axeViolations } from '../support/axe';
import { siteOrigin } from './helpers';

/**
 * The status page as readers, scripts and calendar apps meet it, at the demo clock
 * (2026-11-22 10:00 Tehran): the payment gateway is degraded by an unresolved incident,
 * and a payment gateway upgrade is scheduled for 2026-11-25 01:00–03:00.
 *
 * A page is opened once and every check of that page state runs on it, as a step: a new
 * page costs seconds on the test machine, and axe runs once per page state (rtl and ltr).
 */

const UNRESOLVED = 'card-payments-slow';
const UPCOMING = 'payment-gateway-upgrade';
const serviceIds = ['website', 'mobile-app', 'payment-gateway', 'delivery-tehran', 'delivery-isfahan', 'delivery-shiraz', 'delivery-mashhad', 'contact-centre', 'live-chat'];

const schema = JSON.parse(readFileSync(new URL('../fixtures/statuspage-v2.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema);

const endpoints: Record<string, string> = schemaDefinitionOf;

// axe walks every node, and the status page carries 90 day bars and a day list per service
// (about 4,600 elements): one pass took up to 80 s on a runner at load 35. A checker's time,
// not the page's speed (that is the bench's).
test.describe.configure({ timeout: 150_000 });

async function getJson(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return response.json();
}

/** The API's overall indicator and each service's status, which every other surface must repeat. */
async function apiFacts(request: APIRequestContext) {
	const summary = await getJson(request, '/api/v2/summary.json');
	const status = new Map<string, string>(
		summary.components.filter((component: { group: boolean }) => !component.group).map((component: { id: string; status: string }) => [component.id, component.status]),
	);
	return { summary, status };
}

test.describe('read API', () => {
	for (const [endpoint, definition] of Object.entries(endpoints)) {
		test(`/api/v2/${endpoint} matches the Statuspage v2 schema`, async ({ request }) => {
			const body = await getJson(request, `/api/v2/${endpoint}`);
			const validate = ajv.getSchema(`${schema.$id}#/$defs/${definition}`)!;
			expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
		});
	}
});

test('API, badges, feed and calendar agree', async ({ request }) => {
	const { summary, status: apiStatus } = await apiFacts(request);
	const unresolved = await getJson(request, '/api/v2/incidents/unresolved.json');
	const upcoming = await getJson(request, '/api/v2/scheduled-maintenances/upcoming.json');
	const statusJson = await getJson(request, '/api/v2/status.json');

	// API: one indicator, one unresolved incident, one upcoming maintenance.
	expect(summary.status.indicator).toBe('major');
	expect(statusJson.status).toEqual(summary.status);
	expect(unresolved.incidents.map((incident: { id: string }) => incident.id)).toEqual([UNRESOLVED]);
	expect(summary.incidents.map((incident: { id: string }) => incident.id)).toEqual([UNRESOLVED]);
	expect(upcoming.scheduled_maintenances.map((item: { id: string }) => item.id)).toEqual([UPCOMING]);
	expect([...apiStatus.keys()].sort()).toEqual([...serviceIds].sort());
	expect(apiStatus.get('payment-gateway')).toBe('partial_outage');

	// Badges: the colour of each status (from src/features/status/badge.ts) and its words in the default locale.
	const badgeColour: Record<string, string> = { major: '#b3410e', partial_outage: '#b3410e', operational: '#1e7b34' };
	const overallBadge = await (await request.get('/status/badge.svg')).text();
	expect(overallBadge).toContain(`fill="${badgeColour[summary.status.indicator]}"`);
	expect(overallBadge).toContain('قطعی بخشی از سرویس‌ها');
	for (const id of ['payment-gateway', 'website']) {
		const response = await request.get(`/status/${id}/badge.svg`);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const svg = await response.text();
		expect(svg).toContain(`fill="${badgeColour[apiStatus.get(id)!]}"`);
		expect(svg).toContain(id === 'payment-gateway' ? 'قطعی بخشی' : 'عادی');
	}

	// The feed carries both updates of the unresolved incident and the maintenance announcement.
	const feedText = await (await request.get('/en/status/rss.xml')).text();
	const feed = await new Parser().parseString(feedText);
	const links = feed.items.map((item) => item.link!);
	expect(links).toContain(`${siteOrigin}/en/status/incidents/${UNRESOLVED}/#update-1`);
	expect(links).toContain(`${siteOrigin}/en/status/incidents/${UNRESOLVED}/#update-2`);
	expect(links).toContain(`${siteOrigin}/en/status/incidents/${UPCOMING}/#update-1`);
	expect(feed.items[0]!.link).toContain(UNRESOLVED); // newest first
	for (const link of links) expect(link).toMatch(/^https:\/\//);

	// The calendar has the upcoming window, in UTC, matching the API.
	const ics = await (await request.get('/en/status/maintenance.ics')).text();
	expect(ics).toMatch(/\r\n$/);
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
	const upgrade = events.find((event) => event.uid.startsWith(`${UPCOMING}@`))!;
	expect(upgrade).toBeDefined();
	expect(upgrade.startDate.toJSDate().toISOString()).toBe(new Date(upcoming.scheduled_maintenances[0].scheduled_for).toISOString());
	expect(upgrade.endDate.toJSDate().toISOString()).toBe(new Date(upcoming.scheduled_maintenances[0].scheduled_until).toISOString());
});

test.describe('status page', () => {
	test('/en/status/: overall state, active incident and upcoming maintenance; day tooltips on hover and by keyboard; axe clean (ltr)', async ({ page }) => {
		await page.goto('/en/status/');

		await test.step('shows the overall state in words and icon, the active incident and the upcoming maintenance', async () => {
			const overall = page.locator('.overall');
			// The demo's headline crisis (card payments failing): a partial outage, as the critical notice says.
			await expect(overall).toHaveAttribute('data-indicator', 'major');
			await expect(overall).toContainText('Partial outage');
			await expect(overall.locator('svg[data-level="major"]')).toHaveCount(1);
			await expect(page.locator('[data-section="active"] [data-incident]')).toHaveAttribute('data-incident', UNRESOLVED);
			await expect(page.locator('[data-section="active"]')).toContainText('Identified');
			await expect(page.locator('[data-section="upcoming"] [data-incident]')).toHaveAttribute('data-incident', UPCOMING);
			await expect(page.locator('.service-row')).toHaveCount(serviceIds.length);
			await expect(page.locator('.service-row [data-day]')).toHaveCount(serviceIds.length * 90);
			await expect(page.locator('[data-section="past"]')).toContainText('Website checkout unavailable');
		});

		await test.step('has no axe violations (ltr)', async () => {
			expect(await axeViolations(page)).toEqual([]);
		});

		await test.step('hover shows the tooltip', async () => {
			const day = page.locator('.service-row[data-service-id="mobile-app"] [data-day="2026-11-15"]');
			await day.hover();
			const tip = day.locator('.tip');
			await expect(tip).toBeVisible();
			// Drawn, not only the 1 px box every tooltip has while hidden.
			expect((await tip.boundingBox())!.width).toBeGreaterThan(50);
			await expect(tip).toContainText('App sign-in errors');
			// Leave the bars, so the keyboard step starts with no day hovered.
			await page.mouse.move(0, 0);
			await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeLessThan(2);
		});

		await test.step('keyboard: Tab reaches a day bar, its tooltip lists that day’s incidents, Escape hides it', async () => {
			const row = page.locator('.service-row[data-service-id="payment-gateway"]');
			await row.locator('.service-head a').focus();
			await page.keyboard.press('Tab');
			const today = row.locator('[data-day]').last();
			await expect(today).toBeFocused();
			const tip = today.locator('.tip');
			await expect(tip).toBeVisible();
			expect((await tip.boundingBox())!.width).toBeGreaterThan(50);
			await expect(tip).toContainText('Card payments failing at checkout');
			await page.keyboard.press('Escape');
			expect((await tip.boundingBox())?.width ?? 0).toBeLessThan(2);

			// Arrow keys walk back to 30 October, the day of the two overlapping incidents.
			await page.keyboard.press('Home');
			const first = row.locator('[data-day]').first();
			await expect(first).toBeFocused();
			const target = row.locator('[data-day="2026-10-30"]');
			const index = await row.locator('[data-day]').evaluateAll((days) => days.findIndex((day) => (day as HTMLElement).dataset.day === '2026-10-30'));
			for (let step = 0; step < index; step++) await page.keyboard.press('ArrowRight');
			await expect(target).toBeFocused();
			await expect(target).toHaveAttribute('tabindex', '0');
			await expect(target.locator('.tip')).toBeVisible();
			await expect(target.locator('.tip')).toContainText('More card payments declined than usual');
			await expect(target.locator('.tip')).toContainText('Website checkout unavailable');
			// Only one tab stop per row.
			await expect(row.locator('[data-day][tabindex="0"]')).toHaveCount(1);
		});
	});

	test('/fa/status/: agrees with the API; axe clean (rtl); a collapsed group stays collapsed after reload', async ({ page, request }) => {
		const { summary, status: apiStatus } = await apiFacts(request);
		await page.goto('/fa/status/');

		await test.step('shows the same statuses, incident and maintenance as the API', async () => {
			await expect(page.locator('.overall')).toHaveAttribute('data-indicator', summary.status.indicator);
			for (const id of serviceIds) {
				await expect(page.locator(`.service-row[data-service-id="${id}"]`)).toHaveAttribute('data-status', apiStatus.get(id)!);
			}
			await expect(page.locator('[data-section="active"] [data-incident]')).toHaveAttribute('data-incident', UNRESOLVED);
			await expect(page.locator('[data-section="upcoming"] [data-incident]')).toHaveAttribute('data-incident', UPCOMING);
		});

		await test.step('has no axe violations (rtl)', async () => {
			expect(await axeViolations(page)).toEqual([]);
		});

		await test.step('a collapsed group stays collapsed after reload', async () => {
			const group = page.locator('details[data-group-id="delivery"]');
			await expect(group).toHaveAttribute('open', '');
			await group.locator(':scope > summary').click();
			await expect(group).not.toHaveAttribute('open');
			await page.reload();
			await expect(page.locator('details[data-group-id="delivery"]')).not.toHaveAttribute('open');
			await expect(page.locator('details[data-group-id="online"]')).toHaveAttribute('open', '');
		});
	});

	// Its own test: with it, the test above took 81 s of its 90 s on a busy runner (three axe
	// passes over the ~4,600-element page); apart, the two workers can share them.
	test('/fa/status/: a focused day tooltip is axe clean in dark mode too', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/fa/status/');
		const today = page.locator('.service-row[data-service-id="payment-gateway"] [data-day]').last();
		await today.focus();
		// axe checks the tooltip as drawn (colours, contrast), not its 1 px hidden box.
		await expect.poll(async () => (await today.locator('.tip').boundingBox())?.width ?? 0).toBeGreaterThan(50);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('every service page agrees with the API; the payment gateway’s page is axe clean (fa, en)', async ({ page, request }) => {
		const { status: apiStatus } = await apiFacts(request);
		for (const id of serviceIds) {
			await page.goto(`/en/status/${id}/`);
			await expect(page.locator('[data-service-page]'), id).toHaveAttribute('data-status', apiStatus.get(id)!);
			await expect(page.locator(`[data-incident="${UNRESOLVED}"]`), id).toHaveCount(id === 'payment-gateway' ? 1 : 0);
			if (id === 'payment-gateway') expect(await axeViolations(page), page.url()).toEqual([]);
		}
		await page.goto('/fa/status/payment-gateway/');
		expect(await axeViolations(page), page.url()).toEqual([]);
	});

	test('incident pages have no axe violations: unresolved (fa) and resolved (en)', async ({ page }) => {
		for (const path of [`/fa/status/incidents/${UNRESOLVED}/`, '/en/status/incidents/website-checkout-outage/']) {
			await page.goto(path);
			expect(await axeViolations(page), path).toEqual([]);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every fact is in the status and incident pages, and an article’s <ServiceStatus> shows the build-time status', async ({ page }) => {
		await page.goto('/en/status/');
		await expect(page.locator('.overall')).toContainText('Partial outage');
		await expect(page.locator('details[data-group-id]')).toHaveCount(3);
		for (const group of await page.locator('details[data-group-id]').all()) await expect(group).toHaveAttribute('open', '');
		await expect(page.locator('.service-row[data-service-id="payment-gateway"] .service-head')).toContainText('Partial outage');
		// Day facts are text in the page, not only in a tooltip built by a script.
		const day = page.locator('.service-row[data-service-id="payment-gateway"] [data-day="2026-10-30"] .tip');
		expect(await day.textContent()).toContain('Website checkout unavailable');
		await expect(page.locator('.uptime-note')).toContainText('a partial outage counts as 30%');
		await expect(page.locator('[data-tz-switch]')).toBeHidden();

		await page.goto(`/en/status/incidents/${UNRESOLVED}/`);
		await expect(page.locator('.timeline li')).toHaveCount(2);
		await expect(page.locator('.timeline li').first()).toContainText('Identified');
		await expect(page.locator('.timeline li').first().locator('time')).toHaveAttribute('datetime', '2026-11-22T09:25:00+03:30');
		await expect(page.locator('.timeline li').first().locator('time')).toContainText('09:25');

		await page.goto('/fa/articles/payment-failed-money-deducted/');
		await expect(page.locator('[data-service-status="payment-gateway"] [data-service-status-text]')).toHaveText('قطعی بخشی');
	});
});

test.describe('incident timeline in the visitor’s time zone', () => {
	test.use({ timezoneId: 'Europe/Berlin' });

	test('relative times follow the visitor’s clock; the switch rewrites times in the visitor’s zone and back, and is remembered', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-22T09:37:00+03:30'));
		await page.goto(`/en/status/incidents/${UNRESOLVED}/`);
		await expect(page.locator('.timeline li').first().locator('[data-relative]')).toHaveText('(12 minutes ago)');

		const time = page.locator('.timeline li').first().locator('time');
		await expect(time).toContainText('09:25');
		const switcher = page.locator('[data-tz-switch]');
		await expect(switcher).toBeVisible();
		await expect(switcher).toContainText('Europe/Berlin');
		await switcher.getByRole('radio').nth(1).check();
		// 09:25 in Tehran (+03:30) is 06:55 in Berlin (+01:00).
		await expect(time).toContainText('06:55');
		await page.reload();
		await expect(page.locator('.timeline li').first().locator('time')).toContainText('06:55');
		await page.locator('[data-tz-switch]').getByRole('radio').first().check();
		await expect(page.locator('.timeline li').first().locator('time')).toContainText('09:25');
	});
});

test('the home page and an article show the status: the home page links to the status page, <ServiceStatus> refreshes from summary.json', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).origin));
	await page.goto('/fa/');
	const summary = page.locator('.status-summary');
	await expect(summary).toHaveAttribute('data-indicator', 'major');
	await expect(summary.locator('a')).toHaveAttribute('href', '/fa/status/');

	await page.route('**/api/v2/summary.json', async (route) => {
		const response = await route.fetch();
		const body = await response.json();
		for (const component of body.components) if (component.id === 'payment-gateway') component.status = 'major_outage';
		await route.fulfill({ response, json: body });
	});
	await page.goto('/en/articles/payment-failed-money-deducted/');
	const embed = page.locator('[data-service-status="payment-gateway"]');
	await expect(embed.locator('a')).toHaveAttribute('href', '/en/status/payment-gateway/');
	await expect(embed).toHaveAttribute('data-status', 'major_outage');
	await expect(embed.locator('[data-service-status-text]')).toHaveText('Major outage');
	expect(new Set(requests)).toEqual(new Set([new URL(page.url()).origin]));
});
