import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderOgImage, renderOgImageCached } from '../src/features/og/og';

// Not a test of behaviour (tests/unit/og.test.ts does that): the bench's timing harness.
it('times Open Graph rendering cold, warm and cached', async () => {
	const titles = ['سفارشم کجاست؟ پیگیری سفارش و ارسال', 'تحديث iOS 18 للتطبيق', 'راهنمای Astro 7 برای ۱۴۰۵', 'Where is my order?'];
	const cache = mkdtempSync(join(tmpdir(), 'bayan-og-bench-'));
	let started = performance.now();
	await renderOgImage({ title: titles[0]!, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' });
	const coldMs = Math.round(performance.now() - started);
	started = performance.now();
	for (const title of titles) await renderOgImageCached({ title, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' }, cache);
	const warmMs = Math.round((performance.now() - started) / titles.length);
	started = performance.now();
	for (const title of titles) await renderOgImageCached({ title, kind: 'article', locale: 'fa', siteName: 'Bazarak', kindLabel: 'مقاله' }, cache);
	const cachedMs = Number(((performance.now() - started) / titles.length).toFixed(2));
	rmSync(cache, { recursive: true, force: true });
	console.log(`OG_BENCH ${JSON.stringify({ coldMs, warmMs, cachedMs })}`);
	expect(cachedMs).toBeLessThan(warmMs);
});
