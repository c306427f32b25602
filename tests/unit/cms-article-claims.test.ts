import { describe, expect, it } from 'vitest';
import { articleClaimIssues, claimEntryOf, nextFreeRef, renumbering } from '../../src/features/cms/article-claims';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { issueMessages } from '../../src/features/cms/browser/validation';
import { checkArticles } from '../../src/features/content/integrity';
import type { ArticleData } from '../../src/features/articles/article-schema';

/**
 * An article's cross-file rules in the CMS: the build's own (related.ts, permalink-claims.ts)
 * fed the entry being edited and the others as Decap lists them. Each case is also run through
 * the build's check (integrity.ts) on the same articles, so the two cannot drift apart.
 */
const admin = buildAdminData({ env: {}, previewStyles: [] });
const fa = issueMessages(admin);
const en = issueMessages(buildAdminData({ env: {}, uiLocale: 'en', previewStyles: [] }));

type Listed = { slug: string; data: Record<string, unknown>; i18n?: Record<string, { data: Record<string, unknown> }> };
const saved: Listed[] = [
	{ slug: 'track-your-order', data: { ref: 1, aliases: ['where-is-my-order'] } },
	{ slug: 'cash-on-delivery', data: { ref: 2 }, i18n: { ar: { data: { ref: 2, aliases: ['pay-at-door'] } } } },
];
const others = saved.map((entry) => claimEntryOf(entry, entry.slug, 'fa'));
const check = (entry: Listed, messages = fa) => articleClaimIssues(claimEntryOf(entry, entry.slug, 'fa'), others, messages, 'fa');

/** The build's verdict on the same articles (fa and ar files), as rule-ish markers. */
function buildSays(entry: Listed): string[] {
	const base = { title: 't', summary: 's', category: 'orders', updated: new Date('2026-01-01') };
	const records = [...saved, entry].flatMap((item) =>
		[['fa', item.data] as const, ...Object.entries(item.i18n ?? {}).map(([locale, value]) => [locale, value.data] as const)].map(([locale, data]) => ({
			id: `${locale}/${item.slug}`,
			filePath: `src/content/articles/${locale}/${item.slug}.mdx`,
			data: { ...base, ...data } as ArticleData,
		})),
	);
	return checkArticles(records, { categories: ['orders'] }).filter((problem) => problem.includes(`/${entry.slug}.mdx`));
}

describe('an article’s cross-file rules in the CMS, the same as the build’s', () => {
	it('accepts an article whose links and aliases are its own', () => {
		const entry = { slug: 'new-article', data: { ref: 3, related: ['track-your-order'], aliases: ['old-new-article'] } };
		expect(check(entry)).toEqual([]);
		expect(buildSays(entry)).toEqual([]);
	});

	it('refuses an article listed as related to itself, at that item, in the editor’s language', () => {
		const entry = { slug: 'new-article', data: { ref: 3, related: ['track-your-order', 'new-article'] } };
		const issues = check(entry);
		expect(issues).toMatchObject([{ path: ['related', 1], rule: 'article.relatedSelf', locale: 'fa' }]);
		// The slug isolated (U+2068 … U+2069): a Latin name keeps its order inside the Persian sentence.
		expect(issues[0]!.message).toBe('«مقاله‌های مرتبط (نام فایل) › ۲»: مقاله نمی‌تواند به خودش («\u2068new-article\u2069») مرتبط باشد؛ آن را بردارید.');
		expect(check(entry, en)[0]!.message).toMatch(/cannot be related to itself \("\u2068new-article\u2069"\)/);
		expect(buildSays(entry)).toEqual([expect.stringContaining('related[1] "new-article" is the article itself')]);
	});

	it('refuses an alias that is another article’s slug, its own slug, or another article’s alias (any language)', () => {
		const entry = { slug: 'new-article', data: { ref: 3, aliases: ['cash-on-delivery', 'new-article', 'where-is-my-order'] }, i18n: { ar: { data: { ref: 3, aliases: ['pay-at-door'] } } } };
		const issues = check(entry);
		expect(issues.map((issue) => [issue.locale, issue.path.join('.'), issue.rule])).toEqual([
			['fa', 'aliases.0', 'article.aliasIsSlug'],
			['fa', 'aliases.1', 'article.aliasIsOwnSlug'],
			['fa', 'aliases.2', 'article.aliasTaken'],
			['ar', 'aliases.0', 'article.aliasTaken'],
		]);
		expect(issues[2]!.message).toContain('«\u2068where-is-my-order\u2069» پیش‌تر نشانی قبلی مقالهٔ «\u2068track-your-order\u2069» است');
		expect(issues[3]!.message).toContain('«\u2068cash-on-delivery\u2069»');
		expect(buildSays(entry)).toHaveLength(4);
	});

	it('refuses a ref another article has, and leaves an existing article’s own aliases alone', () => {
		expect(check({ slug: 'new-article', data: { ref: 2 } })).toMatchObject([{ path: ['ref'], rule: 'article.refTaken' }]);
		expect(buildSays({ slug: 'new-article', data: { ref: 2 } })).toEqual([expect.stringContaining('ref 2 is already used by "cash-on-delivery"')]);
		// The saved article itself, edited: its own alias and ref are not someone else's.
		expect(check(saved[0]!)).toEqual([]);
	});
});

