import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SkippedDraft } from '../../src/features/cms/open-drafts';

/**
 * The look-up of open drafts the CMS's rules run against (browser/workflow-entries.ts), over a
 * stand-in for Decap's store and backend. It must never under-report: Decap's own listing drops
 * a draft whose file failed to load, and a rule checked against too little lets a clash through.
 */
const state = {
	config: { publish_mode: 'editorial_workflow' as string | undefined, backend: { name: 'github' } as { name?: string }, media_folder: 'public/media' },
	collections: new Map<string, { get(key: string): unknown }>([
		[
			'articles',
			{
				get: (key: string) =>
					key === 'extension'
						? 'mdx'
						: key === 'folder'
							? 'src/content/articles'
							: key === 'i18n'
								? { get: (setting: string) => (setting === 'default_locale' ? 'fa' : setting === 'locales' ? ['fa', 'ar', 'en'] : undefined) }
								: undefined,
			},
		],
		// A collection without languages: one YAML file per entry, <folder>/<slug>.yaml.
		['categories', { get: (key: string) => (key === 'extension' ? 'yaml' : key === 'folder' ? 'src/content/categories' : undefined) }],
	]),
};
const backend = {
	listAllEntries: vi.fn(
		async (): Promise<Array<{ slug: string; data: Record<string, unknown>; i18n?: Record<string, { data: Record<string, unknown> }> }>> => [{ slug: 'track-your-order', data: { ref: 1 } }],
	),
	processUnpublishedEntry: vi.fn(),
	implementation: {
		unpublishedEntries: vi.fn(),
		unpublishedEntry: vi.fn(),
		// GitHub's: the Git tree of a folder, files not read (none by default: decap-server offers no listing).
		// GitHub's, GitLab's, Forgejo's: also the comparison a draft's changes are read from.
		api: undefined as
			| undefined
			| {
					originRepoURL: string;
					listFiles: ReturnType<typeof vi.fn> | ((...args: never[]) => Promise<unknown>);
					getDifferences?(...args: unknown[]): Promise<unknown>;
					request?(...args: unknown[]): Promise<unknown>;
			  },
		// GitLab's: the folder's files, not read.
		listAllFiles: undefined as undefined | ReturnType<typeof vi.fn>,
	},
};
vi.mock('decap-cms-core/dist/esm/redux', () => ({ store: { getState: () => state } }));
vi.mock('decap-cms-core/dist/esm/backend', () => ({ currentBackend: () => backend }));
const { articleClaimIssues, claimEntryOf } = await import('../../src/features/cms/article-claims');
const { buildAdminData } = await import('../../src/features/cms/cms-config');
const { issueMessages } = await import('../../src/features/cms/browser/validation');
const { asLookedUp, cachedDraftCount, draftReadLimit, freshEntries, ListingCut, onSkippedDrafts, openDraftLookup, openDrafts, publishedEntries, UnreadFiles } = await import(
	'../../src/features/cms/browser/workflow-entries'
);
type UnreadFiles = InstanceType<typeof UnreadFiles>;

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
		backend.listAllEntries.mockReset().mockResolvedValue([{ slug: 'track-your-order', data: { ref: 1 } }]);
		backend.implementation.api = undefined;
		delete (globalThis as { bayanLookupLimitMs?: unknown }).bayanLookupLimitMs;
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

	it('reads a draft with no file in the default language (Decap takes its other file as the entry, keeping that path), and fails when the default file it changed could not be read', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, slug: 'only-english', diffs: [{ path: 'src/content/articles/en/only-english.mdx' }] });
		// Decap's groupEntries of the en file alone: its own path and slug, no i18n.
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'en/only-english', path: 'src/content/articles/en/only-english.mdx', data: { ref: 5, aliases: ['english-guide'] }, i18n: {} });
		expect((await settle(openDrafts())).map((entry) => [entry.path, entry.slug, entry.data, entry.i18n])).toEqual([
			['src/content/articles/en/only-english.mdx', 'only-english', {}, { en: { data: { ref: 5, aliases: ['english-guide'] } } }],
		]);
		// The entry Decap hands the publish check is placed the same way: its claims compare equal to the draft's.
		const [read] = await settle(openDrafts());
		const board = asLookedUp('articles', { slug: 'en/only-english', path: 'src/content/articles/en/only-english.mdx', data: { ref: 5, aliases: ['english-guide'] }, i18n: {} });
		expect(claimEntryOf(board, board.slug, 'fa')).toEqual(claimEntryOf(read!, read!.slug, 'fa'));
		// It changed its Persian file too, and that read failed: Decap took the English one instead.
		backend.implementation.unpublishedEntry.mockResolvedValue({
			...draft,
			slug: 'only-english',
			diffs: [{ path: 'src/content/articles/fa/only-english.mdx' }, { path: 'src/content/articles/en/only-english.mdx' }],
		});
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

	it('stops the look-up once one draft could not be read: no further draft is asked for, no retry, no file read (the save is refused anyway)', async () => {
		const ids = Array.from({ length: 12 }, (_, index) => `articles/draft-${index}`);
		backend.implementation.unpublishedEntries.mockResolvedValue(ids);
		const asked: string[] = [];
		backend.implementation.unpublishedEntry.mockImplementation(async ({ id }: { id: string }) => {
			asked.push(id);
			// draft-0 keeps failing (its three attempts and pauses end after 3 s); the others answer slowly, after 5 s.
			if (id === 'articles/draft-0') throw new Error('Request failed');
			await new Promise((done) => setTimeout(done, 5000));
			return { collection: 'articles', slug: id.split('/')[1], diffs: [{ path: `src/content/articles/fa/${id.split('/')[1]}.mdx` }] };
		});
		backend.processUnpublishedEntry.mockImplementation(async (_collection: unknown, entry: { slug: string }) => ({ slug: entry.slug, data: {} }));
		await expect(settle(openDrafts())).rejects.toThrow('Could not read the open draft articles/draft-0');
		// Every timer run out: what the other lanes did after the failure is counted too.
		await vi.runAllTimersAsync();
		expect([...new Set(asked)], 'only the drafts already being read when it failed').toEqual(['articles/draft-0', 'articles/draft-1', 'articles/draft-2', 'articles/draft-3']);
		expect(asked.filter((id) => id === 'articles/draft-0')).toHaveLength(3);
		// The three reads under way answered after the failure: their files are not read.
		expect(backend.processUnpublishedEntry).not.toHaveBeenCalled();
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
	it('gives up on a read that never answers, after its time limit, instead of waiting for ever', async () => {
		(globalThis as { bayanLookupLimitMs?: unknown }).bayanLookupLimitMs = 5000;
		backend.implementation.unpublishedEntries.mockReturnValue(new Promise(() => undefined));
		const began = Date.now();
		await expect(settle(openDrafts())).rejects.toThrow('Could not read the open drafts of the editorial workflow');
		// Not asked again after a timeout: the editor has waited the limit once, not three times.
		expect(backend.implementation.unpublishedEntries).toHaveBeenCalledTimes(1);
		expect(Date.now() - began).toBeGreaterThanOrEqual(5000);
		backend.listAllEntries.mockReturnValue(new Promise(() => undefined));
		await expect(settle(publishedEntries('articles'))).rejects.toThrow('Could not read the articles entries');
	});

	it('keeps one read per open draft, and drops the drafts no longer listed (the cache stays as large as the board)', async () => {
		const blob = (n: number) => n.toString(16).padStart(40, '0');
		const ids = ['articles/a', 'articles/b', 'articles/c'];
		backend.implementation.unpublishedEntries.mockResolvedValue(ids);
		let version = 1;
		backend.implementation.unpublishedEntry.mockImplementation(async ({ id }: { id: string }) => {
			const slug = id.split('/')[1]!;
			return { collection: 'articles', slug, diffs: [{ path: `src/content/articles/fa/${slug}.mdx`, id: blob(version) }] };
		});
		backend.processUnpublishedEntry.mockImplementation(async (_collection: unknown, entry: { slug: string }) => ({ slug: entry.slug, data: {} }));
		await settle(openDrafts());
		expect(cachedDraftCount()).toBe(3);
		// Each draft saved again (new blobs): its newer read replaces the older one.
		version = 2;
		await settle(openDrafts());
		expect(cachedDraftCount()).toBe(3);
		// Two of them published or deleted.
		backend.implementation.unpublishedEntries.mockResolvedValue(['articles/a']);
		await settle(openDrafts());
		expect(cachedDraftCount()).toBe(1);
	});

	it('leaves out a draft changed outside the CMS so that it holds no file of its own, tells who listens, and does not fail the look-up', async () => {
		backend.implementation.unpublishedEntries.mockResolvedValue(['articles/gift-cards', 'articles/hijack']);
		backend.implementation.unpublishedEntry.mockImplementation(async ({ id }: { id: string }) =>
			id === 'articles/hijack' ? { collection: 'articles', slug: 'hijack', diffs: [{ path: 'src/content/articles/fa/track-your-order.mdx', status: 'modified' }] } : draft,
		);
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		expect((await settle(openDrafts())).map((entry) => entry.slug)).toEqual(['gift-cards']);
		expect(told).toEqual([{ id: 'articles/hijack', collection: 'articles', slug: 'hijack', why: 'leftOut', files: ['src/content/articles/fa/track-your-order.mdx'] }]);
		expect(backend.processUnpublishedEntry, 'the hijacked draft is not read').toHaveBeenCalledTimes(1);
	});

	it('reads a draft with a file in a language folder the site does not have without that file, and says so', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: [...draft.diffs, { path: 'src/content/articles/de/gift-cards.mdx' }] });
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const [read] = await settle(openDrafts());
		expect(read?.data).toEqual({ ref: 2 });
		expect(told).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx'] }]);
		expect(backend.processUnpublishedEntry.mock.calls[0]![1].diffs.map((diff: { path: string }) => diff.path)).toEqual(draft.diffs.map((diff) => diff.path));
	});

	it('tells of a draft whose branch changes another article’s file (or any file the CMS does not write) beside its own, and reads it without them', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({
			...draft,
			diffs: [
				...draft.diffs,
				{ path: 'src/content/articles/fa/track-your-order.mdx' },
				{ path: 'src/site.config.ts' },
				// Media the draft uploaded: the CMS writes those.
				{ path: 'public/media/gift-card.png' },
			],
		});
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(drafts.map((entry) => entry.slug)).toEqual(['gift-cards']);
		const report = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx', 'src/site.config.ts'] };
		expect(skipped).toEqual([report]);
		expect(told).toEqual([report]);
		expect(
			backend.processUnpublishedEntry.mock.calls[0]![1].diffs.map((diff: { path: string }) => diff.path),
			'read as its own files (and media)',
		).toEqual([...draft.diffs.map((diff) => diff.path), 'public/media/gift-card.png']);
	});

	it('applies the own-file rule to a collection without languages (a category’s branch that also changes the site’s code, or only another category)', async () => {
		backend.implementation.unpublishedEntries.mockResolvedValue(['categories/shipping']);
		backend.implementation.unpublishedEntry.mockResolvedValue({
			collection: 'categories',
			slug: 'shipping',
			diffs: [{ path: 'src/content/categories/shipping.yaml' }, { path: 'src/content/categories/account.yaml' }, { path: 'src/site.config.ts' }],
		});
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'shipping', path: 'src/content/categories/shipping.yaml', data: {}, i18n: {} });
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(drafts.map((entry) => entry.slug)).toEqual(['shipping']);
		expect(skipped).toEqual([{ id: 'categories/shipping', collection: 'categories', slug: 'shipping', why: 'otherFiles', files: ['src/content/categories/account.yaml', 'src/site.config.ts'] }]);
		// Read as its own file only: Decap takes the shortest data file of a draft without languages.
		expect(backend.processUnpublishedEntry.mock.calls[0]![1].diffs.map((diff: { path: string }) => diff.path)).toEqual(['src/content/categories/shipping.yaml']);
		// A branch that changed only another category's file holds nothing of its own.
		backend.implementation.unpublishedEntry.mockResolvedValue({ collection: 'categories', slug: 'shipping', diffs: [{ path: 'src/content/categories/account.yaml' }] });
		expect((await settle(openDraftLookup())).skipped).toEqual([
			{ id: 'categories/shipping', collection: 'categories', slug: 'shipping', why: 'leftOut', files: ['src/content/categories/account.yaml'] },
		]);
	});

	it('never fails the look-up for a listener that throws: a warning is logged, the drafts are still answered', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: [...draft.diffs, { path: 'src/site.config.ts' }] });
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			onSkippedDrafts(() => {
				throw new Error('the notice could not be shown');
			});
			const { drafts, skipped } = await settle(openDraftLookup());
			expect(drafts.map((entry) => entry.slug)).toEqual(['gift-cards']);
			expect(skipped.map((each) => each.why)).toEqual(['otherFiles']);
			expect(logged).toHaveBeenCalledTimes(1);
			expect((logged.mock.calls[0]![0] as Error).cause).toEqual(new Error('the notice could not be shown'));
		} finally {
			logged.mockRestore();
			onSkippedDrafts(() => {});
		}
	});

	it('tells of a draft once when its read is tried again after a failed request', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: [...draft.diffs, { path: 'src/site.config.ts' }] });
		backend.processUnpublishedEntry
			.mockReset()
			.mockRejectedValueOnce(new Error('502 Bad Gateway'))
			.mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: { ar: { data: { ref: 2 } } } });
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const { skipped } = await settle(openDraftLookup());
		expect(backend.processUnpublishedEntry).toHaveBeenCalledTimes(2);
		const report = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/site.config.ts'] };
		expect(skipped).toEqual([report]);
		expect(told).toEqual([report]);
	});

	it('does not tell it where the backend compares a branch with the main branch as it is now (decap-server: a file changed on main would look changed by every older branch)', async () => {
		backend.implementation.unpublishedEntry.mockResolvedValue({ ...draft, diffs: [...draft.diffs, { path: 'src/content/articles/fa/track-your-order.mdx', status: 'modified' }] });
		try {
			state.config.backend = { name: 'proxy' };
			expect((await settle(openDraftLookup())).skipped).toEqual([]);
		} finally {
			state.config.backend = { name: 'github' };
		}
	});

	it('refuses the look-up when Decap read fewer published files than the Git host lists (it drops a file it failed to read)', async () => {
		const listFiles = vi.fn(async () => [
			{ path: 'src/content/articles/fa/track-your-order.mdx' },
			{ path: 'src/content/articles/ar/track-your-order.mdx' },
			{ path: 'src/content/articles/fa/returns.mdx' },
			// Not an entry file of a language the site has: not counted.
			{ path: 'src/content/articles/README.md' },
		]);
		backend.implementation.api = { originRepoURL: 'example/help', listFiles };
		// Decap read track-your-order in fa and ar, and dropped returns.
		backend.listAllEntries.mockResolvedValue([{ slug: 'track-your-order', data: { ref: 1 }, i18n: { ar: { data: { ref: 1 } } } }]);
		await expect(settle(publishedEntries('articles'))).rejects.toThrow('could not be read: src/content/articles/fa/returns.mdx');
		expect(listFiles).toHaveBeenCalledWith('src/content/articles', { repoURL: 'example/help', depth: 2 });
		// Every listed file read: the entries as Decap gave them.
		backend.listAllEntries.mockResolvedValue([
			{ slug: 'track-your-order', data: { ref: 1 }, i18n: { ar: { data: { ref: 1 } } } },
			{ slug: 'returns', data: { ref: 3 } },
		]);
		expect((await settle(publishedEntries('articles'))).map((entry) => entry.slug)).toEqual(['track-your-order', 'returns']);
	});

	it('compares the files by name: a stale extra entry cannot hide a dropped file, and the error names each file not read', async () => {
		const listFiles = vi.fn(async () => [
			{ path: 'src/content/articles/fa/track-your-order.mdx' },
			{ path: 'src/content/articles/ar/track-your-order.mdx' },
			{ path: 'src/content/articles/fa/returns.mdx' },
			{ path: 'src/content/articles/en/returns.mdx' },
		]);
		backend.implementation.api = { originRepoURL: 'example/help', listFiles };
		// As many files read as listed (four), but not the same ones: returns' English file was
		// dropped, and an entry the listing no longer has (deleted since) was read instead.
		backend.listAllEntries.mockResolvedValue([
			{ slug: 'track-your-order', data: { ref: 1 }, i18n: { ar: { data: { ref: 1 } } } },
			{ slug: 'returns', data: { ref: 3 } },
			{ slug: 'old-article', data: { ref: 4 } },
		]);
		await expect(settle(publishedEntries('articles'))).rejects.toThrow('could not be read: src/content/articles/en/returns.mdx');
		const failure = await settle(publishedEntries('articles')).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(UnreadFiles);
		expect((failure as UnreadFiles).files).toEqual(['src/content/articles/en/returns.mdx']);
		// A translated entry whose default file failed keeps the path of the file Decap took instead (Decap's mergeValues).
		backend.listAllEntries.mockResolvedValue([
			{ slug: 'track-your-order', data: { ref: 1 }, i18n: { ar: { data: { ref: 1 } } } },
			{ slug: 'returns', path: 'src/content/articles/en/returns.mdx', data: { ref: 3 } } as never,
		]);
		await expect(settle(publishedEntries('articles'))).rejects.toThrow('could not be read: src/content/articles/fa/returns.mdx');
	});

	it("counts with each backend's own listing, and skips the count where the backend lists in another shape (GitLab's api.listFiles, Bitbucket)", async () => {
		const entryFiles = [{ path: 'src/content/articles/fa/track-your-order.mdx' }, { path: 'src/content/articles/fa/returns.mdx' }];
		backend.listAllEntries.mockResolvedValue([{ slug: 'track-your-order', data: { ref: 1 } }]);
		try {
			// GitLab: api.listFiles is (path, recursive) and answers { files, cursor }; the implementation's listAllFiles is the listing.
			state.config.backend = { name: 'gitlab' };
			const gitlabApiListFiles = vi.fn(async () => ({ files: entryFiles, cursor: {} }));
			backend.implementation.api = { originRepoURL: 'example/help', listFiles: gitlabApiListFiles };
			backend.implementation.listAllFiles = vi.fn(async () => entryFiles);
			await expect(settle(publishedEntries('articles'))).rejects.toThrow('could not be read: src/content/articles/fa/returns.mdx');
			expect(backend.implementation.listAllFiles).toHaveBeenCalledWith('src/content/articles', 'mdx', 2);
			expect(gitlabApiListFiles).not.toHaveBeenCalled();
			// Bitbucket (its api.listFiles takes a branch): no count, the entries as Decap gave them.
			state.config.backend = { name: 'bitbucket' };
			const bitbucketListFiles = vi.fn(async () => {
				throw new Error('Not Found');
			});
			backend.implementation.api = { originRepoURL: 'example/help', listFiles: bitbucketListFiles };
			expect((await settle(publishedEntries('articles'))).map((entry) => entry.slug)).toEqual(['track-your-order']);
			expect(bitbucketListFiles).not.toHaveBeenCalled();
			// A listing in a shape not known here is no count, not a refusal.
			state.config.backend = { name: 'github' };
			backend.implementation.api = { originRepoURL: 'example/help', listFiles: vi.fn(async () => ({ files: entryFiles })) };
			expect((await settle(publishedEntries('articles'))).map((entry) => entry.slug)).toEqual(['track-your-order']);
		} finally {
			state.config.backend = { name: 'github' };
			backend.implementation.api = undefined;
			backend.implementation.listAllFiles = undefined;
		}
	});
});

