import { currentBackend } from 'decap-cms-core/dist/esm/backend';
import { store } from 'decap-cms-core/dist/esm/redux';
import {
	type BranchComparison,
	branchComparison,
	changesMayBeCut,
	draftEntryFiles,
	renamedAway,
	comparisonKey,
	expectsComparison,
	draftVersionKey,
	inOwnLanguage,
	cutTreeEnd,
	treeHoldsFolder,
	isGoneDraft,
	laterTreePage,
	treePaging,
	type LookedUpEntry,
	lookupLimitMs,
	mapWithLimit,
	type OpenDraft,
	type SkippedDraft,
	comparesWithMergeBase,
	otherDraftFiles,
	renamedAwayFiles,
	strayDraftFiles,
	unreadFiles,
	withOpenDrafts,
} from '../open-drafts';
import { TimedOut, withTimeLimit } from '../time-limit';

/**
 * A fresh look-up of a collection's entries through Decap's own backend (the one it saves
 * and publishes with): the published files, and with the editorial workflow the open drafts
 * too (cms/open-drafts.ts says why). Fresh on every call: a check before publishing must see
 * the draft another editor saved a minute ago, not what the admin listed when it loaded.
 */

/** The part of Decap's redux state read here: the config (plain) and the collections (Immutable). */
interface DecapState {
	config: { publish_mode?: string; backend?: { name?: string }; media_folder?: string };
	collections: { get(name: string): unknown };
}

/** What Decap's backend implementation says of one open draft (`unpublishedEntry`). */
interface DraftData {
	collection: string;
	slug: string;
	diffs: Array<{ path: string; id?: string; status?: string }>;
}

/** A file as a Git host lists a folder (GitHub's and Gitea's `api.listFiles`, GitLab's `listAllFiles`). */
interface ListedFile {
	path: string;
}

/** The part of Decap's `Backend` (decap-cms-core/src/backend.ts) and its implementation read here. */
interface DecapBackend {
	listAllEntries(collection: unknown): Promise<LookedUpEntry[]>;
	/** Decap's own step from files read to entries: a translated entry's files grouped into one, the collection's filter applied. */
	processEntries(loaded: unknown[], collection: unknown): LookedUpEntry[];
	processUnpublishedEntry(collection: unknown, entryData: DraftData, withMediaFiles: boolean): Promise<LookedUpEntry | undefined>;
	implementation: {
		unpublishedEntries(): Promise<string[]>;
		unpublishedEntry(args: { id: string }): Promise<DraftData>;
		/**
		 * GitHub, GitLab, Gitea, Forgejo, Bitbucket, git-gateway: every file of the folder (to
		 * `depth`), read; GitHub (and git-gateway over it) keeps only the paths `pathRegex` matches. Decap's `listAllEntries` gives it the default language's folder.
		 */
		allEntriesByFolder?(folder: string, extension: string, depth: number, pathRegex?: RegExp): Promise<unknown[]>;
		/** GitLab: the folder's files, without reading them. */
		listAllFiles?(folder: string, extension: string, depth: number): Promise<ListedFile[]>;
		/**
		 * GitHub, Gitea: the folder's files (the Git tree), without reading them. GitHub, GitLab,
		 * Forgejo: `getDifferences`, the comparison a draft's changes are read from (`watchComparisons`).
		 */
		api?: {
			originRepoURL?: string;
			listFiles?(folder: string, options: { repoURL?: string; depth: number }): Promise<ListedFile[]>;
			getDifferences?(...args: unknown[]): Promise<unknown>;
			/** Every request of the API goes through it (GitHub's, Gitea's, Forgejo's): `listingWhole` watches the listing's. */
			request?(...args: unknown[]): Promise<unknown>;
		} | null;
	};
}

/** A Decap collection (Immutable), as far as it is read here. */
interface DecapCollection {
	get(key: 'extension' | 'i18n' | 'folder'): unknown;
}

/**
 * Runs a read of the backend, again after a pause when it fails (decap-server's git mode refuses
 * a request that waited 3 s for another; a Git host can answer one request with an error), and
 * throws naming what could not be read when it keeps failing. Once `signal` says the look-up
 * has failed elsewhere (another draft's read, `mapWithLimit`), it asks nothing more.
 */
