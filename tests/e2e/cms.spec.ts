import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { DEMO_NOW } from '../../scripts/demo-clock.mjs';
import { createCmsProxy } from '../../scripts/lib/cms-proxy.mjs';

/**
 * Decap CMS through its real interface, against a temporary copy of the project: the CMS
 * guard with decap-server (the local backend) inside it, as `npm run cms` runs it, works on
 * the copy, the built /admin/ is pointed at it with
 * `?decap_port=`, and the copy is built at the end to show that what the CMS wrote is a
 * valid site. The repository's own content is never touched.
 */

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let project = '';
let decapPort = 0;
let decap: Server | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'Asia/Tehran', locale: 'fa-IR' });

function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, () => {
			const address = server.address();
			server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitForServer(port: number): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			const response = await fetch(`http://localhost:${port}/api/v1`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ action: 'info' }),
			});
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`the CMS guard did not start on port ${port}`);
}

test.beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'bayan-cms-'));
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(project, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
	decapPort = await freePort();
	decap = createCmsProxy({ repoPath: project });
	await new Promise<void>((listening) => decap!.listen(decapPort, 'localhost', listening));
	await waitForServer(decapPort);
});

test.afterAll(async () => {
	if (decap) {
		decap.closeAllConnections();
		await new Promise((closed) => decap!.close(closed));
	}
	if (project && !process.env.BAYAN_KEEP_CMS_COPY) rmSync(project, { recursive: true, force: true });
});

const file = (path: string) => join(project, 'src/content', path);

/** Front matter and body of an MDX file. */
function readEntry(path: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(file(path), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${path} has no front matter`);
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

async function openAdmin(page: Page, route: string): Promise<void> {
	// Leaving an edited entry asks for confirmation; the tests always mean it.
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto(`/admin/?decap_port=${decapPort}#${route}`);
	await page.getByRole('button', { name: 'وارد شدن' }).click();
}

/** The editor pane for one language (rtl.ts marks each pane with data-bayan-locale). */
const pane = (page: Page, locale: string): Locator => page.locator(`[data-bayan-locale="${locale}"]`).first();

async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'انتشار', exact: true }).click();
	await page.getByText('اکنون منتشر کنید', { exact: true }).click();
}

/** Waits until the file exists and is completely written (a new file is visible while still being written). */
async function waitForFile(path: string): Promise<void> {
	const complete = () => existsSync(file(path)) && /^---\n[\s\S]*?\n---\n[\s\S]*\S/.test(readFileSync(file(path), 'utf8'));
	await expect.poll(complete, { message: `${path} written`, timeout: 15_000 }).toBe(true);
}

async function choose(page: Page, field: Locator, option: string): Promise<void> {
	await field.click();
	await page.getByRole('option', { name: option, exact: true }).click();
}

test('an editor signs in to /admin/ built with the production backend (GitHub through an OAuth proxy), against the local backend', async ({ page }) => {
	// The suite's build has the production shape (playwright.config.ts): BAYAN_PRODUCTION=1, GitHub, a repo, an OAuth proxy.
	await page.goto('/admin/');
	const data = JSON.parse((await page.locator('#bayan-cms-data').textContent()) ?? '{}') as { config: { backend: Record<string, unknown>; logo_url: string } };
	expect(data.config.backend).toMatchObject({ name: 'github', repo: 'example/help', base_url: 'https://auth.help.example', branch: 'main' });
	expect(data.config.logo_url).toBe('/brand/logo.svg');
	await openAdmin(page, '/collections/notices');
	await expect(page.getByRole('link', { name: /اطلاعیه/ }).first()).toBeVisible();
});

test('an editor writes a Persian notice right-to-left, with start and end, and it is saved as valid front matter', async ({ page }) => {
	await openAdmin(page, '/collections/notices/new');
	const fa = pane(page, 'fa');
	await expect(fa).toHaveAttribute('dir', 'rtl');
	const title = fa.getByLabel('عنوان', { exact: true });
	await expect(title).toHaveAttribute('dir', 'rtl');
	// The file name stays left-to-right in a Persian form.
	await expect(fa.getByLabel('نام فایل (نشانی)')).toHaveAttribute('dir', 'ltr');

	await fa.getByLabel('نام فایل (نشانی)').fill('cms-test-rain-delay');
	await title.fill('تأخیر ارسال به‌خاطر باران');
	await fa.getByLabel('خلاصه', { exact: true }).fill('به‌خاطر باران شدید، ارسال‌های امروز تهران تا دو ساعت دیرتر می‌رسد.');
	await choose(page, fa.getByLabel('نوع', { exact: true }), 'delay');
	await choose(page, fa.getByLabel('شدت', { exact: true }), 'warning');
	await fa.getByLabel('شروع', { exact: true }).fill('2026-11-21T08:00');
	await fa.getByLabel('پایان (اختیاری)', { exact: true }).fill('2026-11-30T20:00');
	const body = fa.locator('[contenteditable="true"]').first();
	await body.click();
	await page.keyboard.type('پیک‌ها با احتیاط رانندگی می‌کنند؛ از صبوری شما سپاسگزاریم.');

	// The live preview is drawn with the site's stylesheet, in Persian, right-to-left.
	// (The second language pane and the preview share the space: switch to the preview.)
	await page.locator('button[title="i18n را تغییر دهید"]').click();
	if (!(await page.locator('iframe').count())) await page.locator('button[title="پیش نمایش را تغییر دهید"]').click();
	const preview = page.frameLocator('iframe').first();
	await expect(preview.locator('.bayan-preview h1')).toHaveText('تأخیر ارسال به‌خاطر باران');
	await expect(preview.locator('.bayan-preview')).toHaveAttribute('dir', 'rtl');
	await expect(preview.locator('link[href*="/_astro/"]')).toHaveCount(1);

	await publish(page);
	await waitForFile('notices/fa/cms-test-rain-delay.mdx');
	const { data, body: text } = readEntry('notices/fa/cms-test-rain-delay.mdx');
	expect(data).toEqual({
		title: 'تأخیر ارسال به‌خاطر باران',
		summary: 'به‌خاطر باران شدید، ارسال‌های امروز تهران تا دو ساعت دیرتر می‌رسد.',
		kind: 'delay',
		severity: 'warning',
		start: '2026-11-21T08:00:00+03:30',
		end: '2026-11-30T20:00:00+03:30',
	});
	expect(text.trim()).toBe('پیک‌ها با احتیاط رانندگی می‌کنند؛ از صبوری شما سپاسگزاریم.');
	// No half-translated files for the other languages.
	const arabic = file('notices/ar/cms-test-rain-delay.mdx');
	expect(existsSync(arabic), existsSync(arabic) ? readFileSync(arabic, 'utf8') : '').toBe(false);
});

