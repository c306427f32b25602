import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/features/search/normalize';
import { recordForPage } from '../../src/features/search/search-records';
import { containsTerm, isFreshActiveNotice, searchQuery, UBIQUITOUS_SHARE, withoutUbiquitous, type PagefindLike, type PagefindResultLike } from '../../src/features/search/understanding/pipeline';
import { buildUnderstanding, countWords, WordCounts } from '../../src/features/search/understanding/resources';
import { arabicStems, persianStems } from '../../src/features/search/understanding/stem';
import { allowedEdits, areNeighbours, correctWord, typoDistance } from '../../src/features/search/understanding/typo';
import {
	COMMON_SHARE,
	KIND_WEIGHT,
	knows,
	MIN_DERIVED_PAGES,
	lexicon,
	MAX_SYNONYMS,
	rewrites,
	termFrequency,
	understand,
	wordAlternatives,
	type Lexicon,
} from '../../src/features/search/understanding/understand';
import synonymData from '../../src/features/search/understanding/data/synonyms.json';
import { tempFolder } from '../support/temp-folder';

const fold = (text: string) => normalizeForSearch(text);

/** A lexicon over a made-up corpus (never the demo's articles), one folded text per page. */
function lex(lang: string, pages: string[], synonyms: string[][] = []): Lexicon {
	return lexicon(buildUnderstanding(lang, pages.map(fold), synonyms));
}

describe('Persian light stemming', () => {
	it.each([
		['سفارشم', 'سفارش'],
		['سفارشهایم', 'سفارش'],
		['سفارشهایمان', 'سفارش'],
		['کالاهایشان', 'کالا'],
		['خانهام', 'خانه'],
		['بزرگترین', 'بزرگ'],
		['کتابها', 'کتاب'],
		['نرسید', 'رسید'],
		['میرسد', 'رسد'],
		['نمیرسد', 'رسد'],
		['برمیگردد', 'گردد'],
		['بخرم', 'خر'],
	])('%s has the stem %s among its candidates', (word, stem) => {
		expect(persianStems(fold(word))).toContain(fold(stem));
	});

	it('never returns the word itself or stems under two letters', () => {
		const stems = persianStems('بم');
		expect(stems).not.toContain('بم');
		expect(stems.every((stem) => stem.length >= 2)).toBe(true);
	});
});

describe('Arabic light stemming', () => {
	it.each([
		['والطلب', 'طلب'],
		['فالطلب', 'طلب'],
		['بالبطاقة', 'بطاقه'],
		['للفرع', 'فرع'],
		['وطلبي', 'طلب'],
		['طلبيتي', 'طلبیه'],
		['حسابكم', 'حساب'],
		['المنتجات', 'منتج'],
	])('%s has the stem %s among its candidates', (word, stem) => {
		expect(arabicStems(fold(word))).toContain(fold(stem));
	});
});

describe('the vocabulary decides which forms exist', () => {
	const fa = lex('fa', ['سفارش شما ثبت شد', 'بانک مبلغ را برگرداند', 'نمی‌توانید وارد شوید', 'می‌کنید']);

	it('knows whole words and, from three letters, the start of a word', () => {
		expect(knows(fa, 'سفارش')).toBe(true);
		expect(knows(fa, 'سفا')).toBe(true);
		expect(knows(fa, 'سف')).toBe(false);
		expect(knows(fa, 'گربه')).toBe(false);
	});

	it('keeps a stem only when the index has it (بانک is not ب + انک)', () => {
		const terms = wordAlternatives(fa, 'بانک').alternatives.map((a) => a.term);
		expect(terms).toEqual(['بانک']);
	});

	it('reaches the indexed stem of a word with clitics', () => {
		const { alternatives } = wordAlternatives(fa, fold('سفارش‌هایم'));
		expect(alternatives.map((a) => a.term)).toContain('سفارش');
	});
});

