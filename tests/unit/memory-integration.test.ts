import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage } from '../../src/features/site/memory-integration';

/**
 * The two collections of `collectGarbage` (after bundling, before the steps that read every
 * built page), called through the hooks Astro and Vite call, with `global.gc` stubbed; the
 * build passes `--expose-gc` (scripts/build.mjs) so the real one exists there.
 */
type Hook = (...args: unknown[]) => unknown;
const realGc = (globalThis as { gc?: () => void }).gc;
afterEach(() => {
	(globalThis as { gc?: () => void }).gc = realGc;
});

describe('collectGarbage', () => {
	it('collects after bundling (a Vite buildApp step) and when the build is done', async () => {
		const gc = vi.fn();
		(globalThis as { gc?: () => void }).gc = gc;
		const integration = collectGarbage();
		const hooks = integration.hooks as Record<string, Hook>;
		let config: { vite: { plugins: { name: string; buildApp: { order: string; handler: () => Promise<void> } }[] } } | undefined;
		await hooks['astro:config:setup']?.({ updateConfig: (update: typeof config) => (config = update) });
		const plugin = config?.vite.plugins[0];
		expect(plugin?.buildApp.order).toBe('post');
		await plugin?.buildApp.handler();
		expect(gc).toHaveBeenCalledTimes(1);
		await hooks['astro:build:done']?.({});
		expect(gc).toHaveBeenCalledTimes(2);
	});

	it('builds the same without --expose-gc (no global.gc)', async () => {
		(globalThis as { gc?: () => void }).gc = undefined;
		const hooks = collectGarbage().hooks as Record<string, Hook>;
		expect(() => hooks['astro:build:done']?.({})).not.toThrow();
	});
});