/**
 * Decap's own shapes, as its code builds them (decap-cms-core 3, dist/esm): `listAllEntries` hands
 * the backend the default language's folder as a path filter (backend.js, `collectionRegex` and
 * `i18nRulestring`), GitHub's `allEntriesByFolder` keeps only the paths it matches
 * (decap-cms-backend-github, implementation.js), and `processEntries` groups a translated entry's
 * files with `groupEntries`/`mergeValues` (lib/i18n.js): the path and slug of the default
 * language's file without its language folder, or, with no such file, of the first file as it is
 * (`en/only-english`); the other languages under `i18n`.
 */
function decapGithub(files: Record<string, Record<string, unknown>>) {
	const folder = 'src/content/articles';
	const allEntriesByFolder = vi.fn(async (_folder: string, extension: string, _depth: number, pathRegex?: RegExp) =>
		Object.entries(files)
			.filter(([path]) => (!pathRegex || pathRegex.test(path)) && path.endsWith(`.${extension}`))
			.map(([path, data]) => ({ file: { path }, data })),
	);
	const slugOf = (path: string) => path.slice(folder.length + 1).replace(/\.mdx$/, '');
	const processEntries = (loaded: Array<{ file: { path: string }; data: Record<string, unknown> }>) => {
		const groups = new Map<string, Array<{ locale: string; path: string; data: Record<string, unknown> }>>();
		for (const { file, data } of loaded) {
			const locale = file.path.split('/').at(-2)!;
			const key = file.path.replace(`${locale}/`, '');
			groups.set(key, [...(groups.get(key) ?? []), { locale, path: file.path, data }]);
		}
		return [...groups.values()].map((values) => {
			const main = values.find((value) => value.locale === 'fa') ?? values[0]!;
			const path = main.path.replace('fa/', '');
			const i18n = Object.fromEntries(values.filter((value) => value.locale !== main.locale).map((value) => [value.locale, { data: value.data }]));
			return { slug: slugOf(path), path, data: main.data, i18n };
		});
	};
	return {
		allEntriesByFolder,
		processEntries: vi.fn(processEntries),
		listAllEntries: vi.fn(async () => processEntries(await allEntriesByFolder(folder, 'mdx', 2, /fa\//))),
		listFiles: vi.fn(async () => Object.keys(files).map((path) => ({ path }))),
	};
}

describe('the published entries, read as Decap reads them on GitHub', () => {
	const saved = { ...backend };
	beforeEach(() => {
		vi.useFakeTimers();
		state.config.backend = { name: 'github' };
	});
	afterEach(() => {
		Object.assign(backend, saved);
		backend.implementation.api = undefined;
		delete (backend.implementation as { allEntriesByFolder?: unknown }).allEntriesByFolder;
	});
	function withGithub(files: Record<string, Record<string, unknown>>) {
		const github = decapGithub(files);
		Object.assign(backend, { listAllEntries: github.listAllEntries, processEntries: github.processEntries });
		Object.assign(backend.implementation, { allEntriesByFolder: github.allEntriesByFolder });
		backend.implementation.api = { originRepoURL: 'example/help', listFiles: github.listFiles };
		return github;
	}

	it('reads every language of every article (Decap lists only the default one), so a save is not refused for translations it never read', async () => {
		const github = withGithub({
			'src/content/articles/fa/track.mdx': { ref: 1 },
			'src/content/articles/ar/track.mdx': { ref: 1 },
			'src/content/articles/en/track.mdx': { ref: 1 },
			'src/content/articles/fa/returns.mdx': { ref: 2 },
		});
		const entries = await settle(publishedEntries('articles'));
		expect(entries.map((entry) => [entry.slug, Object.keys(entry.i18n ?? {})])).toEqual([
			['track', ['ar', 'en']],
			['returns', []],
		]);
		// The folder read whole, without the default language's path filter.
		expect(github.allEntriesByFolder).toHaveBeenCalledWith('src/content/articles', 'mdx', 2);
	});

	it('reads an article with no file in the default language whole (Decap names it after its other file: slug "en/only-english")', async () => {
		withGithub({
			'src/content/articles/fa/track.mdx': { ref: 1 },
			'src/content/articles/en/only-english.mdx': { ref: 2 },
			'src/content/articles/ar/arabic-and-english.mdx': { ref: 3 },
			'src/content/articles/en/arabic-and-english.mdx': { ref: 3 },
		});
		const entries = await settle(publishedEntries('articles'));
		expect(entries.map((entry) => [entry.slug, entry.path, Object.keys(entry.i18n ?? {})])).toEqual([
			['track', 'src/content/articles/track.mdx', []],
			['only-english', 'src/content/articles/en/only-english.mdx', ['en']],
			['arabic-and-english', 'src/content/articles/ar/arabic-and-english.mdx', ['en', 'ar']],
		]);
	});

	it('names an article with no Persian file by its file, its data under its own language, so the rules know it as the build does', async () => {
		withGithub({
			'src/content/articles/fa/track.mdx': { ref: 1 },
			'src/content/articles/en/only-english.mdx': { ref: 2, aliases: ['english-guide'] },
		});
		const entries = await settle(publishedEntries('articles'));
		expect(entries[1]).toMatchObject({ slug: 'only-english', data: {}, i18n: { en: { data: { ref: 2, aliases: ['english-guide'] } } } });
		const messages = issueMessages(buildAdminData({ env: {}, previewStyles: [] }));
		const others = entries.map((entry) => claimEntryOf(entry, entry.slug, 'fa'));
		const check = (entry: { slug: string; data: Record<string, unknown> }, isNew = false) =>
			articleClaimIssues(claimEntryOf(entry, entry.slug, 'fa'), others, messages, 'fa', { isNew }).map((issue) => [issue.path.join('.'), issue.rule]);
		// Another article relating to it: it exists, as the build finds it.
		expect(check({ slug: 'returns', data: { ref: 3, related: ['only-english'] } })).toEqual([]);
		// A new article of that name is another article.
		expect(check({ slug: 'only-english', data: { ref: 3 } }, true)).toEqual([['slug', 'slugTaken']]);
		// Its name as an alias is refused, and its English alias is English, not Persian.
		expect(check({ slug: 'returns', data: { ref: 3, aliases: ['only-english'] } })).toEqual([['aliases.0', 'article.aliasIsSlug']]);
		expect(others[1]).toMatchObject({ ref: 2, aliases: [{ alias: 'english-guide', locale: 'en', index: 0 }] });
	});

	it('still refuses when a translation the Git host lists was dropped (a failed read)', async () => {
		const github = withGithub({ 'src/content/articles/fa/track.mdx': { ref: 1 }, 'src/content/articles/en/track.mdx': { ref: 1 } });
		github.allEntriesByFolder.mockImplementation(async () => [{ file: { path: 'src/content/articles/fa/track.mdx' }, data: { ref: 1 } }]);
		await expect(settle(publishedEntries('articles'))).rejects.toThrow('could not be read: src/content/articles/en/track.mdx');
	});
});

/**
 * What Decap drops of the host's comparison of a draft's branch: a renamed file's old path (its
 * deletion would be merged unseen), and GitHub's limit of 300 listed files. The stand-in API's
 * `getDifferences` answers as the host does; the stand-in `unpublishedEntry` reads the draft from
 * it as Decap's backends do (one diff per listed file, the new path only).
 */
describe('a draft branch that renames a file, or changes more files than GitHub lists', () => {
	const own = ['src/content/articles/fa/gift-cards.mdx', 'src/content/articles/ar/gift-cards.mdx'];

	beforeEach(() => {
		vi.useFakeTimers();
		state.config.publish_mode = 'editorial_workflow';
		state.config.backend = { name: 'github' };
		backend.implementation.unpublishedEntries.mockReset().mockResolvedValue(['articles/gift-cards']);
		backend.processUnpublishedEntry.mockReset().mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: { ar: { data: { ref: 2 } } } });
	});
	afterEach(() => {
		state.config.backend = { name: 'github' };
		backend.implementation.api = undefined;
	});

	/** A GitHub (or Forgejo) API whose comparison lists `files` (its compare JSON); the draft read from it as Decap reads it. */
	function github(files: Array<{ filename: string; status: string; previous_filename?: string }>) {
		const answer = { files };
		const getDifferences = vi.fn(async (..._args: unknown[]) => answer);
		backend.implementation.api = { originRepoURL: 'example/help', listFiles: vi.fn(), getDifferences };
		const handedOn: unknown[] = [];
		backend.implementation.unpublishedEntry.mockReset().mockImplementation(async () => {
			// As Decap's API calls it: `this.getDifferences(this.branch, head)`, on the instance.
			const compared = (await backend.implementation.api!.getDifferences!('main', 'head')) as typeof answer;
			handedOn.push(compared);
			return { collection: 'articles', slug: 'gift-cards', diffs: compared.files.map((file) => ({ path: file.filename })) };
		});
		return { answer, handedOn };
	}

	it('tells of a branch that renamed another article’s file onto its own path, and refuses its publish: the merge would delete that file', async () => {
		github([
			{ filename: own[0]!, status: 'renamed', previous_filename: 'src/content/articles/fa/track-your-order.mdx' },
			{ filename: own[1]!, status: 'added' },
		]);
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(drafts.map((entry) => entry.slug)).toEqual(['gift-cards']);
		expect(skipped).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx'] }]);
		expect(
			backend.processUnpublishedEntry.mock.calls[0]![1].diffs.map((diff: { path: string }) => diff.path),
			'the old path is not read as the draft’s',
		).toEqual(own);
	});

	it('reads GitLab’s comparison too (Decap’s list of it keeps `oldPath` for a renamed file)', async () => {
		state.config.backend = { name: 'gitlab' };
		const answer = [
			{ path: own[0], status: 'renamed', oldPath: 'src/content/articles/fa/track-your-order.mdx' },
			{ path: 'public/media/gift.png', status: 'renamed', oldPath: 'public/media/returns.png' },
		];
		backend.implementation.api = { originRepoURL: 'example/help', listFiles: vi.fn(), getDifferences: vi.fn(async () => answer) };
		backend.implementation.unpublishedEntry.mockReset().mockImplementation(async () => {
			const compared = (await backend.implementation.api!.getDifferences!('head')) as typeof answer;
			return { collection: 'articles', slug: 'gift-cards', diffs: compared.map((diff) => ({ path: diff.path })) };
		});
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: {} });
		const { skipped } = await settle(openDraftLookup());
		// A media file renamed away goes through the rules the branch's other files do: media is exempt.
		expect(skipped).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx'] }]);
	});

	it('tells nothing of an ordinary draft, and hands Decap the host’s answer unchanged', async () => {
		const { answer, handedOn } = github([
			{ filename: own[0]!, status: 'modified' },
			{ filename: own[1]!, status: 'added' },
			{ filename: 'public/media/gift.png', status: 'added' },
		]);
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(drafts.map((entry) => entry.slug)).toEqual(['gift-cards']);
		expect(skipped).toEqual([]);
		expect(told).toEqual([]);
		expect(handedOn).toEqual([answer]);
		expect(handedOn[0]).toBe(answer);
		// A media file renamed (the same rule as a media file changed) is no other entry's.
		github([
			{ filename: own[0]!, status: 'modified' },
			{ filename: 'public/media/gift.png', status: 'renamed', previous_filename: 'public/media/gift-old.png' },
		]);
		expect((await settle(openDraftLookup())).skipped).toEqual([]);
	});

	it('warns of a draft that renames its own published file to another path (fa → ar): publishing deletes it; its publish is not refused', async () => {
		github([{ filename: own[1]!, status: 'renamed', previous_filename: own[0]! }]);
		const told: SkippedDraft[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(skipped).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'renamedOwn', files: [own[0]] }]);
		expect(told).toEqual(skipped);
		expect(drafts.map((entry) => entry.slug)).toEqual(['gift-cards']);
	});

	it('remembers a draft’s comparison however many other branches Decap compares before the draft is matched (its board reading every draft)', async () => {
		state.config.backend = { name: 'gitlab' };
		const answer = [{ path: own[0], status: 'renamed', oldPath: 'src/content/articles/fa/track-your-order.mdx' }];
		const other = (n: number) => [{ path: `src/content/articles/fa/other-${n}.mdx`, status: 'modified' }];
		backend.implementation.api = { originRepoURL: 'example/help', listFiles: vi.fn(), getDifferences: vi.fn(async (to: unknown) => (to === 'head' ? answer : other(Number(to)))) };
		backend.implementation.unpublishedEntry.mockReset().mockImplementation(async () => {
			const compared = (await backend.implementation.api!.getDifferences!('head')) as typeof answer;
			// GitLab's read then asks for each file's id: meanwhile Decap's board compares 100 other branches.
			await Promise.all(Array.from({ length: 100 }, (_, n) => backend.implementation.api!.getDifferences!(String(n))));
			return { collection: 'articles', slug: 'gift-cards', diffs: compared.map((diff) => ({ path: diff.path })) };
		});
		backend.processUnpublishedEntry.mockResolvedValue({ slug: 'gift-cards', data: { ref: 2 }, i18n: {} });
		const { skipped } = await settle(openDraftLookup());
		expect(skipped).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx'] }]);
	});

	it('refuses the publish (not the save: nobody is told at a save) of a draft matched to no comparison where Decap reads drafts from one (GitHub, GitLab, git-gateway), not on Forgejo', async () => {
		backend.implementation.api = { originRepoURL: 'example/help', listFiles: vi.fn(), getDifferences: vi.fn(async () => ({ files: [] })) };
		// Read without the comparison being seen (as if it had been pushed out).
		backend.implementation.unpublishedEntry.mockReset().mockResolvedValue({ collection: 'articles', slug: 'gift-cards', diffs: own.map((path) => ({ path })) });
		const told: unknown[] = [];
		onSkippedDrafts((skipped) => told.push(...skipped));
		const implementation = backend.implementation as { backendType?: string };
		for (const [name, gatewayType] of [['github'], ['gitlab'], ['git-gateway', 'github'], ['git-gateway', 'gitlab']]) {
			state.config.backend = { name: name! };
			implementation.backendType = gatewayType;
			const { drafts, skipped } = await settle(openDraftLookup());
			expect(skipped, name).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'renamesUnread', files: [] }]);
			expect(
				drafts.map((entry) => entry.slug),
				'still checked against',
			).toEqual(['gift-cards']);
		}
		expect(told).toEqual([]);
		// Forgejo (its fallback to the pull request's files) and git-gateway over Bitbucket (deleted files left out of a draft's list): not refused.
		for (const [name, gatewayType] of [['forgejo'], ['git-gateway', 'bitbucket']]) {
			state.config.backend = { name: name! };
			implementation.backendType = gatewayType;
			expect((await settle(openDraftLookup())).skipped, `${name} ${gatewayType}`).toEqual([]);
		}
		delete implementation.backendType;
		// A draft listing no changed file can hide no rename: nothing refused.
		state.config.backend = { name: 'github' };
		backend.implementation.unpublishedEntry.mockResolvedValue({ collection: 'articles', slug: 'gift-cards', diffs: [] });
		expect((await settle(openDraftLookup())).skipped).toEqual([]);
	});

	it('forgets the comparison a draft matched once the draft is gone (published, deleted)', async () => {
		github([{ filename: own[0]!, status: 'renamed', previous_filename: 'src/content/articles/fa/track-your-order.mdx' }]);
		expect((await settle(openDraftLookup())).skipped.map((report) => report.why)).toEqual(['otherFiles']);
		// Gone from the board; later a draft of the same files is read without its comparison being seen.
		backend.implementation.unpublishedEntries.mockResolvedValue([]);
		await settle(openDraftLookup());
		backend.implementation.unpublishedEntries.mockResolvedValue(['articles/gift-cards']);
		backend.implementation.unpublishedEntry.mockReset().mockResolvedValue({ collection: 'articles', slug: 'gift-cards', diffs: [{ path: own[0]! }] });
		expect(
			(await settle(openDraftLookup())).skipped.map((report) => report.why),
			'the old rename is not told of it',
		).toEqual(['renamesUnread']);
	});

	it('does not read renames where the backend compares with the main branch as it is now (decap-server)', async () => {
		state.config.backend = { name: 'proxy' };
		github([{ filename: own[0]!, status: 'renamed', previous_filename: 'src/content/articles/fa/track-your-order.mdx' }]);
		expect((await settle(openDraftLookup())).skipped).toEqual([]);
	});

	it('refuses to publish a draft whose branch changes 300 files or more on GitHub or git-gateway over it (the rest are not listed), but not one of 299, nor over GitLab', async () => {
		const media = (count: number) => Array.from({ length: count }, (_, index) => ({ filename: `public/media/gift-${index}.png`, status: 'added' }));
		github([{ filename: own[0]!, status: 'modified' }, ...media(298)]);
		expect((await settle(openDraftLookup())).skipped, '299 files: listed whole').toEqual([]);
		github([{ filename: own[0]!, status: 'modified' }, ...media(299)]);
		const { drafts, skipped } = await settle(openDraftLookup());
		expect(skipped).toEqual([{ id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'tooManyFiles', files: [] }]);
		expect(
			drafts.map((entry) => entry.slug),
			'what it lists is still checked against',
		).toEqual(['gift-cards']);
		// git-gateway over GitHub has GitHub's limit; over GitLab (whose comparison has none) it does not.
		const implementation = backend.implementation as { backendType?: string };
		state.config.backend = { name: 'git-gateway' };
		implementation.backendType = 'github';
		expect((await settle(openDraftLookup())).skipped.map((report) => report.why)).toEqual(['tooManyFiles']);
		implementation.backendType = 'gitlab';
		expect((await settle(openDraftLookup())).skipped.filter((report) => report.why === 'tooManyFiles')).toEqual([]);
		delete implementation.backendType;
		// decap-server lists every file (and compares with main as it is now): no such limit.
		state.config.backend = { name: 'proxy' };
		expect((await settle(openDraftLookup())).skipped).toEqual([]);
	});
});

