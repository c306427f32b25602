import { isolate } from './bidi';
import type { SkippedDraft } from './open-drafts';

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
}

/** At most this many file names in one message; the rest are counted. */
export const namedFilesLimit = 5;

/** File paths as a list in the message: each isolated, the first few named and the rest counted. */
export function fileList(files: readonly string[], { say, list, number }: Wording): string {
	const named = files.slice(0, namedFilesLimit).map(isolate);
	const more = files.length - named.length;
	return list(more > 0 ? [...named, say('lookup.moreFiles', { count: number(more) })] : named);
}

/** The look-up failed because Decap could not read these published files (sorted paths). */
export function unreadFilesMessage(files: readonly string[], wording: Wording): string {
	return wording.say('lookup.filesUnread', { files: fileList(files, wording) });
}