describe('colloquial Persian to written forms (rules in data)', () => {
	const fa = lex('fa', ['نمی‌توانم وارد شوم', 'پیک آمد', 'کالا را پس بدهید', 'این چیست', 'چه کار می‌کنید', 'سفارش را لغو کنید', 'می‌دانم']);

	it.each([
		['نمیتونم', 'نمیتوانم'],
		['اومد', 'امد'],
		['بدین', 'بدهید'],
		['چیه', 'چیست'],
		['میکنین', 'میکنید'],
		['میدونم', 'میدانم'],
		['سفارشو', 'سفارش'],
	])('%s reads as %s', (spoken, written) => {
		const understood = understand(spoken, fa);
		expect(understood.units.flatMap((unit) => unit.alternatives.map((a) => a.term))).toContain(written);
	});

	it('rules alone propose the pattern family, not one word (ون → ان, ین → ید)', () => {
		expect(rewrites(fa, 'میخونین')).toContain('میخوانید');
	});
});

describe('dialect Arabic words (data)', () => {
	const ar = lex('ar', ['كيف أرجع الطلب', 'لماذا تأخر الطلب', 'ماذا أفعل']);

	it.each([
		['شلون', 'کیف'],
		['ليش', 'لماذا'],
		['ايش', 'ماذا'],
	])('%s is read as %s', (dialect, written) => {
		const [unit] = understand(dialect, ar).units;
		expect(unit?.source).toBe(fold(written));
	});
});

describe('stop words and fillers', () => {
	const en = lex('en', ['cancel an order before it is packed', 'why orders are late']);

	it('marks question words and fillers optional', () => {
		const { units } = understand('why is my order late please', en);
		expect(units.filter((u) => u.optional).map((u) => u.source)).toEqual(['why', 'is', 'my', 'please']);
		expect(units.filter((u) => !u.optional).map((u) => u.source)).toEqual(['order', 'late']);
	});

	it('requires them when the query is nothing else', () => {
		expect(understand('why', en).units.every((u) => !u.optional)).toBe(true);
	});
});

describe('synonyms', () => {
	const fa = lex('fa', ['فاکتور سفارش را ببینید', 'کد تخفیف را وارد کنید'], [['صورتحساب', 'فاکتور']]);

	it('adds the indexed members of a group', () => {
		const [unit] = understand('صورتحساب', fa).units;
		expect(unit?.alternatives).toContainEqual({ term: 'فاکتور', kind: 'synonym' });
	});

	it('expands the word as typed, not its stems (نرسید is not رسید "receipt")', () => {
		// Padding pages, so رسید is not common enough to go without synonyms.
		const receipts = lex('fa', ['سفارش نرسید', 'رسید خرید', 'فاکتور', 'سلام', 'کمک', 'ساعت'], [['رسید', 'فاکتور']]);
		const terms = (query: string) => understand(query, receipts).units.flatMap((unit) => unit.alternatives.map((a) => a.term));
		expect(terms('نرسید')).not.toContain('فاکتور');
		expect(terms('رسید')).toContain('فاکتور');
	});

	it('reads a phrase a group names as one unit, also with a clitic (کد تخفیفم)', () => {
		const { units } = understand('کوپن', fa);
		expect(units[0]?.alternatives.map((a) => a.term)).toContain('کد تخفیف');
		const phrase = understand('کد تخفیفم', fa).units;
		expect(phrase).toHaveLength(1);
		expect(phrase[0]?.alternatives.map((a) => a.term)).toContain('کد تخفیف');
	});
});

describe('typo tolerance', () => {
	it('counts a swap of neighbouring letters as one edit', () => {
		expect(typoDistance('cancle', 'cancel')).toBe(1);
	});

	it('makes a neighbouring key cheaper than another letter', () => {
		expect(areNeighbours(fold('س'), fold('ش'))).toBe(true);
		expect(areNeighbours('q', 'w')).toBe(true);
		expect(areNeighbours('q', 'p')).toBe(false);
		expect(typoDistance(fold('سفارس'), fold('سفارش'))).toBeLessThan(typoDistance(fold('سفارس'), fold('سفارت')));
	});

	it('prefers the keyboard neighbour, then the more frequent word', () => {
		const vocabulary = new Map([
			[fold('سفارش'), 3],
			[fold('سفارت'), 9],
		]);
		expect(correctWord(fold('سفارس'), vocabulary)).toBe(fold('سفارش'));
		expect(
			correctWord(
				'cart',
				new Map([
					['card', 2],
					['cars', 7],
				]),
			),
		).toBe('cars');
	});

	it('allows one edit, two from seven letters', () => {
		expect(allowedEdits('refund')).toBe(1);
		expect(allowedEdits('delivery')).toBe(2);
		expect(correctWord('delievry', new Map([['delivery', 1]]))).toBe('delivery');
		expect(correctWord('rfnd', new Map([['refund', 1]]))).toBeUndefined();
	});

	it('does not correct a word through a short stem', () => {
		const fa = lex('fa', ['برف آمد']);
		expect(understand('بنفش', fa).units[0]?.alternatives).toEqual([]);
	});

	it('leaves short words and numbers alone', () => {
		expect(correctWord('ab', new Map([['ax', 1]]))).toBeUndefined();
		expect(correctWord('725', new Map([['724', 1]]))).toBeUndefined();
	});

	it('reports the corrected query, and exact mode turns correction off', () => {
		const en = lex('en', ['track your order']);
		expect(understand('trak order', en).corrected).toBe('track order');
		expect(understand('trak order', en, { correct: false }).corrected).toBeUndefined();
	});
});

