import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OgCards, ogWorkerCount } from '../../src/features/og/cards';
import { ogCacheFile, renderOgImage, type OgImageInput } from '../../src/features/og/og';

/**
 * The card pool in process: real worker threads started from the worker's source file,
 * drawing into a scratch cache; the build-level proof (second build draws nothing) is
 * tests/build/build-caches.test.ts.
 */
const workerFile = resolve(__dirname, '../../src/features/og/draw-worker.ts');
const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const scratch = (): string => {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-og-cards-'));
	dirs.push(dir);
	return dir;
};

const inputs: OgImageInput[] = [
	{ title: 'چطور سفارشم را پیگیری کنم؟', subtitle: 'با کد رهگیری', kind: 'article', kindLabel: 'مقاله', locale: 'fa', siteName: 'راهنمای بازارک', footer: 'help.bazarak.example' },
	{ title: 'تحديث iOS 18 للتطبيق', kind: 'notice', kindLabel: 'إشعار', severity: 'warning', locale: 'ar', siteName: 'دليل بازارك', footer: 'help.bazarak.example' },
	{ title: 'Payment gateway', subtitle: 'Card payments and refunds', kind: 'service', kindLabel: 'Service status', locale: 'en', siteName: 'Bazarak Help', footer: 'help.bazarak.example' },
];

describe('OgCards', () => {
	it('draws missing cards in worker threads, exactly as the build thread would, then serves them from the cache', { timeout: 120_000 }, async () => {
		const cacheDir = scratch();
		const lines: string[] = [];
		const cards = new OgCards({ cacheDir, workerFile, workers: 2, log: (line) => lines.push(line) });
		cards.plan(inputs);
		cards.plan(inputs);
		const pngs = [];
		for (const input of inputs) pngs.push(await cards.card(input));
		expect(cards.stats).toEqual({ drawn: 3, cached: 0 });
		expect(lines).toEqual(['Open Graph cards: 3 drawn, 0 from the cache']);
		expect(pngs[2]?.equals(await renderOgImage(inputs[2] as OgImageInput))).toBe(true);
		for (const input of inputs) expect(existsSync(ogCacheFile(input, cacheDir))).toBe(true);

		const again = new OgCards({ cacheDir, workerFile, workers: 2, log: (line) => lines.push(line) });
		again.plan(inputs);
		for (const [i, input] of inputs.entries()) expect((await again.card(input)).equals(pngs[i] as Buffer)).toBe(true);
		expect(again.stats).toEqual({ drawn: 0, cached: 3 });
		expect(lines.at(-1)).toBe('Open Graph cards: 0 drawn, 3 from the cache');
	});

	it('draws a damaged cache file again instead of publishing it', { timeout: 120_000 }, async () => {
		const cacheDir = scratch();
		const input = inputs[0] as OgImageInput;
		const good = await new OgCards({ cacheDir, workerFile, workers: 1 }).card(input);
		const file = ogCacheFile(input, cacheDir);
		const damaged = Buffer.from(readFileSync(file));
		damaged[damaged.length >> 1] = (damaged[damaged.length >> 1] ?? 0) ^ 0xff;
		writeFileSync(file, damaged);
		const cards = new OgCards({ cacheDir, workerFile, workers: 1 });
		cards.plan([input]);
		expect((await cards.card(input)).equals(good)).toBe(true);
		expect(cards.stats).toEqual({ drawn: 1, cached: 0 });
	});

	it('fails a card whose worker cannot start, naming the card', { timeout: 60_000 }, async () => {
		const cards = new OgCards({ cacheDir: scratch(), workerFile: join(scratch(), 'missing-worker.ts'), workers: 1 });
		await expect(cards.card(inputs[2] as OgImageInput)).rejects.toThrow(/Payment gateway/);
		await cards.close();
	});

	it('takes its worker count from BAYAN_OG_WORKERS, refusing nonsense', () => {
		expect(ogWorkerCount({ BAYAN_OG_WORKERS: '0' })).toBe(0);
		expect(ogWorkerCount({ BAYAN_OG_WORKERS: '3' })).toBe(3);
		expect(ogWorkerCount({})).toBeGreaterThanOrEqual(1);
		expect(() => ogWorkerCount({ BAYAN_OG_WORKERS: 'many' })).toThrow(/BAYAN_OG_WORKERS="many"/);
	});
});
