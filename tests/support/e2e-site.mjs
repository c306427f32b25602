#!/usr/bin/env node
/**
 * The browser suite's site (README, "Tests"): a scratch project made the way an owner starts,
 * so `npm test` tests the product, not whatever the owner keeps in `src/content` and
 * `src/brand.config.ts` (after `npm run init -- --empty` those are theirs, or empty):
 *
 * 1. a copy of the project's sources (tests/support/project-copy.mjs) without its `src/content`
 *    (the demo, or the owner's entries: the suite reads none of it; tests/unit/e2e-site.test.ts
 *    guards that);
 * 2. `scripts/init.mjs --empty --yes` run in it (the real scripts/lib/init-site.mjs): the demo's
 *    brand and featured list reset as an owner's start resets them (its removal of demo content
 *    is tested on the demo by tests/build/start-empty.test.ts);
 * 3. the fixture of tests/e2e/site written in: its `content/`, its logos, its brand (site.ts)
 *    as `src/brand.config.ts` and its featured articles in `src/site.config.ts`;
 * 4. the normal `scripts/build.mjs`.
 *
 * The folder is kept between runs (its build caches make the next build cheaper), except under
 * `CI`, where the build is a fresh one; everything else in it is made again each time. Run as a script (Playwright's webServer command), it
 * prepares and builds; the config serves the output with scripts/serve.mjs.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { copyProjectSources, setFeaturedRefs, writeBrandFile } from './project-copy.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The fixture: tests/e2e/site (content, brand, logos). */
export const e2eFixture = join(projectRoot, 'tests/e2e/site');

/**
 * The scratch project, one per checkout and port (several checkouts, or two runs of one checkout
 * on two ports, may run their suites at once on a machine); `BAYAN_E2E_SITE` chooses another folder.
 */
export const e2eProject = resolve(
	process.env.BAYAN_E2E_SITE ||
		join(
			tmpdir(),
			`bayan-e2e-site-${createHash('sha256')
				.update(`${projectRoot}\0${process.env.E2E_PORT ?? '4322'}`)
				.digest('hex')
				.slice(0, 12)}`,
		),
);

/**
 * The built site the suite serves and reads: the scratch project's `dist/`, or `BAYAN_E2E_DIST`
 * (from the project root). Never `BAYAN_OUT_DIR`, the owner's own output folder: the suite's
 * site would replace their site there.
 */
export const e2eDist = process.env.BAYAN_E2E_DIST ? resolve(projectRoot, process.env.BAYAN_E2E_DIST) : join(e2eProject, 'dist');

/** The scratch project's build caches (kept between runs). */
export const e2eCache = join(e2eProject, '.cache');

/** What survives from one run to the next: the caches, and the last output (the build replaces it atomically). */
const kept = new Set(['.cache', 'dist']);

/** Runs a Node script in the scratch project; stops with its output named if it fails. */
function run(script, args, env = {}) {
	const result = spawnSync(process.execPath, [join(e2eProject, script), ...args], { cwd: e2eProject, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error(`browser suite's site: ${script} ${args.join(' ')} failed in ${e2eProject} (exit ${result.status ?? result.signal})`);
}

/** Steps 1–3: the scratch project with the fixture's content and brand, ready to build. */
export async function prepareE2eProject() {
	mkdirSync(e2eProject, { recursive: true });
	for (const name of readdirSync(e2eProject)) if (!kept.has(name) || process.env.CI) rmSync(join(e2eProject, name), { recursive: true, force: true });
	copyProjectSources(projectRoot, e2eProject);
	run('scripts/init.mjs', ['--empty', '--yes']);

	/** @type {typeof import('../e2e/site/site.ts')} */
	const site = await import(pathToFileURL(join(e2eFixture, 'site.ts')).href);
	const content = join(e2eProject, 'src/content');
	rmSync(content, { recursive: true, force: true });
	cpSync(join(e2eFixture, 'content'), content, { recursive: true });
	for (const [file, target] of Object.entries(site.logoFiles)) cpSync(join(e2eFixture, file), join(e2eProject, target));
	writeBrandFile(e2eProject, site.brand, 'tests/support/e2e-site.mjs from tests/e2e/site/site.ts');
	setFeaturedRefs(e2eProject, site.featuredRefs);
}

/** Step 4: the normal build, into `e2eDist`, with the caller's environment (demo clock, CMS backend). */
export function buildE2eProject() {
	run('scripts/build.mjs', [], { BAYAN_OUT_DIR: e2eDist, BAYAN_CACHE_DIR: e2eCache });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await prepareE2eProject();
	buildE2eProject();
	if (!existsSync(join(e2eDist, 'fa/index.html'))) throw new Error(`browser suite's site: no ${join(e2eDist, 'fa/index.html')} after the build`);
}
