import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { OgCards } from '../src/features/og/cards';
import { renderOgImage, renderOgImageCached, type OgImageInput } from '../src/features/og/og';

/** CPU milliseconds (user + system) of the whole process, worker threads included. */
const cpuMs = (): number => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/** Cards for the pool run: Persian, Arabic, mixed and English titles with subtitles. */
function cards(count: number): OgImageInput[] {
	const titles = [
		['fa', 'چطور سفارشم را پیگیری کنم و کی به دستم می‌رسد؟'],
		['ar', 'كيف أتتبع طلبي؟ دليل الشحن والتوصيل'],
		['fa', 'راهنمای Astro 7 برای ۱۴۰۵ (نسخهٔ 2.4)'],
		['en', 'Where is my order and when will it arrive?'],
	] as const;
	return Array.from({ length: count }, (_, i) => {
		const [locale, title] = titles[i % titles.length] ?? titles[0];
		return {
			title: `${title} ${i + 1}`,
			subtitle: 'وضعیت ارسال را با کد رهگیری ببینید.',
			kind: 'article',
			kindLabel: locale === 'en' ? 'Article' : 'مقاله',
			locale,
			siteName: 'Bazarak',
			footer: 'help.bazarak.example',
		};
	});
}

// Not a test of behaviour (tests/unit/og*.test.ts do that): the bench's timing harness.
// CPU time, not wall time, is what says how much a card costs on a busy machine.
it('times Open Graph rendering cold, warm, cached and in the worker pool', async () => {
	const titles = ['سفارشم کجاست؟ پیگیری سفارش و ارسال', 'تحديث iOS 18 للتطبيق', 'راهنمای Astro 7 برای ۱۴۰۵', 'Where is my order?'];
	const cache = mkdtempSync(join(tmpdir(), 'bayan-og-bench-'));
	let started = performance.now();
	await renderOgImage({ title: titles[0]!, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' });
	const coldMs = Math.round(performance.now() - started);
	started = performance.now();
	let cpu = cpuMs();
	for (const title of titles) await renderOgImageCached({ title, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' }, cache);
	const warmMs = Math.round((performance.now() - started) / titles.length);
	const cpuMsPerCard = Math.round((cpuMs() - cpu) / titles.length);
	started = performance.now();
	for (const title of titles) await renderOgImageCached({ title, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' }, cache);
	const cachedMs = Number(((performance.now() - started) / titles.length).toFixed(2));

	// The build's way: every card planned at once, drawn by one worker per core, read back.
	const count = Number(process.env.BAYAN_OG_BENCH_CARDS ?? 64);
	const inputs = cards(count);
	const pool = new OgCards({ cacheDir: join(cache, 'pool'), workerFile: join(import.meta.dirname, '../src/features/og/draw-worker.ts') });
	cpu = cpuMs();
	started = performance.now();
	pool.plan(inputs);
	for (const input of inputs) await pool.card(input);
	const poolCpuS = Number(((cpuMs() - cpu) / 1000).toFixed(2));
	const poolWallS = Number(((performance.now() - started) / 1000).toFixed(2));
	rmSync(cache, { recursive: true, force: true });
	console.log(`OG_BENCH ${JSON.stringify({ coldMs, warmMs, cachedMs, cpuMsPerCard, poolCards: count, poolCpuS, poolCpuMsPerCard: Math.round((poolCpuS * 1000) / count), poolWallS })}`);
	expect(pool.stats).toEqual({ drawn: count, cached: 0 });
	expect(cachedMs).toBeLessThan(warmMs);
}, 600_000);
