import { s as locales } from "./i18n_8_KJbI8d.mjs";
// src/core/routes.ts
/** `getStaticPaths` entries for pages that exist once per locale. */
function localeStaticPaths() {
	return locales.map((locale) => ({
		params: { locale },
		props: { locale }
	}));
}
export { localeStaticPaths as t };
