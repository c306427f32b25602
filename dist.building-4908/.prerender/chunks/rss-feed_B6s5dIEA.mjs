import { i as xmlText, n as feedUrl, r as languageTag, t as escapeXml } from "./xml-text_B4fleOmt.mjs";
import rss from "@astrojs/rss";
// src/core/rss-feed.ts
/** Renders an RSS 2.0 response from `channel`, every text cleaned and every URL checked. */
function rssFeed(channel) {
	return rss({
		title: xmlText(channel.title),
		description: xmlText(channel.description),
		site: feedUrl(channel.site, "RSS channel link"),
		customData: `<language>${escapeXml(languageTag(channel.language, "RSS language"))}</language>`,
		...channel.trailingSlash === void 0 ? {} : { trailingSlash: channel.trailingSlash },
		items: channel.items.map((item) => ({
			title: xmlText(item.title),
			description: xmlText(item.description),
			link: feedUrl(item.link, `RSS item "${xmlText(item.title)}"`),
			pubDate: item.pubDate,
			...item.categories ? { categories: item.categories.map(xmlText) } : {}
		}))
	});
}
export { rssFeed as t };
