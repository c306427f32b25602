import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/features/search/normalize';
import { containsTerm, type PagefindLike, type PagefindResultLike } from '../../src/features/search/understanding/pipeline';
import { buildUnderstanding } from '../../src/features/search/understanding/resources';
import { lexicon } from '../../src/features/search/understanding/understand';
import { diagnose, guessLocale, parseCsv, parseExport, terminalSafe, topQueries } from '../../scripts/search-report.mjs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const fold = (text: string) => normalizeForSearch(text);

describe('reading analytics exports of search_no_results', () => {
	it('reads a Plausible CSV breakdown: query, count and locale per row', () => {
		const rows = parseExport(fixture('search-no-results-plausible.csv'));
		expect(rows).toHaveLength(11);
		expect(rows[0]).toEqual({ query: 'چرا سفارشم نرسید', locale: 'fa', count: 57 });
		expect(rows.find((row) => row.query === 'cant log in')).toEqual({ query: 'cant log in', locale: 'en', count: 8 });
	});

	it('reads an Umami values export, guessing the language from the letters', () => {
		const rows = parseExport(fixture('search-no-results-umami.json'));
		expect(rows).toContainEqual({ query: 'کش بک', locale: 'fa', count: 4 });
		expect(rows).toContainEqual({ query: 'وين الطلب', locale: 'ar', count: 2 });
		expect(rows).toContainEqual({ query: 'gift wrapping', locale: 'en', count: 2 });
	});

	it('reads raw events, counting each once and skipping other events', () => {
		const rows = parseExport(fixture('search-no-results-events.json'));
		expect(rows.map((row) => row.query)).toEqual(['کش بک', 'کش‌بک', 'gift wrapping']);
		expect(rows.every((row) => row.count === 1)).toBe(true);
	});

	it('parses quoted CSV fields with commas, quotes and newlines', () => {
		expect(parseCsv('query,events\n"a, ""b""\nc",3\r\nd,1\n')).toEqual([
			['query', 'events'],
			['a, "b"\nc', '3'],
			['d', '1'],
		]);
	});

	it('guesses Persian from its own letters, Arabic otherwise, English for Latin', () => {
		expect(guessLocale('کد تخفیف')).toBe('fa');
		expect(guessLocale('وين الطلب')).toBe('ar');
		expect(guessLocale('refund')).toBe('en');
	});
});

describe('the list an editor acts on', () => {
	it('merges spellings that fold alike and puts the most frequent first', () => {
		const top = topQueries(parseExport(fixture('search-no-results-plausible.csv')), 3);
		// ی/ي fold together: 57 + 4 searches of one query.
		expect(top[0]).toEqual({ query: 'چرا سفارشم نرسید', locale: 'fa', count: 61, spellings: 2 });
		expect(top.map((entry) => entry.count)).toEqual([61, 26, 17]);
		const english = topQueries(parseExport(fixture('search-no-results-plausible.csv')), 20).find((entry) => fold(entry.query) === 'gift wrapping');
		expect(english?.count).toBe(11);
	});

	it('says what the search finds now and which words the index does not know', async () => {
		const pages: Record<string, { text: string; title: string }> = {
			wrap: { text: 'gift wrapping and a message', title: 'Send an order as a gift' },
			login: { text: 'sign in with your phone', title: 'Sign in problems' },
			other: { text: 'opening hours of branches', title: 'Hours' },
			more: { text: 'delivery areas', title: 'Areas' },
		};
		const pagefind: PagefindLike = {
			async search(term) {
				const results: PagefindResultLike[] = Object.entries(pages)
					.filter(([, page]) => containsTerm(fold(page.text), term))
					.map(([id, page]) => ({ id, score: 1, data: async () => ({ url: `/en/articles/${id}/`, meta: { title: page.title }, filters: {} }) }));
				return { results };
			},
		};
		const lex = lexicon(
			buildUnderstanding(
				'en',
				Object.values(pages).map((page) => fold(page.text)),
			),
		);
		const found = await diagnose(pagefind, lex, 'gift wrapping');
		expect(found.results[0]).toEqual({ url: '/en/articles/wrap/', title: 'Send an order as a gift' });
		expect(found.advice).toMatch(/^found now/);
		const unknown = await diagnose(pagefind, lex, 'trade in phone');
		expect(unknown.words.find((word) => word.word === 'trade')?.known).toBe(false);
		expect(unknown.words.find((word) => word.word === 'phone')?.known).toBe(true);
		expect(unknown.advice).toContain('synonym group');
		// A typo correction is shown as a guess, not as a word the index knows.
		const typo = await diagnose(pagefind, lex, 'phone sgin');
		expect(typo.words.find((word) => word.word === 'sgin')).toMatchObject({ known: false, correctedTo: 'sign' });
		const nothing = await diagnose(pagefind, lex, 'zzqx');
		expect(nothing.results).toEqual([]);
		expect(nothing.advice).toContain('«zzqx»');
	});
});

describe('printing queries from an export to a terminal', () => {
	it('strips escape sequences, other controls and bidi overrides/isolates, keeping ZWNJ', () => {
		expect(terminalSafe('\x1b[31mred\x1b[0m')).toBe('red');
		expect(terminalSafe('\x1b]0;pwned title\x07ok')).toBe('ok');
		expect(terminalSafe('\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\')).toBe('link');
		expect(terminalSafe('\x9b2Jclear')).toBe('clear');
		expect(terminalSafe('a\rb\nc\x08d\x00e\x7ff\x85g')).toBe('abcdefg');
		expect(terminalSafe('\x1bcreset')).toBe('reset');
		expect(terminalSafe('admin\u202egnp.exe\u202c')).toBe('admingnp.exe');
		expect(terminalSafe('\u2066a\u2067b\u2068c\u2069\u202a\u202b\u202d')).toBe('abc');
		expect(terminalSafe('کش\u200cبک')).toBe('کش\u200cبک');
		expect(terminalSafe('چرا سفارشم نرسید')).toBe('چرا سفارشم نرسید');
		expect(terminalSafe(undefined)).toBe('');
	});

	it('cleans every hostile query read from an export', () => {
		const rows = parseExport('query,events\n"\x1b[2J\x1b]0;x\x07\u202eevil",3\n');
		expect(rows).toHaveLength(1);
		expect(terminalSafe(rows[0]!.query)).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
	});
});
