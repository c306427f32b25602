import { describe, expect, it } from 'vitest';
import { assertNoPagefindErrors, decodeEntities, readPage, recordForPage, searchTypeOf } from '../../src/features/search/search-records';

const page = (body: string, head = '<meta name="description" content="خلاصهٔ مقاله">') =>
	`<!doctype html><html lang="fa" dir="rtl"><head><title>t</title>${head}</head><body>` +
	`<header><nav><a href="/fa/">خانه</a></nav><form><input name="q"><button>جست‌وجو</button></form></header>` +
	`<div class="banner">اطلاعیهٔ بنر</div><main>${body}</main><footer>پانوشت سایت</footer>` +
	`<script type="module">const x = "<p>not text</p>";</script></body></html>`;

describe('searchTypeOf', () => {
	it('recognises articles, notices and incidents by their URL', () => {
		expect(searchTypeOf('/fa/articles/track-your-order/')).toBe('article');
		expect(searchTypeOf('/ar/notices/north-delay/')).toBe('notice');
		expect(searchTypeOf('/en/status/incidents/gateway-degraded/')).toBe('incident');
	});
	it('leaves out lists, search, admin and everything else', () => {
		for (const path of ['/fa/', '/fa/notices/', '/fa/status/', '/fa/status/payment/', '/fa/search/', '/admin/', '/fa/categories/orders/', '/fa/404/']) {
			expect(searchTypeOf(path), path).toBeUndefined();
		}
	});
});

describe('readPage', () => {
	it('reads only the data-pagefind-body region, without ignored parts, forms or scripts', () => {
		const html = page(
			`<article data-pagefind-body data-pagefind-filter="category:پرداخت"><h1>پرداخت <span>ناموفق</span></h1><p>پول&nbsp;برمی‌گردد &amp; تمام</p>` +
				`<form><button>بله</button></form><section data-pagefind-ignore><h2>مرتبط</h2><p>مقالهٔ دیگر</p></section><p>پایان</p></article>`,
		);
		const read = readPage(html);
		expect(read.title).toBe('پرداخت ناموفق');
		expect(read.text).toContain('پول برمی‌گردد & تمام');
		expect(read.text).toContain('پایان');
		for (const absent of ['خانه', 'بنر', 'پانوشت', 'مرتبط', 'مقالهٔ دیگر', 'بله', 'not text']) expect(read.text).not.toContain(absent);
		expect(read.filters).toEqual({ category: ['پرداخت'] });
		expect(read.description).toBe('خلاصهٔ مقاله');
		expect(read.lang).toBe('fa');
		expect(read.excluded).toBe(false);
	});
	it('keeps block boundaries so words of two paragraphs never merge', () => {
		const read = readPage(page('<article data-pagefind-body><h1>الف</h1><p>یک</p><p>دو</p></article>'));
		expect(read.text.split('\n')).toEqual(['الف', 'یک', 'دو']);
	});
	it('falls back to <main> when no region is marked', () => {
		const read = readPage(page('<h1>قطعی درگاه پرداخت</h1><p>در حال بررسی</p>'));
		expect(read.hasBody).toBe(false);
		expect(read.text).toBe('قطعی درگاه پرداخت\nدر حال بررسی');
	});
	it('marks noindex pages and "not translated" placeholders as excluded', () => {
		expect(readPage(page('<h1>x</h1>', '<meta name="robots" content="noindex">')).excluded).toBe(true);
		expect(readPage(page('<div data-not-translated><h1>x</h1></div>')).excluded).toBe(true);
	});
});

describe('recordForPage', () => {
	it('indexes folded text but shows the author’s spelling', () => {
		const html = page('<article data-pagefind-body data-pagefind-filter="category:پرداخت"><h1>پول ظرف ۷۲ ساعت برمی‌گردد</h1></article>');
		const record = recordForPage('/fa/articles/payment-failed-money-deducted/', html)!;
		expect(record.language).toBe('fa');
		expect(record.filters).toEqual({ type: ['article'], category: ['پرداخت'] });
		expect(record.meta.title).toBe('پول ظرف ۷۲ ساعت برمی‌گردد');
		expect(record.content).toContain('72');
		expect(record.content).not.toContain('۷۲');
		expect(record.content.split(' ')).toEqual(expect.arrayContaining(['برمیگردد', 'برمی', 'گردد']));
	});
	it('skips articles without a marked region, non-searchable pages and placeholders', () => {
		expect(recordForPage('/fa/articles/x/', page('<h1>بدون ناحیه</h1>'))).toBeUndefined();
		expect(recordForPage('/fa/search/', page('<article data-pagefind-body><h1>x</h1></article>'))).toBeUndefined();
		expect(recordForPage('/fa/articles/x/', page('<div data-not-translated data-pagefind-body><h1>x</h1></div>'))).toBeUndefined();
	});
	it('indexes a notice page from <main> and types it', () => {
		const record = recordForPage('/fa/notices/north-delay/', page('<h1>تأخير ارسال در شمال</h1><p>تا دو ساعت دیرتر</p>'))!;
		expect(record.filters.type).toEqual(['notice']);
		expect(record.meta.title).toBe('تأخير ارسال در شمال');
		expect(record.meta.text).toBe('تا دو ساعت دیرتر');
		expect(record.content).toContain('تاخیر');
	});
});

describe('helpers', () => {
	it('decodes numeric and named entities', () => {
		expect(decodeEntities('&#1740;&#x6A9; &lt;b&gt; &quot;x&quot; &unknown;')).toBe('یک <b> "x" &unknown;');
	});
	it('turns Pagefind error arrays into one clear error', () => {
		expect(() => assertNoPagefindErrors('indexing a page', [], '/fa/')).not.toThrow();
		expect(() => assertNoPagefindErrors('indexing a page', ['bad language'], '/fa/articles/x/')).toThrow(/indexing a page \(\/fa\/articles\/x\/\):\n {2}- bad language/);
	});
});