async function persistently<T>(what: string, read: () => Promise<T>, gone?: () => T, signal?: AbortSignal): Promise<T> {
	let last: unknown;
	for (let attempt = 0; attempt < 3; attempt++) {
		stopIfAborted(what, signal);
		try {
			// Each read within a limit: a request that never answers must not leave the save waiting.
			return await withTimeLimit(read(), lookupLimitMs((globalThis as { bayanLookupLimitMs?: unknown }).bayanLookupLimitMs), what);
		} catch (cause) {
			// The look-up failed elsewhere meanwhile: no retry.
			stopIfAborted(what, signal);
			// A draft published or deleted since the listing: gone, not a failure (and no use asking again).
			if (gone && isGoneDraft(cause)) return gone();
			// A host that did not answer in that long is not asked again: the editor has waited enough.
			if (cause instanceof TimedOut) throw new Error(`Could not read ${what}`, { cause });
			last = cause;
			await new Promise((done) => setTimeout(done, 500 * (attempt + 1)));
		}
	}
	throw new Error(`Could not read ${what}`, { cause: last });
}

/** Throws, naming `what`, once the look-up `signal` belongs to has failed. */
function stopIfAborted(what: string, signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new Error(`Stopped reading ${what}: the look-up already failed`, { cause: signal.reason });
}

/** At most this many drafts are read at once (open-drafts.ts, `mapWithLimit`, says why). */
export const draftReadLimit = 4;

/**
 * Drafts as read, by their id, with their files' blobs (`draftVersionKey`): a later save reuses
 * them unchanged. One per open draft: a draft saved again replaces its older version, and one
 * no longer listed (published, deleted) is dropped at the next listing, so the cache is as large
 * as the workflow board, not the tab's history.
 */
const readDrafts = new Map<string, { version: string; draft: OpenDraft }>();

/** How many drafts are kept as read (for tests: the cache stays bounded). */
export function cachedDraftCount(): number {
	return readDrafts.size;
}

/**
 * The comparisons a backend API fetched (`watchComparisons`), by their list of paths
 * (`comparisonKey`; the newest of each list wins), and the list each draft last matched.
 */
interface KeptComparisons {
	byPaths: Map<string, BranchComparison>;
	byDraft: Map<string, string>;
}
const comparisons = new WeakMap<object, KeptComparisons>();

/**
 * At most this many lists of paths are kept, the oldest dropped first. A draft's comparison is
 * fetched by the read that matches it, so it is the newest when matched: only this many other
 * lists compared in between (Decap also compares when it saves and rebases) could push it out.
 * A list matched by a draft no longer listed is dropped at the next look-up (`forgetGone`).
 */
const keptComparisons = 512;

/**
 * Keeps what the backend's own comparison of a branch says of renamed files, which Decap drops
 * (open-drafts.ts, `BranchComparison`): its API's `getDifferences` is wrapped on this instance, the
 * answer handed on to Decap unchanged, and the look-up matches it to the draft Decap made of it
 * (`renamedAway`). Decap's own reading of a draft is kept, not written again here. Nothing is
 * kept for a backend without `getDifferences` (decap-server, Bitbucket).
 */
function watchComparisons(api: NonNullable<DecapBackend['implementation']['api']> | undefined): KeptComparisons | undefined {
	if (!api || typeof api.getDifferences !== 'function') return undefined;
	const known = comparisons.get(api);
	if (known) return known;
	const kept: KeptComparisons = { byPaths: new Map(), byDraft: new Map() };
	comparisons.set(api, kept);
	const original = api.getDifferences;
	api.getDifferences = async function getDifferences(this: unknown, ...args: unknown[]): Promise<unknown> {
		const result = await original.apply(this, args);
		// Only read: whatever its shape, Decap gets the answer as the host gave it.
		const comparison = branchComparison(result);
		if (comparison) {
			const key = comparisonKey(comparison.paths);
			// Set again, so the newest list is last in the Map's order.
			kept.byPaths.delete(key);
			kept.byPaths.set(key, comparison);
			for (const oldest of kept.byPaths.keys()) {
				if (kept.byPaths.size <= keptComparisons) break;
				kept.byPaths.delete(oldest);
			}
		}
		return result;
	};
	return kept;
}

