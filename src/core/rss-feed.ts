import rss from '@astrojs/rss';
import { escapeXml, feedUrl, languageTag, xmlText } from './xml-text';

/**
 * The one RSS writer: every feed route calls this, never `@astrojs/rss` directly, so every
 * text field goes through `xmlText` (the builder escapes markup but would copy U+FFFE or a
 * C0 control through and make the feed ill-formed), every link is checked to be a plain
 * absolute URL, and the language element is built from a checked tag rather than raw XML.
 */

/** One RSS item. */
export interface RssItem {
	title: string;
	description: string;
	/** Absolute URL. */
	link: string;
	pubDate: Date;
	categories?: readonly string[];
}

/** A whole RSS channel. */
export interface RssChannel {
	title: string;
	description: string;
	/** Absolute URL of the page the feed belongs to. */
	site: string;
	/** BCP 47 tag of the feed's language. */
	language: string;
	items: readonly RssItem[];
	/** Passed to `@astrojs/rss`: whether item links keep their trailing slash. */
	trailingSlash?: boolean;
}

/** Renders an RSS 2.0 response from `channel`, every text cleaned and every URL checked. */
export function rssFeed(channel: RssChannel): Promise<Response> {
	return rss({
		title: xmlText(channel.title),
		description: xmlText(channel.description),
		site: feedUrl(channel.site, 'RSS channel link'),
		customData: `<language>${escapeXml(languageTag(channel.language, 'RSS language'))}</language>`,
		...(channel.trailingSlash === undefined ? {} : { trailingSlash: channel.trailingSlash }),
		items: channel.items.map((item) => ({
			title: xmlText(item.title),
			description: xmlText(item.description),
			link: feedUrl(item.link, `RSS item "${xmlText(item.title)}"`),
			pubDate: item.pubDate,
			...(item.categories ? { categories: item.categories.map(xmlText) } : {}),
		})),
	});
}
