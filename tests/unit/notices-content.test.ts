import { describe, expect, it } from 'vitest';
import { jsonFeed, noticeFeedItems, publishedNotices, type FeedNotice } from '../../src/features/notices/notice-feed';
import { checkChannelRegions } from '../../src/features/notices/notice-integrity';

// Offsets of start/end/at are checked by the `instant` schema on the strict reader's
// strings (tests/unit/strict-values.test.ts), not by scanning lines any more.

describe('checkChannelRegions', () => {
	it('names the channel file and the unknown region, listing the known ones', () => {
		const problems = checkChannelRegions(
			[
				{ id: 'tehran-vanak', filePath: 'src/content/channels/tehran-vanak.yaml', region: 'tehran' },
				{ id: 'tabriz', filePath: 'src/content/channels/tabriz.yaml', region: 'tabriz' },
				{ id: 'email', filePath: 'src/content/channels/email.yaml' },
			],
			['tehran', 'isfahan'],
		);
		expect(problems).toEqual(['src/content/channels/tabriz.yaml: region "tabriz" is not a known region (known: isfahan, tehran)']);
	});
});

const feedNotice = (slug: string, start: string, locale: FeedNotice['locale'] = 'fa', end?: string): FeedNotice => ({
	slug,
	locale,
	data: {
		title: `title ${slug}`,
		summary: `summary ${slug}`,
		kind: 'delay',
		severity: 'warning',
		start: new Date(start),
		...(end ? { end: new Date(end) } : {}),
	},
});

describe('notice feeds', () => {
	const notices = [
		feedNotice('past', '2026-10-14T09:00:00+03:30', 'fa', '2026-10-21T00:00:00+03:30'),
		feedNotice('now', '2026-11-22T10:00:00+03:30'),
		feedNotice('later', '2026-11-22T10:00:01+03:30'),
		feedNotice('now', '2026-11-22T09:00:00+03:30', 'en'),
	];
	const now = new Date('2026-11-22T10:00:00+03:30');

	it('publishes a notice from its start (inclusive), ended ones too, never upcoming ones or other locales', () => {
		expect(publishedNotices(notices, 'fa', now).map((notice) => notice.slug)).toEqual(['now', 'past']);
		expect(publishedNotices(notices, 'en', now).map((notice) => notice.slug)).toEqual(['now']);
		expect(publishedNotices(notices, 'fa', new Date(now.getTime() + 1000)).map((notice) => notice.slug)).toEqual(['later', 'now', 'past']);
	});

	it('builds items with absolute links to the locale’s notice page and the start as publication date', () => {
		const [item] = noticeFeedItems(notices, 'en', now);
		expect(item!.link).toMatch(/^https?:\/\/[^/]+\/en\/notices\/now\/$/);
		expect(item!.pubDate.toISOString()).toBe('2026-11-22T05:30:00.000Z');
		expect(item!.categories).toEqual(['delay', 'warning']);
	});

	it('writes a JSON Feed 1.1 with one item per published notice', () => {
		const items = noticeFeedItems(notices, 'fa', now);
		const feed = jsonFeed({ title: 'T', description: 'D', language: 'fa-IR', homePageUrl: 'https://x.example/fa/notices/', feedUrl: 'https://x.example/fa/notices/feed.json', items });
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		const feedItems = feed.items as Array<Record<string, unknown>>;
		expect(feedItems.map((item) => item.url)).toEqual(items.map((item) => item.link));
		expect(feedItems[1]!.date_published).toBe('2026-10-14T05:30:00.000Z');
	});
});
