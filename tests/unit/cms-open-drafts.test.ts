import { describe, expect, it } from 'vitest';
import { articleClaimIssues, claimEntryOf, sameClaims } from '../../src/features/cms/article-claims';
import { collectionEntries, includeOpenDraftsFrom } from '../../src/features/cms/browser/collection-entries';
import { issueMessages } from '../../src/features/cms/browser/validation';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { branchComparison, comparisonKey, cutTreeEnd, type OpenDraft, treeHoldsFolder, renamedAway, withOpenDrafts, draftEntryFiles } from '../../src/features/cms/open-drafts';

/**
 * With the editorial workflow, a saved article is an open draft until it is published. The
 * CMS's cross-file rules (and a new article's number) must count the open drafts as well as
 * the published files, or two drafts could both take the same ref or alias and the build
 * would refuse whichever is published second.
 */
const fa = issueMessages(buildAdminData({ env: {}, previewStyles: [] }));
const published = [{ slug: 'track-your-order', data: { ref: 1, aliases: ['where-is-my-order'] } }];
const drafts: OpenDraft[] = [
	{ collection: 'articles', slug: 'gift-cards', data: { ref: 2, aliases: ['gift-vouchers'] } },
	{ collection: 'notices', slug: 'rain-delay', data: { title: 'Rain' } },
];

describe('the entries the rules check against, with open drafts', () => {
	it('lists the published entries and the open drafts of that collection only', () => {
		expect(withOpenDrafts(published, drafts, 'articles').map((entry) => entry.slug)).toEqual(['track-your-order', 'gift-cards']);
		expect(withOpenDrafts(published, drafts, 'notices').map((entry) => entry.slug)).toEqual(['track-your-order', 'rain-delay']);
		expect(withOpenDrafts(published, [], 'articles')).toEqual(published);
	});

	it('keeps a published entry beside its own draft (the site serves the published one until then)', () => {
		const own = { collection: 'articles', slug: 'track-your-order', data: { ref: 1, aliases: [] } };
		expect(withOpenDrafts(published, [own], 'articles')).toHaveLength(2);
	});

	it('skips a draft without a file name rather than listing an entry nobody can own', () => {
		expect(withOpenDrafts(published, [{ collection: 'articles', slug: '', data: {} }], 'articles')).toEqual(published);
	});
});

describe('an article checked against the published articles and the open drafts', () => {
	const others = withOpenDrafts(published, drafts, 'articles').map((entry) => claimEntryOf(entry, entry.slug, 'fa'));
	const issues = (data: Record<string, unknown>, slug = 'returns') => articleClaimIssues(claimEntryOf({ data }, slug, 'fa'), others, fa, 'fa', { isNew: true });

	it('refuses a ref that only an open draft holds, naming the draft', () => {
		const [issue, ...rest] = issues({ ref: 2 });
		expect(rest).toEqual([]);
		expect(issue?.path).toEqual(['ref']);
		expect(issue?.message).toContain('gift-cards');
	});

	it('refuses an alias that only an open draft holds, naming the draft', () => {
		const found = issues({ ref: 3, aliases: ['gift-vouchers'] });
		expect(found.map((issue) => issue.path)).toEqual([['aliases', 0]]);
		expect(found[0]?.message).toContain('gift-cards');
	});

	it('refuses a new article named like an open draft (Decap would save it as "gift-cards-1")', () => {
		expect(issues({ ref: 3 }, 'gift-cards').map((issue) => issue.path)).toEqual([['slug']]);
	});

	it('lets the draft itself be published: its own ref and aliases are no clash', () => {
		const draft = drafts[0]!;
		expect(articleClaimIssues(claimEntryOf(draft, draft.slug, 'fa'), others, fa, 'fa')).toEqual([]);
	});
});

describe('a new article’s number with open drafts', () => {
	it('counts the open drafts’ numbers, so the next draft gets the next free one', async () => {
		includeOpenDraftsFrom(async () => drafts);
		const props = { forID: 'ref-1', query: async () => ({ payload: { hits: published } }) } as unknown as Parameters<typeof collectionEntries>[2];
		const listed = (await collectionEntries('articles', 'title', props)) ?? [];
		expect(Math.max(...listed.map((entry) => Number(entry.data?.ref)))).toBe(2);
	});
});

describe('publishing checks the draft as it is now, not as the board loaded it', () => {
	const board = { data: { ref: 10, aliases: ['old-name'] }, i18n: { ar: { data: { aliases: ['qadim'] } }, en: { data: { related: ['returns'] } } } };
	it('the same claims in another language order are the same', () => {
		const reordered = { data: { ref: 10, aliases: ['old-name'] }, i18n: { en: { data: { related: ['returns'] } }, ar: { data: { aliases: ['qadim'] } } } };
		expect(sameClaims(claimEntryOf(board, 'gift-cards', 'fa'), claimEntryOf(reordered, 'gift-cards', 'fa'))).toBe(true);
	});
	it('another editor’s new ref, alias or related article since the board loaded is a change', () => {
		for (const now of [
			{ ...board, data: { ...board.data, ref: 12 } },
			{ ...board, i18n: { ...board.i18n, ar: { data: { aliases: ['qadim', 'jadid'] } } } },
			{ ...board, i18n: { ...board.i18n, en: { data: { related: ['refunds'] } } } },
		]) {
			expect(sameClaims(claimEntryOf(board, 'gift-cards', 'fa'), claimEntryOf(now, 'gift-cards', 'fa'))).toBe(false);
		}
	});
});