/** Drops the comparisons matched by drafts no longer listed (published, deleted). */
function forgetGone(kept: KeptComparisons, ids: readonly string[]): void {
	for (const [id, key] of kept.byDraft) {
		if (ids.includes(id)) continue;
		kept.byDraft.delete(id);
		kept.byPaths.delete(key);
	}
}

/** Who is told of a draft left out of the look-up (cms.ts shows it to the editor). */
let skippedListener: ((skipped: readonly SkippedDraft[]) => void) | undefined;

/** Calls `listener` after each look-up that left drafts out (or kept one with a stray file), with them. */
export function onSkippedDrafts(listener: (skipped: readonly SkippedDraft[]) => void): void {
	skippedListener = listener;
}

/**
 * Tells the listener of the skipped drafts. A warning only: a listener that throws (a message
 * that failed to show) is logged, never passed on, or it would fail the look-up and refuse
 * every save for the sake of a warning.
 */
function tellSkipped(skipped: readonly SkippedDraft[]): void {
	// A comparison not matched is the look-up's own miss, not the branch's fault: told at its publish only.
	const told = skipped.filter((report) => report.why !== 'renamesUnread');
	if (!told.length) return;
	try {
		skippedListener?.(told);
	} catch (cause) {
		console.error(new Error('Could not tell the editor of the drafts left out of the look-up', { cause }));
	}
}

/** Whether this admin saves drafts (`publish_mode: editorial_workflow`, kept only by backends that offer it). */
export function usesWorkflow(): boolean {
	return (store.getState() as DecapState).config.publish_mode === 'editorial_workflow';
}

/**
 * Every open draft of every collection, or none without the editorial workflow. Read one by one
 * rather than with Decap's `unpublishedEntries`, which drops a draft whose file failed to load
 * and builds a translated one from whichever of its files loaded: a rule checked against a
 * draft that is missing or partly read would let the clash through to the build. Here such a
 * draft is read again, and the look-up fails, naming it, if it still cannot be read whole.
 */
export async function openDrafts(): Promise<OpenDraft[]> {
	return (await openDraftLookup()).drafts;
}

/**
 * The open drafts (`openDrafts`) and the draft branches that hold what the CMS never writes
 * (`SkippedDraft`): a publish checks whether its own draft is among them.
 */
