/**
 * The one file a business edits to make Bayan its own: where the site lives, which
 * languages it speaks, which is the default, and which clock and calendar it keeps.
 *
 * Values can be overridden at build time by environment variables (documented in the
 * README) so previews and CI can build the same content for another host or locale.
 */

import { origin as brandOrigin } from './brand.config';
import { analyticsFromEnv } from './core/analytics';
import { originProblem } from './core/site-origin';

import { locales, type Locale } from './core/locales';

export { locales, type Locale };

/** Everything the site needs to know about one of its languages. */
export interface LocaleSettings {
	/** Writing direction of the language. */
	dir: 'rtl' | 'ltr';
	/** BCP 47 tag used in `hreflang`, `og:locale` and `Intl`. */
	bcp47: string;
	/** `Intl` calendar for dates shown to readers (fa: Solar Hijri). */
	calendar: (typeof calendars)[number];
	/** `Intl` numbering system for digits shown to readers. */
	numberingSystem: (typeof numberingSystems)[number];
}

const calendars = ['persian', 'gregory', 'islamic-umalqura', 'islamic-civil'] as const;
const numberingSystems = ['arabext', 'arab', 'latn'] as const;

/** An environment variable restricted to known values: unset or empty means the fallback; anything else unknown is an error naming the variable. */
function envChoice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
	const value = process.env[name];
	if (!value) return fallback;
	if (!(allowed as readonly string[]).includes(value)) {
		throw new Error(`${name}="${value}" is not supported; use one of: ${allowed.join(', ')}`);
	}
	return value as T;
}

const localeSettings: Record<Locale, LocaleSettings> = {
	fa: { dir: 'rtl', bcp47: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' },
	ar: {
		dir: 'rtl',
		bcp47: 'ar',
		calendar: envChoice('BAYAN_AR_CALENDAR', calendars, 'gregory'),
		numberingSystem: envChoice('BAYAN_AR_DIGITS', numberingSystems, 'arab'),
	},
	en: {
		dir: 'ltr',
		bcp47: 'en',
		calendar: envChoice('BAYAN_EN_CALENDAR', calendars, 'gregory'),
		numberingSystem: 'latn',
	},
};

function pickDefaultLocale(): Locale {
	const requested = process.env.BAYAN_DEFAULT_LOCALE || 'fa';
	if (!(locales as readonly string[]).includes(requested)) {
		throw new Error(`BAYAN_DEFAULT_LOCALE is "${requested}", but the site is built in ${locales.join(', ')} only.`);
	}
	return requested as Locale;
}

/** The deployed origin, without a trailing slash. Pages link root-relatively, so a path is refused. */
function siteUrl(): string {
	// `||`, not `??`: CI systems pass an unset variable as an empty string.
	const source = process.env.BAYAN_SITE_URL ? 'BAYAN_SITE_URL' : 'origin (src/brand.config.ts)';
	const value = (process.env.BAYAN_SITE_URL || brandOrigin || '').replace(/\/+$/, '');
	const problem = originProblem(value);
	if (problem) throw new Error(`${source}="${value}" ${problem}`);
	const url = new URL(value);
	return url.origin;
}

/** Site-wide settings. */
export const siteConfig = {
	/** Absolute origin the site is deployed to; used for canonical URLs, feeds and sitemaps. */
	url: siteUrl(),
	/** The language `/` leads to and `/go/<ref>/` prefers. */
	defaultLocale: pickDefaultLocale(),
	/** IANA time zone every date and opening hour is expressed in. */
	timeZone: process.env.BAYAN_TIME_ZONE || 'Asia/Tehran',
	/** Per-language direction, calendar and digits. */
	locales: localeSettings,
	/** Article `ref`s shown as featured on every home page, in this order. */
	featuredRefs: [1, 2, 3, 4, 5, 6],
	/**
	 * The site owner's self-hosted Plausible or Umami, from `BAYAN_ANALYTICS_PROVIDER`,
	 * `BAYAN_ANALYTICS_ENDPOINT` and `BAYAN_ANALYTICS_SITE_ID`. Off (undefined) by default:
	 * the help centre's events then never leave the browser.
	 */
	analytics: analyticsFromEnv(process.env),
} as const;
