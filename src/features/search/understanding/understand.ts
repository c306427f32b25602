/**
 * Query understanding: turns what a customer typed into, per meaningful word, the
 * indexed terms that may stand for it. Rules over-generate and the index vocabulary
 * decides: a written form, stem, synonym or correction is only used if the index knows
 * it. Pure; src/features/search/understanding/pipeline.ts runs the searches.
 */
import { expandQuery } from '../normalize.ts';
import type { UnderstandingData } from './resources.ts';
import { stemsOf } from './stem.ts';
import { correctWord } from './typo.ts';

/** How a term was reached from the typed word; also its weight in ranking. */
export type AlternativeKind = 'typed' | 'written' | 'stem' | 'synonym' | 'correction';

/**
 * Ranking weight per kind: the customer's own word counts most. A written form derived
 * from a spoken or dialect one (نیومده → نیامده, by the word list or the rewrite rules) is
 * a reading of the word, not the word: it weighs a little less than a word typed as the
 * index spells it, so a page matching what was typed outranks one matching only a reading,
 * and more than a stem, which drops part of what was typed.
 */
export const KIND_WEIGHT: Readonly<Record<AlternativeKind, number>> = { typed: 1, written: 0.9, stem: 0.85, synonym: 0.75, correction: 0.75 };

/**
 * Most synonyms searched per query word, the most frequent in the index first. Each
 * searched term may pull another Pagefind index chunk on the first search (a few KB
 * each), and a word with many synonyms in a large lexicon would otherwise search them all.
 */
export const MAX_SYNONYMS = 3;

/** Share of pages from which a word is common enough to search without its synonyms. */
export const COMMON_SHARE = 0.25;

/** Pages a rule-derived form (written form, stem) must be on to be searched beside others. */
export const MIN_DERIVED_PAGES = 2;

/** Weight of a question word or filler that a page happens to contain (کجاست in «سفارش من کجاست؟»). */
export const OPTIONAL_WEIGHT = 0.3;

/** One indexed term (one or more words, all required) that may stand for a query word. */
export interface Alternative {
	term: string;
	kind: AlternativeKind;
}

/** A meaningful part of the query: one word, or a phrase a synonym group names. */
export interface QueryUnit {
	/** The folded words as typed. */
	source: string;
	alternatives: Alternative[];
	/** A question word or filler: matched if present, never required. */
	optional: boolean;
	/** The word this unit was corrected to, when it was a typo. */
	correction?: string;
}

/** A query as understood. */
export interface Understood {
	units: QueryUnit[];
	/** The query with typos corrected, when any were; for "Showing results for …". */
	corrected?: string;
}

/** Query-time view of {@link UnderstandingData}: parsed once per language. */
export interface Lexicon {
	lang: string;
	/** Whether the vocabulary lists every indexed word; if not, unknown words are searched as typed too. */
	complete: boolean;
	pages: number;
	vocabulary: Map<string, number>;
	/** The vocabulary sorted, for prefix look-ups. */
	sorted: string[];
	stop: Set<string>;
	words: Map<string, string>;
	rules: [RegExp, string][];
	/** Term → indexes of the synonym groups it belongs to. */
	groupsOf: Map<string, number[]>;
	groups: string[][];
	/** Longest synonym term, in words. */
	longest: number;
	/**
	 * Present while the vocabulary arrives part by part (see {@link partOf}): the parts the
	 * site has, those loaded, and those a look-up needed but found missing.
	 */
	parts?: { all: ReadonlySet<string>; loaded: Set<string>; wanted: Set<string> };
	/** Fetches one vocabulary part's text (`word:count` pairs); set when {@link parts} is. */
	loadPart?: (key: string) => Promise<string>;
}

/**
 * The vocabulary part a word is in: its first letter's code point in hex. A word's look-ups
 * (the word itself, and words it starts, as Pagefind matches prefixes) stay in its part, so
 * a first search fetches only the parts of the words it reads instead of the whole
 * vocabulary; only typo correction, which may change the first letter, needs every part.
 */
export function partOf(word: string): string {
	return (word.codePointAt(0) ?? 0).toString(16);
}

/**
 * The file name, under `/pagefind/`, of a language's understanding data, or of one of its
 * vocabulary parts: the one place the build and the browser agree on it.
 */
export function understandingFile(lang: string, part?: string): string {
	return part === undefined ? `understanding.${lang}.json` : `understanding.${lang}.${part}.json`;
}

function parseVocabulary(text: string, into: Map<string, number>): void {
	for (const pair of text.split(' ')) {
		const colon = pair.lastIndexOf(':');
		if (colon > 0) into.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
	}
}

/**
 * Parses the data file fetched with the first search. When the file lists vocabulary
 * `parts` instead of the whole vocabulary, `loadPart` fetches one (see {@link loadWantedParts}).
 */