/**
 * A folder the Git host lists only in part: Gitea and Forgejo answer one page of a Git tree (at
 * most 1000 entries; Forgejo's is the whole repository's) with `truncated: true`, which Decap's
 * `listFiles` drops. The stand-in API lists as Decap's does, through its own `request`.
 */
describe('a folder the Git host lists only in part', () => {
	const entries = [
		{ path: 'fa/track-your-order.mdx', type: 'blob' },
		{ path: 'fa/returns.mdx', type: 'blob' },
	];

	/** An API whose tree answer is `truncated` or not, listing as Decap's Gitea API does (`this.request`, then `tree` mapped). */
	function gitea(truncated: boolean) {
		const request = vi.fn(async (..._args: unknown[]) => ({ sha: 'abc', tree: entries, truncated }));
		const api = {
			originRepoURL: 'example/help',
			request,
			async listFiles(this: { request(...args: unknown[]): Promise<unknown> }, folder: string) {
				const result = (await this.request(`example/help/git/trees/main:${folder}`, { params: { recursive: 1 } })) as { tree: typeof entries };
				return result.tree.map((file) => ({ path: `${folder}/${file.path}` }));
			},
		};
		backend.implementation.api = api;
		return api;
	}

	beforeEach(() => {
		vi.useFakeTimers();
		backend.listAllEntries.mockReset().mockResolvedValue([
			{ slug: 'track-your-order', data: { ref: 1 } },
			{ slug: 'returns', data: { ref: 3 } },
		]);
	});
	afterEach(() => {
		state.config.backend = { name: 'github' };
		backend.implementation.api = undefined;
	});

	it('fails the look-up, naming the folder, instead of checking the rules against part of it (Gitea, Forgejo, GitHub)', async () => {
		for (const name of ['gitea', 'forgejo', 'github']) {
			state.config.backend = { name };
			gitea(true);
			await expect(settle(publishedEntries('articles')), name).rejects.toThrow('The Git host listed only part of src/content/articles (its tree was truncated)');
			// Told apart from a failed read (cms.ts names the folder, and suggests no retry).
			await expect(settle(publishedEntries('articles')), name).rejects.toSatisfy((error) => error instanceof ListingCut && error.folder === 'src/content/articles');
		}
	});

	it('on Forgejo, which lists the whole repository’s tree: refuses only when the page ends before the folder has been listed whole', async () => {
		state.config.backend = { name: 'forgejo' };
		/** Forgejo's tree of the repository, cut after `last`; Decap keeps the folder's part. */
		const forgejo = (last: string) => {
			const tree = [{ path: 'public/media/a.png' }, ...entries.map((entry) => ({ path: `src/content/articles/${entry.path}` })), { path: 'src/core/i18n.ts' }, { path: last }];
			backend.implementation.api = {
				originRepoURL: 'example/help',
				request: vi.fn(async () => ({ tree: tree.slice(0, tree.findIndex((entry) => entry.path === last) + 1), truncated: true })),
				async listFiles(this: { request(...args: unknown[]): Promise<unknown> }, folder: string) {
					const result = (await this.request('example/help/git/trees/abc', { params: { recursive: 1 } })) as { tree: Array<{ path: string }> };
					return result.tree.filter((file) => file.path.startsWith(`${folder}/`)).map((file) => ({ path: file.path }));
				},
			};
		};
		// Cut in tests/: the articles all came before it (Git's order), so the folder was listed whole.
		forgejo('tests/unit/a.test.ts');
		expect((await settle(publishedEntries('articles'))).map((entry) => entry.slug)).toEqual(['track-your-order', 'returns']);
		// Cut inside the folder, or before it: part of it, or none of it.
		for (const last of ['src/content/articles/fa/returns.mdx', 'public/media/a.png', 'src/content/articles']) {
			forgejo(last);
			await expect(settle(publishedEntries('articles')), last).rejects.toThrow('listed only part of src/content/articles');
		}
	});

	it('checks a folder listed whole as before, handing the API’s answer on unchanged', async () => {
		state.config.backend = { name: 'forgejo' };
		const api = gitea(false);
		const request = api.request;
		expect((await settle(publishedEntries('articles'))).map((entry) => entry.slug)).toEqual(['track-your-order', 'returns']);
		expect(request).toHaveBeenCalledTimes(1);
		const answer = await api.request('example/help/git/trees/main:src/content/articles', {});
		expect(request).toHaveBeenCalledTimes(2);
		expect(answer, 'one page: nothing more asked, the answer as the host gave it').toBe(await request.mock.results[1]!.value);
	});
});

