/**
 * Script-aware normalisation for search, shared by the build (text handed to Pagefind)
 * and the browser (the query). Pagefind has no Persian stemmer and does not fold
 * Arabic/Persian letter or digit variants, so both sides must be brought to one
 * canonical spelling here. Whatever this module does at index time it must also do at
 * query time, so it stays dependency-free and free of Node APIs.
 *
 * Display text is never passed through this module: readers see the author's spelling.
 *
 * Canonical form: Persian letters (ی ک ه ا و), no hamza on its own, no harakat, no
 * tatweel, ASCII digits, lower-case Latin, single spaces, and a space wherever Latin or
 * digits touch Arabic script.
 *
 * Compounds (ZWNJ / space / joined): see {@link expandForIndex} and {@link expandQuery}.
 * In short, the index carries every spelling's tokens, the query carries one token per
 * compound, the joined one, because Pagefind ANDs query terms and one token present in
 * every spelling beats several that all have to be present.
 */

/** Zero-width non-joiner: the Persian in-word space (می‌شود, کتاب‌ها). */
export const ZWNJ = '\u200C';

/** Options shared by the index-time and query-time transforms. */
export interface SearchTextOptions {
	/**
	 * Language of the page (index time) or of the search UI (query time); both sides must
	 * pass the same value. Persian affix rules (می / ها …) apply when it is omitted or
	 * starts with `fa`: in Arabic, بي / أم / أي / شأن are ordinary words, and joining them
	 * to a neighbour would only make Arabic queries stricter.
	 */
	lang?: string;
}

// Format characters that change nothing a reader sees but split or glue tokens:
// soft hyphen, Arabic letter mark, ZWJ, LRM/RLM, bidi embeddings and isolates, word
// joiner, BOM.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is removed on its own, ZWJ included; nothing here is meant as a joined sequence.
const INVISIBLE = /[\u00AD\u061C\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// A zero-width space in Persian text is almost always a mistyped ZWNJ.
const ZWSP = /\u200B/g;

const PUNCTUATION: Record<string, string> = {
	'\u066A': '%', // ٪
	'\u066B': '.', // ٫ decimal separator: ۱۲٫۵ is 12.5
	'\u066C': ',', // ٬ thousands separator
};
// ، ؍ ؛ ؞ ؟ ۔ ٭ ۝ ۞ ۩ « » ‹ › ﴾ ﴿ and U+061D: word separators Pagefind does not
// know, so "سلام،دنیا" would otherwise be indexed as one word.
const PUNCTUATION_RE = /[\u060C\u060D\u061B\u061D\u061E\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u00AB\u00BB\u2039\u203A\uFD3E\uFD3F]/g;

/**
 * Replaces Persian and Arabic punctuation with a space (so it separates words) and the
 * Arabic decimal, thousands and percent signs with their ASCII equivalents (so numbers
 * read the same in either script).
 */
export function foldPunctuation(text: string): string {
	return text.replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? ' ');
}

// Harakat and other marks (U+064B–U+065F: fathatan … sukun, maddah and hamza above or
// below, and the rarer vowel signs), superscript alef, Quranic annotation signs and small
// letters, the Arabic Extended-A marks, and tatweel (U+0640), which only stretches a
// letter. End-of-ayah and similar symbols are punctuation, handled above.
const MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF]/g;

/**
 * Removes Arabic-script diacritics (harakat, superscript alef, Quranic marks) and
 * tatweel. Latin combining accents are left alone: English text must come out only
 * lower-cased, and Pagefind already ranks accented Latin itself.
 */
export function stripMarks(text: string): string {
	return text.replace(MARKS, '');
}

const LETTERS: Record<string, string> = {
	// Yeh: Arabic ي and alef maksura ى are what an Arabic keyboard types for Persian ی.
	'\u064A': '\u06CC',
	'\u0649': '\u06CC',
	// Kaf: Arabic ك (and the swash form ڪ) for Persian ک.
	'\u0643': '\u06A9',
	'\u06AA': '\u06A9',
	// Heh: teh marbuta (الصلاة / الصلاه), heh with hamza or yeh above (خانهٔ / خانۀ),
	// and the Kurdish and Urdu hehs some keyboards emit.
	'\u0629': '\u0647',
	'\u06C0': '\u0647',
	'\u06C1': '\u0647',
	'\u06C2': '\u0647',
	'\u06C3': '\u0647',
	'\u06BE': '\u0647',
	'\u06D5': '\u0647',
	// Alef: hamza above and below, madda, wasla. Users on phones rarely type them, so
	// أين / اين and تأخیر / تاخیر must meet; آ loses its madda for the same reason.
	'\u0622': '\u0627',
	'\u0623': '\u0627',
	'\u0625': '\u0627',
	'\u0671': '\u0627',
	'\u0672': '\u0627',
	'\u0673': '\u0627',
	'\u0675': '\u0627',
	// Hamza on a seat becomes its seat: that is how the hamza-less spellings are written
	// (سؤال / سوال, رئیس / رییس, مسائل / مسایل). Cross-seat spellings (مسئول / مسؤول)
	// are bridged by extra index tokens, see hamzaVariants.
	'\u0624': '\u0648',
	'\u0676': '\u0648',
	'\u0626': '\u06CC',
	'\u0678': '\u06CC',
	// Hamza on its own is dropped: Persian writes اجزا, انشا, شی where Arabic writes
	// أجزاء, إنشاء, شيء. The cost is that a few short words collide (ماء / ما, جزء / جز,
	// سوء / سو); ranking still favours pages with the other query words.
	'\u0621': '',
	'\u0674': '',
};
const LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Folds Arabic letter variants to one Persian form: ي ى ئ → ی, ك → ک, ة ۀ → ه,
 * أ إ آ ٱ → ا, ؤ → و, and drops ء. Expects NFKC input (presentation forms already
 * mapped to base letters).
 */