export function lexicon(data: UnderstandingData, loadPart?: (key: string) => Promise<string>): Lexicon {
	const vocabulary = new Map<string, number>();
	parseVocabulary(data.vocabulary, vocabulary);
	const groupsOf = new Map<string, number[]>();
	let longest = 1;
	data.synonyms.forEach((group, index) => {
		for (const term of group) {
			(groupsOf.get(term) ?? groupsOf.set(term, []).get(term)!).push(index);
			longest = Math.max(longest, term.split(' ').length);
		}
	});
	return {
		lang: data.lang,
		complete: data.complete !== false,
		pages: data.pages,
		vocabulary,
		sorted: [...vocabulary.keys()].sort(),
		stop: new Set(data.stop),
		words: new Map(Object.entries(data.words)),
		rules: data.rules.map(([pattern, replacement]) => [new RegExp(pattern, 'u'), replacement]),
		groupsOf,
		groups: data.synonyms,
		longest,
		...(data.parts ? { parts: { all: new Set(data.parts), loaded: new Set<string>(), wanted: new Set<string>() } } : {}),
		...(data.parts && loadPart ? { loadPart } : {}),
	};
}

/**
 * Adds one vocabulary part to a lexicon loaded part by part. Answers computed before it
 * was there are forgotten, since a word's alternatives may change with it.
 */
export function addVocabularyPart(lex: Lexicon, key: string, text: string): void {
	if (!lex.parts || lex.parts.loaded.has(key)) return;
	parseVocabulary(text, lex.vocabulary);
	lex.parts.loaded.add(key);
	lex.parts.wanted.delete(key);
	lex.sorted = [...lex.vocabulary.keys()].sort();
	wordCache.delete(lex);
}

/** Marks a word's part as needed when it is not loaded yet. */
function need(lex: Lexicon, word: string): void {
	const parts = lex.parts;
	if (!parts) return;
	const key = partOf(word);
	if (parts.all.has(key) && !parts.loaded.has(key)) parts.wanted.add(key);
}

/** Marks every part not loaded yet as needed (typo correction reads the whole vocabulary). */
function needAll(lex: Lexicon): void {
	const parts = lex.parts;
	if (!parts) return;
	for (const key of parts.all) if (!parts.loaded.has(key)) parts.wanted.add(key);
}

// Parts being fetched, per lexicon, so two searches typed in quick succession fetch each once.
const partsPending = new WeakMap<Lexicon, Map<string, Promise<void>>>();

/**
 * Loads the vocabulary parts that understanding `query` reads, round by round (a word's
 * part, then those of the forms and synonyms it leads to), until a reading of the query
 * finds none missing; afterwards {@link understand} answers exactly as with the whole
 * vocabulary. A part that cannot be fetched counts as empty (search goes on with less).
 */
export async function loadWantedParts(lex: Lexicon, query: string, options: { correct?: boolean } = {}): Promise<void> {
	const { parts, loadPart } = lex;
	if (!parts || !loadPart) return;
	let pending = partsPending.get(lex);
	if (!pending) partsPending.set(lex, (pending = new Map()));
	const fetching = pending;
	for (;;) {
		parts.wanted.clear();
		understand(query, lex, options);
		const wanted = [...parts.wanted];
		if (!wanted.length) return;
		await Promise.all(
			wanted.map((key) => {
				let load = fetching.get(key);
				if (!load) {
					load = loadPart(key)
						.catch((cause: unknown) => {
							console.error(new Error(`Search: vocabulary part ${key} unavailable`, { cause }));
							return '';
						})
						.then((text) => addVocabularyPart(lex, key, text));
					fetching.set(key, load);
				}
				return load;
			}),
		);
	}
}

// Shortest word that may match as the start of indexed words (Pagefind matches prefixes).
const MIN_PREFIX = 3;

