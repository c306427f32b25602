/**
 * The query side of search, shared by the browser (src/features/search/browser/engine.ts) and the
 * recall bench (scripts/search-recall.mjs), so the bench measures exactly what a reader
 * gets. Free of DOM and Node APIs: it is handed a Pagefind instance and, once loaded, the
 * language's lexicon (src/features/search/understanding/resources.ts).
 *
 * Pagefind requires every query word on a page. Customers' words rarely all appear, so
 * each meaningful word is searched on its own (as every indexed form that may stand for
 * it) and pages are ranked by how many query words they contain, rare words counting
 * more: a page with every word still comes first, and a query with an answer never
 * comes back empty because one word is missing from it.
 */
import { expandQuery, normalizeForSearch } from '../normalize.ts';
import { KIND_WEIGHT, loadWantedParts, OPTIONAL_WEIGHT, termFrequency, understand, type Lexicon, type QueryUnit, type Understood } from './understand.ts';

/** The part of a Pagefind result the pipeline needs. */
export interface PagefindResultLike {
	id: string;
	score: number;
	data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

/** The part of Pagefind's module the pipeline needs. */
export interface PagefindLike {
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResultLike[] } | null>;
}

/** What a search returned, and how the query was understood. */
export interface PipelineOutcome {
	results: PagefindResultLike[];
	/** The terms handed to Pagefind. */
	terms: string[];
	/** How the query was read, when a lexicon was available. */
	understood?: Understood;
}

/** Options of {@link searchQuery}. */
export interface SearchQueryOptions {
	/** UI language (the index's language). */
	lang: string;
	/** Active Pagefind filters. */
	filters?: Record<string, string>;
	/** The language's lexicon; without it the query is only folded (the pre-understanding search). */
	lexicon?: Lexicon;
	/** Search the words as typed: no typo correction (the "search instead for" link). */
	exact?: boolean;
	/** The time notices are judged against (ms since the epoch); defaults to now. */
	now?: number;
	/** How many of the first results to re-rank (their data is fetched); the caller shows at least these. */
	rerank?: number;
}

// How much Pagefind's own score (term frequency, position) adds within a coverage tier.
const TIE_BREAK = 0.05;
/**
 * How many of the first results are re-ranked by where the words matched: the search page
 * shows this many first (src/features/search/browser/engine.ts), so reading their title and
 * summary costs no extra request. Five, not ten: each is a fragment fetched by the first
 * search, whose bytes are budgeted (`npm run bench`, first search).
 */
export const RERANK = 5;
// Share of a word's value added when it is in the page's title or summary, not only its body.
const TITLE_BONUS = 0.5;
// A notice in force that started recently answers "why is my order late" before the
// evergreen article does (see the re-ranking in searchQuery).
const FRESH_DAYS = 30;

/**
 * Whether a result is a notice in force at `now` that started within the last
 * {@link FRESH_DAYS} days (its window is in the record's meta, see search-records.ts).
 */
export function isFreshActiveNotice(meta: Record<string, string>, now: number): boolean {
	if (meta.type !== 'notice' || !meta.from) return false;
	const from = Date.parse(meta.from);
	const until = meta.until ? Date.parse(meta.until) : Infinity;
	return from <= now && now <= until && now - from <= FRESH_DAYS * 86_400_000;
}

/** Whether folded `text` has a word starting with each word of `term` (as Pagefind matches). */
export function containsTerm(text: string, term: string): boolean {
	const words = text.split(' ');
	return term.split(' ').every((part) => words.some((word) => word.startsWith(part)));
}

// Term searches remembered per Pagefind instance, across queries: about 20 keystrokes' worth.
const MAX_REMEMBERED = 200;
const remembered = new WeakMap<PagefindLike, Map<string, Promise<PagefindResultLike[]>>>();

/**
 * The searches already run on one Pagefind instance, by filters and term. Each keystroke
 * searches every word of the query again, and under a 4× slower CPU a Pagefind search
 * costs a few milliseconds per term: remembering them keeps a keystroke's search to the
 * word being typed (the index never changes while the page is open).
 */
function searchesOf(pagefind: PagefindLike): Map<string, Promise<PagefindResultLike[]>> {
	let searches = remembered.get(pagefind);
	if (!searches) remembered.set(pagefind, (searches = new Map()));
	return searches;
}

