/**
 * The query side of search, shared by the browser (src/scripts/search/engine.ts) and the
 * recall bench (scripts/search-recall.mjs), so the bench measures exactly what a reader
 * gets. Free of DOM and Node APIs: it is handed a Pagefind instance.
 */
import { expandQuery } from '../lib/normalize.ts';

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
	/** The term handed to Pagefind. */
	term: string;
}

/**
 * Runs one query: folds it the way the index was folded, then searches.
 * @param pagefind the page language's Pagefind module
 * @param query what the reader typed
 * @param options the UI language and the active filters
 */
export async function searchQuery(pagefind: PagefindLike, query: string, options: { lang: string; filters?: Record<string, string> }): Promise<PipelineOutcome> {
	const term = expandQuery(query, { lang: options.lang });
	if (!term) return { results: [], term };
	const search = await pagefind.search(term, { filters: options.filters ?? {} });
	return { results: search?.results ?? [], term };
}
