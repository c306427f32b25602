import { describe, expect, it } from 'vitest';
import { claimEntryOf, claimsKey, relatedBy } from '../../src/features/cms/article-claims';
import { checkArticles } from '../../src/features/content/integrity';
import type { ArticleData } from '../../src/features/articles/article-schema';
import { CheckedUnpublishes } from '../../src/features/cms/unpublish-checks';

/**
 * Taking an article off the site in the CMS (Unpublish, Delete; browser/cms.ts `preUnpublish`):
 * refused while another published article names it as related, as the build would refuse that
 * other article; and an unpublish whose check passed is not undone by a look-up failing in the
 * draft save Decap makes after deleting the published files.
 */
type Listed = { slug: string; data: Record<string, unknown>; i18n?: Record<string, { data: Record<string, unknown> }> };
const published: Listed[] = [
	{ slug: 'track-your-order', data: { ref: 1 } },
	{ slug: 'cash-on-delivery', data: { ref: 2, related: ['track-your-order'] } },
	// Named only in the Arabic file: a translation's related articles count as much.
	{ slug: 'returns', data: { ref: 3 }, i18n: { ar: { data: { ref: 3, related: ['track-your-order', 'cash-on-delivery'] } } } },
	{ slug: 'gift-cards', data: { ref: 4, related: ['gift-cards'] } },
];
const claims = published.map((entry) => claimEntryOf(entry, entry.slug, 'fa'));

/** The build's verdict on the published articles once `gone` is taken off the site: the files it refuses. */
function buildRefusesWithout(gone: string): string[] {
	const base = { title: 't', summary: 's', category: 'orders', updated: new Date('2026-01-01') };
	const records = published
		.filter((item) => item.slug !== gone)
		.flatMap((item) =>
			[['fa', item.data] as const, ...Object.entries(item.i18n ?? {}).map(([locale, value]) => [locale, value.data] as const)].map(([locale, data]) => ({
				id: `${locale}/${item.slug}`,
				filePath: `src/content/articles/${locale}/${item.slug}.mdx`,
				data: { ...base, ...data } as ArticleData,
			})),
		);
	return [
		...new Set(
			checkArticles(records, { categories: ['orders'] })
				.filter((problem) => problem.includes(gone))
				.map((problem) => /articles\/\w+\/([\w-]+)\.mdx/.exec(problem)?.[1]),
		),
	]
		.filter((slug): slug is string => Boolean(slug))
		.sort();
}

describe('taking an article off the site while others name it as related', () => {
	it('names every published article that lists it, in any language, as the build would refuse them', () => {
		expect(relatedBy('track-your-order', claims)).toEqual(['cash-on-delivery', 'returns']);
		expect(buildRefusesWithout('track-your-order')).toEqual(['cash-on-delivery', 'returns']);
		expect(relatedBy('cash-on-delivery', claims)).toEqual(['returns']);
		expect(buildRefusesWithout('cash-on-delivery')).toEqual(['returns']);
	});

	it("reads a published notice's related articles the same way, in any language (the build refuses a notice naming a missing article)", () => {
		const notices: Listed[] = [
			{ slug: 'shiraz-delivery-delay', data: { related: ['cash-on-delivery'] } },
			{ slug: 'rice-shortage', data: {}, i18n: { en: { data: { related: ['track-your-order'] } } } },
		];
		const noticeClaims = notices.map((entry) => claimEntryOf(entry, entry.slug, 'fa'));
		expect(relatedBy('track-your-order', noticeClaims)).toEqual(['rice-shortage']);
		expect(relatedBy('cash-on-delivery', noticeClaims)).toEqual(['shiraz-delivery-delay']);
		expect(relatedBy('returns', noticeClaims)).toEqual([]);
	});

	it('lets an article nobody names go, and ignores an article naming itself', () => {
		expect(relatedBy('returns', claims)).toEqual([]);
		expect(buildRefusesWithout('returns')).toEqual([]);
		expect(relatedBy('gift-cards', claims)).toEqual([]);
	});
});

describe('an unpublish whose check passed vouches for its draft save, once, for a short while', () => {
	const key = 'articles.track-your-order';
	const mine = claimsKey(claims[0]!);

	it('vouches once for the same entry, then not again', () => {
		const checks = new CheckedUnpublishes();
		expect(checks.take(key, mine), 'nothing checked yet').toBe(false);
		checks.remember(key, mine);
		checks.confirm(key);
		expect(checks.take(key, mine)).toBe(true);
		expect(checks.take(key, mine), 'a later save is checked in full').toBe(false);
	});

	it('not for an entry that changed since its check, nor another entry, nor after its time', () => {
		let now = 0;
		const checks = new CheckedUnpublishes(() => now, 1000);
		checks.remember(key, mine);
		checks.confirm(key);
		expect(checks.take(key, claimsKey({ ...claims[0]!, ref: 9 }))).toBe(false);
		checks.remember(key, mine);
		checks.confirm(key);
		expect(checks.take('articles.returns', mine)).toBe(false);
		now = 1001;
		expect(checks.take(key, mine)).toBe(false);
	});

	it('vouches only once the deletion is done (postUnpublish), and from then, however long the deletion took', () => {
		let now = 0;
		const checks = new CheckedUnpublishes(() => now, 1000);
		checks.remember(key, mine);
		// The deletion failed (no postUnpublish): a later save of the still-published article is checked in full.
		expect(checks.take(key, mine), 'deletion not confirmed').toBe(false);
		checks.remember(key, mine);
		now = 5000; // a slow deletion, longer than the vouching time
		checks.confirm(key);
		now = 5500;
		expect(checks.take(key, mine)).toBe(true);
		checks.confirm('articles.returns');
		expect(checks.take('articles.returns', mine), 'confirming what was never checked vouches for nothing').toBe(false);
	});

	it('forgets an unpublish that did not happen, and stays bounded', () => {
		let now = 0;
		const checks = new CheckedUnpublishes(() => now, 1000);
		checks.remember(key, mine);
		checks.forget(key);
		expect(checks.take(key, mine)).toBe(false);
		for (let index = 0; index < 50; index++) {
			checks.remember(`articles.a-${index}`, mine);
			checks.confirm(`articles.a-${index}`);
			now += 100;
		}
		expect(checks.size, 'only the last second’s checks').toBeLessThanOrEqual(11);
		// Deletions that never reported back are dropped too, after ten times the vouching time.
		for (let index = 0; index < 50; index++) checks.remember(`articles.b-${index}`, mine);
		now += 10_001;
		checks.remember(key, mine);
		expect(checks.size).toBe(1);
	});
});
