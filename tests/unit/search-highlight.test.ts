import { describe, expect, it } from 'vitest';
import { excerpt, highlight, queryTokens } from '../../src/features/search/search-highlight';

const marked = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text.trim());

describe('highlight', () => {
	it('marks the author’s Persian spelling for a query typed with Arabic letters and Latin digits', () => {
		const tokens = queryTokens('كاري 72', { lang: 'fa' });
		expect(marked(highlight('ساعت کاری شعبه‌ها: پول ظرف ۷۲ ساعت برمی‌گردد', tokens))).toEqual(['کاری', '۷۲']);
	});
	it('keeps the display text unchanged, whatever is marked', () => {
		const text = 'نوبت‌دهی برای تحویل سفارش در شعبهٔ دلخواه';
		const segments = highlight(text, queryTokens('نوبت دهي شعبه', { lang: 'fa' }));
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(marked(segments)).toEqual(['نوبت‌دهی', 'شعبهٔ']);
	});
	it('marks a compound written with a space when the query joins it', () => {
		expect(marked(highlight('کالای آسیب دیده را گزارش کنید', queryTokens('آسیب‌دیده', { lang: 'fa' })))).toEqual(['آسیب دیده']);
	});
	it('prefix-matches as Pagefind does, and ignores Arabic diacritics and tatweel', () => {
		expect(marked(highlight('سيعود المبلغ تلقائياً', queryTokens('المبـلـغ تلقا', { lang: 'ar' })))).toEqual(['المبلغ', 'تلقائياً']);
		expect(marked(highlight('خُصم المبلغ', queryTokens('خصم', { lang: 'ar' })))).toEqual(['خُصم']);
	});
	it('marks nothing that does not match', () => {
		expect(marked(highlight('پرداخت در محل', queryTokens('کیف پول', { lang: 'fa' })))).toEqual([]);
	});
});

describe('excerpt', () => {
	const long = `${'مقدمه '.repeat(80)}اگر پرداخت ناموفق بود پول ظرف ۷۲ ساعت برمی‌گردد ${'پایان '.repeat(80)}`;
	it('cuts around the first hit, on word boundaries, with ellipses', () => {
		const segments = excerpt(long, queryTokens('72 ساعت', { lang: 'fa' }), 120);
		const text = segments.map((s) => s.text).join('');
		expect(text.startsWith('… ')).toBe(true);
		expect(text.endsWith(' …')).toBe(true);
		expect(text.length).toBeLessThanOrEqual(126);
		expect(marked(segments)).toEqual(['۷۲', 'ساعت']);
		expect(text).not.toMatch(/ مقدم(?!ه)/);
	});
	it('starts at the beginning when nothing matches', () => {
		const text = excerpt(long, ['ناموجود'], 60)
			.map((s) => s.text)
			.join('');
		expect(text.startsWith('مقدمه')).toBe(true);
	});
});
