/**
 * Light stemmers for folded Persian and Arabic words (see src/features/search/normalize.ts for the
 * folded spelling: ی, ک, ه for ة, no hamza seats). They over-generate on purpose: every
 * plausible stem is returned, and the caller keeps only the ones the index vocabulary
 * knows, so a rule never invents a word (بانک is not ب + انک because انک is not indexed).
 */

// Verb prefixes: continuous می / نمی, subjunctive-imperative ب, negative ن, and the
// preverb بر (برمی‌گردد).
const FA_PREFIXES = ['برمی', 'برنمی', 'نمی', 'می', 'بر', 'ن', 'ب'];
// Plural, possessive and personal clitics (ـم ـت ـش ـمان ـتان ـشان, after a vowel ـام ـات
// ـاش), comparative and superlative, the indefinite/ezafe/adjectival ی, and personal
// verb endings. Stacked forms (هایم = ها + یم) are listed whole; two are also peeled in
// a row below.
const FA_SUFFIXES = [
	'هایشان',
	'هایتان',
	'هایمان',
	'هایم',
	'هایت',
	'هایش',
	'هایی',
	'های',
	'ها',
	'ترین',
	'تر',
	'شان',
	'تان',
	'مان',
	'ایم',
	'اید',
	'اند',
	'یم',
	'ید',
	'ند',
	'ام',
	'ات',
	'اش',
	'ان',
	'یی',
	'ی',
	'م',
	'ت',
	'ش',
	'و',
];
// Proclitics: conjunctions و ف, prepositions ب ل ک, the article ال and their
// combinations, the future س.
const AR_PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'کال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'س'];
// Enclitic pronouns (ـه ـها ـهم ـكم ـنا ـي ـك) and sound plural / dual endings.
const AR_SUFFIXES = ['هما', 'کما', 'ها', 'هم', 'کم', 'نا', 'ات', 'ون', 'ین', 'ان', 'یه', 'ه', 'ی', 'ک'];

const MIN_STEM = 2;

function peel(word: string, affixes: readonly string[], atStart: boolean): string[] {
	const out: string[] = [];
	for (const affix of affixes) {
		if (atStart ? !word.startsWith(affix) : !word.endsWith(affix)) continue;
		const rest = atStart ? word.slice(affix.length) : word.slice(0, -affix.length);
		if (rest.length >= MIN_STEM) out.push(rest);
	}
	return out;
}

/**
 * Candidate stems of a folded Persian word, most specific first, without the word
 * itself: verb prefixes, then up to two suffixes (سفارش‌هایم → سفارشهای, سفارش; نرسید → رسید).
 */
export function persianStems(word: string): string[] {
	const stems = new Set<string>();
	for (const base of [word, ...peel(word, FA_PREFIXES, true)]) {
		if (base !== word) stems.add(base);
		for (const once of peel(base, FA_SUFFIXES, false)) {
			stems.add(once);
			for (const twice of peel(once, FA_SUFFIXES, false)) stems.add(twice);
		}
	}
	stems.delete(word);
	return [...stems];
}

/**
 * Candidate stems of a folded Arabic word, without the word itself: proclitics
 * (و ف ب ل ال …), then one enclitic or plural ending; a ت left before a pronoun is the
 * ة of the bare noun (طلبيتي → طلبیه).
 */
export function arabicStems(word: string): string[] {
	const stems = new Set<string>();
	for (const base of [word, ...peel(word, AR_PREFIXES, true)]) {
		if (base !== word) stems.add(base);
		for (const rest of peel(base, AR_SUFFIXES, false)) {
			stems.add(rest);
			if (rest.endsWith('ت') && rest.length > MIN_STEM) stems.add(`${rest.slice(0, -1)}ه`);
		}
	}
	stems.delete(word);
	return [...stems];
}

/** Candidate stems for a word in the given language (English is left to Pagefind's stemmer). */
export function stemsOf(word: string, lang: string): string[] {
	if (/^fa\b/i.test(lang)) return persianStems(word);
	if (/^ar\b/i.test(lang)) return arabicStems(word);
	return [];
}
