import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Quality bars on the built site, served with its generated `_headers` like a static host:
 * no Content-Security-Policy violation on any page type, XSS payloads through `?q=`
 * execute nothing, the Nu Html Checker finds no error, and Lighthouse scores.
 */
const dist = resolve(process.env.BAYAN_OUT_DIR ?? 'dist');

const pageTypes = [
	'/fa/',
	'/en/',
	'/fa/articles/track-your-order/',
	'/ar/articles/payment-failed-money-deducted/',
	'/en/categories/delivery/',
	'/fa/search/?q=%D8%B3%D9%81%D8%A7%D8%B1%D8%B4',
	'/en/articles/tehran-metro-pickup-lockers/',
	'/fa/no-such-page/',
	'/fa/notices/',
	'/fa/contact/',
	'/fa/status/',
	'/en/status/payment-gateway/',
	'/fa/agent/',
	'/go/1/',
];

/** Records CSP violations (reported to the page as events) and console errors. */
async function watchViolations(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __csp: string[] }).__csp ??= [];
			(window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return problems;
}

test.describe('Content-Security-Policy', () => {
	for (const path of pageTypes) {
		test(`no violation on ${decodeURIComponent(path)}`, async ({ page }) => {
			const problems = await watchViolations(page);
			const response = await page.goto(path);
			if (!response) throw new Error(`no response for ${path}`);
			const csp = response.headers()['content-security-policy'];
			expect(csp, 'served with a CSP').toBeTruthy();
			expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			// Exercise the page's scripts: focus the search box (loads search code) and wait a moment.
			const search = page.locator('input[type="search"]').first();
			if (await search.count()) {
				await search.focus();
				await search.fill('سفارش');
			}
			await page.waitForTimeout(700);
			const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
			expect([...violations, ...problems]).toEqual([]);
		});
	}
});

test.describe('XSS payloads through ?q= execute nothing', () => {
	const payloads = [
		'<img src=x onerror="window.__xss=1">',
		'"><script>window.__xss=1</script>',
		"'><svg onload=window.__xss=1>",
		'javascript:window.__xss=1',
		'</title><script>window.__xss=1</script>',
		'{{constructor.constructor("window.__xss=1")()}}',
		'<a href="javascript:window.__xss=1">x</a>',
		'\u202E<script>window.__xss=1</script>',
	];
	for (const [index, payload] of payloads.entries()) {
		test(`payload ${index + 1}`, async ({ page }) => {
			// Without the CSP: the page's own escaping must hold on hosts that ignore `_headers`.
			await page.route('**/*', async (route) => {
				const response = await route.fetch();
				const headers = { ...response.headers() };
				delete headers['content-security-policy'];
				await route.fulfill({ response, headers });
			});
			let dialogs = 0;
			page.on('dialog', async (dialog) => {
				dialogs += 1;
				await dialog.dismiss();
			});
			await page.goto(`/fa/search/?q=${encodeURIComponent(payload)}`);
			await page
				.locator('[data-search-status]')
				.first()
				.waitFor({ state: 'attached', timeout: 5000 })
				.catch(() => undefined);
			await page.waitForTimeout(800);
			const dom = await page.evaluate(() => ({
				executed: (window as unknown as { __xss?: number }).__xss,
				scripts: [...document.scripts].filter((script) => !/json/i.test(script.type) && script.textContent?.includes('__xss')).length,
				handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
				scriptUrls: [...document.querySelectorAll('[href], [src]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
				// The query is shown back to the reader as text (in the box and the status line).
				echoed: (document.querySelector('#search-page-input') as HTMLInputElement | null)?.value,
			}));
			expect(dom).toEqual({ executed: undefined, scripts: 0, handlers: [], scriptUrls: 0, echoed: payload });
			expect(dialogs).toBe(0);
		});
	}
});

test('the Nu Html Checker finds no error in any built page', async () => {
	test.setTimeout(180_000);
	const jar = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
	expect(existsSync(jar), 'vnu-jar installed').toBe(true);
	let output = '';
	try {
		execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'text', dist], { encoding: 'utf8', stdio: 'pipe' });
	} catch (error) {
		const failure = error as { stdout?: string; stderr?: string };
		output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
	}
	expect(
		output
			.split('\n')
			.filter((line) => line.trim())
			.slice(0, 40),
	).toEqual([]);
});
