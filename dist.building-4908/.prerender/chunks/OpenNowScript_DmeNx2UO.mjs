import { O as unescapeHTML, _ as renderTemplate, b as addAttribute, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { a as t, c as createComponent, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
import { o as buildNow } from "./edit-distance_aadxCfO2.mjs";
import { c as compactSchedule, o as addDays, s as channelState, u as localDateAt } from "./notices-content_RAB7WiCp.mjs";
import { t as jsonForScript } from "./json-script_DoBcOzgf.mjs";
// src/features/notices/open-now.ts
/** The reader-facing line for a channel's state at `now`. */
function openNowText(state, now, messages, format) {
	const today = localDateAt(now, format.timeZone);
	if (state.open) {
		if (!state.closesAt) return messages.openAlways;
		const closingDay = localDateAt(state.closesAt, format.timeZone);
		if (closingDay === addDays(today, 1) && localDateAt(/* @__PURE__ */ new Date(state.closesAt.getTime() - 1), format.timeZone) === today) return messages.openUntil.replace("{time}", digits("24:00", format));
		return fill(closingDay === today ? messages.openUntil : messages.openUntilDay, state.closesAt, format);
	}
	if (!state.opensAt) return messages.closed;
	const day = localDateAt(state.opensAt, format.timeZone);
	return fill(day === today ? messages.opensToday : day === addDays(today, 1) ? messages.opensTomorrow : messages.opensDay, state.opensAt, format);
}
/** A day's intervals as "08:00–14:00، 16:00–22:00" in the locale's digits, or the "closed today" text. */
function intervalsText(intervals, messages, format, separator = ", ") {
	if (intervals.length === 0) return messages.closedToday;
	return intervals.map((interval) => `${digits(interval.open, format)}–${digits(interval.close, format)}`).join(separator);
}
/** Writes the ASCII digits of `text` in the locale's numbering system (۰۸:۰۰ in Persian). */
function digits(text, format) {
	const formatter = new Intl.NumberFormat(format.bcp47, {
		numberingSystem: format.numberingSystem,
		useGrouping: false
	});
	return text.replace(/\d/g, (digit) => formatter.format(Number(digit)));
}
function fill(template, at, format) {
	const options = {
		timeZone: format.timeZone,
		calendar: format.calendar,
		numberingSystem: format.numberingSystem
	};
	const time = new Intl.DateTimeFormat(format.bcp47, {
		...options,
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23"
	}).format(at);
	const day = new Intl.DateTimeFormat(format.bcp47, {
		...options,
		weekday: "long"
	}).format(at);
	return template.replace("{time}", time).replace("{day}", day);
}
// src/features/notices/open-now-format.ts
/**
* The build-side inputs of `open-now.ts` for a locale: its calendar and digits in the site
* zone, and its UI templates. They are embedded in the page as JSON so the browser formats
* exactly as the build did (the browser cannot read the build's environment variables).
*/
/** Date and digit settings of a locale, in the site time zone. */
function clockFormat(locale) {
	const { bcp47, calendar, numberingSystem } = siteConfig.locales[locale];
	return {
		bcp47,
		calendar,
		numberingSystem,
		timeZone: siteConfig.timeZone
	};
}
/** The "open now / closed — opens …" templates of a locale. */
function openNowMessages(locale) {
	return Object.fromEntries([
		"openUntil",
		"openUntilDay",
		"openAlways",
		"opensToday",
		"opensTomorrow",
		"opensDay",
		"closed",
		"closedToday"
	].map((key) => [key, t(locale, `contact.${key}`)]));
}
// src/features/notices/OpenNowStatus.astro
createAstro("https://help.bazarak.example");
var $$OpenNowStatus = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OpenNowStatus;
	const { locale, channel, overrides } = Astro.props;
	const format = clockFormat(locale);
	const now = buildNow();
	const state = channelState(channel, overrides, now, format.timeZone);
	return renderTemplate`${maybeRenderHead($$result)}<span class="open-now"${addAttribute(channel.id, "data-open-now")}${addAttribute(String(state.open), "data-open")} data-astro-cid-74oayt7f>${openNowText(state, now, openNowMessages(locale), format)}</span>`;
}, "/work/wt/cms/src/features/notices/OpenNowStatus.astro", void 0);
// src/features/notices/OpenNowScript.astro
createAstro("https://help.bazarak.example");
var $$OpenNowScript = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OpenNowScript;
	const { locale, channels, overrides } = Astro.props;
	const since = localDateAt(buildNow(), siteConfig.timeZone);
	const payload = {
		schedule: compactSchedule(channels, overrides, { since }),
		format: clockFormat(locale),
		messages: openNowMessages(locale),
		separator: t(locale, "contact.listSeparator")
	};
	const json = jsonForScript(payload);
	return renderTemplate`<script type="application/json" data-hours-schedule>${unescapeHTML(json)}<\/script>${renderScript($$result, "/work/wt/cms/src/features/notices/OpenNowScript.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/notices/OpenNowScript.astro", void 0);
export { intervalsText as a, openNowMessages as i, $$OpenNowStatus as n, clockFormat as r, $$OpenNowScript as t };
