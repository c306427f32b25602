/**
 * The site's languages, apart from `site.config.ts` so that modules bundled for the browser
 * (the content schemas in the CMS) can name them without reading the build environment.
 */

/** A language the help centre is written in. */
export type Locale = 'fa' | 'ar' | 'en';

/** Every locale the site is built in, in the order the language switcher lists them. */
export const locales = ['fa', 'ar', 'en'] as const satisfies readonly Locale[];