// Pages' data read per Pagefind instance, across queries (the search page shows ten).
const MAX_PAGES_READ = 100;
const pagesRead = new WeakMap<PagefindLike, Map<string, ReturnType<PagefindResultLike['data']>>>();

/**
 * Wraps a result so its data is read once, however often and by however many queries:
 * each keystroke re-ranks mostly the same ten pages, and Pagefind rebuilds a page's data
 * (excerpt regions included, which the search page does not use) on every read.
 */
function memo(pagefind: PagefindLike, result: PagefindResultLike): PagefindResultLike {
	let read = pagesRead.get(pagefind);
	if (!read) pagesRead.set(pagefind, (read = new Map()));
	const cache = read;
	return {
		id: result.id,
		score: result.score,
		data: () => {
			let data = cache.get(result.id);
			if (!data) {
				data = result.data();
				data.catch(() => cache.delete(result.id));
				if (cache.size >= MAX_PAGES_READ) cache.delete(cache.keys().next().value!);
				cache.set(result.id, data);
			}
			return data;
		},
	};
}

/**
 * Share of the pages from which a word is left out of a query that has a rarer word. A
 * word most pages contain tells them apart hardly at all (Lucene's BM25 weight for a word
 * on 94% of the pages is 0.06, against 0.4 at 67% and 5 or more for a word on a few
 * pages), and each searched word costs Pagefind's index chunk holding it: on a large site
 * at least 20,000 postings, 20–30 KB, the largest part of a first search after Pagefind's
 * own code. `npm run bench` (first search) and scripts/search-recall.mjs measure both sides.
 */
export const UBIQUITOUS_SHARE = 0.8;

/**
 * The units worth searching: every unit but the required words that, as typed (or in
 * their written form), are on at least {@link UBIQUITOUS_SHARE} of the pages, as long as a
 * required word less common than they are, and known to the vocabulary, is searched (a
 * query of common words alone keeps its rarest word; a word the vocabulary does not know
 * leaves every word in).
 */
export function withoutUbiquitous(units: readonly QueryUnit[], lex: Lexicon): QueryUnit[] {
	// Judged by the word as typed (or its written form), not by a stem, which is often far
	// more common than the word (سفارشمو is on few pages, its stem سفارش on most).
	const frequency = (unit: QueryUnit) => {
		const own = unit.alternatives.filter((alternative) => alternative.kind === 'typed' || alternative.kind === 'written');
		return Math.max(0, ...(own.length ? own : unit.alternatives).map((alternative) => termFrequency(lex, alternative.term)));
	};
	const limit = Math.max(lex.pages, 1) * UBIQUITOUS_SHARE;
	// Only a word the vocabulary knows can stand in for the common ones: a word it does not
	// know (a typo with no correction, half a word, a word no page uses) may find nothing,
	// and the common words left out would have found the answer.
	const known = units.filter((unit) => !unit.optional && frequency(unit) > 0);
	if (known.length < 2) return [...units];
	const rarest = known.reduce((best, unit) => (frequency(unit) < frequency(best) ? unit : best));
	return units.filter((unit) => unit.optional || unit === rarest || frequency(unit) < limit);
}

/**
 * Runs one query through understanding and Pagefind, best result first.
 * @param pagefind the page language's Pagefind module
 * @param query what the reader typed
 */
