import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * resvg-js's own mimalloc reads its options when the native module loads, from the process's
 * real environment. In a worker thread (as vitest runs this file) `process.env` is a copy native
 * code never sees, so the check runs in a plain Node process in which the module loads on the
 * main thread, as in the build (src/features/og/cards.ts imports draw.ts before the card workers
 * start): mimalloc's verbose start-up report must show purging off, and the variable be gone after.
 */
describe('loading resvg-js for Open Graph cards', () => {
	it('loads it with mimalloc purging off, and leaves the environment as it was', () => {
		const script = `const { drawCard } = await import('./src/features/og/draw.ts');
if (typeof drawCard !== 'function') throw new Error('no drawCard');
console.log(JSON.stringify({ after: process.env.MIMALLOC_PURGE_DELAY ?? null }));`;
		const env: NodeJS.ProcessEnv = { ...process.env, MIMALLOC_VERBOSE: '1' };
		delete env.MIMALLOC_PURGE_DELAY;
		const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
		expect(child.status, child.stderr).toBe(0);
		expect(child.stderr + child.stdout).toMatch(/option 'purge_delay': -1\b/);
		// Later child processes (Pagefind, npm) must not inherit the setting.
		expect(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ after: null });
	});
});