describe('a draft’s own files among what its branch changed', () => {
	it('keeps the entry’s language files and leaves out another article published to main since (decap-server’s git mode diffs against main as it is now)', () => {
		const diffs = [
			{ path: 'src/content/articles/fa/gift-card-balance.mdx', status: 'added' },
			// Published after this branch was made: main has these files, the branch does not.
			{ path: 'src/content/articles/fa/redeem-a-gift-card.mdx', status: 'deleted' },
			{ path: 'src/content/articles/ar/redeem-a-gift-card.mdx', status: 'deleted' },
			{ path: 'public/media/card.png', status: 'added' },
		];
		expect(draftEntryFiles(diffs, 'gift-card-balance', 'mdx').map((diff) => diff.path)).toEqual(['src/content/articles/fa/gift-card-balance.mdx']);
	});
	it('leaves out a deleted file of the entry itself and a longer name ending the same', () => {
		const diffs = [{ path: 'src/content/articles/fa/hours.mdx' }, { path: 'src/content/articles/en/hours.mdx', status: 'deleted' }, { path: 'src/content/articles/fa/branch-hours.mdx' }];
		expect(draftEntryFiles(diffs, 'hours', 'mdx').map((diff) => diff.path)).toEqual(['src/content/articles/fa/hours.mdx']);
	});
});

describe('what a host’s comparison of a branch says of renamed files (Decap keeps only the new path)', () => {
	it('reads GitHub’s and Forgejo’s compare JSON and Decap’s list of GitLab’s', () => {
		expect(
			branchComparison({
				files: [
					{ filename: 'a/new.mdx', status: 'renamed', previous_filename: 'a/old.mdx' },
					{ filename: 'a/b.mdx', status: 'modified' },
				],
			}),
		).toEqual({ paths: ['a/new.mdx', 'a/b.mdx'], renamedFrom: ['a/old.mdx'] });
		expect(branchComparison([{ path: 'a/new.mdx', status: 'renamed', oldPath: 'a/old.mdx', newPath: 'a/new.mdx' }])).toEqual({ paths: ['a/new.mdx'], renamedFrom: ['a/old.mdx'] });
	});

	it('learns nothing from any other shape, and never throws', () => {
		for (const odd of [undefined, null, 'x', 3, {}, { files: 'x' }, { files: [null] }, { files: [{ path: 'a' }] }, [{ filename: 'a' }], [null]]) {
			expect(branchComparison(odd), JSON.stringify(odd) ?? String(odd)).toBeUndefined();
		}
	});

	it('matches the comparison that lists exactly the draft’s files, in order, by its list of paths; undefined for none', () => {
		const seen = new Map([
			[comparisonKey(['a/x.mdx']), { paths: ['a/x.mdx'], renamedFrom: ['a/y.mdx'] }],
			[comparisonKey(['a/new.mdx', 'a/b.mdx']), { paths: ['a/new.mdx', 'a/b.mdx'], renamedFrom: ['a/old.mdx'] }],
		]);
		expect(renamedAway(seen, [{ path: 'a/b.mdx' }, { path: 'a/new.mdx' }]), 'another order: another comparison').toBeUndefined();
		expect(renamedAway(seen, [{ path: 'a/new.mdx' }])).toBeUndefined();
		expect(renamedAway(seen, [{ path: 'a/new.mdx' }, { path: 'a/b.mdx' }])).toEqual(['a/old.mdx']);
		// Kept: another look-up reading the same draft meanwhile finds it too.
		expect(renamedAway(seen, [{ path: 'a/new.mdx' }, { path: 'a/b.mdx' }])).toEqual(['a/old.mdx']);
		// A path holding a comma or quote cannot make two lists one key.
		expect(comparisonKey(['a,b'])).not.toBe(comparisonKey(['a', 'b']));
	});
});

describe('a Git tree the host cut short', () => {
	it('is told by `truncated: true`, with the last path of the page', () => {
		expect(cutTreeEnd({ tree: [{ path: 'a' }, { path: 'b/c' }], truncated: true })).toBe('b/c');
		expect(cutTreeEnd({ tree: [], truncated: true })).toBe('');
		for (const whole of [{ tree: [{ path: 'a' }], truncated: false }, { tree: [{ path: 'a' }] }, { truncated: true }, [], null, 'x']) {
			expect(cutTreeEnd(whole), JSON.stringify(whole)).toBeUndefined();
		}
	});

	it('holds all of a folder only when it ends past every path of it (Git’s order)', () => {
		expect(treeHoldsFolder('tests/a.ts', 'src/content/articles')).toBe(true);
		expect(treeHoldsFolder('src/content/categories/a.yaml', 'src/content/articles'), 'the next folder').toBe(true);
		expect(treeHoldsFolder('src/content/articles0.md', 'src/content/articles'), '"0" sorts after "/"').toBe(true);
		expect(treeHoldsFolder('src/content/articles/zz/z.mdx', 'src/content/articles')).toBe(false);
		expect(treeHoldsFolder('src/content/articles', 'src/content/articles'), 'the folder itself, none of its files yet').toBe(false);
		expect(treeHoldsFolder('src/content/articles-a.md', 'src/content/articles'), '"-" sorts before "/" in Git too').toBe(false);
		expect(treeHoldsFolder('public/a.png', 'src/content/articles')).toBe(false);
	});
});
