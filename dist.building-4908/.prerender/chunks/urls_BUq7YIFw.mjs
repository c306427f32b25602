import { o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
// src/core/urls.ts
/**
* Every URL the site publishes is built here, so the URL contract (docs/contract.md, "URLs") has one
* implementation. Paths always end in "/" (directory-style output works on any host).
*/
/** `/fa/`, or `/fa/<segments>/` */
function localePath(locale, ...segments) {
	const rest = segments.map((segment) => encodeURIComponent(String(segment))).join("/");
	return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}
/** Path of an article page. */
var articlePath = (locale, slug) => localePath(locale, "articles", slug);
/** Path of a category page. */
var categoryPath = (locale, id) => localePath(locale, "categories", id);
/** Path of the status page. */
var statusPath = (locale) => localePath(locale, "status");
/** Path of one service's status page. */
var servicePath = (locale, serviceId) => localePath(locale, "status", serviceId);
/** Path of an incident (or maintenance) page. */
var incidentPath = (locale, slug) => localePath(locale, "status", "incidents", slug);
/** Path of the contact page. */
var contactPath = (locale) => localePath(locale, "contact");
/** `/<locale>/notices/` */
var noticesPath = (locale) => localePath(locale, "notices");
/** `/<locale>/notices/<slug>/` */
var noticePath = (locale, slug) => localePath(locale, "notices", slug);
/** `/<locale>/notices/kind/<kind>/`: the archive filtered to one kind, a real page so it works without JavaScript. */
var noticeKindPath = (locale, kind) => localePath(locale, "notices", "kind", kind);
/** `/<locale>/notices/rss.xml` */
var noticeRssPath = (locale) => `${noticesPath(locale)}rss.xml`;
/** `/<locale>/notices/feed.json` */
var noticeJsonFeedPath = (locale) => `${noticesPath(locale)}feed.json`;
/** `/go/<ref>/` (no locale: the default locale's, falling back), or `/<locale>/go/<ref>/`. */
function goPath(ref, locale) {
	return locale ? localePath(locale, "go", ref) : `/go/${encodeURIComponent(String(ref))}/`;
}
/** A Statuspage v2 API document, e.g. `statusApiPath('summary')` → `/api/v2/summary.json`. */
var statusApiPath = (endpoint) => `/api/v2/${endpoint}.json`;
/** The status badge: the whole page's, or one service's. */
var badgePath = (serviceId) => serviceId ? `/status/${encodeURIComponent(serviceId)}/badge.svg` : "/status/badge.svg";
/** Path of the search page, optionally with a query. */
function searchPath(locale, query) {
	const base = localePath(locale, "search");
	return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}
/** Absolute URL on the deployed site (canonical links, feeds, sitemaps, JSON-LD). */
function absoluteUrl(path) {
	return new URL(path, `${siteConfig.url}/`).toString();
}
/** The same page in another language: swaps the leading `/<locale>/` segment. */
function swapLocale(path, to) {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	if (match && locales.includes(match[1] ?? "")) return `/${to}${match[2] ?? "/"}`;
	return `/${to}/`;
}
export { statusPath as _, contactPath as a, localePath as c, noticePath as d, noticeRssPath as f, statusApiPath as g, servicePath as h, categoryPath as i, noticeJsonFeedPath as l, searchPath as m, articlePath as n, goPath as o, noticesPath as p, badgePath as r, incidentPath as s, absoluteUrl as t, noticeKindPath as u, swapLocale as v };
