import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ogFontFiles } from '../../src/features/og/og';

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

	// Cards drawn one after another in one thread, as renderOgImage does, must free each card's
	// pixels before the next (draw.ts, releaseRasters): left to V8, which never sees resvg's
	// memory, they pile up and every render faults in fresh pages. Measured as memory, not
	// time, in a plain Node process.
	it("frees each card's pixels before the next card is drawn", () => {
		const script = `const { drawCard, releaseRasters } = await import('./src/features/og/draw.ts');
const { readFileSync } = await import('node:fs');
const files = ${JSON.stringify(ogFontFiles())};
const fonts = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
const tree = { type: 'div', props: { style: { display: 'flex', width: 1200, height: 630, backgroundColor: '#fbfaf7' } } };
for (let i = 0; i < 5; i++) await drawCard({ tree }, fonts, 'warm-up');
const before = process.resourceUsage().maxRSS;
for (let i = 0; i < 80; i++) {
	await drawCard({ tree }, fonts, 'card ' + i);
	await releaseRasters();
}
console.log(JSON.stringify({ grewKb: process.resourceUsage().maxRSS - before }));`;
		const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8' });
		expect(child.status, child.stderr).toBe(0);
		const { grewKb } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { grewKb: number };
		// Measured: ~76 MB unreleased (V8 collects now and then on its own), ~6 MB released.
		expect(grewKb).toBeLessThan(24 * 1024);
	});
});
