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
const { freshEntries, openDrafts } = await import('../../src/features/cms/browser/workflow-entries');

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
});