test('a required field left empty is refused with a clear message, and nothing is written', async ({ page }) => {
	await openAdmin(page, '/collections/notices/new');
	const fa = pane(page, 'fa');
	await fa.getByLabel('نام فایل (نشانی)').fill('cms-test-incomplete');
	await fa.getByLabel('عنوان', { exact: true }).fill('اطلاعیه ناقص');
	await publish(page);
	await expect(fa.getByText('«خلاصه» را پر کنید؛ این فیلد الزامی است.')).toBeVisible();
	await page.waitForTimeout(500);
	expect(existsSync(file('notices/fa/cms-test-incomplete.mdx'))).toBe(false);
});

test('an existing article opened and saved unchanged keeps every field and its body', async ({ page }) => {
	const paths = ['articles/fa/track-your-order.mdx', 'articles/ar/track-your-order.mdx', 'articles/en/track-your-order.mdx'];
	const before = paths.map(readEntry);
	await openAdmin(page, '/collections/articles/entries/track-your-order');
	await expect(pane(page, 'fa').getByLabel('عنوان', { exact: true })).toHaveValue(String(before[0]!.data.title));
	await publish(page);
	await expect(page.getByText('ورودی ذخیره شد')).toBeVisible({ timeout: 15_000 });
	paths.forEach((path, index) => {
		const after = readEntry(path);
		expect(after.data, path).toEqual(before[index]!.data);
		expect(after.body.replace(/\s+/g, ' ').trim(), path).toBe(before[index]!.body.replace(/\s+/g, ' ').trim());
	});
});

test('an editor starts the Arabic translation of a Persian-only article', async ({ page }) => {
	const slug = 'tehran-metro-pickup-lockers';
	expect(existsSync(file(`articles/ar/${slug}.mdx`))).toBe(false);
	const persian = readEntry(`articles/fa/${slug}.mdx`);
	await openAdmin(page, `/collections/articles/entries/${slug}`);
	const ar = pane(page, 'ar');
	await expect(ar).toHaveAttribute('dir', 'rtl');
	await ar.getByLabel('عنوان', { exact: true }).fill('خزائن الاستلام في محطات مترو طهران');
	await ar.getByLabel('خلاصه', { exact: true }).fill('استلم طلبك من خزانة في محطة المترو في الوقت الذي يناسبك.');
	await ar.getByLabel('تاریخ به‌روزرسانی', { exact: true }).fill('2026-11-22');
	const body = ar.locator('[contenteditable="true"]').first();
	await body.click();
	await page.keyboard.type('اختر محطة المترو عند الدفع.');
	await publish(page);
	await waitForFile(`articles/ar/${slug}.mdx`);
	const arabic = readEntry(`articles/ar/${slug}.mdx`);
	expect(arabic.data).toMatchObject({
		title: 'خزائن الاستلام في محطات مترو طهران',
		summary: 'استلم طلبك من خزانة في محطة المترو في الوقت الذي يناسبك.',
		// Shared fields come from the Persian original.
		ref: persian.data.ref,
		category: persian.data.category,
	});
	expect(arabic.body.trim()).toBe('اختر محطة المترو عند الدفع.');
});

test('the next build of the edited copy shows the new notice', async () => {
	test.setTimeout(180_000);
	const out = join(project, 'dist');
	const result = spawnSync(process.execPath, [join(project, 'scripts/build.mjs')], {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, BAYAN_NOW: DEMO_NOW, BAYAN_OUT_DIR: out, BAYAN_CACHE_DIR: join(project, '.cache'), NO_COLOR: '1' },
		timeout: 170_000,
	});
	expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
	// The banner (NoticeBanner) lists active notices on every page, the notice links to its own page.
	const article = readFileSync(join(out, 'fa/articles/track-your-order/index.html'), 'utf8');
	const banner = /<section[^>]*data-notice-banner[\s\S]*?<\/section>/.exec(article)?.[0] ?? '';
	expect(banner).toContain('data-notice="cms-test-rain-delay"');
	expect(banner).toContain('تأخیر ارسال به‌خاطر باران');
	expect(existsSync(join(out, 'fa/notices/cms-test-rain-delay/index.html'))).toBe(true);
	expect(existsSync(join(out, 'ar/articles/tehran-metro-pickup-lockers/index.html'))).toBe(true);
	expect(readFileSync(join(out, 'ar/articles/tehran-metro-pickup-lockers/index.html'), 'utf8')).toContain('خزائن الاستلام في محطات مترو طهران');
});
