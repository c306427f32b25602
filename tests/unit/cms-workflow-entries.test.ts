import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The look-up of open drafts the CMS's rules run against (browser/workflow-entries.ts), over a
 * stand-in for Decap's store and backend. It must never under-report: Decap's own listing drops
 * a draft whose file failed to load, and a rule checked against too little lets a clash through.
 */
const state = {
	config: { publish_mode: 'editorial_workflow' as string | undefined },
	collections: new Map<string, { get(key: string): unknown }>([
		['articles', { get: (key: string) => (key === 'extension' ? 'mdx' : key === 'i18n' ? { get: (setting: string) => (setting === 'default_locale' ? 'fa' : undefined) } : undefined) }],
	]),
};
const backend = {
	listAllEntries: vi.fn(async () => [{ slug: 'track-your-order', data: { ref: 1 } }]),
	processUnpublishedEntry: vi.fn(),
	implementation: { unpublishedEntries: vi.fn(), unpublishedEntry: vi.fn() },
};
vi.mock('decap-cms-core/dist/esm/redux', () => ({ store: { getState: () => state } }));
vi.mock('decap-cms-core/dist/esm/backend', () => ({ currentBackend: () => backend }));
const { draftReadLimit, freshEntries, openDrafts } = await import('../../src/features/cms/browser/workflow-entries');

/** Waits for `promise` while running out the pauses between attempts. */
async function settle<T>(promise: Promise<T>): Promise<T> {
	const settled = promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
	await vi.runAllTimersAsync();
	const outcome = await settled;
	if ('error' in outcome) throw outcome.error;
	return outcome.value;
}

const draft = { collection: 'articles', slug: 'gift-cards', diffs: [{ path: 'src/content/articles/fa/gift-cards.mdx' }, { path: 'src/content/articles/ar/gift-cards.mdx' }] };

describe('the open drafts the rules see', () => {
	beforeEach(() => {
		// The pauses between attempts run on fake timers (`settle` runs them out).
		vi.useFakeTimers();
		state.config.publish_mode = 'editorial_workflow';
		backend.implementation.unpublishedEntries.mockReset().mockResolvedValue(['articles/gift-cards']);
		backend.implementation.unpublishedEntry.mockReset().mockResolvedValue(draft);
		backend.processUnpublishedEntry.mockReset().mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: { ar: { data: { ref: 2 } } } });
	});

	it('lists the published entries and every open draft of the collection', async () => {
		expect((await freshEntries('articles')).map((entry) => entry.slug)).toEqual(['track-your-order', 'gift-cards']);
	});

	it('lists no drafts without the editorial workflow, and asks the backend for none', async () => {
		state.config.publish_mode = 'simple';
		expect(await openDrafts()).toEqual([]);
		expect(backend.implementation.unpublishedEntries).not.toHaveBeenCalled();
	});

	it('fails, naming the draft, when one of its languages could not be read (never a partial draft)', async () => {
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 } });
		await expect(settle(openDrafts())).rejects.toThrow('Could not read the open draft articles/gift-cards');
	});

	it('fails when the one language a draft changed could not be read, though the unchanged ones make up the count', async () => {
		// A draft of a published article that changed only its Arabic file; Decap read fa and en from the branch, not ar.
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: [{ path: 'src/content/articles/ar/gift-cards.mdx' }] });
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: { en: { data: { ref: 2 } } } });
		await expect(settle(openDrafts())).rejects.toThrow('Could not read the open draft articles/gift-cards');
	});

	it('reads a draft again after a failed request, and fails when it keeps failing', async () => {
		backend.implementation.unpublishedEntry.mockRejectedValueOnce(new Error('Request timed out'));
		expect((await settle(openDrafts())).map((entry) => entry.slug)).toEqual(['gift-cards']);
		backend.implementation.unpublishedEntry.mockRejectedValue(new Error('Request timed out'));
		await expect(settle(openDrafts())).rejects.toThrow('Could not read the open draft articles/gift-cards');
	});

	it('treats a draft published or deleted since the listing as gone, not as a failure', async () => {
		const gone = Object.assign(new Error('content is not under editorial workflow'), { name: 'EDITORIAL_WORKFLOW_ERROR', notUnderEditorialWorkflow: true });
		backend.implementation.unpublishedEntry.mockRejectedValueOnce(gone);
		expect(await settle(openDrafts())).toEqual([]);
		backend.implementation.unpublishedEntry.mockRejectedValueOnce(Object.assign(new Error('Not Found'), { status: 404 }));
		expect(await settle(openDrafts())).toEqual([]);
		// Asked once each: a gone draft is not asked for again.
		expect(backend.implementation.unpublishedEntry).toHaveBeenCalledTimes(2);
	});

	it('reads at most four drafts at once, however many are open', async () => {
		const ids = Array.from({ length: 11 }, (_, index) => `articles/draft-${index}`);
		backend.implementation.unpublishedEntries.mockResolvedValue(ids);
		let running = 0;
		let most = 0;
		backend.implementation.unpublishedEntry.mockImplementation(async ({ id }: { id: string }) => {
			running++;
			most = Math.max(most, running);
			await new Promise((done) => setTimeout(done, 10));
			running--;
			return { collection: 'articles', slug: id.split('/')[1], diffs: [{ path: `src/content/articles/fa/${id.split('/')[1]}.mdx` }] };
		});
		backend.processUnpublishedEntry.mockImplementation(async (_collection: unknown, entry: { slug: string }) => ({ slug: entry.slug, data: {} }));
		expect((await settle(openDrafts())).map((entry) => entry.slug)).toEqual(ids.map((id) => id.split('/')[1]));
		expect(draftReadLimit).toBe(4);
		expect(most).toBe(draftReadLimit);
	});

	it('reuses a draft read at an earlier save when its files are the same blobs, and reads it again when they changed', async () => {
		const blob = (n: number) => n.toString(16).padStart(40, '0');
		const versioned = (n: number) => ({ ...draft, diffs: draft.diffs.map((diff, index) => ({ ...diff, id: blob(n * 10 + index) })) });
		backend.implementation.unpublishedEntry.mockResolvedValue(versioned(1));
		await settle(openDrafts());
		await settle(openDrafts());
		expect(backend.processUnpublishedEntry, 'the same blobs: read once').toHaveBeenCalledTimes(1);
		backend.implementation.unpublishedEntry.mockResolvedValue(versioned(2));
		await settle(openDrafts());
		expect(backend.processUnpublishedEntry, 'new blobs: read again').toHaveBeenCalledTimes(2);
		// Without blob names (decap-server's git mode gives paths), every save reads the files.
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: draft.diffs.map((diff) => ({ ...diff, id: diff.path })) });
		await settle(openDrafts());
		await settle(openDrafts());
		expect(backend.processUnpublishedEntry).toHaveBeenCalledTimes(4);
	});
});