export async function searchQuery(pagefind: PagefindLike, query: string, options: SearchQueryOptions): Promise<PipelineOutcome> {
	const filters = options.filters ?? {};
	if (!options.lexicon) {
		const term = expandQuery(query, { lang: options.lang });
		if (!term) return { results: [], terms: [] };
		const search = await pagefind.search(term, { filters });
		return { results: search?.results ?? [], terms: [term] };
	}
	// A lexicon loaded part by part first fetches the vocabulary this query reads.
	await loadWantedParts(options.lexicon, query, { correct: !options.exact });
	const understood = understand(query, options.lexicon, { correct: !options.exact });
	// Fillers are searched too, but only add a little to pages that already match.
	const units = withoutUbiquitous(
		understood.units.filter((unit) => unit.alternatives.length > 0),
		options.lexicon,
	);
	const cache = new Map<string, Promise<PagefindResultLike[]>>();
	const searched = searchesOf(pagefind);
	const filterKey = JSON.stringify(Object.entries(filters).sort());
	const run = (term: string) => {
		let pending = cache.get(term);
		if (!pending) {
			// Typing one more letter changes one word: the others' searches are reused.
			const key = `${filterKey}\u0000${term}`;
			pending = searched.get(key);
			if (!pending) {
				pending = pagefind.search(term, { filters }).then((search) => search?.results ?? []);
				pending.catch(() => searched.delete(key));
				searched.set(key, pending);
				if (searched.size > MAX_REMEMBERED) searched.delete(searched.keys().next().value!);
			}
			cache.set(term, pending);
		}
		return pending;
	};
	// Every term at once: index chunks and filter files load in parallel, not word by word.
	await Promise.all(units.flatMap((unit) => unit.alternatives.map((alternative) => run(alternative.term))));
	const pages = Math.max(options.lexicon.pages, 1);
	const scores = new Map<string, { result: PagefindResultLike; score: number; byUnit: Map<number, number> }>();
	for (const [unitIndex, unit] of units.entries()) {
		// Per page, the best way this word matched it: the form's weight × its rarity. A
		// synonym is never rarer than the word the customer typed (or its written forms
		// and stems), or a rare synonym would outweigh the typed word.
		const best = new Map<string, { result: PagefindResultLike; value: number }>();
		const found = await Promise.all(unit.alternatives.map(async (alternative) => ({ alternative, results: await run(alternative.term) })));
		const own = new Set(found.filter(({ alternative }) => alternative.kind !== 'synonym').flatMap(({ results }) => results.map((result) => result.id)));
		const ceiling = own.size ? Math.log(1 + pages / own.size) : Infinity;
		for (const { alternative, results } of found) {
			if (!results.length) continue;
			const rarity = Math.min(Math.log(1 + pages / results.length), ceiling);
			const top = Math.max(...results.map((r) => r.score), 1e-9);
			for (const result of results) {
				const value = (unit.optional ? OPTIONAL_WEIGHT : 1) * KIND_WEIGHT[alternative.kind] * rarity * (1 + TIE_BREAK * (result.score / top));
				const previous = best.get(result.id);
				if (!previous || previous.value < value) best.set(result.id, { result, value });
			}
		}
		for (const [id, { result, value }] of best) {
			const entry = scores.get(id) ?? scores.set(id, { result: memo(pagefind, result), score: 0, byUnit: new Map() }).get(id)!;
			entry.score += value;
			entry.byUnit.set(unitIndex, value);
		}
	}
	// A page matched only by fillers is no answer.
	const required = new Set<string>();
	for (const unit of units) if (!unit.optional) for (const alternative of unit.alternatives) for (const result of await run(alternative.term)) required.add(result.id);
	const ranked = [...scores]
		.filter(([id]) => required.has(id))
		.map(([, entry]) => entry)
		.sort((a, b) => b.score - a.score);
	// Title and summary matches above body matches: a word found in the page's title or
	// summary adds half its value again. Then fresh notices in force go up.
	const head = ranked.slice(0, options.rerank ?? RERANK);
	const requiredUnits = [...units.keys()].filter((index) => !units[index]!.optional);
	const notices = new Set<(typeof head)[number]>();
	const now = options.now ?? Date.now();
	await Promise.all(
		head.map(async (entry) => {
			const { meta } = await entry.result.data();
			const heading = normalizeForSearch(`${meta.title ?? ''} ${meta.summary ?? ''}`);
			const inHeading = new Set<number>();
			for (const [unitIndex, value] of entry.byUnit) {
				if (!units[unitIndex]!.alternatives.some((alternative) => containsTerm(heading, alternative.term))) continue;
				entry.score += TITLE_BONUS * value;
				inHeading.add(unitIndex);
			}
			// Only a notice whose title or summary names every meaningful word is about what
			// was asked: one that mentions the wallet as a workaround does not answer "wallet".
			if (isFreshActiveNotice(meta, now) && requiredUnits.length > 0 && requiredUnits.every((index) => inHeading.has(index))) notices.add(entry);
		}),
	);
	head.sort((a, b) => b.score - a.score);
	// The best such notice goes first; one only, so the answers below it stay in view.
	const notice = head.find((entry) => notices.has(entry));
	if (notice) head.splice(0, 0, ...head.splice(head.indexOf(notice), 1));
	const results = [...head, ...ranked.slice(RERANK)].map((entry) => entry.result);
	return { results, terms: [...cache.keys()], understood };
}