export async function openDraftLookup(): Promise<{ drafts: OpenDraft[]; skipped: SkippedDraft[] }> {
	if (!usesWorkflow()) return { drafts: [], skipped: [] };
	const state = store.getState() as DecapState;
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	const backendName = state.config.backend?.name;
	// A rename's old path is told only where a branch is compared with its merge base (as below).
	const seen = comparesWithMergeBase(backendName) ? watchComparisons(backend.implementation.api ?? undefined) : undefined;
	const ids = await persistently('the open drafts of the editorial workflow', () => backend.implementation.unpublishedEntries());
	// Drafts no longer listed are gone (published, deleted): their reads are of no further use.
	for (const id of readDrafts.keys()) if (!ids.includes(id)) readDrafts.delete(id);
	if (seen) forgetGone(seen, ids);
	// Decap reads each draft of these backends from a comparison: one matched to none was read unseen.
	const gatewayType = (backend.implementation as { backendType?: unknown }).backendType;
	const comparisonExpected = seen !== undefined && expectsComparison(backendName, gatewayType);
	// What each draft's last read found wrong with it: a read tried again (a failed request) tells
	// it afresh, so an editor is warned once per draft, not once per attempt.
	const skippedBy = new Map<string, SkippedDraft[]>();
	const drafts = await mapWithLimit(ids, draftReadLimit, (id, signal) =>
		persistently(
			`the open draft ${id}`,
			async (): Promise<OpenDraft | undefined> => {
				const skipped: SkippedDraft[] = [];
				skippedBy.set(id, skipped);
				const draft = await backend.implementation.unpublishedEntry({ id });
				// The files this branch renamed away: deleted by its merge, though Decap lists only their new paths.
				const key = comparisonKey(draft.diffs);
				const matched = seen ? renamedAway(seen.byPaths, draft.diffs) : undefined;
				if (seen && matched) {
					// The draft's older list is of no further use (a list shared by another draft is simply compared again).
					const before = seen.byDraft.get(id);
					if (before !== undefined && before !== key) seen.byPaths.delete(before);
					seen.byDraft.set(id, key);
				}
				const renamed = matched ?? [];
				// Its files are more requests: none once the look-up has failed.
				stopIfAborted(`the open draft ${id}`, signal);
				const collection = state.collections.get(draft.collection) as DecapCollection | undefined;
				// A branch of a collection this admin does not edit: no rule of its entries concerns it.
				if (!collection) return undefined;
				const extension = String(collection.get('extension'));
				const i18n = collection.get('i18n') as { get?(key: string): unknown } | undefined;
				const locales = i18n && typeof i18n.get === 'function' ? localesOf(i18n.get('locales')) : undefined;
				// A branch changed outside the CMS (bayan's layout is <folder>/<locale>/<slug>.<ext>, or
				// <folder>/<slug>.<ext> without languages): no file of its own, or one in a language folder
				// the site does not have. Its fault is in its
				// paths, so reading it again cannot help, and refusing the look-up for it would refuse every
				// article's save until someone fixed the branch with Git. open-drafts.ts, `strayDraftFiles`.
				const folder = String(collection.get('folder') ?? '');
				const stray = strayDraftFiles(draft.diffs, draft.slug, extension, folder, locales);
				const about = { id, collection: draft.collection, slug: draft.slug };
				if (stray.holdsNothing) {
					skipped.push({ ...about, why: 'leftOut', files: stray.stray.length ? stray.stray : draft.diffs.slice(0, 1).map((diff) => diff.path) });
					return undefined;
				}
				if (stray.stray.length) skipped.push({ ...about, why: 'strayLanguage', files: stray.stray });
				// GitHub lists at most 300 changed files: past them the branch is not seen whole, so it is
				// not published (open-drafts.ts, `changesMayBeCut`); what it lists is still checked below.
				if (changesMayBeCut(backendName, draft.diffs.length, gatewayType)) skipped.push({ ...about, why: 'tooManyFiles', files: [] });
				// Its comparison was pushed out or never seen: a file its branch renamed away could hide, so
				// its publish is refused (its saves are not: the build still checks what is published).
				// A draft listing no file can hide no rename (GitHub's compare without `files` reads as none).
				if (comparisonExpected && !matched && draft.diffs.length) skipped.push({ ...about, why: 'renamesUnread', files: [] });
				// Another entry's file, or any file the CMS does not write, beside its own: where the
				// backend's comparison shows the branch's own changes only (open-drafts.ts says why).
				// A file renamed away is deleted by the merge: told as the branch's other changed files are
				// (media exempt), and the draft's own published file moved elsewhere warned about.
				const away = renamedAwayFiles(renamed, draft.diffs, draft.slug, extension, folder, locales, state.config.media_folder ?? '');
				const others = comparesWithMergeBase(backendName) ? [...otherDraftFiles(draft.diffs, draft.slug, extension, folder, locales, state.config.media_folder ?? ''), ...away.others] : [];
				if (others.length) skipped.push({ ...about, why: 'otherFiles', files: others });
				if (away.own.length) skipped.push({ ...about, why: 'renamedOwn', files: away.own });
				const diffs = stray.stray.length || others.length ? draft.diffs.filter((diff) => !stray.stray.includes(diff.path) && !others.includes(diff.path)) : draft.diffs;
				// The same files as at an earlier save: the draft as read then.
				const version = draftVersionKey(id, diffs);
				const known = readDrafts.get(id);
				if (version !== undefined && known?.version === version) return known.draft;
				const entry = await backend.processUnpublishedEntry(collection, { ...draft, diffs }, false);
				if (!entry) throw new Error(`the draft ${id} has no readable file`);
				// Each language is a file; Decap skips one it could not read (see above). Counting is not
				// enough: Decap also reads the languages the draft did not change, which would make up the
				// number. Every changed language's file must be there (multiple_folders: …/<locale>/<slug>.<ext>).
				const files = draftEntryFiles(diffs, draft.slug, extension);
				const defaultLocale = i18n && typeof i18n.get === 'function' ? String(i18n.get('default_locale')) : undefined;
				if (i18n) {
					// The language of the file Decap took as the entry is its path's (Decap's mergeValues: the
					// default language's, or another's when that one is missing or failed), then each in `i18n`.
					const own = entry.path?.split('/').at(-2);
					const read = new Set([own && locales?.includes(own) ? own : defaultLocale, ...Object.keys(entry.i18n ?? {})]);
					for (const { path } of files) {
						const locale = path.split('/').at(-2);
						if (locale && !read.has(locale)) throw new Error(`the ${locale} file of the draft ${id} (${path}) could not be read`);
					}
					const languages = 1 + Object.keys(entry.i18n ?? {}).length;
					if (languages < files.length) throw new Error(`only ${languages} of the ${files.length} files of the draft ${id} could be read`);
				}
				// Named by its file, its data under its own language (open-drafts.ts, `inOwnLanguage`).
				const read = { ...inOwnLanguage(entry, { folder, extension, locales, defaultLocale }), collection: draft.collection };
				if (version !== undefined) readDrafts.set(id, { version, draft: read });
				else readDrafts.delete(id);
				return read;
			},
			() => undefined,
			signal,
		),
	);
	const skipped = ids.flatMap((id) => skippedBy.get(id) ?? []);
	if (skipped.length) tellSkipped(skipped);
	return { drafts: drafts.filter((draft): draft is OpenDraft => draft !== undefined), skipped };
}

