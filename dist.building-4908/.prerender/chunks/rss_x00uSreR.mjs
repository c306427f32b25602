import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { t as rssFeed } from "./rss-feed_B6s5dIEA.mjs";
import { _ as visibleUpdates, n as loadStatusContent, r as localizedIncident } from "./status-content_Cm0-HUi2.mjs";
import { c as localePath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
// src/pages/[locale]/status/rss.xml.ts
var rss_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = localeStaticPaths;
/**
* `/<locale>/status/rss.xml`: one item per published update of every incident and
* maintenance, newest first, linking to that update on the incident's page.
*/
var GET = async ({ props }) => {
	const { locale } = props;
	const content = await loadStatusContent();
	const items = content.view.all.flatMap((view) => {
		const { incident } = localizedIncident(content, view.incident.slug, locale);
		const vocabulary = incident.data.kind === "maintenance" ? "maintenanceStatus" : "incidentStatus";
		const page = absoluteUrl(localePath(locale, "status", "incidents", incident.slug));
		return visibleUpdates(incident, content.now).map((update, index) => ({
			title: t(locale, "status.feedItemTitle", {
				title: incident.data.title,
				status: t(locale, `status.${vocabulary}.${update.status}`)
			}),
			description: update.text,
			pubDate: update.at,
			link: `${page}#update-${index + 1}`,
			categories: [t(locale, `status.kind.${incident.data.kind}`)]
		}));
	});
	items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
	const siteName = t(locale, "core.siteName");
	return rssFeed({
		title: t(locale, "status.feedTitle", { site: siteName }),
		description: t(locale, "status.feedDescription"),
		site: absoluteUrl(localePath(locale, "status")),
		language: siteConfig.locales[locale].bcp47,
		items,
		trailingSlash: true
	});
};
// \0virtual:astro:page:src/pages/[locale]/status/rss.xml@_@ts
var page = () => rss_xml_exports;
export { page };