/**
 * Gitea and Forgejo page a Git tree (`page`, `per_page`; 1000 entries by default) and set
 * `truncated` on every page of a larger tree, the last too; Decap reads only the first. The
 * stand-in host pages as Gitea's `GetTreeBySHA` does; Decap's `listFiles` and `allEntriesByFolder`
 * list through the API's own `request`, as Decap's Gitea API does.
 */
describe('a folder larger than one page of the Git tree (Gitea, Forgejo)', () => {
	const saved = { ...backend };
	const sha = 'a'.repeat(40);
	/** `count` articles, in Git's order. */
	const articles = (count: number) => Array.from({ length: count }, (_, index) => ({ path: `fa/article-${String(index).padStart(5, '0')}.mdx`, type: 'blob' }));

	/** A host whose tree of the folder holds `tree`, answered `perPage` at a time; `moved` answers later pages of another tree. */
	function pagingHost(tree: Array<{ path: string; type: string }>, { perPage = 1000, moved = false } = {}) {
		const request = vi.fn(async (_path: string, options: { params?: { page?: number; per_page?: number } } = {}) => {
			const page = options.params?.page ?? 1;
			const size = Math.min(options.params?.per_page ?? perPage, perPage);
			return { sha: moved && page > 1 ? 'b'.repeat(40) : sha, tree: tree.slice(size * (page - 1), size * page), truncated: tree.length > size, page, total_count: tree.length };
		});
		const api = {
			originRepoURL: 'example/help',
			request,
			async listFiles(this: { request(...args: unknown[]): Promise<unknown> }, folder: string) {
				const result = (await this.request(`example/help/git/trees/main:${encodeURIComponent(folder)}`, { params: { recursive: 1 } })) as { tree: typeof tree };
				return result.tree.map((file) => ({ path: `${folder}/${file.path}` }));
			},
		};
		backend.implementation.api = api;
		// Decap's listing of the entries: every listed file read (`entriesByFolder`), through the same API.
		Object.assign(backend.implementation, {
			allEntriesByFolder: async (folder: string) => (await api.listFiles.call(backend.implementation.api as typeof api, folder)).map((file) => ({ file, data: { ref: 1 } })),
		});
		Object.assign(backend, {
			processEntries: (loaded: Array<{ file: { path: string }; data: Record<string, unknown> }>) =>
				loaded.map(({ file, data }) => ({ slug: file.path.split('/').at(-1)!.replace('.mdx', ''), path: file.path, data, i18n: {} })),
		});
		return request;
	}

	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		Object.assign(backend, saved);
		state.config.backend = { name: 'github' };
		backend.implementation.api = undefined;
		delete (backend.implementation as { allEntriesByFolder?: unknown }).allEntriesByFolder;
	});

	it('reads every page, for the check and for Decap’s own listing, and refuses nothing (2500 articles on Gitea, Forgejo)', async () => {
		for (const name of ['gitea', 'forgejo']) {
			state.config.backend = { name };
			const request = pagingHost(articles(2500));
			const entries = await settle(publishedEntries('articles'));
			expect(entries, name).toHaveLength(2500);
			expect(entries.at(-1)!.slug).toBe('article-02499');
			// The later pages by the tree's id (the branch may move meanwhile), the first page's size each.
			expect(request.mock.calls.slice(1, 3).map(([path, options]) => [path, options])).toEqual([
				[`example/help/git/trees/${sha}`, { params: { recursive: 1, page: 2, per_page: 1000 } }],
				[`example/help/git/trees/${sha}`, { params: { recursive: 1, page: 3, per_page: 1000 } }],
			]);
			// Two listings (Decap's reading and the check's), three pages each.
			expect(request, name).toHaveBeenCalledTimes(6);
		}
	});

	it('pages by the size the server answered, not by the one asked for (a server set to 500)', async () => {
		state.config.backend = { name: 'gitea' };
		const request = pagingHost(articles(1200), { perPage: 500 });
		expect(await settle(publishedEntries('articles'))).toHaveLength(1200);
		expect(request.mock.calls.slice(1, 3).map(([, options]) => options?.params?.page)).toEqual([2, 3]);
	});

	it('an ordinary folder of one page: one request, as before', async () => {
		state.config.backend = { name: 'gitea' };
		const request = pagingHost(articles(999));
		expect(await settle(publishedEntries('articles'))).toHaveLength(999);
		expect(request).toHaveBeenCalledTimes(2);
	});

	it('still refuses when a later page is of another tree (the folder changed between two pages) rather than mix two trees', async () => {
		state.config.backend = { name: 'gitea' };
		pagingHost(articles(1500), { moved: true });
		await expect(settle(publishedEntries('articles'))).rejects.toSatisfy((error) => error instanceof ListingCut);
	});
});
