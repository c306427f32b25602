/**
 * Pagefind, loaded from the built site (`/pagefind/pagefind.js`, which picks the index of
 * the page's `<html lang>`), queried with the same folding the index was built with.
 */
import { RERANK, searchQuery, type PagefindLike } from '../understanding/pipeline';
import type { UnderstandingData } from '../understanding/resources';
import { lexicon, understandingFile, type Lexicon, type Understood } from '../understanding/understand';
import type { SearchType } from '../search-records';

/** A result as the UI shows it: the author's text, never the folded index text. */
export interface Hit {
	url: string;
	title: string;
	summary: string;
	text: string;
	type: SearchType;
	category?: string;
}

/** What one search returns: the total count, the first results' data, and how the query was read. */
export interface SearchOutcome {
	total: number;
	hits: Hit[];
	understood?: Understood;
}

/** Filters a search can apply (Pagefind filter names). */
export interface SearchFilters {
	type?: string;
	category?: string;
}

interface Pagefind extends PagefindLike {
	options(options: Record<string, unknown>): Promise<void>;
}

/** The search page's first page of results; re-ranking never reaches past it. */
export const FIRST_PAGE = RERANK;

let pagefind: Promise<Pagefind> | undefined;
const lexicons = new Map<string, Promise<Lexicon | undefined>>();

/**
 * The page language's lexicon (spoken forms, synonyms; the vocabulary part by part as
 * queries read it), fetched with the first search and in parallel with Pagefind. Search still works on folded words alone
 * if it cannot be loaded.
 */
function lexiconFor(lang: string): Promise<Lexicon | undefined> {
	let pending = lexicons.get(lang);
	if (!pending) {
		const url = (part?: string) => new URL(`/pagefind/${understandingFile(lang, part)}`, location.href);
		// A vocabulary part is fetched when a query first reads a word of its letter.
		const loadPart = async (part: string): Promise<string> => {
			const response = await fetch(url(part));
			if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
			return (await response.json()) as string;
		};
		pending = fetch(url())
			.then((response) => (response.ok ? (response.json() as Promise<UnderstandingData>) : undefined))
			.then((data) => (data ? lexicon(data, loadPart) : undefined))
			.catch((cause: unknown) => {
				console.error(new Error('Search: query understanding unavailable', { cause }));
				return undefined;
			});
		lexicons.set(lang, pending);
	}
	return pending;
}

function engine(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = new URL('/pagefind/pagefind.js', location.href).href;
		const module = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Main thread, not Pagefind's worker: the worker script would be a second ~13 KB
		// download for indexes this small, and the first search must stay light.
		await module.options({ excerptLength: 0, noWorker: true });
		return module;
	})();
	return pagefind;
}

/**
 * Searches the page language's index. Empty queries return no results; `limit` results
 * from `offset` on are loaded in full (each is one small fragment request). `exact` searches
 * the words as typed, without typo correction (the "search instead for" link).
 */
export async function runSearch(query: string, filters: SearchFilters, limit: number, offset = 0, exact = false): Promise<SearchOutcome> {
	const lang = document.documentElement.lang;
	const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
	const [module, lex] = await Promise.all([engine(), lexiconFor(lang)]);
	// Re-rank only what the first page shows (each re-ranked result costs its data fetch), and
	// the same window for "show more", so later pages neither repeat nor skip a result.
	const { results, understood } = await searchQuery(module, query, { lang, filters: active, lexicon: lex, exact, rerank: Math.min(offset + limit, FIRST_PAGE) });
	const hits = await Promise.all(
		results.slice(offset, offset + limit).map(async (result) => {
			const data = await result.data();
			return {
				url: data.url,
				title: data.meta.title ?? data.url,
				summary: data.meta.summary ?? '',
				text: data.meta.text ?? '',
				type: (data.meta.type ?? 'article') as SearchType,
				category: data.filters.category?.[0],
			};
		}),
	);
	return { total: results.length, hits, ...(understood ? { understood } : {}) };
}
