import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Locator, type Page, type Request, test, type WorkerInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DEMO_NOW } from '../../scripts/demo-clock.mjs';
import { createCmsProxy } from '../../scripts/lib/cms-proxy.mjs';
import { freePort } from '../support/free-port';
import { copyProjectSources } from '../support/project-copy.mjs';
import { rawBody } from './cms-helpers';
import { siteCache, siteProject } from './helpers';

/**
 * Decap CMS through its real interface, against a temporary copy of the project: the CMS
 * guard with decap-server (the local backend) inside it, as `npm run cms` runs it, works on
 * the copy, the built /admin/ is pointed at it with
 * `?decap_port=`, and the copy is built at the end to show that what the CMS wrote is a
 * valid site. The repository's own content is never touched.
 *
 * Three editors' sessions (journeys, see `inJourney`), each on its own copy: the tests of a
 * journey are its steps on one page, signed in once (Decap is a 1+ MB app; loading it per test
 * cost ~5 s each), and the journeys run side by side. They move between collections and
 * entries through Decap's own router (hash routes), as an editor clicking through does; only
 * the Arabic and English interfaces (other pages, /admin/ar/ and /admin/en/) load anew.
 * Sections, in order: signing in, notices, articles, incidents, the YAML collections, the
 * body's allow-list, the admin shell in each interface language, the next build.
 */

// The editor's copy is of the suite's own site (its content and brand), as the web server built it.
const root = siteProject;
let project = '';
let decapPort = 0;
let decap: Server | undefined;
let context: BrowserContext;
/** The editor's one page, shared by every test below (they run in order, `serial`). */
let page: Page;
/** Errors the admin logged or threw since the page opened; a test compares the part after its start. */
const errors: string[] = [];
/** Writes the admin asked the local backend for (`action` and the entry's slug), to show a refused save sent none. */
const writes: string[] = [];
/** Requests the admin has in flight, and when the last one started or ended (see `settled`). */
const inFlight = new Set<Request>();
let lastRequest = 0;

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

/** The local backend's actions that change the repository (scripts/lib/cms-proxy.mjs allows these and the reads). */
const writeActions = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'deleteUnpublishedEntry', 'updateUnpublishedEntryStatus', 'publishUnpublishedEntry']);

/** Starts one editor's session: a fresh copy of the project, its own CMS guard on a free port, a fresh page. */
async function startSession(browser: Browser, workerInfo: WorkerInfo): Promise<void> {
	errors.length = 0;
	writes.length = 0;
	inFlight.clear();
	project = mkdtempSync(join(tmpdir(), 'bayan-cms-'));
	copyProjectSources(root, project, { content: true });
	decapPort = await freePort();
	decap = createCmsProxy({ repoPath: project });
	await new Promise<void>((listening) => decap!.listen(decapPort, 'localhost', listening));
	await waitForServer(decapPort);

	// The editor's laptop is in Berlin: times are still entered and stored in the site's zone (Tehran).
	const { baseURL, viewport } = workerInfo.project.use;
	context = await browser.newContext({ baseURL, viewport, timezoneId: 'Europe/Berlin', locale: 'fa-IR' });
	page = await context.newPage();
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	if (process.env.BAYAN_CMS_STACKS) page.on('pageerror', (error) => console.log(error.stack));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	// Leaving an edited entry asks for confirmation: the tests always mean it. Decap also offers
	// the local backup of an entry left unsaved when a form opens again: a test wants a clean form.
	page.on('dialog', (dialog) => (/backup|پشتیبان|احتياطية/.test(dialog.message()) ? dialog.dismiss() : dialog.accept()));
	page.on('request', (request) => {
		inFlight.add(request);
		lastRequest = Date.now();
		if (request.method() !== 'POST' || !request.url().startsWith(`http://localhost:${decapPort}/`)) return;
		const body = request.postDataJSON() as { action?: string; params?: { entry?: { slug?: string }; slug?: string } } | null;
		if (body?.action && writeActions.has(body.action)) writes.push(`${body.action} ${body.params?.entry?.slug ?? body.params?.slug ?? ''}`);
	});
	const answered = (request: Request) => {
		inFlight.delete(request);
		lastRequest = Date.now();
	};
	page.on('requestfinished', answered);
	page.on('requestfailed', answered);
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a hook's fixtures from its destructured first argument.
test.afterEach(async ({}, testInfo) => {
	// The shared page is not one Playwright screenshots on failure by itself.
	if (testInfo.status !== testInfo.expectedStatus) await page?.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined);
});

/** Ends the session: its page, its CMS guard and its copy of the project. */
async function endSession(): Promise<void> {
	await context?.close();
	if (decap) {
		decap.closeAllConnections();
		await new Promise((closed) => decap!.close(closed));
		decap = undefined;
	}
	if (project && !process.env.BAYAN_KEEP_CMS_COPY) rmSync(project, { recursive: true, force: true });
}

/**
 * The journeys: each is one editor's session (its own copy, CMS guard and signed-in page, see
 * `startSession`) whose tests are steps in order; the journeys run side by side on the workers.
 * One journey for the whole spec took about 190 s of one worker, the longest chain of the browser suite.
 * - notices: signing in, writing notices, the list, an Arabic translation, and the next build of that copy
 *   (which shows the notice and the translation);
 * - forms: every article, incident and YAML-collection rule refused in the form;
 * - shells: every notice rule, the body's allow-list, the admin in each interface language.
 */
type Journey = 'notices' | 'forms' | 'shells';
const journeySteps: Record<Journey, Array<{ title: string; body: () => Promise<void> }>> = { notices: [], forms: [], shells: [] };

/** Adds a test to a journey (registered, in file order, at the end of this file). */
function inJourney(journey: Journey, title: string, body: () => Promise<void>): void {
	journeySteps[journey].push({ title, body });
}

/** Signs in to the Persian admin (the notices journey's first test does it itself, and checks the configuration). */
async function signIn(): Promise<void> {
	await page.goto(`/admin/?decap_port=${decapPort}#/collections/notices`);
	await page.getByRole('button', { name: 'وارد شدن' }).click();
	await expect(page.getByRole('link', { name: /اطلاعیه/ }).first()).toBeVisible({ timeout: 60_000 });
}

const file = (path: string) => join(project, 'src/content', path);

/**
 * A picture of the page for the closing notes, in the test's output folder, taken only when
 * `CMS_SHOTS_DIR` is set (as in cms-workflow.spec.ts): pictures check nothing (a failed test is
 * pictured by the afterEach hook), and this spec took about twenty of them, 0.3–1 s each.
 */
async function picture(target: Page, name: string): Promise<void> {
	if (process.env.CMS_SHOTS_DIR) await target.screenshot({ path: test.info().outputPath(name) });
}