/** Index of the first word in `sorted` that is not before `word` (binary search). */
function firstAtOrAfter(sorted: readonly string[], word: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (sorted[mid]! < word) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * Whether the index knows a word: as a whole word, or (from three letters) as the start
 * of one, which is how Pagefind matches it.
 */
export function knows(lex: Lexicon, word: string): boolean {
	need(lex, word);
	if (lex.vocabulary.has(word)) return true;
	if (word.length < MIN_PREFIX) return false;
	const low = firstAtOrAfter(lex.sorted, word);
	return lex.sorted[low]?.startsWith(word) ?? false;
}

function knowsAll(lex: Lexicon, term: string): boolean {
	return term.split(' ').every((word) => knows(lex, word));
}

/**
 * Pages that contain a word, as Pagefind matches it: the word itself, or failing that
 * the most frequent indexed word it starts. 0 when the index does not know it.
 */
export function wordFrequency(lex: Lexicon, word: string): number {
	need(lex, word);
	const exact = lex.vocabulary.get(word);
	if (exact !== undefined) return exact;
	if (word.length < MIN_PREFIX) return 0;
	const low = firstAtOrAfter(lex.sorted, word);
	let most = 0;
	for (let i = low; i < lex.sorted.length && lex.sorted[i]!.startsWith(word); i++) most = Math.max(most, lex.vocabulary.get(lex.sorted[i]!) ?? 0);
	return most;
}

/** Pages a term may match: its rarest word's frequency (every word is required). */
export function termFrequency(lex: Lexicon, term: string): number {
	return Math.min(...term.split(' ').map((word) => wordFrequency(lex, word)));
}

/** Written forms of a spoken word by the rewrite rules: each rule once, and two in a row. */
export function rewrites(lex: Lexicon, word: string): string[] {
	const out = new Set<string>();
	const once = (w: string) => lex.rules.map(([pattern, replacement]) => w.replace(pattern, replacement)).filter((r) => r !== w && r.length >= 2);
	for (const first of once(word)) {
		out.add(first);
		for (const second of once(first)) out.add(second);
	}
	out.delete(word);
	return [...out];
}

/**
 * The indexed forms that may stand for one word: the word itself, its written forms,
 * their stems; failing all of those, the nearest correction of any of them.
 */
export function wordAlternatives(lex: Lexicon, word: string, correct = true): { alternatives: Alternative[]; correction?: string } {
	// Each keystroke reads every word of the query again (and a phrase look-up reads some
	// twice); the answer for a word never changes while the lexicon lives.
	let cache = wordCache.get(lex);
	if (!cache) wordCache.set(lex, (cache = new Map()));
	const key = `${correct ? 1 : 0}${word}`;
	let known = cache.get(key);
	if (!known) {
		known = computeAlternatives(lex, word, correct);
		if (cache.size >= MAX_CACHED_WORDS) cache.delete(cache.keys().next().value!);
		cache.set(key, known);
	}
	return { alternatives: known.alternatives.map((a) => ({ ...a })), ...(known.correction ? { correction: known.correction } : {}) };
}

// Words whose alternatives are remembered per lexicon: far more than a reading session types.
const MAX_CACHED_WORDS = 1000;
const wordCache = new WeakMap<Lexicon, Map<string, { alternatives: Alternative[]; correction?: string }>>();

function computeAlternatives(lex: Lexicon, word: string, correct: boolean): { alternatives: Alternative[]; correction?: string } {
	const found = new Map<string, AlternativeKind>();
	const add = (term: string, kind: AlternativeKind) => {
		if (term && !found.has(term) && knowsAll(lex, term)) found.set(term, kind);
	};
	add(word, 'typed');
	const written = rewrites(lex, word);
	for (const form of written) add(form, 'written');
	for (const form of [word, ...written]) for (const stem of stemsOf(form, lex.lang)) add(stem, 'stem');
	if (found.size > 0 || !correct) {
		const alternatives = [...found].map(([term, kind]) => ({ term, kind }));
		// A form the rules derived that only one page has is more often an accident of a rule
		// (الطلب → لطلب) than the customer's word, and each searched term may cost an index
		// chunk on the first search: kept only when nothing more frequent stands for the word.
		const frequent = alternatives.filter((a) => a.kind === 'typed' || termFrequency(lex, a.term) >= MIN_DERIVED_PAGES);
		return { alternatives: frequent.length ? frequent : alternatives };
	}
	// Loading part by part, a word not found may only be in a part still to come: correcting
	// it now would fetch every part for a word that may be no typo (the next round decides).
	if (lex.parts?.wanted.size) return { alternatives: [] };
	// A capped vocabulary does not list rare words: search the word as typed as well.
	const asTyped: Alternative[] = lex.complete ? [] : [{ term: word, kind: 'typed' }];
	// Stems are corrected only from five letters: one edit away from a three- or
	// four-letter stem is almost any short word (بنفش → بنف → برف).
	needAll(lex);
	for (const form of [word, ...stemsOf(word, lex.lang).filter((stem) => [...stem].length >= 5)]) {
		const correction = correctWord(form, lex.vocabulary);
		if (correction) return { alternatives: [...asTyped, { term: correction, kind: 'correction' }], correction };
	}
	return { alternatives: asTyped };
}

/**
 * Adds the members of every synonym group the word names. Stems do not name groups: a
 * stem is often another word (نرسید → رسید "arrived", which is also رسید "receipt").
 */
function withSynonyms(lex: Lexicon, alternatives: Alternative[], extraTerms: readonly string[] = []): Alternative[] {
	const seen = new Set(alternatives.map((a) => a.term));
	const found: { term: string; frequency: number }[] = [];
	for (const term of [...extraTerms, ...alternatives.filter((a) => a.kind !== 'stem').map((a) => a.term)]) {
		for (const index of lex.groupsOf.get(term) ?? []) {
			for (const member of lex.groups[index] ?? []) {
				if (seen.has(member)) continue;
				seen.add(member);
				const frequency = termFrequency(lex, member);
				if (frequency > 0) found.push({ term: member, frequency });
			}
		}
	}
	// The most frequent first (stable: ties keep the lexicon's order, its main terms first).
	found.sort((a, b) => b.frequency - a.frequency);
	return [...alternatives, ...found.slice(0, MAX_SYNONYMS).map(({ term }) => ({ term, kind: 'synonym' as const }))];
}

/**
 * Understands a query: folds it as the index was folded, replaces spoken and dialect
 * words, marks question words and fillers optional, joins phrases a synonym group names,
 * and lists for every remaining word the indexed terms that may stand for it.
 */
export function understand(query: string, lex: Lexicon, options: { correct?: boolean } = {}): Understood {
	// Spoken and dialect words first (a replacement may be several words or none).
	const words: string[] = [];
	// Words that came from the spoken-word list rather than from the customer's keyboard.
	const derived = new Set<number>();
	for (const typed of expandQuery(query, { lang: lex.lang }).split(' ').filter(Boolean)) {
		const written = lex.words.get(typed);
		if (written === undefined) words.push(typed);
		else
			for (const word of written.split(' ').filter(Boolean)) {
				if (word !== typed) derived.add(words.length);
				words.push(word);
			}
	}
	const units: QueryUnit[] = [];
	let corrected = false;
	for (let i = 0; i < words.length; ) {
		// The longest run of words that a synonym group names, as typed or by the first
		// known form of each word (کد تخفیفم → کد تخفیف).
		let phrase: { length: number; term: string } | undefined;
		for (let n = Math.min(lex.longest, words.length - i); n >= 2 && !phrase; n--) {
			const run = words.slice(i, i + n);
			const plain = run.join(' ');
			if (lex.groupsOf.has(plain)) phrase = { length: n, term: plain };
			else {
				const known = run.map((w) => wordAlternatives(lex, w).alternatives[0]?.term ?? w).join(' ');
				if (lex.groupsOf.has(known)) phrase = { length: n, term: known };
			}
		}
		if (phrase) {
			const source = words.slice(i, i + phrase.length).join(' ');
			const base: Alternative[] = knowsAll(lex, phrase.term) ? [{ term: phrase.term, kind: 'typed' }] : [];
			units.push({ source, alternatives: withSynonyms(lex, base, [phrase.term]), optional: false });
			i += phrase.length;
			continue;
		}
		const word = words[i]!;
		const fromList = derived.has(i);
		i++;
		// A filler is never "corrected" into a content word.
		const optional = lex.stop.has(word);
		const found = wordAlternatives(lex, word, !optional && options.correct !== false);
		const { correction } = found;
		// A word the spoken-word list supplied is a reading of what was typed: it weighs as one.
		const alternatives = fromList ? found.alternatives.map((a) => (a.kind === 'typed' ? { ...a, kind: 'written' as const } : a)) : found.alternatives;
		if (correction) corrected = true;
		// The typed word and its written forms name synonym groups even when the index
		// knows none of them (reimbursement → refund).
		const names = [word, ...rewrites(lex, word)];
		// A word a quarter of the pages or more already contain gains little from synonyms:
		// they could never rank above it (a synonym is never rarer than the typed word, see
		// pipeline.ts), and each is one more term, maybe one more index chunk, to fetch.
		const common = alternatives.some((a) => a.kind !== 'correction' && termFrequency(lex, a.term) >= lex.pages * COMMON_SHARE);
		// Loading part by part, whether the word is common is only known once its own part is
		// here: its synonyms (and their parts) wait for the next round.
		const provisional = (lex.parts?.wanted.size ?? 0) > 0;
		units.push({ source: word, alternatives: optional || common || provisional ? alternatives : withSynonyms(lex, alternatives, names), optional, ...(correction ? { correction } : {}) });
	}
	// Fillers only count when the query has nothing else.
	if (units.every((unit) => unit.optional)) for (const unit of units) unit.optional = false;
	// A filler only adds a little to pages that match already: searched as typed, never as
	// the translation of a dialect filler (شلون → كيف), which would be one more term to fetch.
	else for (const unit of units) if (unit.optional) unit.alternatives = unit.alternatives.filter((a) => a.kind === 'typed');
	return { units, ...(corrected ? { corrected: units.map((unit) => unit.correction ?? unit.source).join(' ') } : {}) };
}
