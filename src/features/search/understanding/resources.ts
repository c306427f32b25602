/**
 * What query understanding knows about one language, built once per site build and
 * written next to the index (`/pagefind/understanding.<lang>.json`), so it costs nothing
 * until the first search, and only the reader's language is fetched. Everything in it is
 * folded with src/features/search/normalize.ts, the spelling the index uses.
 */
import { expandQuery, foldLetters, stripMarks } from '../normalize.ts';
import colloquial from './data/colloquial.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };
import synonyms from './data/synonyms.json' with { type: 'json' };
import { knows, lexicon, partOf } from './understand.ts';

/** The file the browser fetches with the first search. */
export interface UnderstandingData {
	lang: string;
	/** Searchable pages in this language (for word rarity). */
	pages: number;
	/** Indexed words and how many pages contain each, space-separated `word:count` pairs. */
	vocabulary: string;
	/** Whether `vocabulary` lists every indexed word (false when capped at {@link MAX_VOCABULARY}). */
	complete: boolean;
	/** Words a query need not match. */
	stop: string[];
	/** Spoken or dialect word → written form ('' drops it). */
	words: Record<string, string>;
	/** [pattern, replacement] rewrites of one word, validated against the vocabulary. */
	rules: [string, string][];
	/** Groups of equivalent terms, each term in query form (words joined by spaces). */
	synonyms: string[][];
	/**
	 * As written for the browser: the vocabulary's parts (see `partOf`), each its own file
	 * `understanding.<lang>.<part>.json`, and `vocabulary` empty. Absent: `vocabulary` is whole.
	 */
	parts?: string[];
}

/**
 * Splits understanding data into what the first search always fetches (rules, synonyms,
 * stop words: the core) and the vocabulary by first letter, fetched part by part as the
 * query's words need them (src/features/search/understanding/understand.ts, `loadWantedParts`).
 * On a large site the vocabulary is most of the file, and a query reads a few letters of it.
 * @returns the core and each part's text (`word:count` pairs, sorted)
 */
export function splitUnderstanding(data: UnderstandingData): { core: UnderstandingData; parts: Map<string, string> } {
	const byPart = new Map<string, string[]>();
	for (const pair of data.vocabulary.split(' ')) {
		if (!pair) continue;
		const key = partOf(pair);
		(byPart.get(key) ?? byPart.set(key, []).get(key)!).push(pair);
	}
	const parts = new Map([...byPart].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, pairs]) => [key, pairs.join(' ')]));
	return { core: { ...data, vocabulary: '', parts: [...parts.keys()] }, parts };
}

type Base = { fa: unknown; ar: unknown; en: unknown };

/**
 * Most words the vocabulary lists, the most frequent first: about 4 bytes gzipped each,
 * so the first search's added cost stays under its 20 KB budget on a large site. Rarer
 * words are still searched as typed; they only miss stemming and typo correction.
 */
export const MAX_VOCABULARY = 3000;

/** The base data (src/features/search/understanding/data) for a language, or empty for one it does not cover. */
function base<T>(data: Base, lang: string, empty: T): T {
	const key = lang.slice(0, 2) as keyof Base;
	return (key in data ? data[key] : empty) as T;
}

/** Folds a term to its query form for `lang`; '' when nothing is left. */
export function foldTerm(term: string, lang: string): string {
	return expandQuery(term, { lang });
}

/**
 * Counts, per word of the folded index text of each page, the pages that contain it.
 * @param texts the `content` Pagefind received for each page of one language
 */
export function countWords(texts: readonly string[]): Map<string, number> {
	return countPages(texts).counts;
}

function countPages(texts: readonly string[]): WordCounts {
	const counted = new WordCounts();
	for (const text of texts) counted.add(text);
	return counted;
}

/**
 * Page counts per word, one page's text at a time: the build counts each page as its record
 * goes to Pagefind, so it never holds the text of every page at once (that grew with the site).
 */
export class WordCounts {
	/** Per word, the pages that contain it (in the order words were first seen). */
	readonly counts = new Map<string, number>();
	/** Pages added. */
	pages = 0;

	/** Counts the words of one page's folded index text. */
	add(text: string): void {
		this.pages += 1;
		for (const word of new Set(text.split(/[\s.,;:!?()[\]{}"'«»،؛؟]+/))) {
			// Numbers stay ("72 ساعت"); one letter matches too much to be worth a look-up.
			if (word.length < 2 && !/^\d$/.test(word)) continue;
			this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
		}
	}
}

/**
 * Builds a language's understanding data from the index texts, the shipped base data and
 * the editors' synonym groups.
 * @param lang page language (`fa`, `ar`, `en` …)
 * @param texts folded index text of every page in that language, or its words already counted page by page
 * @param editorGroups synonym groups from the `synonyms` collection for that language
 */
export function buildUnderstanding(lang: string, texts: readonly string[] | WordCounts, editorGroups: readonly (readonly string[])[] = []): UnderstandingData {
	const { counts, pages } = texts instanceof WordCounts ? texts : countPages(texts);
	const kept = [...counts].sort(([, a], [, b]) => b - a).slice(0, MAX_VOCABULARY);
	// Sorted by word, which gzips better than by frequency.
	const vocabulary = kept
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([word, count]) => `${word}:${count}`)
		.join(' ');
	const stop = [
		...new Set(
			base<string[]>(stopwords, lang, [])
				.flatMap((word) => foldTerm(word, lang).split(' '))
				.filter(Boolean),
		),
	];
	const spoken = base<{ words: Record<string, string>; rules: [string, string][] }>(colloquial, lang, { words: {}, rules: [] });
	const words: Record<string, string> = {};
	for (const [from, to] of Object.entries(spoken.words)) {
		const key = foldTerm(from, lang);
		if (key) words[key] = foldTerm(to, lang);
	}
	// Patterns are regular expressions: fold their letters only (punctuation is syntax).
	const rules = spoken.rules.map(([pattern, replacement]) => [stripMarks(foldLetters(pattern.normalize('NFKC'))), stripMarks(foldLetters(replacement.normalize('NFKC')))] as [string, string]);
	const folded = [...base<string[][]>(synonyms, lang, []), ...editorGroups].map((group) => [...new Set(group.map((term) => foldTerm(term, lang)).filter(Boolean))]).filter((group) => group.length > 1);
	const data: UnderstandingData = { lang, pages, vocabulary, complete: kept.length === counts.size, stop, words, rules, synonyms: [] };
	data.synonyms = shippedGroups(folded, data);
	return data;
}

/**
 * The synonym groups worth shipping: those with at least one term the index knows (as the
 * query side judges it, prefixes included). The base lexicon is a few hundred groups per
 * language and most name things a given site never writes about; a group with no indexed
 * term can never add a searchable term, so it would only cost bytes on the first search.
 * Terms the index does not know stay in a kept group: they are how customers name it
 * (reimbursement → refund).
 */
export function shippedGroups(groups: readonly string[][], data: UnderstandingData): string[][] {
	const lex = lexicon({ ...data, synonyms: [] });
	return groups.filter((group) => group.some((term) => term.split(' ').every((word) => knows(lex, word))));
}
