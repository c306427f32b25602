import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { copyProjectSources, setFeaturedRefs } from './project-copy.mjs';

/**
 * The tiny fixture site: the project's code with a `src/content` of a handful of minimal
 * files (one category, one service in one group, one region, one channel, one synonym group, and one article,
 * notice and incident per locale). Tests add or replace files on top of it, either in a
 * scratch folder loaded in process (`tests/support/content-harness.ts`) or in a scratch
 * copy of the project built for real (`tinyProject`, `buildProject`).
 */
export const projectRoot = resolve(__dirname, '../..');

export const locales = ['fa', 'ar', 'en'] as const;

const names = { fa: 'فارسی', ar: 'عربي', en: 'English' } as const;

/** Minimal MDX file: frontmatter lines, then the body. */
export const mdx = (frontmatter: string, body = 'متن.') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;

export const articleFrontmatter = (ref = 1, extra = '') => `title: عنوان ${ref}\nsummary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: ${ref}\n${extra}`;
export const noticeFrontmatter = (extra = '') => `title: اطلاعیه\nsummary: خلاصه\nkind: delay\nseverity: warning\nstart: "2026-11-21T09:00:00+03:30"\n${extra}`;
export const incidentFrontmatter = (extra = '') =>
	`title: اختلال\nkind: incident\nimpact: minor\naffected:\n  - service: website\n    status: partial_outage\nupdates:\n  - at: "2026-11-20T10:00:00+03:30"\n    status: investigating\n    text: بررسی\n${extra}`;

/**
 * The demo's content as the browser suite keeps it (tests/e2e/site/content, re-branded): the
 * tiny site's data files come from there, not from `src/content`, which is the owner's after
 * `npm run init -- --empty` (README, "Start empty"), so the suites pass on any owner's project.
 */
export const fixtureContent = join(projectRoot, 'tests/e2e/site/content');

/** Every file of the tiny site's `src/content`, path relative to the project root. */
export function tinyContent(): Record<string, string> {
	const fixture = (path: string) => readFileSync(join(fixtureContent, path), 'utf8');
	const files: Record<string, string> = {
		'src/content/categories/orders.yaml': fixture('categories/orders.yaml'),
		'src/content/service-groups/online.yaml': fixture('service-groups/online.yaml'),
		'src/content/services/website.yaml': fixture('services/website.yaml'),
		'src/content/regions/tehran.yaml': fixture('regions/tehran.yaml'),
		'src/content/channels/contact-centre.yaml': fixture('channels/contact-centre.yaml'),
		'src/content/synonyms/en-basket.yaml': fixture('synonyms/en-basket.yaml'),
	};
	for (const locale of locales) {
		files[`src/content/articles/${locale}/track-your-order.mdx`] = mdx(articleFrontmatter(1), `## ${names[locale]}\n\nمتن.`);
		files[`src/content/notices/${locale}/tiny-notice.mdx`] = mdx(noticeFrontmatter());
		files[`src/content/incidents/${locale}/tiny-incident.mdx`] = mdx(incidentFrontmatter());
	}
	return files;
}

/** Writes `files` (path relative to `dir` → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

const scratchDirs: string[] = [];

/** Removes every scratch folder made by this module (call from `afterAll`). */
export function removeScratchDirs(): void {
	for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A scratch folder (removed by `removeScratchDirs`). */
export function scratchDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	scratchDirs.push(dir);
	return dir;
}

/**
 * A scratch copy of the project whose content is the tiny site plus `extra` files, in `dir`
 * if given (its owner removes it) or else in a new scratch folder (`removeScratchDirs`).
 */
export function tinyProject(extra: Record<string, string> = {}, { dir = scratchDir('bayan-tiny-') }: { dir?: string } = {}): string {
	copyProjectSources(projectRoot, dir);
	// The tiny site has the article of ref 1 only.
	setFeaturedRefs(dir, [1]);
	writeFiles(dir, { ...tinyContent(), ...extra });
	return dir;
}

/**
 * A scratch copy of an already made tiny project `from` (its sources and content, not its
 * build caches or output), to change and build without touching `from`.
 */
export function copyProject(from: string): string {
	const dir = scratchDir('bayan-tiny-copy-');
	const skipped = new Set(['node_modules', '.astro', '.cache', 'dist'].map((name) => join(from, name)));
	// Nor a build's scratch or set-aside output (`dist.building-<pid>`, `dist.old-<pid>`): the
	// previous output may still be being deleted in the background (scripts/build.mjs).
	const buildFolder = (source: string) => source.startsWith(`${join(from, 'dist')}.`) && /^(?:building|old)-/.test(source.slice(join(from, 'dist').length + 1));
	cpSync(from, dir, { recursive: true, filter: (source) => !skipped.has(source) && !buildFolder(source) });
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/**
 * Runs `npm run build` (scripts/build.mjs) in `dir` into `outDir` (default `dir/dist`), with `env`
 * added and `args` passed on (`['--only', 'notices']` for the notices fast path); returns the
 * exit status and the output without colours.
 */
export function buildProject(
	dir: string,
	{ outDir = join(dir, 'dist'), env = {}, args = [] }: { outDir?: string; env?: Record<string, string>; args?: string[] } = {},
): { status: number | null; output: string } {
	const bundles = cmsBundleStore();
	if (bundles) lendCmsBundles(bundles, join(dir, '.cache'));
	const result = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs'), ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_OUT_DIR: outDir, BAYAN_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		timeout: 240_000,
	});
	if (bundles) keepCmsBundles(bundles, join(dir, '.cache'));
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

/**
 * The run's store of CMS bundles (the admin's esbuild bundle, about 5 s of CPU a build, measured
 * with esbuild's own CLI), in the build suite's run folder (tests/support/build-run.ts); none outside it. The
 * bundle is no page and no test's subject: it is keyed by the hash of its inputs
 * (src/features/cms/decap-integration.ts), so a project with the same sources gets the same
 * bytes whether it bundles or borrows, and a project whose sources differ (another brand) makes its own.
 */
function cmsBundleStore(): string | undefined {
	const runDir = inject('buildRunDir');
	return runDir ? join(runDir, 'cms-bundles') : undefined;
}

/** Links every stored bundle into the project's cache (`BAYAN_CACHE_DIR`) before a build. */
function lendCmsBundles(store: string, cache: string): void {
	mkdirSync(store, { recursive: true });
	mkdirSync(cache, { recursive: true });
	for (const name of readdirSync(store)) {
		// A copy, not a link: the build copies the bundle into dist/, and a linked folder would be copied as the link.
		if (/^decap-[0-9a-f]+$/.test(name) && !existsSync(join(cache, name))) cpSync(join(store, name), join(cache, name), { recursive: true });
	}
}

/** Stores the bundles a build made. */
function keepCmsBundles(store: string, cache: string): void {
	if (!existsSync(cache)) return;
	for (const entry of readdirSync(cache, { withFileTypes: true })) {
		if (!entry.isDirectory() || !/^decap-[0-9a-f]+$/.test(entry.name) || existsSync(join(store, entry.name))) continue;
		// Copied whole under a private name, then renamed into place: a build reading the store never sees half a bundle.
		const part = join(store, `${entry.name}.part-${process.pid}-${Date.now()}`);
		cpSync(join(cache, entry.name), part, { recursive: true });
		try {
			renameSync(part, join(store, entry.name));
		} catch {
			// Another file stored the same bundle first.
			rmSync(part, { recursive: true, force: true });
		}
	}
}
