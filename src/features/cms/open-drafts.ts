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
	/** The file Decap read it from (a translated entry's: without its language folder, unless that file failed). */
	path?: string;
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

/**
 * `read` over every item, at most `limit` at a time, results in the items' order. Reading the
 * open drafts costs several Git host requests per draft (GitHub: the pull request, the
 * comparison with the base branch, each file): all at once, a board of many drafts would hit
 * the host's secondary rate limit on every save.
 *
 * The first read that fails fails the whole look-up (the save is refused), and the look-up
 * stops: no lane takes another item, and `signal` tells the reads under way to ask nothing more
 * (no retry, no next request). Otherwise the rest of the board would still be read for a save
 * already refused, and an editor's retry would double the traffic on a host that is already
 * failing. A request already sent cannot be called back (Decap's backends take no signal).
 */
export async function mapWithLimit<Item, Result>(items: readonly Item[], limit: number, read: (item: Item, signal: AbortSignal) => Promise<Result>): Promise<Result[]> {
	const results: Result[] = new Array(items.length);
	const stop = new AbortController();
	let next = 0;
	const lane = async (): Promise<void> => {
		while (next < items.length && !stop.signal.aborted) {
			const index = next++;
			try {
				results[index] = await read(items[index]!, stop.signal);
			} catch (error) {
				stop.abort(error);
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
	return results;
}

/**
 * Whether a failed read of one draft means the draft is gone (published, or deleted by another
 * editor, between the listing and the read): Decap's backends say "not under editorial workflow"
 * (`EDITORIAL_WORKFLOW_ERROR` with `notUnderEditorialWorkflow`) or answer 404. Such a draft
 * holds nothing any more (if it was published, its files are among the published ones).
 */
export function isGoneDraft(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const { name, notUnderEditorialWorkflow, status } = error as { name?: unknown; notUnderEditorialWorkflow?: unknown; status?: unknown };
	return (name === 'EDITORIAL_WORKFLOW_ERROR' && notUnderEditorialWorkflow === true) || status === 404;
}

/**
 * The files of a draft's own entry among what its branch changed: `…/<locale>/<slug>.<ext>`
 * (multiple_folders), not deleted. A branch's changes are not only its entry's: decap-server's
 * git mode compares the branch with main as main is now (two dots), so once another draft is
 * published, every older branch "deletes" that article's files. Counting those as this draft's
 * languages made every save fail its look-up ("could not read the open draft") after a publish.
 */
export function draftEntryFiles<T extends { path: string; status?: unknown }>(diffs: readonly T[], slug: string, extension: string): T[] {
	return diffs.filter((diff) => diff.status !== 'deleted' && diff.path.split('/').at(-1) === `${slug}.${extension}`);
}

/** A Git object name (SHA-1 or SHA-256): what GitHub's, GitLab's and Gitea's backends give as a changed file's id. */
const gitObjectName = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * What makes a read draft reusable: its id and the Git blob of every changed file. The same
 * blobs are the same files, so a later save reuses the draft as read and parsed instead of
 * reading each file again; a draft saved since has new blobs and is read afresh. Only where
 * every file's id is a blob's name: decap-server's git mode gives the file's path as its id,
 * which says nothing of its content, so there every save reads the drafts afresh.
 */
export function draftVersionKey(id: string, diffs: ReadonlyArray<{ path: string; id?: unknown }>): string | undefined {
	if (!diffs.length || diffs.some((diff) => typeof diff.id !== 'string' || !gitObjectName.test(diff.id))) return undefined;
	return `${id}\n${diffs
		.map((diff) => `${diff.path}\t${String(diff.id)}`)
		.sort()
		.join('\n')}`;
}

/**
 * How long one read of the Git host may take before the look-up fails (a minute: the published
 * articles' listing reads every file, which on GitHub is many requests; a draft is a few), or a
 * shorter or longer value the page was given before the admin loaded (`globalThis.bayanLookupLimitMs`,
 * set only by a browser test, so it proves the limit in seconds). Anything else keeps the default.
 */
export function lookupLimitMs(given: unknown, fallback = 60_000): number {
	return typeof given === 'number' && Number.isFinite(given) && given > 0 ? given : fallback;
}

/**
 * A draft branch holding what the CMS never writes (changed with Git, outside the CMS), and the
 * files that say so: `leftOut`, no file of its own (the look-up leaves it out); `strayLanguage`,
 * files in a language folder the site does not have (read without them); `otherFiles`, files that
 * are not its own, another entry's or outside the content (read without them, as Decap reads only
 * its own). Each is told to the editor, and its publish is refused: Decap publishes a draft by
 * merging its whole branch, so the other files would reach the main branch unseen.
 */
export interface SkippedDraft {
	/** Decap's id of the draft (`<collection>/<slug>`); its branch is `cms/<id>`. */
	id: string;
	collection: string;
	slug: string;
	why: 'leftOut' | 'strayLanguage' | 'otherFiles' | 'tooManyFiles' | 'renamesUnread' | 'renamedOwn';
	/**
	 * The files that say so (none for `tooManyFiles`: those past the host's limit are not listed;
	 * none for `renamesUnread`, a draft whose comparison was not found among those its API fetched,
	 * so a file its branch renamed away could not be seen: its publish is refused, its saves not).
	 * `renamedOwn`: the draft's own published files its branch renamed away, which its publish
	 * deletes; warned about, its publish not refused.
	 */
	files: string[];
}

/**
 * GitHub's comparison of two commits (`compare/base...head`, what Decap reads a draft's changes
 * from) lists at most this many changed files, on any page: the rest of a larger branch is not
 * listed at all, so a file the CMS never writes could hide past them from the stray-files check.
 */
export const githubCompareFileLimit = 300;

/**
 * Whether the backend's list of a draft's changes (`count` files) may have been cut short:
 * GitHub's (and git-gateway's over GitHub: `gatewayType`, its `backendType`) at
 * `githubCompareFileLimit`; GitLab's comparison has no such limit. Such a draft's publish is
 * refused rather than checked against part of its branch; a draft the CMS wrote changes a few
 * files (its languages and media), never hundreds.
 */
export function changesMayBeCut(backendName: string | undefined, count: number, gatewayType?: unknown): boolean {
	const overGitHub = backendName === 'github' || (backendName === 'git-gateway' && gatewayType === 'github');
	return overGitHub && count >= githubCompareFileLimit;
}

/**
 * What a Git host's comparison of a draft's branch said beyond what Decap keeps of it: the
 * changed files' paths, in the order Decap lists them as the draft's diffs, and the old path of
 * each file the branch renamed. Decap keeps only a renamed file's new path (GitHub's `filename`,
 * GitLab's `new_path`), so a rename would hide that the old file is deleted. Forgejo's comparison
 * lists a rename as a deletion and an addition (no `previous_filename`): Decap keeps both paths,
 * so the old one is already among the draft's changed files.
 */
export interface BranchComparison {
	paths: string[];
	renamedFrom: string[];
}

/**
 * A backend's `getDifferences` answer as a `BranchComparison`: GitHub's (and Forgejo's, whose
 * renames come as a deletion and an addition) compare JSON, `{ files: [{ filename, status, previous_filename }] }`, or the list Decap's GitLab
 * API makes of GitLab's, `[{ path, status, oldPath }]`. Undefined for any other shape (nothing is
 * learnt, nothing refused).
 */
export function branchComparison(result: unknown): BranchComparison | undefined {
	const files = Array.isArray(result) ? result : (result as { files?: unknown } | null)?.files;
	if (!Array.isArray(files)) return undefined;
	const paths: string[] = [];
	const renamedFrom: string[] = [];
	for (const file of files as Array<Record<string, unknown> | null>) {
		const path = Array.isArray(result) ? file?.path : file?.filename;
		if (typeof path !== 'string') return undefined;
		paths.push(path);
		const old = Array.isArray(result) ? file?.oldPath : file?.previous_filename;
		if (file?.status === 'renamed' && typeof old === 'string' && old !== path) renamedFrom.push(old);
	}
	return { paths, renamedFrom };
}

/** The key a comparison is kept under: its list of paths, as Decap makes a draft's diffs of it (one per file, in order). */
export function comparisonKey(paths: ReadonlyArray<{ path: string } | string>): string {
	return JSON.stringify(paths.map((item) => (typeof item === 'string' ? item : item.path)));
}

/**
 * The old paths a draft's branch renamed away, from the comparison among `seen` (by
 * `comparisonKey`, the newest of each list) that lists exactly the draft's `diffs`; undefined when
 * none does (nothing learnt: `renamesUnread` where one was expected).
 */
export function renamedAway(seen: ReadonlyMap<string, BranchComparison>, diffs: ReadonlyArray<{ path: string }>): string[] | undefined {
	return seen.get(comparisonKey(diffs))?.renamedFrom;
}

/**
 * Whether Decap reads every draft of this backend from the comparison its API's `getDifferences`
 * answers, one diff per listed file (GitHub's, GitLab's, and git-gateway's over either:
 * `gatewayType`, its `backendType`), so a draft matched to none was read without its renames
 * being seen. Not Forgejo: it falls back to the pull request's files (and its comparison lists a
 * rename as a deletion and an addition, which Decap keeps). Not git-gateway over Bitbucket,
 * whose drafts leave deleted files out of that list, so they would never match.
 */
export function expectsComparison(backendName: string | undefined, gatewayType?: unknown): boolean {
	if (backendName === 'git-gateway') return gatewayType === 'github' || gatewayType === 'gitlab';
	return backendName === 'github' || backendName === 'gitlab';
}

/** Whether `path` is one of the draft's own entry files (`<folder>/<locale>/<slug>.<ext>` in a language the site has, or `<folder>/<slug>.<ext>`). */
export function isOwnEntryFile(path: string, slug: string, extension: string, folder: string, locales: readonly string[] | undefined): boolean {
	if (!locales) return path === `${folder}/${slug}.${extension}`;
	const [locale, name, ...rest] = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1).split('/') : [];
	return rest.length === 0 && locale !== undefined && locales.includes(locale) && name === `${slug}.${extension}`;
}

/** The branch of a draft, as Decap names it (decap-cms-lib-util's `branchFromContentKey`). */
export function draftBranch(id: string): string {
	return `cms/${id}`;
}

/**
 * The files a draft's branch changed that are not its own entry's (`<folder>/<locale>/<slug>.<ext>`
 * in a language the site has; `<folder>/<slug>.<ext>` in a collection without languages, `locales`
 * undefined) nor media (`mediaFolder`), and not already told as in a language folder the site
 * lacks (`strayDraftFiles`): another entry's file, another collection's, the site's code. Meaningful only where the backend compares a branch with the point it left the
 * main branch (GitHub, GitLab, Forgejo; `comparesWithMergeBase`): decap-server compares it with
 * the main branch as it is now, so there every article changed on main since the branch was made
 * would look changed by the branch (and merging would not undo it).
 */
export function otherDraftFiles(diffs: ReadonlyArray<{ path: string }>, slug: string, extension: string, folder: string, locales: readonly string[] | undefined, mediaFolder: string): string[] {
	return diffs
		.map(({ path }) => path)
		.filter((path) => {
			if (mediaFolder && path.startsWith(`${mediaFolder}/`)) return false;
			if (!path.startsWith(`${folder}/`) || !path.endsWith(`.${extension}`)) return true;
			// One file per entry: anything but its own is another's (or, deeper, none Decap writes).
			if (!locales) return path !== `${folder}/${slug}.${extension}`;
			const [locale, name, ...rest] = path.slice(folder.length + 1).split('/');
			// In a language folder the site lacks, or deeper: told by strayDraftFiles.
			if (rest.length || !locale || !locales.includes(locale)) return false;
			return name !== `${slug}.${extension}`;
		});
}

/**
 * The old paths a draft's branch renamed away (`renamed`, deleted by its merge) that concern the
 * publish: `others`, those the branch's other changed files would be told for (not media in
 * `mediaFolder`, not the draft's own entry files, not a path the branch still lists), refused as
 * another's; `own`, the draft's own entry files moved to another path (e.g. its Persian file
 * renamed to the Arabic one), which its publish deletes from the site: warned about.
 */
export function renamedAwayFiles(
	renamed: readonly string[],
	diffs: ReadonlyArray<{ path: string }>,
	slug: string,
	extension: string,
	folder: string,
	locales: readonly string[] | undefined,
	mediaFolder: string,
): { others: string[]; own: string[] } {
	const gone = renamed.filter((path) => !diffs.some((diff) => diff.path === path) && !(mediaFolder && path.startsWith(`${mediaFolder}/`)));
	return {
		others: gone.filter((path) => !isOwnEntryFile(path, slug, extension, folder, locales)),
		own: gone.filter((path) => isOwnEntryFile(path, slug, extension, folder, locales)),
	};
}

/**
 * Whether a backend's draft changes are the branch's own (compared with where it left the main
 * branch): GitHub's compare (`base...head`), GitLab's (merge base by default), Forgejo's, and
 * git-gateway (GitHub's or GitLab's API). Not decap-server's git mode (`git diff main branch`),
 * nor Bitbucket's, which are not known to be.
 */
export function comparesWithMergeBase(backendName: string | undefined): boolean {
	return backendName === 'github' || backendName === 'gitlab' || backendName === 'forgejo' || backendName === 'git-gateway';
}

/**
 * What a draft's branch changed under the collection's folder that is not its own entry in a
 * language the site has (`<folder>/<locale>/<slug>.<ext>`; `<folder>/<slug>.<ext>` without
 * languages, `locales` undefined), and how many files are its own.
 * Decap writes only a draft's own files (and media, outside the folder), so anything else was
 * written outside the CMS. Only files in a language folder the site does not have, or a branch
 * with no file of its own, count as stray: another article's files in a known language can show
 * as changed on any older branch (decap-server compares a branch with main as it is now), and
 * are not read as the draft's anyway (`draftEntryFiles`).
 */
export function strayDraftFiles(
	diffs: ReadonlyArray<{ path: string; status?: unknown }>,
	slug: string,
	extension: string,
	folder: string,
	locales: readonly string[] | undefined,
): { holdsNothing: boolean; stray: string[] } {
	let own = 0;
	const stray: string[] = [];
	const others: string[] = [];
	for (const { path, status } of diffs) {
		if (status === 'deleted' || !path.startsWith(`${folder}/`) || !path.endsWith(`.${extension}`)) continue;
		if (!locales) {
			if (path === `${folder}/${slug}.${extension}`) own++;
			else others.push(path);
			continue;
		}
		const [locale, name, ...rest] = path.slice(folder.length + 1).split('/');
		if (rest.length || !locale || !locales.includes(locale)) stray.push(path);
		else if (name === `${slug}.${extension}`) own++;
		else others.push(path);
	}
	// Entry files changed, none of them its own: Decap would read none (it reads only the draft's
	// own paths) and the draft would hold nothing. What it changed is what is wrong with it. (A
	// branch that changed no entry file at all is read as its published version, by Decap.)
	if (own === 0 && !stray.length) stray.push(...others);
	return { holdsNothing: own === 0 && stray.length > 0, stray };
}

/** Where a collection's entries are (`<folder>/<locale>/<slug>.<ext>`, or `<folder>/<slug>.<ext>` without languages). */
export interface EntryLayout {
	folder: string;
	extension: string;
	/** The site's languages, for a translated collection (multiple_folders). */
	locales?: readonly string[];
	defaultLocale?: string;
}

/**
 * The files Decap read for `entries`, as paths: a translated entry is one file per language it
 * read, the default one (or, when it has none or that one failed, the language whose file Decap
 * took as the entry: it keeps that file's own path) and each in `i18n`. Language and file name
 * come from the entry's path, not its slug: Decap's slug of an entry taken from another
 * language's file carries that folder (`en/only-english`).
 */
export function loadedFiles(entries: readonly LookedUpEntry[], { folder, extension, locales, defaultLocale }: EntryLayout): Set<string> {
	const files = new Set<string>();
	for (const entry of entries) {
		if (!locales) {
			files.add(entry.path ?? `${folder}/${entry.slug}.${extension}`);
			continue;
		}
		const own = entry.path?.startsWith(`${folder}/`) ? entry.path.slice(folder.length + 1).split('/') : undefined;
		const inLanguage = own?.length === 2 && locales.includes(own[0]!);
		const first = inLanguage ? own[0]! : defaultLocale;
		const name = inLanguage ? own[1]! : own?.length === 1 ? own[0]! : `${entry.slug}.${extension}`;
		for (const locale of [first, ...Object.keys(entry.i18n ?? {})]) if (locale) files.add(`${folder}/${locale}/${name}`);
	}
	return files;
}

/**
 * The files the Git host lists in the collection's layout that Decap did not read, sorted:
 * compared by name, not counted, so one stale or extra entry cannot hide one that was dropped.
 */
export function unreadFiles(listed: ReadonlyArray<{ path: string }>, entries: readonly LookedUpEntry[], layout: EntryLayout): string[] {
	const { folder, extension, locales } = layout;
	const read = loadedFiles(entries, layout);
	return listed
		.map(({ path }) => path)
		.filter((path) => {
			const [locale, name, ...rest] = path.slice(folder.length + 1).split('/');
			const inLayout =
				path.startsWith(`${folder}/`) && rest.length === 0 && (locales ? locales.includes(locale ?? '') && name?.endsWith(`.${extension}`) : locale?.endsWith(`.${extension}`) && name === undefined);
			return inLayout && !read.has(path);
		})
		.sort();
}

/**
 * An entry's file name (its path's last part, without the extension), the name the build knows
 * it by. Decap's slug of an article with no file in the default language keeps its path's language
 * folder (`en/only-english`); the rules compare names, so they take this one. Without a path (a
 * new entry), the slug as given.
 */
export function fileSlug(entry: { slug: string; path?: unknown }): string {
	if (typeof entry.path !== 'string' || entry.path === '') return entry.slug;
	return entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
}

/**
 * `entry` as the rules read it: named by its file (`fileSlug`), and, when Decap took it from a file
 * in another language than the default (an article with no default-language file, or one whose
 * default file it could not read), with that file's data under its own language in `i18n`, as
 * Decap places a translation, and no default-language data: the rules take `data` as the default
 * language's (cms/article-claims.ts), and an English file's aliases are not Persian ones.
 * `path` is kept as Decap gave it (`loadedFiles` reads it).
 */
export function inOwnLanguage<Entry extends LookedUpEntry>(entry: Entry, { folder, locales, defaultLocale }: EntryLayout): Entry {
	const slug = fileSlug(entry);
	const own = locales && entry.path?.startsWith(`${folder}/`) ? entry.path.slice(folder.length + 1).split('/') : undefined;
	const language = own?.length === 2 && locales?.includes(own[0]!) ? own[0]! : undefined;
	if (!language || language === defaultLocale) return slug === entry.slug ? entry : { ...entry, slug };
	return { ...entry, slug, data: {}, i18n: { ...entry.i18n, [language]: { data: entry.data ?? {} } } };
}

/**
 * Where a Git host's answer cut a Git tree short: GitHub's, Gitea's and Forgejo's `git/trees`
 * answer `{ tree: [...], truncated: true }` past their limit (GitHub's 100,000 entries; Gitea's
 * and Forgejo's one page, read whole by the look-up unless a page failed), and Decap reads no further page. The last path the page holds ('' for none), or
 * undefined for an answer that is not a cut tree.
 */
export function cutTreeEnd(answer: unknown): string | undefined {
	if (typeof answer !== 'object' || answer === null || (answer as { truncated?: unknown }).truncated !== true) return undefined;
	const tree = (answer as { tree?: unknown }).tree;
	if (!Array.isArray(tree)) return undefined;
	const last = (tree.at(-1) as { path?: unknown } | undefined)?.path;
	return typeof last === 'string' ? last : '';
}

/**
 * Whether a repository's whole tree, cut after `end`, still holds all of `folder`: a recursive
 * tree lists its paths in Git's order (by their bytes, as `git ls-tree -r` does; the same order
 * as comparing the strings for the ASCII of folder names), so the folder's paths, all starting
 * with `folder/`, come together, and a page ending past them all holds them all.
 */
export function treeHoldsFolder(end: string, folder: string): boolean {
	const prefix = `${folder}/`;
	return end > prefix && !end.startsWith(prefix);
}

/**
 * How Gitea and Forgejo page a Git tree (`git/trees/<sha>`, `page`/`per_page`): the answer names
 * the tree (`sha`) and counts all its entries (`total_count`); a page holds at most the server's
 * page size (1000 by default, `per_page` capped to it), and `truncated` is set on every page of
 * a tree larger than one page, the last included, so it does not say whether pages remain. The
 * paging of a first page that is not the whole tree, or undefined when there is nothing more to
 * read or the answer is not such a page (GitHub's has no `total_count`: it cannot be paged).
 */
export function treePaging(answer: unknown): { sha: string; total: number; perPage: number } | undefined {
	if (typeof answer !== 'object' || answer === null) return undefined;
	const { sha, tree, total_count: total, page } = answer as { sha?: unknown; tree?: unknown; total_count?: unknown; page?: unknown };
	if (typeof sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha) || !Array.isArray(tree) || typeof total !== 'number' || !Number.isSafeInteger(total)) return undefined;
	// Only a first page is continued here (a caller asking for a later page pages itself).
	if (page !== undefined && page !== 1) return undefined;
	if (tree.length === 0 || tree.length >= total) return undefined;
	return { sha, total, perPage: tree.length };
}

/** The entries of a later page of the tree `paging` describes, or undefined when the answer is of another tree (it changed) or empty. */
export function laterTreePage(answer: unknown, paging: { sha: string; total: number }): unknown[] | undefined {
	if (typeof answer !== 'object' || answer === null) return undefined;
	const { sha, tree, total_count: total } = answer as { sha?: unknown; tree?: unknown; total_count?: unknown };
	return sha === paging.sha && total === paging.total && Array.isArray(tree) && tree.length > 0 ? tree : undefined;
}