export function foldLetters(text: string): string {
	return text.replace(LETTERS_RE, (c) => LETTERS[c] ?? c);
}

/** Converts Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII 0–9. */
export function foldDigits(text: string): string {
	return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
		const code = d.charCodeAt(0);
		return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
	});
}

// ASCII punctuation. Pagefind deletes it inside a word, so "شود." would reach the
// affix rules as a different word from "شود".
const ASCII_PUNCTUATION = '!-\\/:-@\\[-`{-~';
const PUNCTUATION_AFTER_ARABIC = new RegExp(`(\\p{Script=Arabic})[${ASCII_PUNCTUATION}]+`, 'gu');
const PUNCTUATION_BEFORE_ARABIC = new RegExp(`[${ASCII_PUNCTUATION}]+(?=\\p{Script=Arabic})`, 'gu');

/**
 * Puts a space where Latin letters or digits meet Arabic script (۲۴ساعته, SMS‌ها), so
 * "۲۴ ساعته", "۲۴‌ساعته" and "۲۴ساعته" all become the same two tokens; and turns ASCII
 * punctuation touching Arabic script ("شود.", "(راهنما)") into a space, as Persian and
 * Arabic punctuation already are. Punctuation between Latin letters or digits (12.5,
 * example.com) is left to Pagefind.
 */
export function separateScripts(text: string): string {
	return text
		.replace(PUNCTUATION_AFTER_ARABIC, '$1 ')
		.replace(PUNCTUATION_BEFORE_ARABIC, ' ')
		.replace(/([\p{Script=Latin}0-9])\u200C*(?=\p{Script=Arabic})/gu, '$1 ')
		.replace(/(\p{Script=Arabic})\u200C*(?=[\p{Script=Latin}0-9])/gu, '$1 ');
}

/**
 * Everything letter-level except removing ZWNJ, which the compound logic still needs.
 * NFKC maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: ﻻ, ﷲ, isolated and
 * final shapes) and full-width Latin to base characters; it runs first so the folds
 * below see only base letters, and lower-casing runs after it because NFKC can produce
 * capitals (Ａ → A).
 */
function prepare(text: string): string {
	let s = text.normalize('NFKC').replace(INVISIBLE, '').replace(ZWSP, ZWNJ);
	s = foldPunctuation(s);
	s = stripMarks(s);
	s = foldLetters(s);
	s = foldDigits(s);
	s = s.toLowerCase();
	return separateScripts(s);
}

/**
 * The canonical search spelling of `text`, letter by letter: folded letters, no marks,
 * tatweel or ZWNJ (ZWNJ compounds come out joined, as Pagefind itself would index
 * them), ASCII digits, lower-case, single spaces. Idempotent. Word-level compound
 * handling is {@link expandForIndex} / {@link expandQuery}.
 */
