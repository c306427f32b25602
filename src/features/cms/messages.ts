import { isolate } from './bidi';
import { draftBranch, githubCompareFileLimit, type SkippedDraft } from './open-drafts';

/**
 * The admin's messages about the Git host's look-up (browser/workflow-entries.ts) in the
 * interface's language: what could not be read, which draft branch was left out or holds files
 * that are not its own, and why its publish is refused. Every name from the repository (a
 * branch, a slug, a file path: written outside the CMS, possibly by anyone with push access) is
 * isolated (bidi.ts), so it cannot reorder the Persian or Arabic sentence around it.
 */

/** A CMS string by key (cms/strings/<locale>.json without the `cms.` prefix), placeholders filled. */
export type Say = (key: string, vars?: Record<string, string | number>) => string;

/** How a message lists names and writes numbers: the interface language's. */
export interface Wording {
	say: Say;
	/** A list of items (`Intl.ListFormat`, conjunction). */
	list(items: string[]): string;
	/** A number in the interface's digits. */
	number(value: number): string;
	/** A string with plural forms, the one `count` takes in the interface language (`{count}` in its digits). */
	sayCount(key: string, count: number, vars?: Record<string, string | number>): string;
}

/** At most this many file names in one message; the rest are counted. */
export const namedFilesLimit = 5;

/** File paths as a list in the message: each isolated, the first few named and the rest counted. */
export function fileList(files: readonly string[], { list, sayCount }: Wording): string {
	const named = files.slice(0, namedFilesLimit).map(isolate);
	const more = files.length - named.length;
	return list(more > 0 ? [...named, sayCount('lookup.moreFiles', more)] : named);
}

/** The look-up failed because the Git host listed only part of a collection's folder (`folder`, its path in the repository). */
export function cutListingMessage(folder: string, wording: Wording): string {
	return wording.say('lookup.listingCut', { folder: isolate(folder) });
}

/** The look-up failed because Decap could not read these published files (sorted paths). */
export function unreadFilesMessage(files: readonly string[], wording: Wording): string {
	return wording.sayCount('lookup.filesUnread', files.length, { files: fileList(files, wording) });
}

const skippedKeys: Record<Exclude<SkippedDraft['why'], 'tooManyFiles' | 'renamesUnread'>, string> = {
	leftOut: 'lookup.draftSkipped',
	strayLanguage: 'lookup.draftStrayFile',
	otherFiles: 'lookup.draftOtherFiles',
	renamedOwn: 'lookup.draftRenamedOwn',
};

/** The warning for a draft branch holding what the CMS never writes, naming the draft, its branch and the files. */
export function skippedDraftMessage(skipped: SkippedDraft, wording: Wording): string {
	if (skipped.why === 'tooManyFiles') return tooManyFilesMessage('lookup.draftTooManyFiles', skipped, wording);
	// Told at the draft's publish only (workflow-entries.ts): the refusal says it all.
	if (skipped.why === 'renamesUnread') return renamesUnreadMessage(skipped, wording);
	// No file to name (a count of 0 would pick a form that names one): said without a list.
	if (!skipped.files.length) return wording.say('lookup.draftSkippedNoFiles', { draft: isolate(skipped.slug), branch: isolate(draftBranch(skipped.id)) });
	const vars = { draft: isolate(skipped.slug), branch: isolate(draftBranch(skipped.id)), files: fileList(skipped.files, wording) };
	// "a file" or "files" (Arabic: also two), as many as it names.
	return wording.sayCount(skippedKeys[skipped.why], skipped.files.length, vars);
}

/**
 * The refusal of publishing a draft whose branch holds what the CMS never writes (`skipped`, its
 * own reports from the look-up), or undefined when it holds only its own files. Decap publishes a
 * draft by merging its whole branch (a pull request's merge on GitHub), and offers no way to
 * publish only some of its files: so the publish is refused, naming the files.
 */
export function strayPublishRefusal(reports: readonly SkippedDraft[], wording: Wording): string | undefined {
	// Its own file renamed away is warned about at the look-up, not refused.
	const skipped = reports.filter((report) => report.why !== 'renamedOwn');
	const [first] = skipped;
	if (!first) return undefined;
	// Past GitHub's 300 files the branch was not seen whole: what it hides cannot be named.
	const cut = skipped.find((report) => report.why === 'tooManyFiles');
	if (cut) return tooManyFilesMessage('publish.tooManyFiles', cut, wording);
	const unread = skipped.find((report) => report.why === 'renamesUnread');
	if (unread) return renamesUnreadMessage(unread, wording);
	const files = [...new Set(skipped.flatMap((report) => report.files))].sort();
	if (!files.length) return wording.say('publish.strayFilesUnnamed', { draft: isolate(first.slug), branch: isolate(draftBranch(first.id)) });
	return wording.sayCount('publish.strayFiles', files.length, { draft: isolate(first.slug), branch: isolate(draftBranch(first.id)), files: fileList(files, wording) });
}

/** A draft whose branch changes more files than the host lists (`githubCompareFileLimit`), naming the draft, its branch and the limit. */
function tooManyFilesMessage(key: string, skipped: SkippedDraft, wording: Wording): string {
	return wording.say(key, { draft: isolate(skipped.slug), branch: isolate(draftBranch(skipped.id)), limit: wording.number(githubCompareFileLimit) });
}

/** A draft whose branch could not be matched to the host's comparison of it, so a file it renamed away was not seen. */
function renamesUnreadMessage(skipped: SkippedDraft, wording: Wording): string {
	return wording.say('publish.renamesUnread', { draft: isolate(skipped.slug), branch: isolate(draftBranch(skipped.id)) });
}