/** Front matter and body of an MDX file. */
function readEntry(path: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(file(path), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${path} has no front matter`);
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Moves within the signed-in admin by route (Decap's router), as an editor clicking through would: no reload. */
async function go(route: string): Promise<void> {
	await page.evaluate((hash) => {
		location.hash = hash;
	}, `#${route}`);
}

/**
 * Opens an entry, or a new one, in a fresh form: through its collection's list, so Decap's
 * editor closes and drops the draft it holds (moved from entry to entry by route alone, Decap
 * can keep the previous entry's draft). An edited form asks "leave this page?", answered yes.
 */
async function open(route: string): Promise<void> {
	const collection = /^\/collections\/([^/]+)/.exec(route)?.[1];
	if (!collection) throw new Error(`not a collection route: ${route}`);
	await go(`/collections/${collection}`);
	await expect(page).toHaveURL(new RegExp(`#/collections/${collection}$`));
	// The editor's toolbar starts with a link back to the list; the list has none.
	const editor = page.getByRole('link', { name: /^← بازگشت به/ });
	await expect(editor, 'the previous form is closed').toHaveCount(0);
	await go(route);
	await expect(editor).toBeVisible({ timeout: 60_000 });
}

/**
 * Waits until the admin has had no request in flight for half a second: the entry, its
 * relation widgets' look-ups and searches have answered, so a widget that would mark an
 * untouched entry changed once its data arrives has done so.
 */
async function settled(): Promise<void> {
	await expect.poll(() => inFlight.size === 0 && Date.now() - lastRequest >= 500, { message: 'the admin settles', intervals: [100], timeout: 30_000 }).toBe(true);
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

/** Decap's "unsaved changes" marker in the toolbar (corrected Persian, with its ZWNJ). */
const unsaved = (page: Page) => page.getByText('تغییرات ذخیره‌نشده', { exact: true });

/** The page errors (uncaught exceptions and unhandled rejections) among logged `errors`. */
const pageErrors = (logged: string[]): string[] => logged.filter((error) => error.startsWith('pageerror:'));

/** A rule tried through a form: what the build checks, how the form refuses it, and (when the form can break it) how. */
interface FormRule {
	rule: string;
	build: string;
	form: string;
	break?: (page: Page, scope: Locator) => Promise<void>;
	/** Puts the field back, so the next rule starts from a valid entry. */
	restore?: (page: Page, scope: Locator) => Promise<void>;
	refusal?: RegExp;
	/** The field the refusal must be shown at (Decap's field error under its label). */
	at?: (scope: Locator) => Locator;
	/** A picture of the refusal, saved under this name in the test's output (see `picture`). */
	shot?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The error list Decap shows under the `nth` field labelled `label` (optional fields carry « (اختیاری)»). */
function fieldError(scope: Locator, label: string, nth = 0): Locator {
	return scope
		.locator('label')
		.filter({ hasText: new RegExp(`^${escapeRegExp(label)}( \\(اختیاری\\))?$`) })
		.nth(nth)
		.locator('xpath=..')
		.locator('li');
}

/** The `nth` form control labelled `label` (exactly, optional or not). */
function control(scope: Locator, label: string, nth = 0): Locator {
	return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\(اختیاری\\))?$`)).nth(nth);
}

/** Replaces a text field's value and checks it took (typing over a bidi control character can leave it in place). */
async function refill(field: Locator, value: string): Promise<void> {
	await field.fill('');
	await field.fill(value);
	await expect(field).toHaveValue(value);
}

/** The clear button of a bayan-instant or bayan-date field. */
const clear = (field: Locator): Locator => field.locator('xpath=..').getByRole('button', { name: 'پاک کردن' });

async function closeToasts(page: Page): Promise<void> {
	// A toast can close by itself between being listed and clicked; a click on its vanished button would
	// otherwise wait for it until the test's limit (it did, once this spec no longer paused for pictures).
	for (const button of await page.locator('.Toastify__close-button').all()) await button.click({ timeout: 2_000 }).catch(() => undefined);
}

/** Snapshot of every file under `src/content/<folder>` of the copy, to show a refused save wrote nothing. */
function folderText(folder: string): string {
	const out = spawnSync('sh', ['-c', `cat $(find ${JSON.stringify(file(folder))} -type f | sort)`], { encoding: 'utf8' });
	return out.stdout;
}

/**
 * Breaks each rule in the open form, presses publish, expects the refusal by name (at its
 * field where given) and no write sent to the backend, then restores the field. The refusal
 * is shown once Decap has decided not to save, so no write can follow it.
 */
async function tryRules(page: Page, scope: Locator, rules: readonly FormRule[]): Promise<void> {
	for (const rule of rules.filter((item) => item.break)) {
		await test.step(rule.rule, async () => {
			const sent = writes.length;
			const errorsBefore = errors.length;
			await rule.break!(page, scope);
			await publish(page);
			if (rule.at) await expect(rule.at(scope).filter({ hasText: rule.refusal! }).first(), `${rule.rule}: at its field`).toBeVisible({ timeout: 20_000 });
			else await expect(page.getByText(rule.refusal!).first(), rule.rule).toBeVisible({ timeout: 20_000 });
			expect(writes.slice(sent), `${rule.rule}: nothing written`).toEqual([]);
			if (rule.shot) await picture(page, rule.shot);
			await closeToasts(page);
			// Refused, and cleanly: Decap's rejected save is not an unhandled rejection (refusals.ts).
			expect(pageErrors(errors.slice(errorsBefore)), `${rule.rule}: no page error`).toEqual([]);
			await rule.restore?.(page, scope);
		});
	}
}

// ─── Signing in ──────────────────────────────────────────────────────────────

inJourney('notices', 'an editor signs in to /admin/ built with the production backend (GitHub through an OAuth proxy), against the local backend', async () => {
	await page.goto(`/admin/?decap_port=${decapPort}#/collections/notices`);
	// The suite's build has the production shape (playwright.config.ts): BAYAN_PRODUCTION=1, GitHub, a repo, an OAuth proxy.
	const data = JSON.parse((await page.locator('#bayan-cms-data').textContent()) ?? '{}') as { config: { backend: Record<string, unknown>; logo_url: string } };
	expect(data.config.backend).toMatchObject({ name: 'github', repo: 'example/help', base_url: 'https://auth.help.example', branch: 'main' });
	expect(data.config.logo_url).toBe('/brand/logo.svg');
	await page.getByRole('button', { name: 'وارد شدن' }).click();
	await expect(page.getByRole('link', { name: /اطلاعیه/ }).first()).toBeVisible();
});

// ─── Notices ─────────────────────────────────────────────────────────────────

inJourney('notices', 'an editor writes a Persian notice right-to-left, with start and end, and it is saved as valid front matter', async () => {
	const errorsBefore = errors.length;
	await open('/collections/notices/new');
	// The admin shell itself reads right-to-left in Persian.
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const fa = pane(page, 'fa');
	await expect(fa).toHaveAttribute('dir', 'rtl');
	const title = fa.getByLabel('عنوان', { exact: true });
	await expect(title).toHaveAttribute('dir', 'rtl');
	// The file name stays left-to-right in a Persian form.
	await expect(fa.getByLabel('نام فایل (نشانی)')).toHaveAttribute('dir', 'ltr');

	await fa.getByLabel('نام فایل (نشانی)').fill('cms-test-rain-delay');
	await title.fill('تأخیر ارسال به‌خاطر باران');
	await fa.getByLabel('خلاصه', { exact: true }).fill('به‌خاطر باران شدید، ارسال‌های امروز تهران تا دو ساعت دیرتر می‌رسد.');
	// Kind and severity are offered in Persian, stored as the codes the build reads.
	await choose(page, fa.getByLabel('نوع', { exact: true }), 'تأخیر');
	await choose(page, fa.getByLabel('شدت', { exact: true }), 'هشدار');
	// Tehran wall-clock times, whatever the laptop's zone; read back in the Solar Hijri calendar.
	await fa.getByLabel('شروع', { exact: true }).fill('2026-11-21T08:00');
	await expect(fa.getByText('یعنی ۳۰ آبان ۱۴۰۵', { exact: false })).toBeVisible();
	await fa.getByLabel('پایان (اختیاری)', { exact: true }).fill('2026-11-30T20:00');
	const body = fa.locator('[contenteditable="true"]').first();
	await body.click();
	await page.keyboard.type('پیک‌ها با احتیاط رانندگی می‌کنند؛ از صبوری شما سپاسگزاریم.');

	// The live preview is drawn with the site's stylesheet, in Persian, right-to-left.
	// (The second language pane and the preview share the space: switch to the preview.)
	await page.locator('button[title="نمایش یا پنهان کردن زبان دوم"]').click();
	if (!(await page.locator('iframe').count())) await page.locator('button[title="نمایش یا پنهان کردن پیش‌نمایش"]').click();
	const preview = page.frameLocator('iframe').first();
	await expect(preview.locator('.bayan-preview h1')).toHaveText('تأخیر ارسال به‌خاطر باران');
	await expect(preview.locator('.bayan-preview')).toHaveAttribute('dir', 'rtl');
	await expect(preview.locator('link[href*="/_astro/"]')).toHaveCount(1);
	// The banner card as customers see it on a phone, next to the notice page.
	const card = preview.locator('.bayan-phone .bayan-banner-card');
	await expect(card).toHaveAttribute('data-severity', 'warning');
	await expect(card).toContainText('تأخیر ارسال به‌خاطر باران');
	await expect(card).toContainText('تا دو ساعت دیرتر');
	expect((await preview.locator('.bayan-phone').boundingBox())?.width).toBeLessThanOrEqual(360);
	await picture(page, 'editor-preview.png');

	// A publish neither reloads the admin nor throws, and leaves no "unsaved changes" behind.
	await page.evaluate(() => ((window as unknown as { bayanMarker: number }).bayanMarker = 1));
	// A full reload fires `load` again; Decap's own moves (hash routes) do not.
	let loads = 0;
	const countLoad = () => loads++;
	page.on('load', countLoad);
	await publish(page);
	await waitForFile('notices/fa/cms-test-rain-delay.mdx');
	// Decap moves from the new-entry form to the published entry, in place.
	await expect(page).toHaveURL(/#\/collections\/notices\/entries\/cms-test-rain-delay$/, { timeout: 30_000 });
	await expect(page.getByText('تغییرات ذخیره شد', { exact: true })).toBeVisible();
	await picture(page, 'after-publish.png');
	expect(await page.evaluate(() => (window as unknown as { bayanMarker?: number }).bayanMarker)).toBe(1);
	page.off('load', countLoad);
	expect(loads, 'no full reload after publishing').toBe(0);
	await expect(unsaved(page)).toHaveCount(0);
	expect(errors.slice(errorsBefore)).toEqual([]);
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
	// Decap remembers the panes shown: back to the second language for the next steps.
	await page.locator('button[title="نمایش یا پنهان کردن زبان دوم"]').click();
	await expect(pane(page, 'ar')).toBeVisible();
});

inJourney('notices', 'a required field left empty is refused with a clear message, and nothing is written', async () => {
	await open('/collections/notices/new');
	const sent = writes.length;
	const errorsBefore = errors.length;
	const fa = pane(page, 'fa');
	await fa.getByLabel('نام فایل (نشانی)').fill('cms-test-incomplete');
	await fa.getByLabel('عنوان', { exact: true }).fill('اطلاعیه ناقص');
	await publish(page);
	await expect(fa.getByText('«خلاصه» را پر کنید؛ این فیلد الزامی است.')).toBeVisible();
	await settled();
	expect(writes.slice(sent), 'no write sent').toEqual([]);
	expect(pageErrors(errors.slice(errorsBefore)), 'refused without a page error').toEqual([]);
	expect(existsSync(file('notices/fa/cms-test-incomplete.mdx'))).toBe(false);
});

/** Opens a new notice and fills a valid Persian one, so each rule below breaks exactly one thing. */
async function validNotice(page: Page, slug: string): Promise<Locator> {
	await open('/collections/notices/new');
	const fa = pane(page, 'fa');
	await fa.getByLabel('نام فایل (نشانی)').fill(slug);
	await fa.getByLabel('عنوان', { exact: true }).fill('بسته بودن شعبه ونک');
	await fa.getByLabel('خلاصه', { exact: true }).fill('شعبه ونک امروز بسته است.');
	await choose(page, fa.getByLabel('نوع', { exact: true }), 'عمومی');
	await choose(page, fa.getByLabel('شدت', { exact: true }), 'اطلاع‌رسانی');
	await fa.getByLabel('شروع', { exact: true }).fill('2026-11-22T09:00');
	await fa.locator('[contenteditable="true"]').first().click();
	await page.keyboard.type('به شعبه‌های دیگر سر بزنید.');
	return fa;
}

/** Takes a notice's hours change back off (kind general, no dates, no hours). */
async function noHoursChange(page: Page, fa: Locator): Promise<void> {
	await choose(page, fa.getByLabel('نوع', { exact: true }), 'عمومی');
	await fa.getByLabel('راه‌های تماس و ساعت‌ها (اختیاری)', { exact: true }).fill('');
	for (const label of ['از تاریخ (اختیاری)', 'تا تاریخ (اختیاری)']) {
		const field = fa.getByLabel(label, { exact: true });
		if (await field.inputValue()) await clear(field).click();
	}
}

/**
 * Every rule the build enforces on a notice, tried through the real form: what the build
 * checks (the schema in src/features/notices/notice-schema.ts and src/core/schema.ts, the
 * cross-file checks in src/features/notices/notices.ts) and how the CMS refuses it before
 * anything is written. Rules the form makes impossible to break say how.
 */
const noticeRules: FormRule[] = [
	{
		rule: 'required field',
		build: 'Zod: summary must not be empty',
		form: 'Decap required + message',
		break: async (_page, fa) => fa.getByLabel('خلاصه', { exact: true }).fill(''),
		restore: async (_page, fa) => refill(fa.getByLabel('خلاصه', { exact: true }), 'شعبه ونک امروز بسته است.'),
		refusal: /«خلاصه» را پر کنید/,
	},
	{
		rule: 'length',
		build: 'line(160) on title',
		form: 'pattern from the schema',
		break: async (_page, fa) => fa.getByLabel('عنوان', { exact: true }).fill('ب'.repeat(161)),
		restore: async (_page, fa) => refill(fa.getByLabel('عنوان', { exact: true }), 'بسته بودن شعبه ونک'),
		refusal: /حداکثر ۱۶۰ نویسه/,
	},
	{
		rule: 'control/bidi characters',
		build: 'line() refine',
		form: 'pattern from the schema',
		break: async (_page, fa) => fa.getByLabel('عنوان', { exact: true }).fill('بسته‮بودن'),
		restore: async (_page, fa) => refill(fa.getByLabel('عنوان', { exact: true }), 'بسته بودن شعبه ونک'),
		refusal: /بدون نویسه‌های کنترلی/,
	},
	{
		rule: 'file name',
		build: 'slug pattern, fileNameProblem',
		form: 'pattern on the file-name field',
		break: async (_page, fa) => fa.getByLabel('نام فایل (نشانی)').fill('Vanak Branch'),
		restore: async (_page, fa) => refill(fa.getByLabel('نام فایل (نشانی)'), 'cms-rule-notice'),
		refusal: /فقط حروف کوچک لاتین/,
	},
	{
		rule: 'end after start',
		build: 'noticeSchema superRefine (notice.endAfterStart)',
		form: 'bayan-instant isValid + preSave, times in Tehran, Solar Hijri',
		break: async (_page, fa) => fa.getByLabel('پایان (اختیاری)', { exact: true }).fill('2026-11-22T08:00'),
		restore: async (_page, fa) => clear(fa.getByLabel('پایان (اختیاری)', { exact: true })).click(),
		refusal: /پایان \(۱ آذر ۱۴۰۵.*۰۸:۰۰\) باید بعد از شروع \(۱ آذر ۱۴۰۵.*۰۹:۰۰\) باشد/,
		shot: 'editor-error.png',
	},
	{
		rule: 'hours required for hours-change',
		build: 'noticeSchema superRefine (notice.hoursRequired)',
		form: 'preSave runs the schema',
		break: async (page, fa) => choose(page, fa.getByLabel('نوع', { exact: true }), 'تغییر ساعت کاری'),
		restore: async (page, fa) => choose(page, fa.getByLabel('نوع', { exact: true }), 'عمومی'),
		refusal: /«ساعت کاری»: اطلاعیهٔ «تغییر ساعت کاری» باید ساعت‌های تازه را داشته باشد/,
	},
	{
		rule: 'hours only on hours-change',
		build: 'noticeSchema superRefine (notice.hoursOnlyForHoursChange)',
		form: 'preSave runs the schema',
		break: async (_page, fa) => {
			await fa.getByLabel('از تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('تا تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('راه‌های تماس و ساعت‌ها (اختیاری)', { exact: true }).fill('contact-centre: closed');
		},
		restore: noHoursChange,
		refusal: /ساعت کاری فقط برای اطلاعیهٔ «تغییر ساعت کاری» است \(این یکی «عمومی» است\)/,
	},
	{
		rule: 'hours: to not before from',
		build: 'hoursOverride superRefine (hours.toBeforeFrom)',
		form: 'preSave runs the schema (dates in the editor calendar)',
		break: async (page, fa) => {
			await choose(page, fa.getByLabel('نوع', { exact: true }), 'تغییر ساعت کاری');
			await fa.getByLabel('از تاریخ (اختیاری)', { exact: true }).fill('2026-11-24');
			await fa.getByLabel('تا تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('راه‌های تماس و ساعت‌ها (اختیاری)', { exact: true }).fill('contact-centre: closed');
		},
		restore: noHoursChange,
		refusal: /«تا تاریخ» \(.*۲ آذر ۱۴۰۵\) پیش از «از تاریخ» \(.*۳ آذر ۱۴۰۵\) است/,
	},
	{
		rule: 'hours: closing after opening',
		build: 'hoursInterval superRefine (hours.closeAfterOpen)',
		form: 'preSave runs the schema',
		break: async (page, fa) => {
			await choose(page, fa.getByLabel('نوع', { exact: true }), 'تغییر ساعت کاری');
			await fa.getByLabel('از تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('تا تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('راه‌های تماس و ساعت‌ها (اختیاری)', { exact: true }).fill('contact-centre:\n  - { open: "18:00", close: "09:00" }');
		},
		restore: noHoursChange,
		refusal: /ساعت بسته‌شدن \(\u206809:00\u2069\) باید بعد از باز شدن \(\u206818:00\u2069\) باشد/,
	},
	{
		rule: 'hours: known channel (cross-file)',
		build: 'checkNoticeReferences: hours.channels.<id> is not a known channel',
		form: 'the hours box checks ids against the channels collection and offers them as buttons',
		break: async (page, fa) => {
			await choose(page, fa.getByLabel('نوع', { exact: true }), 'تغییر ساعت کاری');
			await fa.getByLabel('از تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('تا تاریخ (اختیاری)', { exact: true }).fill('2026-11-23');
			await fa.getByLabel('راه‌های تماس و ساعت‌ها (اختیاری)', { exact: true }).fill('call-centre: closed');
		},
		restore: noHoursChange,
		refusal: /راه تماس «\u2068call-centre\u2069» وجود ندارد/,
	},
	// Rules the form cannot break at all:
	{ rule: 'instant needs an offset', build: 'instant: offset required and within ±14:00', form: 'bayan-instant always stores the Tehran offset (first test: +03:30 from a Berlin laptop)' },
	{ rule: 'kind/severity values', build: 'z.enum', form: 'select of the schema’s values, labelled in Persian' },
	{ rule: 'services/regions/related exist (cross-file)', build: 'checkNoticeReferences', form: 'relation widgets list existing entries only (test below)' },
];

inJourney(
	'shells',
	`the form refuses what the build refuses, every notice rule in turn on one valid notice: ${noticeRules
		.filter((item) => item.break)
		.map((item) => item.rule)
		.join('; ')}`,
	async () => {
		const before = folderText('notices');
		const fa = await validNotice(page, 'cms-rule-notice');
		await tryRules(page, fa, noticeRules);
		expect(existsSync(file('notices/fa/cms-rule-notice.mdx')), 'nothing written').toBe(false);
		expect(folderText('notices'), 'a refused save writes nothing').toBe(before);
	},
);

inJourney('notices', 'ids of other entries are picked from the existing ones: a service that does not exist cannot be chosen', async () => {
	const fa = await validNotice(page, 'cms-rule-services');
	const services = fa.getByLabel('سرویس‌ها (شناسه) (اختیاری)', { exact: true });
	await services.click();
	await page.keyboard.type('paymnt');
	// A misspelt id is never a value: the only choice offered is the existing service it resembles.
	await expect(page.getByRole('option')).toHaveText(['درگاه پرداخت']);
	await page.keyboard.press('Escape');
	await services.click();
	// The existing services are offered by name.
	await expect(page.getByRole('option').first()).toBeVisible();
	expect(await page.getByRole('option').count()).toBeGreaterThan(2);
	await page.keyboard.press('Escape');
});

inJourney('notices', 'a notice template fills kind, severity, duration and the wording in every language', async () => {
	await open('/collections/notices/new');
	const fa = pane(page, 'fa');
	await fa.getByRole('button', { name: 'تأخیر در ارسال' }).click();
	await expect(fa.getByLabel('عنوان', { exact: true })).toHaveValue('ارسال‌ها در [منطقه] دیرتر می‌رسد');
	await expect(fa.getByText('تأخیر', { exact: true })).toBeVisible();
	await expect(fa.getByText('هشدار', { exact: true })).toBeVisible();
	const start = await fa.getByLabel('شروع', { exact: true }).inputValue();
	const end = await fa.getByLabel('پایان (اختیاری)', { exact: true }).inputValue();
	expect(new Date(`${end}:00Z`).getTime() - new Date(`${start}:00Z`).getTime()).toBe(24 * 3600_000);
	await expect(pane(page, 'ar').getByLabel('عنوان', { exact: true })).toHaveValue('التوصيل إلى [المنطقة] يتأخر');
	await fa.getByLabel('نام فایل (نشانی)').fill('cms-test-template-delay');
	await publish(page);
	await waitForFile('notices/fa/cms-test-template-delay.mdx');
	await waitForFile('notices/ar/cms-test-template-delay.mdx');
	// Published: Decap has moved to the new entry (a later move would land the next step there).
	await expect(page).toHaveURL(/#\/collections\/notices\/entries\/cms-test-template-delay$/, { timeout: 30_000 });
	expect(readEntry('notices/fa/cms-test-template-delay.mdx').data).toMatchObject({ kind: 'delay', severity: 'warning' });
	expect(readEntry('notices/ar/cms-test-template-delay.mdx').data).toMatchObject({ title: 'التوصيل إلى [المنطقة] يتأخر', kind: 'delay' });
});

inJourney('notices', 'the notices list shows live, upcoming or ended, severity and window; an untouched entry shows no unsaved changes', async () => {
	const errorsBefore = errors.length;
	await go('/collections/notices');
	// Demo clock aside, the CMS uses the real time: the test notice (21–30 Nov 2026) is one of the three.
	const card = page.getByText(/تأخیر ارسال به‌خاطر باران · (در جریان|به‌زودی|پایان‌یافته) · هشدار · ۳۰ آبان ۱۴۰۵/);
	await expect(card).toBeVisible({ timeout: 30_000 });
	await picture(page, 'notices-list.png');
	await go('/collections/notices/entries/cms-test-rain-delay');
	// Decap loads an entry slowly on a busy two-core runner.
	await expect(pane(page, 'fa').getByLabel('عنوان', { exact: true })).toHaveValue('تأخیر ارسال به‌خاطر باران', { timeout: 60_000 });
	// Untouched once everything it loads has arrived.
	await settled();
	await expect(unsaved(page)).toHaveCount(0);
	// Straight to an entry of another collection, by route (Decap keeps showing the notice's draft there).
	await go('/collections/articles/entries/track-your-order');
	await expect(pane(page, 'fa').getByLabel('عنوان', { exact: true })).not.toHaveValue('', { timeout: 60_000 });
	await settled();
	await expect(unsaved(page)).toHaveCount(0);
	expect(errors.slice(errorsBefore)).toEqual([]);
});

// ─── Articles ────────────────────────────────────────────────────────────────

inJourney('forms', 'an existing article, one translation edited: the other languages keep every field and their body', async () => {
	const paths = ['articles/fa/track-your-order.mdx', 'articles/ar/track-your-order.mdx', 'articles/en/track-your-order.mdx'];
	const before = paths.map(readEntry);
	await open('/collections/articles/entries/track-your-order');
	// Decap loads an entry slowly on a busy two-core runner.
	await expect(pane(page, 'fa').getByLabel('عنوان', { exact: true })).toHaveValue(String(before[0]!.data.title), { timeout: 60_000 });
	// Opened and untouched, it has nothing to save, also once its look-ups have answered: Decap's relation
	// widget re-sent the stored value from the translations' panes then, marking the entry changed (relation.ts).
	await settled();
	await expect(unsaved(page)).toHaveCount(0);
	const summary = 'حالة طلبك في التطبيق أو الموقع، وما تعنيه كل مرحلة.';
	await pane(page, 'ar').getByLabel('خلاصه', { exact: true }).fill(summary);
	await expect(unsaved(page)).toBeVisible();
	await publish(page);
	await expect(unsaved(page)).toHaveCount(0, { timeout: 30_000 });
	await expect.poll(() => readEntry(paths[1]!).data.summary, { timeout: 15_000 }).toBe(summary);
	paths.forEach((path, index) => {
		const after = readEntry(path);
		expect(after.data, path).toEqual(index === 1 ? { ...before[index]!.data, summary } : before[index]!.data);
		expect(after.body.replace(/\s+/g, ' ').trim(), path).toBe(before[index]!.body.replace(/\s+/g, ' ').trim());
	});
});

inJourney('notices', 'an editor starts the Arabic translation of a Persian-only article', async () => {
	const slug = 'tehran-metro-pickup-lockers';
	expect(existsSync(file(`articles/ar/${slug}.mdx`))).toBe(false);
	const persian = readEntry(`articles/fa/${slug}.mdx`);
	await open(`/collections/articles/entries/${slug}`);
	await expect(pane(page, 'fa').getByLabel('عنوان', { exact: true })).toHaveValue(String(persian.data.title), { timeout: 60_000 });
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

/**
 * An article's cross-file rules, tried on `order-delayed` (title «سفارشم دیر کرده است»): the build's own
 * (articles/related.ts, content/permalink-claims.ts), fed the other articles at save (cms/article-claims.ts).
 */
function articleCrossFileRules(): FormRule[] {
	const related = (fa: Locator) => control(fa, 'مقاله‌های مرتبط (نام فایل)');
	const alias = (fa: Locator) => control(fa, 'نشانی‌های قبلی');
	return [
		{
			rule: 'not related to itself (cross-file)',
			build: 'integrity.ts relatedConflict: "is the article itself"',
			form: 'preSave: article-claims.ts, at the related list',
			break: async (page, fa) => choose(page, related(fa), 'سفارشم دیر کرده است'),
			// The relation widget's input: Backspace removes the last value picked.
			restore: async (page, fa) => {
				await related(fa).focus();
				await page.keyboard.press('Backspace');
			},
			refusal: /مقاله نمی‌تواند به خودش \(«\u2068order-delayed\u2069»\) مرتبط باشد/,
			at: (fa) => fieldError(fa, 'مقاله‌های مرتبط (نام فایل)'),
		},
		{
			rule: 'an alias is not a live slug (cross-file)',
			build: 'PermalinkClaims.claimAlias: "is the slug of an existing article"',
			form: 'preSave: article-claims.ts, at the alias',
			break: async (_page, fa) => {
				await fa.getByRole('button', { name: 'افزودن نشانی‌های قبلی' }).click();
				await alias(fa).last().fill('track-your-order');
			},
			// A retired name nobody has: valid, so the rules after this one are refused for their own reason.
			restore: async (_page, fa) => alias(fa).last().fill('order-delayed-old'),
			refusal: /«\u2068track-your-order\u2069» نام فایل مقاله‌ای موجود است/,
			at: (fa) => fieldError(fa, 'نشانی‌های قبلی'),
		},
	];
}

/** Articles (src/features/articles/article-schema.ts; cross-file rules in src/features/content/integrity.ts). */
const articleRules: FormRule[] = [
	// First: a save refused by Decap's own check (the date rule below) can leave its error on the date box,
	// and Decap then refuses the next save silently, before the rules this test tries.
	...articleCrossFileRules(),
	{
		rule: 'title length',
		build: 'line(160)',
		form: 'pattern from the schema, at the field',
		break: async (_page, fa) => control(fa, 'عنوان').fill('ب'.repeat(161)),
		restore: async (_page, fa) => control(fa, 'عنوان').fill('پیگیری سفارش'),
		refusal: /حداکثر ۱۶۰ نویسه/,
		at: (fa) => fieldError(fa, 'عنوان'),
	},
	{
		rule: 'summary required',
		build: 'line(300): at least one visible character',
		form: 'Decap required + message, at the field',
		break: async (_page, fa) => control(fa, 'خلاصه').fill(''),
		restore: async (_page, fa) => control(fa, 'خلاصه').fill('وضعیت سفارش را در اپ یا سایت ببینید.'),
		refusal: /«خلاصه» را پر کنید/,
		at: (fa) => fieldError(fa, 'خلاصه'),
	},
	{
		rule: 'updated is a real day',
		build: 'calendarDate (required)',
		form: 'bayan-date; Decap required, at the field',
		break: async (_page, fa) => control(fa, 'تاریخ به‌روزرسانی').locator('xpath=..').getByRole('button', { name: 'پاک کردن' }).click(),
		restore: async (_page, fa) => control(fa, 'تاریخ به‌روزرسانی').fill('2026-11-20'),
		refusal: /«تاریخ به‌روزرسانی» را پر کنید/,
		at: (fa) => fieldError(fa, 'تاریخ به‌روزرسانی'),
	},
	{ rule: 'tag length (list item)', build: 'list(line(40))', form: 'the same pattern from the schema on each item of the list (Decap validates it at the item)' },
	// Rules the form cannot break:
	{
		rule: 'ref: whole, positive, unique (cross-file)',
		build: 'z.number().int().positive(); integrity.ts: unique ref',
		form: 'bayan-ref: the next free number, read-only (refused at save too: article-claims.ts)',
	},
	{ rule: 'category exists (cross-file)', build: 'integrity.ts', form: 'relation widget over the categories collection' },
	{ rule: 'related/services exist (cross-file)', build: 'integrity.ts', form: 'relation widgets over articles and services' },
	{ rule: 'file name', build: 'slug pattern, fileNameProblem', form: 'bayan-slug pattern (notice test: file name)' },
];

inJourney('forms', 'every article rule the form can break is refused, at its field, and nothing is written', async () => {
	const before = folderText('articles');
	await open('/collections/articles/entries/order-delayed');
	const fa = pane(page, 'fa');
	await expect(control(fa, 'عنوان')).not.toHaveValue('', { timeout: 60_000 });
	await tryRules(page, fa, articleRules);
	expect(folderText('articles'), 'a refused save writes nothing').toBe(before);
});

// ─── Incidents ───────────────────────────────────────────────────────────────

/**
 * Every rule the build enforces on an incident (src/features/status/incident-schema.ts;
 * services across files in src/features/status/status.ts), tried on an existing incident
 * with four updates. Nested rules (an update's time, an affected service's status, the
 * banner's summary) are shown at the field inside the list or object they concern.
 */
const incidentRules: FormRule[] = [
	{
		rule: 'updates oldest first (nested: updates[1].at)',
		build: 'incidentSchema superRefine (incident.updatesOrder)',
		form: 'preSave runs the schema; the message is put at the second update’s time',
		break: async (_page, fa) => control(fa, 'زمان', 1).fill('2026-11-14T23:00'),
		restore: async (_page, fa) => control(fa, 'زمان', 1).fill('2026-11-14T23:55'),
		refusal: /به‌روزرسانی‌ها را از قدیمی به جدید بچینید/,
		at: (fa) => fieldError(fa, 'زمان', 1),
	},
	{
		rule: 'update status of the entry’s kind (nested: updates[0].status)',
		build: 'incidentSchema superRefine (incident.updateStatusVocabulary)',
		form: 'preSave runs the schema; at the first update’s status',
		break: async (page, fa) => choose(page, control(fa, 'وضعیت', 1), 'برنامه‌ریزی‌شده'),
		restore: async (page, fa) => choose(page, control(fa, 'وضعیت', 1), 'در حال بررسی'),
		refusal: /وضعیت «برنامه‌ریزی‌شده» به این نوع نمی‌خورد/,
		at: (fa) => fieldError(fa, 'وضعیت', 1),
	},
	{
		rule: 'postmortem only after resolved (nested: updates[2].status)',
		build: 'incidentSchema superRefine (incident.postmortemBeforeResolved)',
		form: 'preSave runs the schema; at the third update’s status',
		break: async (page, fa) => choose(page, control(fa, 'وضعیت', 3), 'گزارش پس از رخداد'),
		restore: async (page, fa) => choose(page, control(fa, 'وضعیت', 3), 'زیر نظر'),
		refusal: /گزارش پس از رخداد بعد از «برطرف شد» می‌آید/,
		at: (fa) => fieldError(fa, 'وضعیت', 3),
	},
	{
		rule: 'under maintenance only in a maintenance (nested: affected[0].status)',
		build: 'incidentSchema superRefine (incident.maintenanceStatusInIncident)',
		form: 'preSave runs the schema; at the affected service’s status',
		break: async (page, fa) => choose(page, control(fa, 'وضعیت', 0), 'در حال نگهداری'),
		restore: async (page, fa) => choose(page, control(fa, 'وضعیت', 0), 'اختلال بخشی'),
		refusal: /«در حال نگهداری» فقط برای نگهداری است/,
		at: (fa) => fieldError(fa, 'وضعیت', 0),
	},
	{
		rule: 'update text length (nested: updates[0].text)',
		build: 'line(1000)',
		form: 'pattern from the schema, at the field',
		break: async (_page, fa) => control(fa, 'متن', 0).fill('ب'.repeat(1001)),
		restore: async (_page, fa) => control(fa, 'متن', 0).fill('برخی مشتریان پس از وارد کردن کد یک‌بارمصرف خطا می‌بینند.'),
		refusal: /حداکثر ۱.?۰۰۰ نویسه/,
		at: (fa) => fieldError(fa, 'متن', 0),
	},
	{
		rule: 'window only for maintenance, and its end after its start (nested: window.end)',
		build: 'incidentSchema superRefine (incident.windowOnlyForMaintenance, incident.windowEndAfterStart)',
		form: 'preSave runs the schema; at the window and at its end (times in Tehran, Solar Hijri)',
		break: async (_page, fa) => {
			await control(fa, 'شروع', 0).fill('2026-11-15T02:00');
			await control(fa, 'پایان', 0).fill('2026-11-15T01:00');
		},
		restore: async (_page, fa) => {
			for (const label of ['شروع', 'پایان']) {
				await control(fa, label, 0).locator('xpath=..').getByRole('button', { name: 'پاک کردن' }).click();
			}
		},
		refusal: /پایان بازه \(.*۰۱:۰۰\) باید بعد از شروعش \(.*۰۲:۰۰\) باشد/,
		at: (fa) => fieldError(fa, 'پایان', 0),
	},
	{
		rule: 'a maintenance needs a window',
		build: 'incidentSchema superRefine (incident.windowRequired)',
		form: 'preSave runs the schema; at the window',
		break: async (page, fa) => choose(page, control(fa, 'نوع'), 'نگهداری'),
		restore: async (page, fa) => choose(page, control(fa, 'نوع'), 'رخداد'),
		refusal: /نگهداری باید بازهٔ زمانی \(شروع و پایان\) داشته باشد/,
		at: (fa) => fieldError(fa, 'بازه نگهداری'),
	},
	{
		rule: 'banner needs its summary (nested: banner.summary)',
		build: 'banner strictObject: summary line(300) required once the banner is set',
		form: 'preSave runs the schema; at the banner’s summary',
		break: async (page, fa) => choose(page, control(fa, 'شدت'), 'هشدار'),
		refusal: /«نمایش در نوار اطلاعیه‌ها › خلاصه»: این فیلد را پر کنید/,
		at: (fa) => fieldError(fa, 'خلاصه'),
	},
	// Rules the form cannot break:
	{ rule: 'kind, impact, statuses are known values', build: 'z.enum', form: 'selects of the schema’s values, labelled in Persian' },
	{ rule: 'affected services exist (cross-file)', build: 'checkIncidentReferences', form: 'relation widget over the services collection' },
	{ rule: 'at least one update', build: 'updates .min(1)', form: 'Decap list `min` from the schema (the list cannot be emptied)' },
	{ rule: 'instants carry an offset', build: 'instant', form: 'bayan-instant stores the Tehran offset' },
];

inJourney('forms', 'every incident rule is refused in the form, nested ones at their field, and nothing is written', async () => {
	const before = folderText('incidents');
	await open('/collections/incidents/entries/app-sign-in-errors');
	const fa = pane(page, 'fa');
	await expect(control(fa, 'عنوان')).toHaveValue('خطا در ورود به اپ', { timeout: 60_000 });
	await tryRules(page, fa, incidentRules);
	await picture(page, 'incident-nested-error.png');
	expect(folderText('incidents'), 'a refused save writes nothing').toBe(before);
});

// ─── Categories, regions, channels (the YAML collections) ────────────────────

/** The YAML collections: each entry opened by Decap's router in turn. */
const dataRules: Array<FormRule & { entry: string }> = [
	{
		entry: 'categories/entries/delivery',
		rule: 'category name in every language',
		build: 'localized(60): fa, ar and en required',
		form: 'Decap required, at the language field',
		break: async (_page, form) => control(form, 'انگلیسی').fill(''),
		restore: async (_page, form) => control(form, 'انگلیسی').fill('Delivery'),
		refusal: /«انگلیسی» را پر کنید/,
		at: (form) => fieldError(form, 'انگلیسی'),
	},
	{
		entry: 'regions/entries/isfahan',
		rule: 'region name length',
		build: 'localized(60)',
		form: 'pattern from the schema, at the language field',
		break: async (_page, form) => control(form, 'فارسی').fill('ب'.repeat(61)),
		restore: async (_page, form) => control(form, 'فارسی').fill('اصفهان'),
		refusal: /حداکثر ۶۰ نویسه/,
		at: (form) => fieldError(form, 'فارسی'),
	},
	{
		entry: 'channels/entries/contact-centre',
		rule: 'a phone channel’s contact is a phone number',
		build: 'channelSchema superRefine (channel.phone)',
		form: 'preSave runs the schema; at the contact field',
		break: async (_page, form) => control(form, 'شماره یا نشانی تماس').fill('call us'),
		restore: async (_page, form) => control(form, 'شماره یا نشانی تماس').fill('+98 21 9100 2040'),
		refusal: /شمارهٔ تلفن با رقم‌های لاتین بنویسید/,
		at: (form) => fieldError(form, 'شماره یا نشانی تماس'),
	},
	{
		entry: 'channels/entries/contact-centre',
		rule: 'weekly hours: closing after opening (nested: hours.sat[0].close)',
		build: 'hoursInterval superRefine (hours.closeAfterOpen)',
		form: 'preSave runs the schema; at Saturday’s closing time',
		break: async (_page, form) => control(form, 'بسته می‌شود', 0).fill('07:00'),
		restore: async (_page, form) => control(form, 'بسته می‌شود', 0).fill('22:00'),
		refusal: /ساعت بسته‌شدن \(\u206807:00\u2069\) باید بعد از باز شدن \(\u206808:00\u2069\) باشد/,
		at: (form) => fieldError(form, 'بسته می‌شود', 0),
	},
	{
		entry: 'synonyms/entries/fa-smart-locker',
		rule: 'a synonym group has at least two terms',
		build: 'terms .min(2)',
		form: 'Decap list `min` from the schema, at the list',
		// Decap's list-item remove button has no accessible name: it is the last button of each item's top bar.
		break: async (_page, form) => {
			const terms = form.getByLabel('واژه‌های هم‌معنی', { exact: true });
			// The entry's four terms (collapsed items: attached, not visible) once Decap has loaded it.
			await expect(terms).toHaveCount(4, { timeout: 60_000 });
			while ((await terms.count()) > 1) {
				const before = await terms.count();
				await form.locator("[class*='-StyledListItemTopBar']").last().locator("[class*='-TopBarButton']").last().click();
				await expect(terms).toHaveCount(before - 1);
			}
		},
		refusal: /«واژه‌های هم‌معنی» دست‌کم 2 مورد لازم دارد/,
		at: (form) => fieldError(form, 'واژه‌های هم‌معنی'),
	},
	// Rules the form cannot break:
	{ entry: '', rule: 'order is a whole number', build: 'z.number().int()', form: 'number widget, value_type int' },
	{ entry: '', rule: 'icon, kind, locale are known values', build: 'z.enum', form: 'selects of the schema’s values' },
	{ entry: '', rule: 'a service’s group, a channel’s region exist (cross-file)', build: 'status.ts / channels.ts', form: 'relation widgets' },
];

// Each entry in a fresh form (through its list: Decap keeps the previous entry's draft when
// moved between entries of different collections by route alone).
for (const entry of [...new Set(dataRules.filter((item) => item.break).map((item) => item.entry))]) {
	inJourney('forms', `the form refuses what the build refuses in ${entry.split('/')[0]} (${entry.split('/').pop()}), at the field, and nothing is written`, async () => {
		const folder = entry.split('/')[0]!;
		const before = folderText(folder);
		await open(`/collections/${entry}`);
		await expect(page.locator('label').first()).toBeVisible({ timeout: 60_000 });
		await tryRules(
			page,
			page.locator('body'),
			dataRules.filter((item) => item.entry === entry),
		);
		expect(folderText(folder), 'a refused save writes nothing').toBe(before);
	});
}

// ─── The body's allow-list in the form ───────────────────────────────────────

/**
 * The build's allow-list for bodies (content/check.ts) runs in the form before a save, with
 * satteri's WebAssembly build (cms/browser/body-check.ts), on a page that is not
 * cross-origin isolated: no COOP, so the OAuth sign-in popup keeps its opener. The check is
 * loaded only when a body is saved.
 */
{
	inJourney('shells', 'a body with a refused element, event handler or javascript: link is refused in the form, naming line and column; an allowed one saves', async () => {
		// Run alone (-g) the shared page is blank; in the journey it is the signed-in Persian admin (these tests
		// come before the other interface languages' admins, so the journey loads Decap once less).
		if (!page.url().includes('/admin/?')) {
			await page.goto(`/admin/?decap_port=${decapPort}#/collections/articles`);
			const signIn = page.getByRole('button', { name: 'وارد شدن' });
			const articles = page.getByRole('link', { name: /مقاله/ }).first();
			await expect(signIn.or(articles)).toBeVisible({ timeout: 60_000 });
			if (await signIn.isVisible()) await signIn.click();
			await expect(articles).toBeVisible({ timeout: 60_000 });
		}
		// That the check is not part of the admin's load is shown on the fresh admin page of the next test.
		const before = folderText('articles');
		const slug = 'order-delayed';
		const original = readEntry(`articles/fa/${slug}.mdx`).body.trim();
		await open(`/collections/articles/entries/${slug}`);
		const fa = pane(page, 'fa');
		await expect(control(fa, 'عنوان')).not.toHaveValue('', { timeout: 60_000 });
		const body = await rawBody(fa);
		await expect(body).toContainText(original.split('\n')[0]!.slice(0, 20));
		// Each refused part on the body's third line, after a line of text and a blank line.
		const line = '۳';
		const cases: Array<{ name: string; text: string; refusal: RegExp }> = [
			{ name: 'an <iframe>', text: '<iframe src="/fa/"></iframe>', refusal: new RegExp(`«متن»، سطر ${line}، ستون ۱: عنصر <iframe> در متن مجاز نیست`) },
			{ name: 'an onclick attribute', text: 'پیوند <a href="/fa/" onclick="alert(1)">اینجا</a>', refusal: new RegExp(`«متن»، سطر ${line}، ستون ۲۲: <a>: ویژگی رویداد \\(onclick\\) در متن مجاز نیست`) },
			{ name: 'a javascript: link', text: '<a href="javascript:alert(1)">اینجا</a>', refusal: new RegExp(`«متن»، سطر ${line}، ستون ۴: <a>: نشانی href \\(javascript:alert\\(1\\)\\) کد اجرا می‌کند`) },
		];
		for (const item of cases) {
			await test.step(item.name, async () => {
				const sent = writes.length;
				const errorsBefore = errors.length;
				await body.fill(`متن آزمایشی.\n\n${item.text}`);
				await publish(page);
				// At the body field (Decap's field error) and in the notification; the code's bidi isolates aside.
				const shown = fieldError(fa, 'متن')
					.filter({ hasText: /مجاز نیست|کد اجرا/ })
					.first();
				await expect(shown).toBeVisible({ timeout: 60_000 });
				expect((await shown.textContent())?.replace(/[\u2066-\u2069]/g, '')).toMatch(item.refusal);
				expect(writes.slice(sent), `${item.name}: nothing written`).toEqual([]);
				await picture(page, `body-refused-${cases.indexOf(item)}.png`);
				await closeToasts(page);
				expect(pageErrors(errors.slice(errorsBefore)), `${item.name}: no page error`).toEqual([]);
			});
		}
		expect(folderText('articles'), 'a refused body writes nothing').toBe(before);

		// An allowed element (<kbd>) saves, and reaches the file.
		await body.fill(`${original}\n\nکلید <kbd>Esc</kbd> را بزنید.\n`);
		await publish(page);
		// A file being written can be read half-way: read it again until it is whole.
		const saved = () =>
			existsSync(file(`articles/fa/${slug}.mdx`)) && /^---\n[\s\S]*?\n---\n/.test(readFileSync(file(`articles/fa/${slug}.mdx`), 'utf8')) ? readEntry(`articles/fa/${slug}.mdx`).body : '';
		await expect.poll(saved, { timeout: 30_000 }).toContain('<kbd>Esc</kbd>');
		expect(saved()).toContain(original.split('\n')[0]!);
	});
	inJourney('shells', 'where the check cannot load, the save goes on and the form says the build will check the body', async () => {
		const slug = 'order-delayed';
		const original = readEntry(`articles/fa/${slug}.mdx`).body.trim();
		// A browser or a build without satteri's WebAssembly: the admin cannot fetch it.
		const fresh = await context.newPage();
		await fresh.route('**/*.wasm', (route) => route.abort());
		const freshErrors: string[] = [];
		fresh.on('pageerror', (error) => freshErrors.push(error.message));
		// This fresh admin page also shows the check is not part of the admin's load (no second page
		// load for it: Decap is a 1+ MB app): no WebAssembly is asked for until a body is saved.
		const wasmLoads: string[] = [];
		fresh.on('request', (request) => {
			if (request.url().endsWith('.wasm')) wasmLoads.push(request.url());
		});
		await fresh.goto(`/admin/?decap_port=${decapPort}#/collections/articles/entries/${slug}`);
		const fa = pane(fresh, 'fa');
		await expect(control(fa, 'عنوان')).not.toHaveValue('', { timeout: 60_000 });
		expect(await fresh.evaluate(() => crossOriginIsolated), 'the admin is not cross-origin isolated').toBe(false);
		const body = await rawBody(fa);
		await body.fill(`${original}\n\nبدون بررسی در مرورگر.`);
		expect(wasmLoads, 'no WebAssembly loaded with the admin and its form').toEqual([]);
		await publish(fresh);
		await expect(fresh.getByText('متن در این مرورگر بررسی نشد؛ هنگام ساختن سایت بررسی می‌شود').first()).toBeVisible({ timeout: 60_000 });
		const saved = () => (/^---\n[\s\S]*?\n---\n/.test(readFileSync(file(`articles/fa/${slug}.mdx`), 'utf8')) ? readEntry(`articles/fa/${slug}.mdx`).body : '');
		await expect.poll(saved, { timeout: 30_000 }).toContain('بدون بررسی در مرورگر.');
		await picture(fresh, 'body-unchecked.png');
		expect(wasmLoads.length, 'the check asked for its WebAssembly when the body was saved').toBeGreaterThan(0);
		expect(freshErrors).toEqual([]);
		await fresh.close();
	});
}

// ─── The admin shell in each interface language ──────────────────────────────

/**
 * The admin in each interface language (`/admin/`, `/admin/ar/`, `/admin/en/`), on a desktop
 * and on a 360×800 phone: the shell's direction, the field labels, the bayan-instant widget
 * (the editor's calendar and digits, the site's zone), the templates and the list summary; in
 * Arabic and English also an end before the start, refused in that language (shown here, where those
 * admins are loaded anyway, rather than loading them again in cms-workflow.spec.ts: the field's own check
 * is the same in either publishing mode).
 */
const shells = [
	{
		locale: 'fa',
		path: '/admin/',
		dir: 'rtl',
		login: 'وارد شدن',
		publish: 'انتشار',
		publishNow: 'اکنون منتشر کنید',
		unsaved: 'تغییرات ذخیره‌نشده',
		// Each language pane says which language it is by name, in the interface's language (not "FA").
		writingIn: ['نوشتن به فارسی', 'نوشتن به عربی'],
		title: 'عنوان',
		start: 'شروع',
		readout: /۳۰ آبان ۱۴۰۵.*۰۸:۰۰.*Asia\/Tehran/,
		template: 'تأخیر در ارسال',
		delay: 'تأخیر',
		phase: /· (در جریان|به‌زودی|پایان‌یافته) ·/,
	},
	{
		locale: 'ar',
		path: '/admin/ar/',
		dir: 'rtl',
		// Decap's own words too (src/features/cms/ar-locale.ts: decap-cms-locales ships no Arabic).
		login: 'تسجيل الدخول',
		publish: 'نشر',
		publishNow: 'النشر الآن',
		unsaved: 'تغييرات غير محفوظة',
		writingIn: ['الكتابة بالفارسية', 'الكتابة بالعربية'],
		title: 'العنوان',
		start: 'البداية',
		readout: /٢١.*٢٠٢٦.*٠٨:٠٠.*Asia\/Tehran/,
		template: 'تأخير في التوصيل',
		delay: 'تأخير',
		phase: /· (جارٍ|قادم|انتهى) ·/,
		endBeforeStart: { end: /^النهاية/, refusal: /يجب أن تكون النهاية/, start: '٧:٠٠', device: '٤:٣٠' },
	},
	{
		locale: 'en',
		path: '/admin/en/',
		dir: 'ltr',
		login: 'Login',
		publish: 'Publish',
		publishNow: 'Publish now',
		unsaved: 'Unsaved Changes',
		writingIn: ['Writing in Persian', 'Writing in Arabic'],
		title: 'Title',
		start: 'Start',
		readout: /21.*2026.*08:00.*Asia\/Tehran/,
		template: 'Delivery delay',
		delay: 'Delay',
		phase: /· (Live|Upcoming|Ended) ·/,
		endBeforeStart: { end: /^End/, refusal: /must come after the start/, start: '7:00', device: '4:30' },
	},
] as const;

/**
 * Decap's editor toolbar on a 360×800 phone (it wraps there, AdminPage.astro): Publish, in the
 * interface's language, is on the screen, and so is "Publish now" in the menu it opens.
 */
async function expectToolbarOnPhone(page: Page, words: { publish: string; publishNow: string }): Promise<void> {
	const onScreen = async (target: Locator) => {
		const box = await target.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360 && box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box)).toBe(true);
	};
	const publishButton = page.getByRole('button', { name: words.publish, exact: true });
	await onScreen(publishButton);
	await publishButton.click();
	const now = page.getByText(words.publishNow, { exact: true });
	await expect(now).toBeVisible();
	await onScreen(now);
	await page.keyboard.press('Escape');
	await expect(now).toBeHidden();
}

for (const shell of shells) {
	inJourney(
		'shells',
		`the admin in ${shell.locale}, on a desktop and a 360×800 phone: ${shell.dir} shell, localised labels, instant widget, templates, ${'endBeforeStart' in shell ? 'an end before the start refused, ' : ''}list summary`,
		async () => {
			const errorsBefore = errors.length;
			await page.setViewportSize({ width: 1280, height: 800 });
			if (new URL(page.url()).pathname === shell.path) {
				// The Persian admin is the page the editor is already signed in to (first test: its sign-in).
				await open('/collections/notices/new');
			} else {
				// Another interface is another page: leave the form, sign out (Decap keeps the user in
				// localStorage) and sign in there, with its own button.
				await go('/collections/notices');
				await expect(page.getByRole('link', { name: /^← بازگشت به/ })).toHaveCount(0);
				await page.evaluate(() => localStorage.clear());
				await page.goto(`${shell.path}?decap_port=${decapPort}#/collections/notices/new`);
				await page.getByRole('button', { name: shell.login }).click();
			}
			await expect(page.locator('html')).toHaveAttribute('dir', shell.dir);
			await expect(page.locator('html')).toHaveAttribute('lang', shell.locale);
			const fa = pane(page, 'fa');
			// Labels in the interface language; the Persian form itself stays right-to-left.
			await expect(fa.getByLabel(shell.title, { exact: true })).toHaveAttribute('dir', 'rtl', { timeout: 60_000 });
			await expect(fa.getByText(shell.writingIn[0], { exact: true })).toBeVisible();
			await expect(pane(page, 'ar').getByText(shell.writingIn[1], { exact: true })).toBeVisible();
			await expect(page.getByText(/\s(FA|AR|EN)$/)).toHaveCount(0);
			// Tehran wall-clock time from a Berlin laptop, read back in the interface's calendar and digits.
			await fa.getByLabel(shell.start, { exact: true }).fill('2026-11-21T08:00');
			await expect(fa.getByText(shell.readout)).toBeVisible();
			await fa.getByRole('button', { name: shell.template }).click();
			await expect(fa.getByText(shell.delay, { exact: true })).toBeVisible();
			await expect(page.getByText(shell.unsaved, { exact: true })).toBeVisible();
			if ('endBeforeStart' in shell) {
				// An end before the start is refused at the field (its own check, before any save) in the
				// interface's language, with the start as Tehran time (07:00; the Berlin laptop's is 04:30)
				// in the interface's digits. (The Persian interface's refusal is among the notice rules.)
				const rule = shell.endBeforeStart;
				const sent = writes.length;
				await fa.getByLabel(shell.start, { exact: true }).fill('2026-11-20T07:00');
				await fa.getByLabel(rule.end).first().fill('2026-11-19T08:00');
				await page.getByRole('button', { name: shell.publish, exact: true }).click();
				await page.getByText(shell.publishNow, { exact: true }).click();
				const refused = fa.getByRole('listitem').filter({ hasText: rule.refusal }).first();
				await expect(refused).toBeVisible({ timeout: 60_000 });
				await expect(refused).toContainText(rule.start);
				await expect(refused).not.toContainText(rule.device);
				expect(writes.slice(sent), 'nothing written').toEqual([]);
				await closeToasts(page);
			}
			await picture(page, `admin-${shell.locale}-desktop.png`);

			await page.setViewportSize({ width: 360, height: 800 });
			await expect(fa.getByLabel(shell.title, { exact: true })).toBeVisible();
			// The form fits the phone: nothing scrolls sideways, the title box is inside the screen. Decap lays
			// its panes out again from script after a resize: the width is read until that has happened.
			await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 10_000 }).toBeLessThanOrEqual(360);
			const box = await fa.getByLabel(shell.title, { exact: true }).boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box)).toBe(true);
			await expectToolbarOnPhone(page, shell);
			await picture(page, `admin-${shell.locale}-phone-editor.png`);

			await go('/collections/notices');
			await expect(page.getByText(shell.phase).first()).toBeVisible({ timeout: 30_000 });
			await picture(page, `admin-${shell.locale}-phone-list.png`);
			await page.setViewportSize({ width: 1280, height: 800 });
			await expect(page.getByText(shell.phase).first()).toBeVisible();
			await picture(page, `admin-${shell.locale}-desktop-list.png`);
			expect(errors.slice(errorsBefore)).toEqual([]);
		},
	);
}

// ─── The next build ──────────────────────────────────────────────────────────

inJourney('notices', 'the next build of the edited copy shows the new notice', async () => {
	test.setTimeout(180_000);
	const out = join(project, 'dist');
	// The admin's bundle is no page and is keyed by the hash of its inputs (the code, which the
	// editor did not change): lent from the suite's site's build cache, as the build tests lend it
	// (tests/support/tiny-site.ts), it saves bundling again (about 5 s of CPU); one of other
	// inputs is simply not used.
	const demoCache = siteCache;
	for (const name of existsSync(demoCache) ? readdirSync(demoCache) : []) {
		if (/^decap-[0-9a-f]+$/.test(name)) cpSync(join(demoCache, name), join(project, '.cache', name), { recursive: true });
	}
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

// ─── The journeys, side by side ──────────────────────────────────────────────

for (const [journey, title] of [
	['notices', 'notices, a translation and the next build'],
	['forms', 'the rules of articles, incidents and the YAML collections'],
	['shells', 'notice rules, the body’s allow-list, the admin in each interface language'],
] as const) {
	test.describe(title, () => {
		// Decap is a large app: on a shared two-core runner one form can take a while to load.
		test.describe.configure({ mode: 'serial', timeout: 180_000 });
		test.beforeAll(async ({ browser }, workerInfo) => {
			// A hook keeps the default timeout whatever the describe's tests get; this one copies the
			// project, starts the CMS guard and (but for the first journey) loads Decap to sign in.
			test.setTimeout(180_000);
			await startSession(browser, workerInfo);
			if (journey !== 'notices') await signIn();
		});
		test.afterAll(endSession);
		for (const step of journeySteps[journey]) test(step.title, step.body);
	});
}
