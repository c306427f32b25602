/**
 * The one message formatter: picks a plural form and fills `{name}` placeholders. Server
 * code (`t()` in ./i18n.ts) and browser code (search counts, the agent console's count,
 * the CMS) share it, so a plural rule or a placeholder behaves the same on both sides.
 *
 * Browser-safe on purpose: no site configuration, no Node module. Callers pass the
 * locale's BCP 47 tag and numbering system (pages hand them to scripts in data attributes).
 */

/** Plural forms chosen by `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many` optional; `other` required). */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A dictionary entry: a plain string or plural forms. */
export type Message = string | PluralMessage;

/** Values for `{name}` placeholders; `count` also selects the plural form. */
export type MessageVars = Record<string, string | number>;

/** How to write numbers and choose plural forms: the locale's BCP 47 tag and digits. */
export interface NumberLocale {
	bcp47: string;
	/** e.g. `arabext` for Persian digits, `arab` for Arabic-Indic, `latn`. */
	numberingSystem?: string;
}

// Intl objects are costly to build and every page formats many numbers: one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.NumberFormat` for `locale` with `options`. */
export function numberFormat(locale: NumberLocale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale.bcp47}|${locale.numberingSystem ?? ''}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale.bcp47, { ...(locale.numberingSystem ? { numberingSystem: locale.numberingSystem } : {}), ...options });
		numberFormats.set(key, format);
	}
	return format;
}

/**
 * The template for `count`: `zero` when the count is 0 and the message has one (languages
 * whose rules have no zero category still want "No articles"), else the form
 * `Intl.PluralRules` selects, else `other`.
 */
export function pluralTemplate(message: Message, count: number, bcp47: string): string {
	if (typeof message === 'string') return message;
	if (count === 0 && message.zero !== undefined) return message.zero;
	let rules = pluralRules.get(bcp47);
	if (!rules) {
		rules = new Intl.PluralRules(bcp47);
		pluralRules.set(bcp47, rules);
	}
	return message[rules.select(count)] ?? message.other;
}

/**
 * Fills `{name}` placeholders from `vars`; numbers go through `formatNumber`. A placeholder
 * without a value stays as written, so a missing variable shows instead of vanishing.
 */
export function fillPlaceholders(template: string, vars: MessageVars, formatNumber: (value: number) => string = String): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = vars[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value) : value;
	});
}

/** Formats `message` for `locale`: plural form by `vars.count`, numbers in the locale's digits. */
export function formatMessage(message: Message, vars: MessageVars, locale: NumberLocale): string {
	const count = typeof vars.count === 'number' ? vars.count : Number(vars.count ?? 0);
	const template = pluralTemplate(message, count, locale.bcp47);
	return fillPlaceholders(template, vars, (value) => numberFormat(locale).format(value));
}