/** A collection's `i18n.locales` (an Immutable List in Decap's state, an array in a test). */
function localesOf(value: unknown): string[] | undefined {
	const list = value as { toArray?(): unknown[] } | unknown[] | undefined;
	const items = Array.isArray(list) ? list : typeof list?.toArray === 'function' ? list.toArray() : undefined;
	return items?.filter((item): item is string => typeof item === 'string');
}

/**
 * The published files the Git host lists that Decap could not read (`files`, sorted): the
 * look-up fails naming them (cms.ts tells the editor which).
 */
export class UnreadFiles extends Error {
	override name = 'UnreadFiles';
	constructor(
		readonly collection: string,
		readonly files: readonly string[],
	) {
		super(`${files.length} ${collection} file(s) listed by the Git host could not be read: ${files.join(', ')}`);
	}
}

/**
 * `entry` of `collection` named and placed as the look-ups give their entries (open-drafts.ts,
 * `inOwnLanguage`): the entry Decap hands an event is compared with a looked-up one.
 */
export function asLookedUp<Entry extends LookedUpEntry>(collection: string, entry: Entry): Entry {
	const decapCollection = (store.getState() as DecapState).collections.get(collection) as DecapCollection | undefined;
	if (!decapCollection) return entry;
	const i18n = decapCollection.get('i18n') as { get?(key: string): unknown } | undefined;
	const locales = i18n && typeof i18n.get === 'function' ? localesOf(i18n.get('locales')) : undefined;
	const defaultLocale = i18n && typeof i18n.get === 'function' ? String(i18n.get('default_locale')) : undefined;
	return inOwnLanguage(entry, { folder: String(decapCollection.get('folder') ?? ''), extension: String(decapCollection.get('extension')), locales, defaultLocale });
}

/**
 * The published entries of `collection`, read now, and never fewer than the Git host lists.
 * Decap's listing reads every file and drops one it failed to read (a rate limit, a 5xx) with
 * only a console message; a rule checked against fewer articles lets a clash through, and a
 * renumbering could take the missing article's number. So where the backend can list the folder
 * without reading it (GitHub, Gitea: the Git tree; GitLab), every file listed must be among the
 * files read, by name (a count would let one stale extra file hide one dropped file), and the
 * look-up fails naming the ones that went missing. decap-server answers a folder's entries in
 * one request, whole or not at all, and offers no separate listing.
 */