describe('build-time data', () => {
	it('counts pages per word and folds every data entry to the index spelling', () => {
		expect(countWords(['a bb bb cc', 'bb 72'])).toEqual(
			new Map([
				['bb', 2],
				['cc', 1],
				['72', 1],
			]),
		);
		const data = buildUnderstanding('fa', ['فاکتور'], [['صورت‌حساب', 'فاكتور']]);
		expect(data.synonyms).toContainEqual(['صورتحساب', 'فاکتور']);
		expect(data.stop).toContain('چیست');
		expect(data.words[fold('نمیتونم')]).toBe('نمیتوانم');
	});

	it('gives the same data from words counted page by page as from the page texts (the build counts as it indexes)', () => {
		const pages = ['پیگیری سفارش ارسال', 'سفارش لغو شد', 'ارسال رایگان 72 ساعت', 'a'].map(fold);
		const counted = new WordCounts();
		for (const page of pages) counted.add(page);
		expect(counted.pages).toBe(4);
		expect(counted.counts).toEqual(countWords(pages));
		const fromCounts = buildUnderstanding('fa', counted, [['سفارش', 'خرید']]);
		expect(fromCounts).toEqual(buildUnderstanding('fa', pages, [['سفارش', 'خرید']]));
		expect(fromCounts.pages).toBe(4);
		expect(fromCounts.vocabulary).toContain(`${fold('سفارش')}:2`);
	});
});

/** A fake Pagefind over folded page texts: every query word must start a word of the page. */
function fakePagefind(pages: Record<string, { text: string; title?: string; meta?: Record<string, string> }>): PagefindLike & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		async search(term) {
			calls.push(term);
			const results: PagefindResultLike[] = Object.entries(pages)
				.filter(([, page]) => containsTerm(fold(page.text), term))
				.map(([id, page]) => ({ id, score: 1, data: async () => ({ url: `/${id}/`, meta: { title: page.title ?? '', summary: '', ...page.meta }, filters: {} }) }));
			return { results };
		},
	};
}

