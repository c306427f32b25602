import { locales, siteConfig, type Locale } from '../site.config';
import { formatMessage, numberFormat, type Message, type MessageVars, type NumberLocale } from './message-format';

export type { Message } from './message-format';

/** One locale's UI strings, flattened to `area.key` → message. */
export type Dictionary = Record<string, Message>;

// Each feature owns its strings (`src/features/<feature>/strings/<locale>.json`, and the
// shared ones in `src/core/strings/<locale>.json`), so two features never edit the same
// file; they are merged here into one flat dictionary. Keys keep their historical prefix
// (the "area"), which is not always the folder's name.
const files = import.meta.glob<Record<string, Message>>(['./strings/*.json', '../features/*/strings/*.json'], { eager: true, import: 'default' });

/** The key prefix of each strings folder: `core` for shared strings, then one per feature. */
export const areaOfFolder: Readonly<Record<string, string>> = {
	core: 'core',
	articles: 'article',
	cms: 'cms',
	contact: 'contact',
	notices: 'notices',
	search: 'search',
	sharing: 'agent',
	site: 'pages',
	status: 'status',
};

/** The strings file that holds `area`'s keys for `locale`, for error messages. */
export function stringsFile(locale: string, area: string): string {
	return folderFile(Object.keys(areaOfFolder).find((name) => areaOfFolder[name] === area) ?? area, locale);
}

function folderFile(folder: string, locale: string): string {
	return folder === 'core' ? `src/core/strings/${locale}.json` : `src/features/${folder}/strings/${locale}.json`;
}

function buildDictionaries(): Record<Locale, Dictionary> {
	const result = Object.fromEntries(locales.map((locale) => [locale, {} as Dictionary])) as Record<Locale, Dictionary>;
	for (const [path, entries] of Object.entries(files)) {
		const match = /^(?:\.\/|\.\.\/features\/([^/]+)\/)strings\/([^/]+)\.json$/.exec(path);
		if (!match) continue;
		const folder = match[1] ?? 'core';
		const locale = match[2] as Locale;
		const area = areaOfFolder[folder];
		const file = folderFile(folder, locale);
		if (area === undefined) {
			throw new Error(`${file}: the folder "${folder}" has no key prefix; add it to areaOfFolder in src/core/i18n.ts.`);
		}
		if (!(locales as readonly string[]).includes(locale)) {
			throw new Error(`${file}: "${locale}" is not one of the site's locales (${locales.join(', ')}).`);
		}
		for (const [key, message] of Object.entries(entries)) {
			result[locale][`${area}.${key}`] = message;
		}
	}
	return result;
}

/** Every locale's merged dictionary. Exported for the completeness test. */
export const dictionaries: Record<Locale, Dictionary> = buildDictionaries();

/** Is `value` one of the site's locales? */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale's BCP 47 tag and digits, as the message formatter wants them. */
export function numberLocale(locale: Locale): NumberLocale {
	const { bcp47, numberingSystem } = siteConfig.locales[locale];
	return { bcp47, numberingSystem };
}

/** Formats a number with the locale's own digits (Persian ۱۲۳, Arabic-Indic ١٢٣, Latin 123). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
	return numberFormat(numberLocale(locale), options).format(value);
}

/**
 * Looks up a UI string and fills `{name}` placeholders (./message-format.ts, shared with
 * browser code). Numbers are written in the locale's digits; a `count` variable selects
 * the plural form.
 *
 * A missing key throws (naming the locale and key) so a forgotten translation fails the
 * build instead of shipping a raw key to readers.
 */
export function t(locale: Locale, key: string, vars: MessageVars = {}): string {
	const message = dictionaries[locale][key];
	if (message === undefined) {
		throw new Error(`Missing UI string "${key}" in ${stringsFile(locale, key.split('.')[0] ?? '')}`);
	}
	return formatMessage(message, vars, numberLocale(locale));
}

/** Writing direction of a locale. */
export function dirOf(locale: Locale): 'rtl' | 'ltr' {
	return siteConfig.locales[locale].dir;
}
