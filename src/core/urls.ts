import { locales, siteConfig, type Locale } from '../site.config';

/**
 * Every URL the site publishes is built here, so the URL contract (docs/contract.md, "URLs") has one
 * implementation. Paths always end in "/" (directory-style output works on any host).
 */

/** `/fa/`, or `/fa/<segments>/` */
export function localePath(locale: Locale, ...segments: (string | number)[]): string {
	const rest = segments.map((segment) => encodeURIComponent(String(segment))).join('/');
	return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** Path of an article page. */
export const articlePath = (locale: Locale, slug: string) => localePath(locale, 'articles', slug);

/** Path of a category page. */
export const categoryPath = (locale: Locale, id: string) => localePath(locale, 'categories', id);

/** Path of the status page. */
export const statusPath = (locale: Locale) => localePath(locale, 'status');

/** Path of one service's status page. */
export const servicePath = (locale: Locale, serviceId: string) => localePath(locale, 'status', serviceId);

/** Path of an incident (or maintenance) page. */
export const incidentPath = (locale: Locale, slug: string) => localePath(locale, 'status', 'incidents', slug);

/** Path of the contact page. */
export const contactPath = (locale: Locale) => localePath(locale, 'contact');

/** `/<locale>/notices/` */
export const noticesPath = (locale: Locale) => localePath(locale, 'notices');

/** `/<locale>/notices/<slug>/` */
export const noticePath = (locale: Locale, slug: string) => localePath(locale, 'notices', slug);

/** `/<locale>/notices/kind/<kind>/`: the archive filtered to one kind, a real page so it works without JavaScript. */
export const noticeKindPath = (locale: Locale, kind: string) => localePath(locale, 'notices', 'kind', kind);

/** `/<locale>/notices/rss.xml` */
export const noticeRssPath = (locale: Locale) => `${noticesPath(locale)}rss.xml`;

/** `/<locale>/notices/feed.json` */
export const noticeJsonFeedPath = (locale: Locale) => `${noticesPath(locale)}feed.json`;

/** `/<locale>/notices/banner.json`: what the banner shows, read by its script so older pages show newer notices. */
export const noticeBannerJsonPath = (locale: Locale) => `${noticesPath(locale)}banner.json`;

/** `/go/<ref>/` (no locale: the default locale's, falling back), or `/<locale>/go/<ref>/`. */
export function goPath(ref: number, locale?: Locale): string {
	return locale ? localePath(locale, 'go', ref) : `/go/${encodeURIComponent(String(ref))}/`;
}

/** A Statuspage v2 API document, e.g. `statusApiPath('summary')` → `/api/v2/summary.json`. */
export const statusApiPath = (endpoint: string) => `/api/v2/${endpoint}.json`;

/** The status badge: the whole page's, or one service's. */
export const badgePath = (serviceId?: string) => (serviceId ? `/status/${encodeURIComponent(serviceId)}/badge.svg` : '/status/badge.svg');

/** Path of the search page, optionally with a query. */
export function searchPath(locale: Locale, query?: string): string {
	const base = localePath(locale, 'search');
	return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/** Absolute URL on the deployed site (canonical links, feeds, sitemaps, JSON-LD). */
export function absoluteUrl(path: string): string {
	return new URL(path, `${siteConfig.url}/`).toString();
}

/** The same page in another language: swaps the leading `/<locale>/` segment. */
export function swapLocale(path: string, to: Locale): string {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	if (match && (locales as readonly string[]).includes(match[1] ?? '')) return `/${to}${match[2] ?? '/'}`;
	return `/${to}/`;
}