export function normalizeForSearch(text: string): string {
	return collapse(prepare(text).replace(/\u200C/g, ''));
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Prefixes Persian writes either detached, with ZWNJ or joined (canonical spellings).
 * Only bound morphemes: free words such as هم or پیش would make a query like
 * "من هم" require the two words to be adjacent.
 */
export const DETACHABLE_PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی', 'بی', 'نا', 'غیر']);

/**
 * Suffixes and compound heads Persian writes either detached, with ZWNJ or joined
 * (canonical spellings): plural, indefinite and ezafe ی, possessive and personal
 * endings, comparatives, and the derivational heads common in help-centre text
 * (نوبت‌دهی, اطلاع‌رسانی, علاقه‌مند, نرم‌افزار). Free nouns such as نامه or خانه are left
 * out for the same reason as in {@link DETACHABLE_PREFIXES}.
 */
export const DETACHABLE_SUFFIXES: ReadonlySet<string> = new Set([
	'ها',
	'های',
	'هایی',
	'هایم',
	'هایت',
	'هایش',
	'هایمان',
	'هایتان',
	'هایشان',
	'ی',
	'یی',
	'ای',
	'ام',
	'ات',
	'اش',
	'ایم',
	'اید',
	'اند',
	'مان',
	'تان',
	'شان',
	'تر',
	'ترین',
	'گاه',
	'گر',
	'گری',
	'دان',
	'وار',
	'مند',
	'مندی',
	'دهی',
	'دهنده',
	'دهندگان',
	'کننده',
	'کنندگان',
	'رسانی',
	'سازی',
	'گیری',
	'پذیر',
	'پذیری',
	'شده',
	'افزار',
	'افزاری',
]);

// Verbal prefixes split off a joined word at index time (میشود → می + شود), so a page
// that writes the verb joined still yields the same tokens as one that uses ZWNJ.
const SPLITTABLE_PREFIXES = ['نمی', 'می'];
// The stem left after the prefix must be at least this long: میز, میوه, میان are not
// می + ز / وه / ان.
const MIN_STEM = 3;
// Common words that begin with می but are not می + verb; matched after removing a plural
// or ی ending, so میدانها stays whole while میدانم (I know) still splits.
const NOT_PREFIXED: ReadonlySet<string> = new Set([
	'میدان',
	'میزان',
	'میهمان',
	'میهن',
	'میلیون',
	'میلیارد',
	'میلیمتر',
	'میلیگرم',
	'میانگین',
	'میانه',
	'میانجی',
	'میانبر',
	'میراث',
	'میکروب',
	'میکروفون',
	'میکرو',
	'میلاد',
	'میعاد',
	'میقات',
	'میگرن',
	'میخک',
	'میمون',
	'میزبان',
	'مینیمم',
	'میکسر',
	'میلگرد',
	'میهماندار',
	'میزبانی',
	'مینا',
	'میترا',
	'میثاق',
]);
const NOUN_ENDINGS = ['هایی', 'های', 'ها', 'ی'];

/** Splits a word at its ZWNJs (or mistyped zero-width spaces), dropping empty parts. */
export function splitCompounds(word: string): string[] {
	return word.split(/[\u200B\u200C]/).filter((part) => part.length > 0);
}

/**
 * Splits a joined word that starts with the verbal prefix می or نمی into prefix and stem
 * (میشود → [می, شود]); returns `[word]` when the stem would be shorter than three
 * letters or the word is a known false friend (میز, میدان, میلیون). Expects
 * canonical input.
 */
export function splitAffixes(word: string): string[] {
	for (const prefix of SPLITTABLE_PREFIXES) {
		if (!word.startsWith(prefix)) continue;
		const stem = word.slice(prefix.length);
		if (stem.length < MIN_STEM || !isArabicWord(stem) || isFalseFriend(word)) return [word];
		return [prefix, stem];
	}
	return [word];
}

function isFalseFriend(word: string): boolean {
	if (NOT_PREFIXED.has(word)) return true;
	for (const ending of NOUN_ENDINGS) {
		if (word.endsWith(ending) && NOT_PREFIXED.has(word.slice(0, -ending.length))) return true;
	}
	return false;
}

function isArabicWord(word: string): boolean {
	return /^[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]+$/.test(word);
}

/**
 * Joins the parts of a compound into its canonical joined spelling. An ezafe ی after a
 * silent heh is dropped (خانه‌ی, خانه ی, خانهٔ → خانه), since the ezafe is as often
 * unwritten or written as hamza above, which {@link stripMarks} removes.
 */
export function joinCompound(parts: readonly string[]): string {
	let joined = '';
	for (const part of parts) {
		joined = part === 'ی' && joined.endsWith('ه') ? joined : joined + part;
	}
	return joined;
}

/** Whether two space-separated canonical words are parts of one Persian compound. */
function detachedLink(before: string, after: string): boolean {
	if (!isArabicWord(before) || !isArabicWord(after)) return false;
	if (DETACHABLE_PREFIXES.has(before)) return !DETACHABLE_PREFIXES.has(after) && !DETACHABLE_SUFFIXES.has(after);
	return DETACHABLE_SUFFIXES.has(after);
}

function affixRules(options: SearchTextOptions): boolean {
	return options.lang === undefined || /^fa\b/i.test(options.lang);
}

/**
 * Groups canonical text (ZWNJ kept) into compound runs: ZWNJ always links two parts;
 * with Persian affix rules a space links a detachable prefix to the next word and a
 * detachable suffix to the previous one. Each run is a list of parts; a plain word is a
 * run of one.
 */
export function compoundRuns(prepared: string, options: SearchTextOptions = {}): string[][] {
	const affixes = affixRules(options);
	const runs: string[][] = [];
	let current: string[] | undefined;
	for (const word of prepared.split(/\s+/)) {
		const parts = splitCompounds(word);
		const first = parts[0];
		if (first === undefined) continue;
		const last = current?.[current.length - 1];
		if (current && last !== undefined && affixes && detachedLink(last, first)) current.push(...parts);
		else runs.push((current = [...parts]));
	}
	return runs;
}

// Longest sub-compound emitted at index time; longer runs are chains like
// "بی نوبت دهی ها", and four parts already cover any query worth typing.
const MAX_SPAN = 4;

/**
 * The text to give Pagefind for a page: the canonical spelling of every word (in order,
 * so positions and phrase search still work), then extra tokens so that every spelling
 * of a compound yields the same token set:
 *
 * - ZWNJ compounds (می‌شود): the joined word is in the main text, the parts are added.
 * - Detached compounds (می شود, کتاب ها): the parts are in the main text, the joined
 *   form (and each contiguous sub-join, for chains like "نوبت دهی ها") is added.
 * - Joined verbs (میشود): the main text has the word, {@link splitAffixes} adds the parts.
 * - Hamza on a different seat (مسئول, مسؤول): the other seats' spellings are added.
 *
 * Returns the full index text, not just the extras: Pagefind does not fold ي/ی, so the
 * author's own spelling cannot stand in for the canonical one. Put it where Pagefind
 * indexes it but readers do not see it (the display text can stay indexed alongside;
 * its tokens are harmless).
 */
export function expandForIndex(text: string, options: SearchTextOptions = {}): string {
	const prepared = prepare(text);
	const affixes = affixRules(options);
	const main: string[] = [];
	const extras: string[] = [];
	for (const word of prepared.split(/\s+/)) {
		const parts = splitCompounds(word);
		if (parts.length === 0) continue;
		const joined = joinCompound(parts);
		main.push(joined);
		if (affixes) extras.push(...splitAffixes(joined));
	}
	for (const run of compoundRuns(prepared, options)) {
		if (run.length < 2) continue;
		extras.push(...run);
		for (let start = 0; start < run.length; start++) {
			for (let end = start + 2; end <= Math.min(run.length, start + MAX_SPAN); end++) {
				extras.push(joinCompound(run.slice(start, end)));
			}
		}
	}
	extras.push(...hamzaVariants(text, affixes));
	const seen = new Set(main);
	const added: string[] = [];
	for (const token of extras) {
		// One-letter tokens (the ی of "خانه ی") match nothing useful and only bloat the index.
		if (token.length < 2 || seen.has(token)) continue;
		seen.add(token);
		added.push(token);
	}
	return added.length ? `${main.join(' ')} ${added.join(' ')}` : main.join(' ');
}

// Seat alternatives for a hamza inside a word: ئ ↔ ؤ covers مسئول / مسؤول, ئو ↔ ؤ covers
// سئوال / سؤال, ئ ↔ أ covers مسئله / مسأله and هیئت / هیأت. Medial أ → ی is Persian only:
// in Arabic it would turn بأن and لأن into بین and لین, which are real words.
const SEATS: readonly [RegExp, string][] = [
	[/(.)\u0626\u0648/g, '$1\u0648'],
	[/(.)\u0626/g, '$1\u0627'],
	[/(.)\u0626/g, '$1\u0648'],
	[/(.)\u0624/g, '$1\u06CC'],
	[/(.)\u0624/g, '$1\u06CC\u0648'],
];
const PERSIAN_SEATS: readonly [RegExp, string][] = [...SEATS, [/(.)\u0623/g, '$1\u06CC']];

function hamzaVariants(text: string, persian: boolean): string[] {
	const variants: string[] = [];
	for (const word of text.normalize('NFKC').split(/\s+/)) {
		if (!/.[\u0623\u0624\u0626]/.test(word)) continue;
		for (const [seat, replacement] of persian ? PERSIAN_SEATS : SEATS) {
			const variant = word.replace(seat, replacement);
			if (variant !== word) variants.push(...normalizeForSearch(variant).split(' '));
		}
	}
	return variants;
}

/**
 * The string to pass to Pagefind's search for what the user typed: canonical spelling,
 * with each compound (ZWNJ or, for Persian, a detachable affix typed with a space) as
 * one joined token, e.g. "مي شود" → "میشود", "کتاب ها" → "کتابها".
 *
 * Split forms are not added: Pagefind requires every query term on a page, and the
 * joined form is the one token that {@link expandForIndex} guarantees for every
 * spelling. A half-typed compound ("می ش") joins too, and still prefix-matches.
 */
export function expandQuery(query: string, options: SearchTextOptions = {}): string {
	const tokens = compoundRuns(prepare(query), options).map(joinCompound);
	return [...new Set(tokens.filter((token) => token.length > 0))].join(' ');
}
