#!/usr/bin/env node
/**
 * `npm run build`: builds into a scratch folder and only replaces `dist/` when the build
 * succeeded, so a failed build never leaves a partial site behind for a deploy step to
 * publish. Extra arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.env.BAYAN_OUT_DIR ?? 'dist');
const scratch = `${outDir}.building-${process.pid}`;
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

rmSync(scratch, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', scratch, ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});

if (result.status !== 0) {
	rmSync(scratch, { recursive: true, force: true });
	console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no output was written'}.`);
	process.exit(result.status ?? 1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(scratch, outDir);
console.log(`Built ${outDir}`);
