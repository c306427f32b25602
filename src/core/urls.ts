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

/** The status page's RSS feed (incident updates). */
export const statusRssPath = (locale: Locale) => `${statusPath(locale)}rss.xml`;

/** The status page's calendar of maintenance windows. */
export const statusCalendarPath = (locale: Locale) => `${statusPath(locale)}maintenance.ics`;

/** A language's own "page not found" page (hosts that support per-folder 404s are pointed at it). */
export const notFoundPath = (locale: Locale) => localePath(locale, '404');

/** The brand's logo, drawn from src/brand.config.ts (src/pages/brand/): the light or the dark variant. */
export const logoPath = (variant: 'light' | 'dark' = 'light') => (variant === 'dark' ? '/brand/logo-dark.svg' : '/brand/logo.svg');

/** The site's icon (src/pages/favicon.svg.ts). */
export const faviconPath = '/favicon.svg';

/** Where the bundled CMS app is served; the admin page loads `cms.js` from it. */
export const adminBundlePath = '/admin/cms/';

/** A Statuspage v2 API document, e.g. `statusApiPath('summary')` → `/api/v2/summary.json`. */
export const statusApiPath = (endpoint: string) => `/api/v2/${endpoint}.json`;

/** The status badge: the whole page's, or one service's. */
export const badgePath = (serviceId?: string) => (serviceId ? `/status/${encodeURIComponent(serviceId)}/badge.svg` : '/status/badge.svg');

/** The kinds of page that have their own Open Graph image, with the URL segment each lives under. */
export const ogSections = {
	home: 'home',
	article: 'articles',
	notice: 'notices',
	incident: 'status/incidents',
	service: 'status',
} as const;

/** What a page's Open Graph image is about (src/features/og/ draws it). */
export type OgKind = keyof typeof ogSections;

/**
 * Path of a page's Open Graph image: `/og/<locale>/home.png`, `/og/<locale>/articles/<slug>.png`,
 * `/og/<locale>/notices/<slug>.png`, `/og/<locale>/status/incidents/<slug>.png`,
 * `/og/<locale>/status/<service-id>.png`. Mirrors the page's own URL so it is easy to find.
 */
export function ogImagePath(locale: Locale, kind: OgKind, id?: string): string {
	if (kind === 'home') return `/og/${locale}/home.png`;
	if (!id) throw new Error(`An Open Graph image of kind "${kind}" needs the id (slug or service id) of its page.`);
	return `/og/${locale}/${ogSections[kind]}/${encodeURIComponent(id)}.png`;
}

/** The `path` param of the image endpoint (`src/pages/og/[...path].png.ts`) for an image path. */
export function ogEndpointParam(imagePath: string): string {
	return imagePath.replace(/^\/og\//, '').replace(/\.png$/, '');
}

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
