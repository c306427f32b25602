import { type OpenDraft, withOpenDrafts } from '../open-drafts';
import type { ControlProps } from './types';

/**
 * Every entry of a collection, listed the way Decap's relation widgets list them: through the
 * `query` Decap hands each widget's control (its search over the collection, which reads the
 * backend). Rules that span files (cms/article-claims.ts) run when the entry is saved, where
 * Decap passes no such function, so a control on the form (the article's `ref` widget)
 * leaves it here when it mounts.
 */

type Query = NonNullable<ControlProps['query']>;

let feed: { forID: string; query: Query } | undefined;
let drafts: (() => Promise<OpenDraft[]>) | undefined;

/**
 * Lists the editorial workflow's open drafts with the published entries from now on
 * (cms.ts passes workflow-entries.ts's `openDrafts`): a new article's number must be free
 * among the drafts too, or two drafts would both take the next one.
 */
export function includeOpenDraftsFrom(source: () => Promise<OpenDraft[]>): void {
	drafts = source;
}

/** Keeps the search of a control now on the form, for `collectionEntries`. */
export function rememberQuery(props: Pick<ControlProps, 'forID' | 'query'>): void {
	if (props.query) feed = { forID: props.forID, query: props.query };
}

/** One listed entry as plain objects: its file name, default-language data and translations. */
export interface ListedEntry {
	slug: string;
	data?: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> } | undefined>;
}

/**
 * Every entry of `collection` (searched by `searchField`, with an empty term: all of them),
 * or undefined when no control has left a search here (the form has no such widget).
 */
export async function collectionEntries(collection: string, searchField: string, props?: Pick<ControlProps, 'forID' | 'query'>): Promise<ListedEntry[] | undefined> {
	const source = props?.query ? { forID: props.forID, query: props.query } : feed;
	if (!source) return undefined;
	const result = await source.query(source.forID, collection, [searchField], '');
	// Decap's query resolves with a failure (no hits) instead of throwing: an empty list would
	// read as "no entries exist", numbering a new article 1 and calling every related article unknown.
	const hits = result?.payload?.hits;
	if (!Array.isArray(hits)) throw new Error(`Could not list the ${collection} entries`, { cause: result });
	return drafts ? withOpenDrafts(hits as ListedEntry[], await drafts(), collection) : (hits as ListedEntry[]);
}
