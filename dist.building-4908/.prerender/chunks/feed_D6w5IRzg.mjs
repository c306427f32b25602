import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { o as buildNow } from "./edit-distance_aadxCfO2.mjs";
import { t as jsonResponse } from "./json-output_Db_1j4e9.mjs";
import { n as noticeFeedItems, t as jsonFeed } from "./notice-feed_C-Z2WsE6.mjs";
import { l as noticeJsonFeedPath, p as noticesPath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
// src/pages/[locale]/notices/feed.json.ts
var feed_json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
/**
* `/<locale>/notices/feed.json`: the same items as the RSS feed as a JSON Feed 1.1, which
* apps and chat bots can read without an XML parser.
*/
var getStaticPaths = localeStaticPaths;
/** Renders one locale's JSON Feed. */
var GET = async ({ props }) => {
	const { locale } = props;
	const { notices } = await loadNoticeContent();
	const feed = jsonFeed({
		title: t(locale, "notices.feedTitle", { site: t(locale, "core.siteName") }),
		description: t(locale, "notices.feedDescription"),
		language: siteConfig.locales[locale].bcp47,
		homePageUrl: absoluteUrl(noticesPath(locale)),
		feedUrl: absoluteUrl(noticeJsonFeedPath(locale)),
		items: noticeFeedItems(notices, locale, buildNow())
	});
	return jsonResponse(feed, {
		contentType: "application/feed+json; charset=utf-8",
		indent: "	"
	});
};
// \0virtual:astro:page:src/pages/[locale]/notices/feed.json@_@ts
var page = () => feed_json_exports;
export { page };
