import { describe, expect, it } from 'vitest';
import { collectionEntries } from '../../src/features/cms/browser/collection-entries';

/**
 * The CMS lists a collection's entries through the search Decap hands its widgets. Decap's
 * search resolves with a failure instead of throwing (a rate limit, a network error): read as
 * an empty list, that numbered a new article 1 and called every related article unknown
 * (found by an adversarial review).
 */
describe('listing a collection for the CMS rules', () => {
	const props = (payload: unknown) => ({ forID: 'ref-1', query: async () => ({ payload }) }) as unknown as Parameters<typeof collectionEntries>[2];

	it('returns the entries the search found', async () => {
		const hits = [{ slug: 'track-your-order', data: { ref: 1 } }];
		expect(await collectionEntries('articles', 'title', props({ hits }))).toEqual(hits);
	});

	it('throws when the search failed, never "no entries"', async () => {
		await expect(collectionEntries('articles', 'title', props({ error: new Error('rate limited') }))).rejects.toThrow('Could not list the articles entries');
	});
});