describe('search pipeline', () => {
	const pages = {
		late: { text: 'my order is late courier delay', title: 'My order is late' },
		fees: { text: 'delivery fee for an order' },
		refund: { text: 'refund to your card' },
	};
	const en = lex(
		'en',
		Object.values(pages).map((p) => p.text),
	);

	it('falls back to partial matches, ranked by how many rare words they contain', async () => {
		const { results } = await searchQuery(fakePagefind(pages), 'why is my order late today', { lang: 'en', lexicon: en });
		expect(results.map((r) => r.id)).toEqual(['late', 'fees']);
	});

	it('never answers with a page that matched only fillers', async () => {
		const { results } = await searchQuery(fakePagefind(pages), 'why is my zzzz', { lang: 'en', lexicon: en });
		expect(results).toEqual([]);
	});

	it('ranks a title match above a body match', async () => {
		const both = { a: { text: 'late late late delivery', title: 'Delivery' }, b: { text: 'late delivery', title: 'Late' } };
		const { results } = await searchQuery(fakePagefind(both), 'late', {
			lang: 'en',
			lexicon: lex(
				'en',
				Object.values(both).map((p) => p.text),
			),
		});
		expect(results.map((r) => r.id)).toEqual(['b', 'a']);
	});

	it('puts a fresh notice in force above the evergreen article, but not an old or ended one', async () => {
		const now = Date.parse('2026-11-22T10:00:00+03:30');
		const notice = (from: string, until?: string) => ({ type: 'notice', from, ...(until ? { until } : {}) });
		const site = (meta: Record<string, string>) => ({
			article: { text: 'order late courier delay what to do', title: 'My order is late' },
			notice: { text: 'orders to the north may arrive late', title: 'Orders to the north arrive late', meta },
			workaround: { text: 'pay by wallet or card while the order gateway is late', title: 'Card payments failing', meta },
		});
		const order = async (meta: Record<string, string>) => {
			const pages = site(meta);
			const lex = lexicon(
				buildUnderstanding(
					'en',
					Object.values(pages).map((p) => fold(p.text)),
				),
			);
			return (await searchQuery(fakePagefind(pages), 'order late', { lang: 'en', lexicon: lex, now })).results.map((r) => r.id);
		};
		// The notice whose title names the words goes first; the one that only mentions them in passing does not.
		expect((await order(notice('2026-11-21T18:00:00+03:30', '2026-11-23T20:00:00+03:30'))).slice(0, 2)).toEqual(['notice', 'article']);
		expect((await order(notice('2026-11-01T18:00:00+03:30', '2026-11-02T20:00:00+03:30')))[0]).toBe('article');
		expect((await order(notice('2026-09-01T18:00:00+03:30')))[0]).toBe('article');
		expect(isFreshActiveNotice({ type: 'article', from: '2026-11-21T18:00:00+03:30' }, now)).toBe(false);
		// A notice in force that only mentions the words in its body stays below the article.
		const inForce = notice('2026-11-21T18:00:00+03:30', '2026-11-23T20:00:00+03:30');
		const passing = { article: site(inForce).article, workaround: site(inForce).workaround };
		const passingLex = lexicon(
			buildUnderstanding(
				'en',
				Object.values(passing).map((p) => fold(p.text)),
			),
		);
		const ranked = (await searchQuery(fakePagefind(passing), 'order late', { lang: 'en', lexicon: passingLex, now })).results.map((r) => r.id);
		expect(ranked).toEqual(['article', 'workaround']);
	});

	it('without a lexicon behaves as before: one folded AND search', async () => {
		const pagefind = fakePagefind(pages);
		const { results } = await searchQuery(pagefind, 'order late', { lang: 'en' });
		expect(pagefind.calls).toEqual(['order late']);
		expect(results.map((r) => r.id)).toEqual(['late']);
	});
});

