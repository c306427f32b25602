/**
 * The editorial workflow's open drafts, as the CMS's cross-file rules see them. With
 * `publish_mode: editorial_workflow` a saved entry is a draft on its own branch (a pull request
 * on GitHub) until it is published, so the published files alone do not tell which `ref`,
 * alias or file name is still free: two drafts could each take the same one, and the build
 * would refuse whichever is published second. The rules therefore run against every entry
 * that is, or may become, a file: the published ones and the other open drafts.
 */

/** One entry as the rules read it (cms/article-claims.ts): its file name, data and translations. */
export interface LookedUpEntry {
	slug: string;
	data?: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> } | undefined>;
}

/** An open draft as Decap's backend lists it (`unpublishedEntries`): any collection's. */
export interface OpenDraft extends LookedUpEntry {
	collection: string;
}

/**
 * The entries of `collection` a rule must respect: every published one and every open draft
 * of that collection. A draft of a published entry is listed beside its published version,
 * not instead of it: the published file is what the site serves until the draft is
 * published, so the new entry must not clash with either (the rules ignore an entry's
 * clashes with itself, cms/article-claims.ts, so the two versions never clash).
 */
export function withOpenDrafts<Entry extends LookedUpEntry>(published: readonly Entry[], drafts: readonly OpenDraft[], collection: string): Array<Entry | OpenDraft> {
	return [...published, ...drafts.filter((draft) => draft.collection === collection && typeof draft.slug === 'string' && draft.slug !== '')];
}
