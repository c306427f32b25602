import { buildsWholeSite } from './build-scope';
import { locales, type Locale } from '../site.config';

/** `getStaticPaths` entries for pages that exist once per locale. */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
	return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

/**
 * `localeStaticPaths` for pages the notices fast path does not rebuild (home, search, agent
 * view): none in that build, whose merge keeps the last full build's copies
 * (scripts/lib/fast-path.mjs), so it never loads the whole knowledge base they show.
 */
export function wholeSiteLocaleStaticPaths(): ReturnType<typeof localeStaticPaths> {
	return buildsWholeSite() ? localeStaticPaths() : [];
}
