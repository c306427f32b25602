import { currentBackend } from 'decap-cms-core/dist/esm/backend';
import { store } from 'decap-cms-core/dist/esm/redux';
import { draftEntryFiles, draftVersionKey, isGoneDraft, type LookedUpEntry, mapWithLimit, type OpenDraft, withOpenDrafts } from '../open-drafts';

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

/** What Decap's backend implementation says of one open draft (`unpublishedEntry`). */
interface DraftData {
	collection: string;
	slug: string;
	diffs: Array<{ path: string; id?: string; status?: string }>;
}

/** The part of Decap's `Backend` (decap-cms-core/src/backend.ts) and its implementation read here. */
interface DecapBackend {
	listAllEntries(collection: unknown): Promise<LookedUpEntry[]>;
	processUnpublishedEntry(collection: unknown, entryData: DraftData, withMediaFiles: boolean): Promise<LookedUpEntry | undefined>;
	implementation: {
		unpublishedEntries(): Promise<string[]>;
		unpublishedEntry(args: { id: string }): Promise<DraftData>;
	};
}

/** A Decap collection (Immutable), as far as it is read here. */
interface DecapCollection {
	get(key: 'extension' | 'i18n'): unknown;
}

/**
 * Runs a read of the backend, again after a pause when it fails (decap-server's git mode refuses
 * a request that waited 3 s for another; a Git host can answer one request with an error), and
 * throws naming what could not be read when it keeps failing.
 */
async function persistently<T>(what: string, read: () => Promise<T>, gone?: () => T): Promise<T> {
	let last: unknown;
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			return await read();
		} catch (cause) {
			// A draft published or deleted since the listing: gone, not a failure (and no use asking again).
			if (gone && isGoneDraft(cause)) return gone();
			last = cause;
			await new Promise((done) => setTimeout(done, 500 * (attempt + 1)));
		}
	}
	throw new Error(`Could not read ${what}`, { cause: last });
}

/** At most this many drafts are read at once (open-drafts.ts, `mapWithLimit`, says why). */
export const draftReadLimit = 4;

/** Drafts as read, by their id and files' blobs (`draftVersionKey`): a later save reuses them unchanged. */
const readDrafts = new Map<string, OpenDraft>();

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
	if (!usesWorkflow()) return [];
	const state = store.getState() as DecapState;
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	const ids = await persistently('the open drafts of the editorial workflow', () => backend.implementation.unpublishedEntries());
	const drafts = await mapWithLimit(ids, draftReadLimit, (id) =>
		persistently(
			`the open draft ${id}`,
			async (): Promise<OpenDraft | undefined> => {
				const draft = await backend.implementation.unpublishedEntry({ id });
				const collection = state.collections.get(draft.collection) as DecapCollection | undefined;
				// A branch of a collection this admin does not edit: no rule of its entries concerns it.
				if (!collection) return undefined;
				// The same files as at an earlier save: the draft as read then.
				const version = draftVersionKey(id, draft.diffs);
				const known = version === undefined ? undefined : readDrafts.get(version);
				if (known) return known;
				const entry = await backend.processUnpublishedEntry(collection, draft, false);
				if (!entry) throw new Error(`the draft ${id} has no readable file`);
				// Each language is a file; Decap skips one it could not read (see above). Counting is not
				// enough: Decap also reads the languages the draft did not change, which would make up the
				// number. Every changed language's file must be there (multiple_folders: …/<locale>/<slug>.<ext>).
				const files = draftEntryFiles(draft.diffs, draft.slug, String(collection.get('extension')));
				const i18n = collection.get('i18n') as { get?(key: string): unknown } | undefined;
				if (i18n) {
					const defaultLocale = typeof i18n.get === 'function' ? String(i18n.get('default_locale')) : undefined;
					for (const { path } of files) {
						const locale = path.split('/').at(-2);
						if (locale && locale !== defaultLocale && !entry.i18n?.[locale]) throw new Error(`the ${locale} file of the draft ${id} (${path}) could not be read`);
					}
					const languages = 1 + Object.keys(entry.i18n ?? {}).length;
					if (languages < files.length) throw new Error(`only ${languages} of the ${files.length} files of the draft ${id} could be read`);
				}
				const read = { ...entry, collection: draft.collection };
				if (version !== undefined) readDrafts.set(version, read);
				return read;
			},
			() => undefined,
		),
	);
	return drafts.filter((draft): draft is OpenDraft => draft !== undefined);
}

/**
 * The published entries of `collection` and its open drafts, read now from the backend;
 * `drafts` when the caller has just read them (`openDrafts`), so they are not read twice.
 */
export async function freshEntries(collection: string, drafts?: readonly OpenDraft[]): Promise<LookedUpEntry[]> {
	const state = store.getState() as DecapState;
	const decapCollection = state.collections.get(collection);
	if (!decapCollection) throw new Error(`No collection "${collection}" in the CMS configuration`);
	const backend = currentBackend(state.config) as unknown as DecapBackend;
	const published = await persistently(`the ${collection} entries`, () => backend.listAllEntries(decapCollection));
	return withOpenDrafts(published, drafts ?? (await openDrafts()), collection);
}
