import { describe, expect, it } from 'vitest';
import { isRefusedSave, RefusedSave, refusal } from '../../src/features/cms/browser/refusals';

/**
 * A refused save is told to the editor at the field and in Decap's toast; the rejection Decap's
 * un-awaited save handler leaves behind must not also be a page error. Only refusals are quieted:
 * any other failed save or rejection is still reported.
 */
describe('recognising a refused save among unhandled rejections', () => {
	const failure = (error: string) => ({ type: 'ENTRY_PERSIST_FAILURE', error: 'Failed to persist entry', payload: { collectionName: 'notices', entrySlug: 'x', error } });
	const refused = new Set(['Not saved: fix these: «Summary» is required.']);

	it('a save refused by a field’s own check (Decap rejects with nothing while the draft has field errors)', () => {
		expect(isRefusedSave({ reason: undefined, draftHasFieldErrors: true, refused })).toBe(true);
	});

	it('a save refused by Bayan’s rules, by the refusal’s text as Decap keeps it', () => {
		const error = refusal('Not saved: end before start.');
		// Decap stores `error.toString()`; a refusal has no name, so that is the message alone.
		expect(String(error)).toBe('Not saved: end before start.');
		expect(error).toBeInstanceOf(RefusedSave);
		expect(isRefusedSave({ reason: failure(String(error)), draftHasFieldErrors: false, refused: new Set([...refused, error.message]) })).toBe(true);
	});

	it('a draft’s save refused by Bayan’s rules (editorial workflow: Decap’s action carries the error itself)', () => {
		const error = refusal('Not saved: «gift-vouchers» is already the old address of «gift-cards».');
		const draftFailure = (reason: unknown) => ({ type: 'UNPUBLISHED_ENTRY_PERSIST_FAILURE', payload: { error: reason, collection: 'articles', slug: 'x' }, error: reason });
		expect(isRefusedSave({ reason: draftFailure(error), draftHasFieldErrors: false, refused: new Set([error.message]) })).toBe(true);
		// The draft's save failed in the backend: still reported.
		expect(isRefusedSave({ reason: draftFailure(new Error(error.message)), draftHasFieldErrors: false, refused: new Set([error.message]) })).toBe(false);
	});

	it('not a save that failed for another reason (the backend, the network)', () => {
		expect(isRefusedSave({ reason: failure('Error: API_ERROR: 500'), draftHasFieldErrors: false, refused })).toBe(false);
	});

	it('not an empty rejection without field errors, nor other rejections', () => {
		expect(isRefusedSave({ reason: undefined, draftHasFieldErrors: false, refused })).toBe(false);
		expect(isRefusedSave({ reason: new Error('Not saved: fix these: «Summary» is required.'), draftHasFieldErrors: true, refused })).toBe(false);
		expect(isRefusedSave({ reason: { type: 'ENTRY_DELETE_FAILURE', payload: { error: 'Error: API_ERROR: 500' } }, draftHasFieldErrors: true, refused })).toBe(false);
	});

	it('a deletion refused by Bayan’s rules (another published article names it as related), by its text', () => {
		const error = refusal('Not deleted: the published article “returns” names this article among its related articles.');
		expect(
			isRefusedSave({
				reason: { type: 'ENTRY_DELETE_FAILURE', payload: { collectionName: 'articles', entrySlug: 'x', error: String(error) } },
				draftHasFieldErrors: false,
				refused: new Set([error.message]),
			}),
		).toBe(true);
	});
});
