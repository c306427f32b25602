#!/usr/bin/env node
/**
 * `npm run build`: builds into a scratch folder next to the output and only swaps it in
 * when the build succeeded (scripts/lib/atomic-output.mjs), so a failed or interrupted
 * build never leaves a partial site for a deploy step to publish. Extra arguments are
 * passed to `astro build`. The output folder is `dist/` or `BAYAN_OUT_DIR`, which may be
 * on another file system (then the site is copied beside it and renamed in).
 *
 * `npm run build -- --only notices` is the notices fast path: Astro builds only the notice
 * and status outputs, which are merged into the last good output (scripts/lib/fast-path.mjs)
 * in the scratch folder before the same swap; it refuses to run without a previous build.
 *
 * Astro runs in its own process group. SIGINT, SIGTERM and SIGHUP are forwarded to that
 * whole group (Astro's workers too), the build waits for it to end, removes its scratch
 * folder and exits; nothing is left running that could write later. After a successful
 * swap the previous output is deleted by a background process of its own
 * (`removeInBackground`), which touches nothing but that folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseScratchDir, cleanStaleBuilds, PROJECT_SCRATCH, removeInBackground, swapIntoPlace } from './lib/atomic-output.mjs';
import { mergeFastBuild } from './lib/fast-path.mjs';
import { moveServerConfig } from './lib/server-config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.env.BAYAN_OUT_DIR ?? 'dist');
// Clean first: a dead build's set-aside folder may be the only copy of the site.
for (const stale of [...cleanStaleBuilds(outDir), ...cleanStaleBuilds(join(root, PROJECT_SCRATCH, basename(outDir)))]) {
	console.log(`Removed ${stale} (left by an interrupted build)`);
}
const started = performance.now();
const astroArgs = process.argv.slice(2);
const onlyIndex = astroArgs.indexOf('--only');
/** `notices` for the fast path, else the whole site. */
const scope = onlyIndex < 0 ? 'all' : astroArgs.splice(onlyIndex, 2)[1];
if (scope !== 'all' && scope !== 'notices') {
	console.error(`--only takes "notices" (the notice and status outputs), not "${scope ?? ''}"`);
	process.exit(2);
}
if (scope === 'notices' && !existsSync(join(outDir, 'index.html'))) {
	console.error(`--only notices updates the last good build, but ${outDir} holds none; run a full build (npm run build) first.`);
	process.exit(2);
}
const scratch = chooseScratchDir(outDir, root);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** How long Astro gets to stop after a forwarded signal before its group is killed outright. */
const GRACE_MS = 5_000;

/**
 * Memory settings of the Astro process that cost no measurable CPU; the environment may
 * override them. MIMALLOC_ALLOW_THP=0: the bundler (Rolldown, inside Vite) allocates with
 * mimalloc, which asks for transparent huge pages on its arena, so each 2 MB page it
 * touches stays resident whole: at 1,000 articles/locale its arena held ~300 MB resident
 * for ~80 MB of live data, for the rest of the build; with 4 KB pages ~95 MB.
 */
const memorySettings = { MIMALLOC_ALLOW_THP: '0' };

// --expose-gc: src/features/site/memory-integration.ts collects garbage between the build's
// steps (after bundling, after generating pages), which lowers its peak memory.
const child = spawn(process.execPath, ['--expose-gc', astro, 'build', '--outDir', scratch, ...astroArgs], {
	cwd: root,
	stdio: 'inherit',
	// Its own process group, so a signal can reach Astro and every worker it started.
	detached: true,
	// BAYAN_BUILD_SCOPE: see src/core/build-scope.ts.
	env: { ASTRO_TELEMETRY_DISABLED: '1', ...memorySettings, ...process.env, BAYAN_BUILD_SCOPE: scope },
});

/** Sends `signal` to Astro's whole process group; the group may already be gone. */
function signalGroup(signal) {
	try {
		process.kill(-(/** @type {number} */ (child.pid)), signal);
	} catch (error) {
		if (error.code !== 'ESRCH') throw error;
	}
}

/** @type {NodeJS.Signals | undefined} */
let interrupted;
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(signal, () => {
		if (interrupted) return;
		interrupted = signal;
		console.error(`\n${signal}: stopping the build …`);
		signalGroup(signal);
		setTimeout(() => signalGroup('SIGKILL'), GRACE_MS).unref();
	});
}

const [code, signal] = await new Promise((resolveExit, reject) => {
	child.once('error', (cause) => reject(new Error(`Cannot start ${astro}`, { cause })));
	child.once('exit', (exitCode, exitSignal) => resolveExit([exitCode, exitSignal]));
});
// The leader is gone; its workers may not be. Make sure nothing of the group outlives us.
signalGroup('SIGKILL');

if (interrupted || code !== 0) {
	rmSync(scratch, { recursive: true, force: true });
	const why = interrupted ? `interrupted (${interrupted})` : `failed${signal ? ` (${signal})` : ''}`;
	console.error(`\nBuild ${why}: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no output was written'}.`);
	process.exit(interrupted ? 128 + constants.signals[interrupted] : (code ?? 1));
}
const swapStarted = performance.now();
/** @type {string | undefined} */
let previous;
try {
	if (scope === 'notices') {
		const counts = mergeFastBuild({ previous: outDir, fresh: scratch });
		console.log(`Notices fast path: ${counts.fresh} files rebuilt, ${counts.linked} kept from the last build`);
	}
	// Never published: nginx's configuration goes beside the site (scripts/lib/server-config.mjs).
	const serverConfig = moveServerConfig(scratch, outDir, { discard: scope === 'notices' });
	if (serverConfig) console.log(`Server configuration (nginx) written to ${serverConfig}`);
	previous = swapIntoPlace(scratch, outDir, { keepOld: true });
} catch (error) {
	rmSync(scratch, { recursive: true, force: true });
	console.error(error, '\n');
	process.exit(1);
}
console.log(`Built ${outDir}${scope === 'notices' ? ' (notices fast path)' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
// `npm run bench` cuts its per-phase breakdown from these lines.
console.log(`phase swap ${Math.round(performance.now() - swapStarted)} ms`);
if (previous) {
	// The new site is live; the old one only has to go, in the background, for full builds as
	// for the notices fast path: a deploy step, or a crisis notice, need not wait for it.
	removeInBackground(previous, outDir);
	console.log(`Removing the previous output (${previous}) in the background`);
}
