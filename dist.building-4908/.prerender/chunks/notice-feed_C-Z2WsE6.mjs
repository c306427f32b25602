import { d as noticePath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { n as feedUrl } from "./xml-text_B4fleOmt.mjs";
// src/features/notices/notice-feed.ts
/** Notices of `locale` whose start is at or before `now`, newest first (slug breaks ties, for stable output). */
function publishedNotices(notices, locale, now) {
	return notices.filter((notice) => notice.locale === locale && notice.data.start.getTime() <= now.getTime()).sort((a, b) => b.data.start.getTime() - a.data.start.getTime() || a.slug.localeCompare(b.slug));
}
/** Feed items for a locale as of `now`. */
function noticeFeedItems(notices, locale, now) {
	return publishedNotices(notices, locale, now).map((notice) => ({
		title: notice.data.title,
		description: notice.data.summary,
		link: absoluteUrl(noticePath(locale, notice.slug)),
		pubDate: notice.data.start,
		categories: [notice.data.kind, notice.data.severity],
		...notice.data.end ? { end: notice.data.end } : {}
	}));
}
/**
* A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). Its URLs are checked
* here; print it with `jsonResponse` (src/core/json-output.ts), which cleans every text.
*/
function jsonFeed(input) {
	return {
		version: "https://jsonfeed.org/version/1.1",
		title: input.title,
		description: input.description,
		language: input.language,
		home_page_url: feedUrl(input.homePageUrl, "JSON Feed home_page_url"),
		feed_url: feedUrl(input.feedUrl, "JSON Feed feed_url"),
		items: input.items.map((item) => ({
			id: feedUrl(item.link, `JSON Feed item "${item.title}"`),
			url: item.link,
			title: item.title,
			summary: item.description,
			content_text: item.description,
			date_published: item.pubDate.toISOString(),
			tags: item.categories,
			...item.end ? { _bayan: { ends: item.end.toISOString() } } : {}
		}))
	};
}
export { noticeFeedItems as n, jsonFeed as t };
