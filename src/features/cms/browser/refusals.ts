/**
 * A refused save without a page error. Decap's toolbar starts a save with an async handler it
 * never awaits (Editor's `handlePersistEntry`), and `persistEntry` rejects whenever the save does
 * not happen: with nothing when a field's own check failed, with its ENTRY_PERSIST_FAILURE
 * action when a `preSave` listener (Bayan's rules, cms.ts) threw. The editor has already been
 * told (the field's error, Decap's toast), but the browser reported an unhandled rejection: a
 * page error for every refused save. Here those two rejections, and only they, are marked
 * handled; any other failure is still reported.
 */

/** What the browser hands an `unhandledrejection` listener, as far as this module reads it. */
export interface RefusalCheck {
	/** The rejection's reason. */
	reason: unknown;
	/** Whether Decap's draft holds field errors now (its own refusal, which rejects with nothing). */
	draftHasFieldErrors: boolean;
	/** The messages of the refusals Bayan's rules raised on this page. */
	refused: ReadonlySet<string>;
}

/**
 * The refusal's text in Decap's action for a failed save, as its save rejects with it: `persistEntry`'s
 * ENTRY_PERSIST_FAILURE carries the error's text; with the editorial workflow, `persistUnpublishedEntry`'s
 * UNPUBLISHED_ENTRY_PERSIST_FAILURE carries the error itself.
 */
function failureMessage(reason: unknown): string | undefined {
	if (!reason || typeof reason !== 'object') return undefined;
	const action = reason as { type?: unknown; payload?: { error?: unknown } };
	const error = action.payload?.error;
	// A deletion refused by the rules (another published article names it as related): the same text, kept.
	if ((action.type === 'ENTRY_PERSIST_FAILURE' || action.type === 'ENTRY_DELETE_FAILURE') && typeof error === 'string') return error;
	if (action.type === 'UNPUBLISHED_ENTRY_PERSIST_FAILURE' && error instanceof RefusedSave) return error.message;
	return undefined;
}

/** Whether a rejection is a save refused on purpose: by a field's own check, or by Bayan's rules (by message). */
export function isRefusedSave({ reason, draftHasFieldErrors, refused }: RefusalCheck): boolean {
	if (reason === undefined) return draftHasFieldErrors;
	// Decap keeps only the error's text (`error.toString()`); a refusal's name is empty, so that is its message.
	const message = failureMessage(reason);
	return message !== undefined && refused.has(message);
}

/** A save the rules refuse; named with nothing, so Decap's toast shows the message alone (no "Error:"). */
export class RefusedSave extends Error {
	override name = '';
}

const refusedMessages = new Set<string>();

/** The error a `preSave` listener throws to refuse a save, remembered so its rejection is not a page error. */
export function refusal(message: string): RefusedSave {
	refusedMessages.add(message);
	return new RefusedSave(message);
}

/** A save refused because the Git host could not be read, not because of a rule (cms.ts tells the two apart). */
export class LookupFailure extends RefusedSave {}

/** The error that refuses a save whose look-up of the Git host failed, remembered as `refusal` does. */
export function lookupFailure(message: string): LookupFailure {
	refusedMessages.add(message);
	return new LookupFailure(message);
}

/** Marks the rejections of refused saves handled (see the module comment). */
export function quietRefusedSaves(draftHasFieldErrors: () => boolean): void {
	window.addEventListener('unhandledrejection', (event) => {
		if (isRefusedSave({ reason: event.reason, draftHasFieldErrors: draftHasFieldErrors(), refused: refusedMessages })) event.preventDefault();
	});
}
