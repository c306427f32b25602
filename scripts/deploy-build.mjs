#!/usr/bin/env node
/**
 * The deploy workflow's build step (.github/workflows/build.yml): the notices fast path
 * (`npm run build -- --only notices`) when a push changed only notices or incidents since
 * the commit the cached `dist/` was built from, a full build otherwise (scheduled runs,
 * any other change, no cached build). The choice is `chooseBuildScope` in
 * scripts/lib/fast-path.mjs; this file only gathers its inputs and records the commit built.
 *
 * Inputs: `GITHUB_EVENT_NAME`; the last built commit in `node_modules/.cache/bayan-built-commit`
 * (kept between runs by the workflow's cache, with `dist/`); git history (checkout with
 * `fetch-depth: 0`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseBuildScope } from './lib/fast-path.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules/.cache/bayan-built-commit');
const outDir = resolve(root, process.env.BAYAN_OUT_DIR ?? 'dist');

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
const head = git('rev-parse', 'HEAD').stdout.trim();
const last = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
let changed;
if (/^[0-9a-f]{40}$/.test(last) && git('cat-file', '-e', `${last}^{commit}`).status === 0) {
	const diff = git('diff', '--name-only', last, head);
	if (diff.status === 0) changed = diff.stdout.split('\n').filter(Boolean);
}
const scope = chooseBuildScope({ changed, event: process.env.GITHUB_EVENT_NAME ?? 'local', hasPrevious: existsSync(join(outDir, 'index.html')) });
console.log(scope === 'notices' ? `Only notices or incidents changed since ${last.slice(0, 10)}: notices fast path` : 'Full build');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), ...(scope === 'notices' ? ['--only', 'notices'] : [])], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// The fast path keeps the full build's pages: only a full build moves the marker, so the next fast path still diffs against it.
if (scope === 'all') {
	mkdirSync(dirname(marker), { recursive: true });
	writeFileSync(marker, `${head}\n`);
}