describe('editor synonym groups (the synonyms collection)', () => {
	it('reads groups by language and refuses a group of one term', async () => {
		const { writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { readSynonymGroups } = await import('../../src/features/search/pagefind-integration');
		const dir = tempFolder('bayan-synonyms-');
		writeFileSync(join(dir, 'fa-cart.yaml'), 'locale: fa\nterms:\n  - سبد خرید\n  - کارت خرید\n');
		writeFileSync(join(dir, 'en-cart.yaml'), 'locale: en\nterms: [basket, cart]\n');
		expect(await readSynonymGroups(dir)).toEqual({ en: [['basket', 'cart']], fa: [['سبد خرید', 'کارت خرید']] });
		writeFileSync(join(dir, 'en-bad.yaml'), 'locale: en\nterms: [alone]\n');
		await expect(readSynonymGroups(dir)).rejects.toThrow(/en-bad\.yaml \(line 2, field "terms"\): must list at least two terms/);
		// Read by the one strict reader: YAML anchors and links are refused, naming the file.
		writeFileSync(join(dir, 'en-bad.yaml'), 'locale: en\nterms: &t [a, b]\n');
		await expect(readSynonymGroups(dir)).rejects.toThrow(/en-bad\.yaml \(line 2, field "terms"\): YAML anchors/);
		const { rmSync, symlinkSync } = await import('node:fs');
		rmSync(join(dir, 'en-bad.yaml'));
		symlinkSync('/dev/zero', join(dir, 'en-zero.yaml'));
		await expect(readSynonymGroups(dir)).rejects.toThrow(/en-zero\.yaml: is a symbolic link or not a regular file/);
		expect(await readSynonymGroups(join(dir, 'missing'))).toEqual({});
	});
});

describe('vocabulary budget', () => {
	it('keeps the most frequent words up to the cap and says when it is incomplete', async () => {
		const { MAX_VOCABULARY } = await import('../../src/features/search/understanding/resources');
		const rare = Array.from({ length: MAX_VOCABULARY + 5 }, (_, i) => `w${i.toString(36)}x`);
		const data = buildUnderstanding('en', ['common ' + rare.join(' '), 'common']);
		expect(data.complete).toBe(false);
		expect(data.vocabulary.split(' ')).toHaveLength(MAX_VOCABULARY);
		expect(data.vocabulary).toContain('common:2');
		expect(buildUnderstanding('en', ['common']).complete).toBe(true);
	});

	it('searches an unlisted word as typed when the vocabulary is capped', () => {
		const capped = lexicon({ ...buildUnderstanding('en', ['track order']), complete: false });
		expect(wordAlternatives(capped, 'zanzibar').alternatives).toEqual([{ term: 'zanzibar', kind: 'typed' }]);
		const full = lexicon(buildUnderstanding('en', ['track order']));
		expect(wordAlternatives(full, 'zanzibar').alternatives).toEqual([]);
	});
});

describe('page furniture stays out of the index and the excerpts', () => {
	const html = (body: string) => `<html lang="en"><head><meta name="description" content="Summary here"></head><body><main><article data-pagefind-body>${body}</article></main></body></html>`;

	it('drops heading-anchor labels, "Updated" lines, breadcrumbs and the summary line from the display text', () => {
		const record = recordForPage(
			'/en/articles/x/',
			html(
				'<nav class="breadcrumbs"><a>Home</a></nav><h1>Title</h1><p class="summary">Summary here</p><p class="meta">Updated <time datetime="2026-10-05">October 5</time></p><h2>Check <a class="heading-anchor" data-heading-anchor href="#c"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Check</span></a></h2><p>Body words.</p>',
			),
		)!;
		expect(record.meta.text).toBe('Check\nBody words.');
		expect(record.content).not.toMatch(/updated|link|section|home/);
		expect(record.content).toMatch(/summary/);
	});

	it('keeps a notice window for ranking', () => {
		const record = recordForPage(
			'/en/notices/n/',
			html(
				'<h1>N</h1><p class="meta"><span class="notice-window">From <time datetime="2026-11-21T18:00:00+03:30">21</time> until <time datetime="2026-11-23T20:00:00+03:30">23</time></span></p><p>Text</p>',
			),
		)!;
		expect(record.meta).toMatchObject({ from: '2026-11-21T18:00:00+03:30', until: '2026-11-23T20:00:00+03:30' });
	});
});

describe('base lexicon', () => {
	it.each(['fa', 'ar', 'en'] as const)('%s has a few hundred groups of at least two distinct terms', (lang) => {
		const groups = synonymData[lang];
		expect(groups.length).toBeGreaterThanOrEqual(200);
		for (const group of groups) expect(new Set(group).size, group.join('|')).toBeGreaterThanOrEqual(2);
	});

	it('ships only groups with a term the index knows (prefixes as Pagefind matches)', () => {
		const data = buildUnderstanding(
			'en',
			['refunds take five days'],
			[
				['refund', 'reimbursement'],
				['sunflower', 'helianthus'],
			],
		);
		expect(data.synonyms).toContainEqual(['refund', 'reimbursement']);
		expect(data.synonyms.flat()).not.toContain('sunflower');
	});
});

describe('limits on what a word expands to', () => {
	it(`searches at most ${MAX_SYNONYMS} synonyms per word, the most frequent in the index first`, () => {
		const pages = ['alpha beta', 'alpha gamma', 'alpha', 'beta', 'delta', 'epsilon', 'zeta'];
		const en = lex('en', pages, [['word', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']]);
		const synonyms = understand('word', en)
			.units[0]!.alternatives.filter((a) => a.kind === 'synonym')
			.map((a) => a.term);
		expect(synonyms).toHaveLength(MAX_SYNONYMS);
		expect(synonyms.slice(0, 2)).toEqual(['alpha', 'beta']);
		expect(termFrequency(en, 'alpha')).toBe(3);
		expect(termFrequency(en, 'alp')).toBe(3);
		expect(termFrequency(en, 'alpha beta')).toBe(2);
	});

	it('weighs a written form derived from a spoken word below the typed word and above a stem', () => {
		expect(KIND_WEIGHT.written).toBeLessThan(KIND_WEIGHT.typed);
		expect(KIND_WEIGHT.written).toBeGreaterThan(KIND_WEIGHT.stem);
		// From the spoken-word list (نیومده → نیامده): a reading, not what was typed.
		const fa = lex('fa', ['سفارش نیامده است']);
		const unit = understand('نیومده', fa).units[0]!;
		expect(unit.alternatives[0]).toEqual({ term: fold('نیامده'), kind: 'written' });
		// Typed as the index spells it, it stays typed.
		expect(understand('نیامده', fa).units[0]!.alternatives[0]).toEqual({ term: fold('نیامده'), kind: 'typed' });
	});
});

describe('terms searched per word', () => {
	it('skips the synonyms of a word that a quarter of the pages or more contain', () => {
		const pages = ['order one', 'order two', 'order three', 'purchase', 'x', 'y', 'z', 'w'];
		const en = lex('en', pages, [
			['order', 'purchase'],
			['parcel', 'purchase'],
		]);
		expect(3 / pages.length).toBeGreaterThanOrEqual(COMMON_SHARE);
		expect(understand('order', en).units[0]!.alternatives.map((a) => a.term)).toEqual(['order']);
		// A rarer word still gets them.
		expect(understand('parcel', en).units[0]!.alternatives.map((a) => a.term)).toContain('purchase');
	});

	it(`drops a rule-derived form on fewer than ${MIN_DERIVED_PAGES} pages when a more frequent one stands for the word`, () => {
		// الطلب → طلب (stem, 2 pages) and لطلب (rule, 1 page).
		const ar = lex('ar', ['طلب جديد', 'طلب قديم', 'لطلبك', 'الطلب']);
		const terms = understand('الطلب', ar).units[0]!.alternatives.map((a) => a.term);
		expect(terms).toContain('طلب');
		expect(terms).not.toContain('لطلب');
	});

	it('searches a filler as typed only, not its dialect translation, when the query has other words', () => {
		const ar = lex('ar', ['كيف ارجاع الطلب', 'الطلب']);
		const [filler] = understand('شلون ارجاع', ar).units;
		expect(filler?.optional).toBe(true);
		expect(filler?.alternatives.map((a) => a.term)).not.toContain(fold('كيف'));
	});
});

describe('words on almost every page', () => {
	// "order" is on 9 of 10 pages, "track" on 3, "refund" on 1: a made-up corpus.
	const pages: Record<string, { text: string }> = {
		a: { text: 'track your order here' },
		b: { text: 'track the order by courier' },
		c: { text: 'track parcel' },
		d: { text: 'refund of an order' },
		...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`o${i}`, { text: `order page ${'xyz'.repeat(i + 1)}` }])),
	};
	const en = lex(
		'en',
		Object.values(pages).map((p) => p.text),
	);

	it('leaves out a word most pages contain when the query has a rarer one, and never fetches it', async () => {
		expect(termFrequency(en, 'order') / en.pages).toBeGreaterThanOrEqual(UBIQUITOUS_SHARE);
		const pagefind = fakePagefind(pages);
		const { results } = await searchQuery(pagefind, 'track order', { lang: 'en', lexicon: en });
		expect(pagefind.calls).not.toContain('order');
		expect(pagefind.calls).toContain('track');
		expect(results.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
	});

	it('still searches it alone, or as the rarest word of a query of common words', async () => {
		const alone = fakePagefind(pages);
		expect((await searchQuery(alone, 'order', { lang: 'en', lexicon: en })).results).toHaveLength(9);
		expect(alone.calls).toContain('order');
		const units = understand('order order', en).units;
		expect(withoutUbiquitous(units, en)).toHaveLength(1);
	});

	it('leaves every word in when the other word is one the vocabulary does not know, so a typo or half a word does not empty the results', async () => {
		// A vocabulary cut short (large sites) searches an unknown word as typed, with no page count.
		const capped = { ...en, complete: false };
		for (const query of ['order xqzvw', 'order re']) {
			const units = understand(query, capped).units.filter((unit) => unit.alternatives.length > 0);
			expect(withoutUbiquitous(units, capped), query).toEqual(units);
		}
		const pagefind = fakePagefind(pages);
		await searchQuery(pagefind, 'order xqzvw', { lang: 'en', lexicon: capped });
		expect(pagefind.calls).toContain('order');
	});

	it('keeps words below the share, and fillers as they are', () => {
		const units = understand('refund track', en).units;
		expect(withoutUbiquitous(units, en)).toEqual(units);
	});
});
