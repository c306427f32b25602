import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { c as createComponent, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as formatDate, r as machineDate } from "./edit-distance_aadxCfO2.mjs";
// src/core/relative-time.ts
/**
* "12 minutes ago" / "in 3 days": picks the unit a person would use for a distance in
* time. Shared by the build (text as of the build clock) and the status island (which
* recomputes it against the visitor's clock), so both say the same thing at the same
* moment. Browser-safe: no Node APIs, no site config.
*/
var units = [
	["year", 31536e3],
	["month", 2592e3],
	["week", 604800],
	["day", 86400],
	["hour", 3600],
	["minute", 60]
];
/**
* The value and unit for a signed distance `seconds` (negative = past): the largest unit
* of which there is at least one whole, rounded towards zero so "59 minutes" never reads
* "1 hour"; under a minute is 0 minutes ("now" with `numeric: 'auto'`).
*/
function relativeParts(seconds) {
	const distance = Math.abs(seconds);
	for (const [unit, size] of units) if (distance >= size) return {
		value: Math.trunc(seconds / size),
		unit
	};
	return {
		value: 0,
		unit: "minute"
	};
}
/** Formats the distance from `now` to `date` with `Intl.RelativeTimeFormat` in `locale` (BCP 47, may carry `-u-nu-…`). */
function formatRelative(date, now, locale) {
	const { value, unit } = relativeParts((date.getTime() - now.getTime()) / 1e3);
	return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(value, unit);
}
// src/features/status/StatusTime.astro
createAstro("https://help.bazarak.example");
var $$StatusTime = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusTime;
	const { date, locale, now, style = "date-time" } = Astro.props;
	const { bcp47, numberingSystem } = siteConfig.locales[locale];
	const relativeLocale = `${bcp47}-u-nu-${numberingSystem}`;
	return renderTemplate`${maybeRenderHead($$result)}<time${addAttribute(machineDate(date), "datetime")}${addAttribute(style, "data-zoned")}>${formatDate(date, locale, style)}</time>${now && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<span class="relative-time"${addAttribute(date.toISOString(), "data-relative")}>(${formatRelative(date, now, relativeLocale)})</span>` })}`}`;
}, "/work/wt/cms/src/features/status/StatusTime.astro", void 0);
// src/features/status/StatusIsland.astro
createAstro("https://help.bazarak.example");
var $$StatusIsland = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusIsland;
	const { locale } = Astro.props;
	const { bcp47, calendar, numberingSystem } = siteConfig.locales[locale];
	return renderTemplate`${maybeRenderHead($$result)}<span hidden data-status-island${addAttribute(bcp47, "data-bcp47")}${addAttribute(calendar, "data-calendar")}${addAttribute(numberingSystem, "data-nu")}></span>${renderScript($$result, "/work/wt/cms/src/features/status/StatusIsland.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/status/StatusIsland.astro", void 0);
export { $$StatusTime as n, $$StatusIsland as t };
