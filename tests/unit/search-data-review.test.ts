/**
 * Rules the reviewed search data (src/features/search/understanding/data) keeps, so a later edit
 * cannot quietly undo the review recorded in docs/search-data-review.md: spelling per language,
 * spoken-form entries that can match and change something, synonym groups that never join an
 * ambiguous word, and negations that stay searched as typed.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/features/search/normalize';
import colloquial from '../../src/features/search/understanding/data/colloquial.json';
import stopwords from '../../src/features/search/understanding/data/stopwords.json';
import synonyms from '../../src/features/search/understanding/data/synonyms.json';
import { buildUnderstanding, foldTerm } from '../../src/features/search/understanding/resources';
import { lexicon, understand } from '../../src/features/search/understanding/understand';

const LANGS = ['fa', 'ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Every string of one language's data, with where it sits (for a readable failure). */
function entries(lang: Lang): { where: string; text: string }[] {
	const spoken = colloquial[lang];
	return [
		...Object.entries(spoken.words).flatMap(([from, to]) => [
			{ where: `colloquial.${lang}.words key`, text: from },
			{ where: `colloquial.${lang}.words["${from}"]`, text: to },
		]),
		...spoken.rules.flat().map((text) => ({ where: `colloquial.${lang}.rules`, text })),
		...synonyms[lang].flatMap((group, index) => group.map((text) => ({ where: `synonyms.${lang}[${index}]`, text }))),
		...stopwords[lang].map((text) => ({ where: `stopwords.${lang}`, text })),
	];
}

describe('spelling per language', () => {
	it('Persian data uses Persian ی and ک, never Arabic ي ك ى', () => {
		expect(entries('fa').filter(({ text }) => /[يكى]/.test(text))).toEqual([]);
	});

	it('Arabic data uses Arabic ي and ك, never Persian ی and ک', () => {
		expect(entries('ar').filter(({ text }) => /[یک]/.test(text))).toEqual([]);
	});

	it('Persian written forms write می / نمی and the plural ها apart, with ZWNJ', () => {
		// The keys are spelled as customers type them (joined); the values are the written forms.
		const joined = Object.entries(colloquial.fa.words).filter(([, written]) => written.split(' ').some((word) => /^ن?می(?!\u200C)/.test(word) || /[^\u200C](ها|های|هایم|هایت|هایش)$/.test(word)));
		expect(joined).toEqual([]);
	});
});

describe('spoken and dialect forms', () => {
	it.each(LANGS)('%s: every key is one word, so the word-by-word reading can match it', (lang) => {
		const multiWord = Object.keys(colloquial[lang].words).filter((key) => foldTerm(key, lang).includes(' '));
		expect(multiWord).toEqual([]);
	});

	it.each(LANGS)('%s: no entry maps a word to itself once the build folds it', (lang) => {
		const noOps = Object.entries(colloquial[lang].words).filter(([from, to]) => foldTerm(from, lang) === foldTerm(to, lang));
		expect(noOps).toEqual([]);
	});

	// Written words (the demo's own articles use some of them) that a spoken-form entry would
	// replace, so the word as typed would never be searched: found by the review, kept out.
	const WRITTEN: Record<Lang, string[]> = {
		fa: ['بره', 'کارتی', 'اینترنتی', 'آوردن', 'یکی'],
		ar: ['سكران', 'مكسور', 'محل', 'المحل', 'حاجة', 'غرض', 'اعمل', 'بلاش'],
		en: ['sms', 'login'],
	};
	it.each(LANGS)('%s: written words with a meaning of their own are not rewritten', (lang) => {
		const keys = new Set(Object.keys(colloquial[lang].words).map((key) => foldTerm(key, lang)));
		expect(WRITTEN[lang].filter((word) => keys.has(foldTerm(word, lang)))).toEqual([]);
	});
});