export async function publishedEntries(collection: string): Promise<LookedUpEntry[]> {
	const state = store.getState() as DecapState;
	const decapCollection = state.collections.get(collection) as DecapCollection | undefined;
	if (!decapCollection) throw new Error(`No collection "${collection}" in the CMS configuration`);
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	const i18n = decapCollection.get('i18n') as { get?(key: string): unknown } | undefined;
	const locales = i18n && typeof i18n.get === 'function' ? localesOf(i18n.get('locales')) : undefined;
	const defaultLocale = i18n && typeof i18n.get === 'function' ? String(i18n.get('default_locale')) : undefined;
	const folder = String(decapCollection.get('folder') ?? '');
	const extension = String(decapCollection.get('extension'));
	// Gitea and Forgejo answer one page of a Git tree: every page is read, for Decap's listing too.
	readTreesWhole(state.config.backend?.name, backend.implementation.api ?? undefined);
	const entries = await persistently(`the ${collection} entries`, () => allEntries(backend, decapCollection, folder, extension, locales ? 2 : 1));
	const listing = await persistently(`the list of the ${collection} files`, () => listedFiles(state.config.backend?.name, backend, folder, extension, locales ? 2 : 1));
	// Part of the folder, not all of it: checked against, it would pass what the rest would refuse.
	if (listing?.cut) throw new ListingCut(collection, folder);
	const listed = listing?.files;
	if (listed) {
		const missing = unreadFiles(listed, entries, { folder, extension, locales, defaultLocale });
		if (missing.length) throw new UnreadFiles(collection, missing);
	}
	// Named by their files, each one's data under its own language (open-drafts.ts, `inOwnLanguage`).
	return entries.map((entry) => inOwnLanguage(entry, { folder, extension, locales, defaultLocale }));
}

/**
 * Every entry of the collection, each translation read. Decap's `listAllEntries` on GitHub reads
 * only the default language's folder (it gives the backend a `<default>/` path filter, for its
 * entry list): the translations come back unread, and an article with no file in the default
 * language not at all. The rules would miss their `ref`s and aliases, and every file the Git host
 * lists beside them would count as dropped, refusing every save. So the folder is read with
 * no filter, as GitLab and Gitea read it anyway, and grouped by Decap's own step. Checking only
 * the default language's files instead would leave a dropped translation, and an article with
 * no default-language file, unnoticed. A backend without that read (decap-server) answers
 * through `listAllEntries`, which there reads every file anyway.
 */
async function allEntries(backend: DecapBackend, collection: DecapCollection, folder: string, extension: string, depth: number): Promise<LookedUpEntry[]> {
	const { implementation } = backend;
	if (folder && typeof implementation.allEntriesByFolder === 'function' && typeof backend.processEntries === 'function') {
		return backend.processEntries(await implementation.allEntriesByFolder(folder, extension, depth), collection);
	}
	return backend.listAllEntries(collection);
}

/**
 * The folder's files as the Git host lists them, without reading them; undefined where the
 * backend cannot, or answers in a shape not known here. Chosen by the backend's name, since the
 * backends' functions of the same name differ: GitLab's `api.listFiles` takes `(path, recursive)`
 * and answers `{ files, cursor }`, Bitbucket's takes a branch it would read as "undefined".
 * A count that cannot be made is skipped, never a refusal: the build still refuses any clash.
 */
async function listedFiles(backendName: string | undefined, backend: DecapBackend, folder: string, extension: string, depth: number): Promise<{ files?: ListedFile[]; cut?: boolean } | undefined> {
	const { implementation } = backend;
	let listed: unknown;
	const { api } = implementation;
	if ((backendName === 'github' || backendName === 'gitea' || backendName === 'forgejo') && api && typeof api.listFiles === 'function') {
		const { value, cutAfter } = await listingWhole(api, (watched) => watched.listFiles!(folder, { repoURL: api.originRepoURL, depth }));
		// Forgejo lists the whole repository's tree and keeps the folder's part: a page that ends past
		// the folder holds all of it. GitHub and Gitea list the folder's own tree: any cut is in it.
		if (cutAfter.some((end) => !(backendName === 'forgejo' && treeHoldsFolder(end, folder)))) return { cut: true };
		listed = value;
	} else if (backendName === 'gitlab' && typeof implementation.listAllFiles === 'function') {
		listed = await implementation.listAllFiles(folder, extension, depth);
	} else {
		return undefined;
	}
	return Array.isArray(listed) && listed.every((file) => typeof (file as Partial<ListedFile> | null)?.path === 'string') ? { files: listed as ListedFile[] } : undefined;
}

/** The APIs whose Git tree requests read every page (`readTreesWhole`). */
const pagedApis = new WeakSet<object>();

