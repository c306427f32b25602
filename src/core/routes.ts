import { locales, type Locale } from '../site.config';

/** `getStaticPaths` entries for pages that exist once per locale. */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
	return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}
