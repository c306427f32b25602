import { describe, expect, it } from 'vitest';
import { consoleRows, rowMatches, type ConsoleTranslation } from '../../src/features/sharing/agent-console';
import type { Locale } from '../../src/site.config';

const options = { locales: ['fa', 'ar', 'en'] as Locale[], defaultLocale: 'fa' as Locale, absolute: (path: string) => `https://h.example${path}` };
const base = { category: 'orders', aliases: [] as string[] };
const translations: ConsoleTranslation[] = [
	{ ...base, locale: 'fa', slug: 'track', ref: 2, title: 'سفارشم کجاست؟', summary: 'پیگیری سفارش در اپ', updated: new Date('2026-11-01'), aliases: ['where'] },
	{ ...base, locale: 'ar', slug: 'track', ref: 2, title: 'أين طلبي؟', summary: 'تتبع الطلب', updated: new Date('2026-11-05') },
	{ ...base, locale: 'fa', slug: 'lockers', ref: 1, title: 'کمد امانات مترو', summary: 'تحویل در ایستگاه', updated: new Date('2026-10-01') },
];

describe('consoleRows', () => {
	const rows = consoleRows(translations, options);

	it('puts every article in one row, sorted by ref, with every translation side by side', () => {
		expect(rows.map((row) => row.slug)).toEqual(['lockers', 'track']);
		expect(Object.keys(rows[1]!.cells).sort()).toEqual(['ar', 'fa']);
		expect(rows[1]!.updated.toISOString().slice(0, 10)).toBe('2026-11-05');
	});

	it('prepares the reply and short link in each language', () => {
		const cell = rows[1]!.cells.ar!;
		expect(cell.shortPath).toBe('/ar/go/2/');
		expect(cell.reply).toBe('أين طلبي؟\nتتبع الطلب\nhttps://h.example/ar/go/2/');
		expect(cell.path).toBe('/ar/articles/track/');
	});

	it('matches Persian and Arabic spelling variants, refs, slugs and aliases', () => {
		const track = rows[1]!.search;
		expect(rowMatches(track, 'سفارشم')).toBe(true);
		expect(rowMatches(track, 'سفارشم كجاست')).toBe(true); // Arabic kaf
		expect(rowMatches(track, 'اين طلبي')).toBe(true); // no hamza
		expect(rowMatches(track, '۲')).toBe(true); // Persian digit for ref 2
		expect(rowMatches(track, 'where')).toBe(true);
		expect(rowMatches(track, '')).toBe(true);
		expect(rowMatches(track, 'مترو')).toBe(false);
		expect(rowMatches(rows[0]!.search, 'کمدامانات')).toBe(true); // joined spelling
	});
});
