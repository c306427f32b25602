import { currentBackend } from 'decap-cms-core/dist/esm/backend';
import { store } from 'decap-cms-core/dist/esm/redux';
import { type LookedUpEntry, type OpenDraft, withOpenDrafts } from '../open-drafts';

/**
 * A fresh look-up of a collection's entries through Decap's own backend (the one it saves
 * and publishes with): the published files, and with the editorial workflow the open drafts
 * too (cms/open-drafts.ts says why). Fresh on every call: a check before publishing must see
 * the draft another editor saved a minute ago, not what the admin listed when it loaded.
 */

/** The part of Decap's redux state read here: the config (plain) and the collections (Immutable). */
interface DecapState {
	config: { publish_mode?: string };
	collections: { get(name: string): unknown };
}

/** The part of Decap's `Backend` (decap-cms-core/src/backend.ts) read here. */
interface DecapBackend {
	listAllEntries(collection: unknown): Promise<LookedUpEntry[]>;
	unpublishedEntries(collections: unknown): Promise<{ entries: OpenDraft[] }>;
}

/** Whether this admin saves drafts (`publish_mode: editorial_workflow`, kept only by backends that offer it). */
export function usesWorkflow(): boolean {
	return (store.getState() as DecapState).config.publish_mode === 'editorial_workflow';
}

/** Every open draft of every collection, or none without the editorial workflow. */
export async function openDrafts(): Promise<OpenDraft[]> {
	if (!usesWorkflow()) return [];
	const state = store.getState() as DecapState;
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	try {
		return (await backend.unpublishedEntries(state.collections)).entries;
	} catch (cause) {
		// Never "no drafts": a rule checked against too little would let the clash through to the build.
		throw new Error('Could not list the open drafts of the editorial workflow', { cause });
	}
}

/** The published entries of `collection` and its open drafts, read now from the backend. */
export async function freshEntries(collection: string): Promise<LookedUpEntry[]> {
	const state = store.getState() as DecapState;
	const decapCollection = state.collections.get(collection);
	if (!decapCollection) throw new Error(`No collection "${collection}" in the CMS configuration`);
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	let published: LookedUpEntry[];
	try {
		published = await backend.listAllEntries(decapCollection);
	} catch (cause) {
		throw new Error(`Could not list the ${collection} entries`, { cause });
	}
	return withOpenDrafts(published, await openDrafts(), collection);
}