describe('found by an adversarial review: the form and the build agree on new articles', () => {
	it('refuses a new article named after another article’s earlier address, as the build does', () => {
		const entry = { slug: 'where-is-my-order', data: { ref: 3 } };
		expect(check(entry).map((issue) => [issue.path.join('.'), issue.message])).toEqual([['slug', expect.stringContaining('track-your-order')]]);
		// The build names the other article's file: the whole verdict, not only the entry's file.
		const base = { title: 't', summary: 's', category: 'orders', updated: new Date('2026-01-01') };
		const records = [...saved, entry].map((item) => ({ id: `fa/${item.slug}`, filePath: `src/content/articles/fa/${item.slug}.mdx`, data: { ...base, ...item.data } as ArticleData }));
		expect(checkArticles(records, { categories: ['orders'] }).join('\n')).toContain('where-is-my-order');
	});

	it('refuses an Arabic-only earlier address as a new file name too', () => {
		expect(check({ slug: 'pay-at-door', data: { ref: 3 } }).map((issue) => issue.path.join('.'))).toEqual(['slug']);
	});

	it('a new article with an existing article’s file name is another article: the name is taken, not "related to itself"', () => {
		const entry = { slug: 'track-your-order', data: { ref: 3, related: ['cash-on-delivery'] } };
		const issues = articleClaimIssues(claimEntryOf(entry, entry.slug, 'fa'), others, fa, 'fa', { isNew: true });
		expect(issues.map((issue) => issue.path.join('.'))).toEqual(['slug']);
		// The same entry saved (not new) is that article: nothing to say.
		expect(articleClaimIssues(claimEntryOf(entry, entry.slug, 'fa'), others, fa, 'fa')).toEqual([]);
	});
});

describe('a new article’s number, when another took it meanwhile', () => {
	const article = (slug: string, ref: unknown) => claimEntryOf({ data: { ref } }, slug, 'fa');

	it('is the next after the highest number held, published or draft', () => {
		expect(nextFreeRef([3, 7, 5])).toBe(8);
		expect(nextFreeRef([])).toBe(1);
		// Numbers as Decap may hold them (a string from a typed field); nothing else counts.
		expect(nextFreeRef(['9', undefined, 'x', 2.5, 4])).toBe(10);
	});

	it('is renumbered past every other article, naming who took the number', () => {
		// Both editors were given 12; the other saved first.
		expect(renumbering(article('mine', 12), [article('old', 11), article('theirs', 12), article('other', 3)])).toEqual({ ref: 13, takenBy: 'theirs' });
	});

	it('keeps its number when it is still its own (its own published version aside)', () => {
		expect(renumbering(article('mine', 12), [article('old', 11)])).toBeUndefined();
		expect(renumbering(article('mine', 12), [article('mine', 12), article('old', 11)])).toBeUndefined();
		expect(renumbering(article('mine', undefined), [article('old', 11)])).toBeUndefined();
	});
});

describe('related articles that are only drafts', () => {
	it('are refused in the editor’s language, as the build would find no such article', () => {
		const mine = claimEntryOf({ data: { related: ['gift-cards', 'old'] } }, 'mine', 'fa');
		const listed = [claimEntryOf({ data: {} }, 'old', 'fa'), claimEntryOf({ data: {} }, 'gift-cards', 'fa')];
		const issues = articleClaimIssues(mine, listed, fa, 'fa', { draftOnly: new Set(['gift-cards']) });
		expect(issues.map((issue) => [issue.rule, issue.path])).toEqual([['article.relatedDraftOnly', ['related', 0]]]);
		expect(issues[0]!.message).toContain('«\u2068gift-cards\u2069» هنوز فقط پیش‌نویس است');
		// Published (or a draft of a published one): accepted.
		expect(articleClaimIssues(mine, listed, fa, 'fa', { draftOnly: new Set() })).toEqual([]);
	});
});
