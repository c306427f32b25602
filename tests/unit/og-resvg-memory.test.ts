import { describe, expect, it } from 'vitest';

describe('loading resvg-js for Open Graph cards', () => {
	it('sets mimalloc purging off only while the native module loads, leaving the environment as it was', async () => {
		const before = process.env.MIMALLOC_PURGE_DELAY;
		const { drawCard } = await import('../../src/features/og/draw');
		expect(typeof drawCard).toBe('function');
		// Later child processes (Pagefind, npm) must not inherit the setting.
		expect(process.env.MIMALLOC_PURGE_DELAY).toBe(before);
	});
});
