import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { o as buildNow } from "./edit-distance_aadxCfO2.mjs";
import { n as noticeFeedItems } from "./notice-feed_C-Z2WsE6.mjs";
import { p as noticesPath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { t as rssFeed } from "./rss-feed_B6s5dIEA.mjs";
// src/pages/[locale]/notices/rss.xml.ts
var rss_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
/** `/<locale>/notices/rss.xml`: every notice whose start has come, newest first, with absolute links and RFC 822 dates. */
var getStaticPaths = localeStaticPaths;
/** Renders one locale's RSS feed. */
var GET = async ({ props }) => {
	const { locale } = props;
	const { notices } = await loadNoticeContent();
	const items = noticeFeedItems(notices, locale, buildNow());
	return rssFeed({
		title: t(locale, "notices.feedTitle", { site: t(locale, "core.siteName") }),
		description: t(locale, "notices.feedDescription"),
		site: absoluteUrl(noticesPath(locale)),
		language: siteConfig.locales[locale].bcp47,
		items: items.map(({ title, description, link, pubDate, categories }) => ({
			title,
			description,
			link,
			pubDate,
			categories
		}))
	});
};
// \0virtual:astro:page:src/pages/[locale]/notices/rss.xml@_@ts
var page = () => rss_xml_exports;
export { page };
