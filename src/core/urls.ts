import { locales, siteConfig, type Locale } from '../site.config';

/**
 * Every URL the site publishes is built here, so the URL contract in PRODUCT.md has one
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