describe('synonym groups', () => {
	it.each(LANGS)('%s: every group has two terms that differ once folded', (lang) => {
		// Spelling variants of one term (إلغاء / الغاء) are welcome; they alone make no group.
		expect(synonyms[lang].filter((group) => new Set(group.map((term) => foldTerm(term, lang))).size < 2)).toEqual([]);
	});

	it.each(LANGS)('%s: no one-word term is a stop word (a stop word never names a group)', (lang) => {
		const stop = new Set(stopwords[lang].map((word) => foldTerm(word, lang)));
		const dead = synonyms[lang].flat().filter((term) => stop.has(foldTerm(term, lang)));
		expect(dead).toEqual([]);
	});

	// Words with a second everyday meaning: in a group they join two topics (رسید is a receipt
	// and "arrived"; بسته a parcel and "closed"; موقع a website and a location; code any code).
	const AMBIGUOUS: Record<Lang, string[]> = {
		fa: ['رسید', 'بسته', 'شماره', 'پس', 'کم', 'باز', 'بله', 'قلم', 'میل', 'خط', 'وضعیت', 'پول', 'تازه', 'بازار', 'گرفتم', 'شکست'],
		ar: ['غير', 'كود', 'رمز', 'موقع', 'الموقع', 'خط', 'مدى', 'سيل', 'المبلغ', 'رد', 'فتح', 'وقت', 'تحميل'],
		en: ['number', 'code', 'open', 'status', 'where is', 'article', 'ring', 'apple', 'present', 'mail', 'lost', 'closed', 'hours', 'withdraw'],
	};
	it.each(LANGS)('%s: ambiguous words are in no group', (lang) => {
		const terms = new Set(synonyms[lang].flat().map((term) => foldTerm(term, lang)));
		expect(AMBIGUOUS[lang].filter((word) => terms.has(foldTerm(word, lang)))).toEqual([]);
	});

	// Words kept for their help-centre sense, in that sense's group only (موجودی is stock, not the
	// wallet balance; شحن shipping, not a top-up; وصل "arrived", not a receipt).
	const ONE_SENSE: Record<Lang, string[]> = {
		fa: ['موجودی', 'جمعه', 'رمز پویا', 'ردیابی', 'کارت بانکی', 'شکایت', 'فرستادن'],
		ar: ['وصل', 'ثقيل', 'شحن', 'خصم', 'إيصال', 'الرقم السري', 'اشتراك', 'شكوى', 'إعادة الإرسال'],
		en: ['location', 'complaint', 'size', 'refund time', 'telephone', 'broken', 'expensive'],
	};
	it.each(LANGS)('%s: words with two senses are in one group only', (lang) => {
		const groupsOf = (word: string) => synonyms[lang].filter((group) => group.some((term) => foldTerm(term, lang) === foldTerm(word, lang))).length;
		expect(ONE_SENSE[lang].filter((word) => groupsOf(word) > 1)).toEqual([]);
	});
});

describe('negations', () => {
	// A negation is kept as an optional word searched as typed: as a required word it would be
	// stemmed into its positive (نمی‌شود → می‌شود, شود) or "corrected" into another word (ماني →
	// معنی), and it is on almost every page anyway. Typed forms, spoken ones included.
	const NEGATIONS: Record<Lang, { content: string; words: string[] }> = {
		fa: { content: 'سفارش', words: ['نه', 'نیست', 'نمیشه', 'نمی‌شود'] },
		ar: { content: 'الطلب', words: ['لا', 'ما', 'مو', 'مش', 'مب', 'لم', 'لن', 'ليس', 'ماني', 'مافي', 'مفيش'] },
		en: {
			content: 'order',
			words: ['not', 'no', 'never', 'cant', "can't", 'cannot', 'dont', "don't", 'didnt', "didn't", 'doesnt', "doesn't", 'isnt', "isn't", 'wont', "won't"].concat([
				'havent',
				"haven't",
				'hasnt',
				"hasn't",
				'wasnt',
				"wasn't",
				'arent',
				"aren't",
				'couldnt',
				"couldn't",
				'wouldnt',
				"wouldn't",
			]),
		},
	};
	// Pages with the words and their positives, so stems and corrections would have somewhere to go.
	const PAGES: Record<Lang, string[]> = {
		fa: ['سفارش شما ارسال می‌شود', 'این کد فعال نیست و نه کار می‌کند', 'معنی شود'],
		ar: ['الطلب لا يصل ما لم تؤكد', 'ليس متاحا ولن يتأخر ولم يصل', 'معنى'],
		en: ['the order did not arrive', 'no code was sent and it cannot be used', 'never have we been late'],
	};

	it.each(LANGS)('%s: every negation is optional and searched only as typed', (lang) => {
		const lex = lexicon(
			buildUnderstanding(
				lang,
				PAGES[lang].map((page) => normalizeForSearch(page)),
			),
		);
		const { content, words } = NEGATIONS[lang];
		const wrong = words.flatMap((negation) =>
			understand(`${negation} ${content}`, lex)
				.units.filter((unit) => unit.source !== foldTerm(content, lang))
				.filter((unit) => !unit.optional || unit.alternatives.some((a) => a.kind !== 'typed'))
				.map((unit) => `${negation}: ${unit.source}`),
		);
		expect(wrong).toEqual([]);
	});
});