/**
 * Makes Gitea's and Forgejo's API read every page of a Git tree: their `git/trees` answers at
 * most one page (1000 entries by default), and Decap's `listFiles` reads only the first, so a
 * folder of more than a page (Gitea), or a repository whose files before the folder fill a page
 * (Forgejo lists the whole repository's tree), would be listed in part. Wrapped on the instance,
 * as `getDifferences` is (`watchComparisons`), so Decap's own listing of the entries is whole
 * too. Later pages are asked for by the tree's own id (the branch may move between two
 * requests), with the first page's size as `per_page` (the server caps it), until `total_count`
 * entries are read: `truncated` is set on every page, the last too. A page that is empty or of
 * another tree leaves the first page's answer as it was, cut (`ListingCut` refuses it).
 */
function readTreesWhole(backendName: string | undefined, api: NonNullable<DecapBackend['implementation']['api']> | undefined): void {
	if ((backendName !== 'gitea' && backendName !== 'forgejo') || !api || typeof api.request !== 'function' || pagedApis.has(api)) return;
	pagedApis.add(api);
	const original = api.request;
	const marker = '/git/trees/';
	api.request = async function request(this: unknown, ...args: unknown[]): Promise<unknown> {
		const answer = await original.apply(this, args);
		const [path, options, ...rest] = args as [unknown, { params?: Record<string, unknown> } | undefined, ...unknown[]];
		if (typeof path !== 'string' || !path.includes(marker) || options?.params?.page !== undefined) return answer;
		const paging = treePaging(answer);
		if (!paging) return answer;
		const tree = [...(answer as { tree: unknown[] }).tree];
		const trees = path.slice(0, path.indexOf(marker) + marker.length);
		for (let page = 2; tree.length < paging.total && (page - 1) * paging.perPage < paging.total; page++) {
			const later = await original.call(this, `${trees}${paging.sha}`, { ...options, params: { ...options?.params, page, per_page: paging.perPage } }, ...rest);
			const entries = laterTreePage(later, paging);
			if (!entries) return answer;
			tree.push(...entries);
		}
		return tree.length === paging.total ? { ...(answer as object), tree, truncated: false } : answer;
	};
}

/**
 * Runs `list` on a stand-in for `api` whose requests are the API's own, and says where the host
 * cut a Git tree short (`truncated: true`; the last path of each such page, open-drafts.ts
 * `cutTreeEnd`). Decap's `listFiles`
 * reads one page of the tree and drops that flag: GitHub answers at most 100,000 entries; Gitea
 * and Forgejo page theirs, read whole by `readTreesWhole` (a cut left only when a page failed).
 * The stand-in is this call's own, so Decap's listings elsewhere are untouched.
 */
async function listingWhole<T>(api: NonNullable<DecapBackend['implementation']['api']>, list: (watched: typeof api) => Promise<T>): Promise<{ value: T; cutAfter: string[] }> {
	const request = api.request;
	const cutAfter: string[] = [];
	if (typeof request !== 'function') return { value: await list(api), cutAfter };
	const watched = Object.create(api, {
		request: {
			value: async (...args: unknown[]): Promise<unknown> => {
				const answer = await request.apply(api, args);
				const end = cutTreeEnd(answer);
				if (end !== undefined) cutAfter.push(end);
				return answer;
			},
		},
	}) as typeof api;
	const value = await list(watched);
	return { value, cutAfter };
}

/**
 * The Git host listed only part of a collection's folder (`listingWhole`): the look-up fails
 * rather than check the rules against part of the entries (cms.ts tells the editor so).
 */
export class ListingCut extends Error {
	override name = 'ListingCut';
	constructor(
		readonly collection: string,
		readonly folder: string,
	) {
		super(`The Git host listed only part of ${folder} (its tree was truncated), so the ${collection} entries could not all be checked`);
	}
}

/**
 * The published entries of `collection` and its open drafts, read now from the backend;
 * `drafts` when the caller has just read them (`openDrafts`), so they are not read twice.
 */
export async function freshEntries(collection: string, drafts?: readonly OpenDraft[]): Promise<LookedUpEntry[]> {
	const published = await publishedEntries(collection);
	return withOpenDrafts(published, drafts ?? (await openDrafts()), collection);
}
