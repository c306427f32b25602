import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { NoticeData } from './notice-schema';
import { siteConfig, type Locale } from '../../site.config';
import { formatDate, machineDate } from '../../core/dates';
import { absoluteUrl, noticePath } from '../../core/urls';
import { feedUrl } from '../../core/xml-text';
import { visibleNoticeUpdates } from './notices';

/**
 * The items of a locale's notice feeds (RSS and JSON Feed). A notice is published once its
 * start has come, whether it is still active or has ended: a feed reader wants the history,
 * and an upcoming notice must not leak before its time.
 */

/** What the feed needs to know about a notice. */
export interface FeedNotice {
	slug: string;
	locale: Locale;
	data: Pick<NoticeData, 'title' | 'summary' | 'kind' | 'severity' | 'start' | 'end' | 'updates'>;
}

/** One published update of a notice, for a feed item. */
export interface FeedUpdate {
	at: Date;
	text: string;
}

/** One feed entry, in the shape `@astrojs/rss` takes (plus fields the JSON Feed uses). */
export interface NoticeFeedItem {
	title: string;
	description: string;
	/** Absolute URL of the notice page. */
	link: string;
	pubDate: Date;
	categories: string[];
	/** When the notice ends (or ended), if it has an end. */
	end?: Date;
	/** Updates published by the feed's clock, newest first (absent when there are none). */
	updates?: FeedUpdate[];
	/**
	 * HTML of the item: the summary, then the updates newest first, each with a `<time datetime>`
	 * written in the reader's calendar (Solar Hijri with Persian digits for fa). Built as a tree
	 * and serialised by hast-util-to-html, so an update's text can never become markup.
	 */
	content?: string;
	/** The latest update's instant: when the item last changed. */
	modified?: Date;
}

/** Notices of `locale` whose start is at or before `now`, newest first (slug breaks ties, for stable output). */
export function publishedNotices<T extends FeedNotice>(notices: readonly T[], locale: Locale, now: Date): T[] {
	return notices
		.filter((notice) => notice.locale === locale && notice.data.start.getTime() <= now.getTime())
		.sort((a, b) => b.data.start.getTime() - a.data.start.getTime() || a.slug.localeCompare(b.slug));
}

/** Feed items for a locale as of `now`. */
export function noticeFeedItems(notices: readonly FeedNotice[], locale: Locale, now: Date): NoticeFeedItem[] {
	return publishedNotices(notices, locale, now).map((notice) => {
		const updates = visibleNoticeUpdates(notice.data, now).map(({ at, text }) => ({ at, text }));
		return {
			title: notice.data.title,
			description: notice.data.summary,
			link: absoluteUrl(noticePath(locale, notice.slug)),
			pubDate: notice.data.start,
			categories: [notice.data.kind, notice.data.severity],
			...(notice.data.end ? { end: notice.data.end } : {}),
			...(updates.length ? { updates, content: updatesHtml(notice.data.summary, updates, locale), modified: updates[0]!.at } : {}),
		};
	});
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The summary and the updates (newest first) as HTML, the language and direction set on the root. */
function updatesHtml(summary: string, updates: readonly FeedUpdate[], locale: Locale): string {
	const { dir } = siteConfig.locales[locale];
	return toHtml(
		element('div', { lang: siteConfig.locales[locale].bcp47, dir }, [
			element('p', {}, [text(summary)]),
			element(
				'ol',
				{ reversed: true },
				updates.map((update) => element('li', {}, [element('time', { dateTime: machineDate(update.at) }, [text(formatDate(update.at, locale, 'date-time'))]), text(': '), text(update.text)])),
			),
		]),
	);
}

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). Its URLs are checked
 * here; print it with `jsonResponse` (src/core/json-output.ts), which cleans every text.
 */
export function jsonFeed(input: {
	title: string;
	description: string;
	language: string;
	/** Absolute URL of the notices page. */
	homePageUrl: string;
	/** Absolute URL of this feed. */
	feedUrl: string;
	items: readonly NoticeFeedItem[];
}): Record<string, unknown> {
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: input.title,
		description: input.description,
		language: input.language,
		home_page_url: feedUrl(input.homePageUrl, 'JSON Feed home_page_url'),
		feed_url: feedUrl(input.feedUrl, 'JSON Feed feed_url'),
		items: input.items.map((item) => ({
			id: feedUrl(item.link, `JSON Feed item "${item.title}"`),
			url: item.link,
			title: item.title,
			summary: item.description,
			content_text: item.description,
			date_published: item.pubDate.toISOString(),
			tags: item.categories,
			...(item.content ? { content_html: item.content } : {}),
			...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
			...(item.end ? { _bayan: { ends: item.end.toISOString() } } : {}),
		})),
	};
}
