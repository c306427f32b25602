import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { _ as visibleUpdates, n as loadStatusContent, r as localizedIncident } from "./status-content_Cm0-HUi2.mjs";
import { c as localePath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
// src/features/notices/ical.ts
/**
* Characters an iCalendar TEXT value cannot carry (RFC 5545 §3.1 and §3.3.11: CONTROL is
* every C0 character but tab, and DEL) plus what no UTF-8 text can (U+FFFE, U+FFFF and
* unpaired surrogates, which `TextEncoder` would silently turn into U+FFFD). Line breaks
* are not in the list: `escapeText` turns them into `\n` first.
*/
var ICAL_ILLEGAL = /[\u0000-\u0008\u000A-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
/**
* Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines are
* escaped, and characters a TEXT value cannot carry are stripped (not refused: they are
* invisible, and one pasted into a title must not break the whole calendar).
*/
function escapeText(value) {
	return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n").replace(ICAL_ILLEGAL, "");
}
/**
* A URI value (the URL property), or an error naming it: a URI is not TEXT, so it cannot be
* escaped, and one with controls, spaces or quotes would break the line or the parameter
* syntax. The site only ever writes its own absolute URLs here.
*/
function icalUri(value) {
	let url;
	try {
		url = new URL(value);
	} catch (cause) {
		throw new Error(`iCalendar URL "${value}" is not an absolute URL`, { cause });
	}
	if (url.protocol !== "https:" && url.protocol !== "http:" || !/^[\x21-\x7e]+$/.test(value) || /["<>\\^`{|}]/.test(value)) throw new Error(`iCalendar URL "${value}" is not a plain absolute http(s) URL`);
	return value;
}
/** A LANGUAGE parameter value (RFC 5646 tag), or an error naming it: parameters are not escaped either. */
function languageParameter(value) {
	if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) throw new Error(`iCalendar LANGUAGE "${value}" is not a language tag like fa-IR`);
	return value;
}
/** A UTC DATE-TIME value, `20261125T013000Z`. */
function icalDateTime(date) {
	if (Number.isNaN(date.getTime())) throw new Error("icalDateTime: invalid date");
	return date.toISOString().replace(/\.\d{3}/, "").replace(/[-:]/g, "");
}
var encoder = new TextEncoder();
/**
* Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1):
* continuation lines start with a space, which counts towards their 75. Splits fall
* between code points, never inside a multi-byte character.
*/
function foldLine(line) {
	const parts = [];
	let current = "";
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + bytes > limit) {
			parts.push(current);
			current = "";
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join("\r\n ");
}
/** Builds the whole `.ics` text: CRLF line endings, folded lines, a final CRLF. */
function buildCalendar(calendar) {
	const lang = calendar.language ? `;LANGUAGE=${languageParameter(calendar.language)}` : "";
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		`PRODID:${escapeText(calendar.prodId)}`,
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(calendar.name)}`
	];
	for (const event of calendar.events) {
		if (event.end.getTime() <= event.start.getTime()) throw new Error(`buildCalendar: event ${event.uid} ends before it starts`);
		lines.push("BEGIN:VEVENT", `UID:${escapeText(event.uid)}`, `DTSTAMP:${icalDateTime(event.stamp)}`, `LAST-MODIFIED:${icalDateTime(event.stamp)}`, `DTSTART:${icalDateTime(event.start)}`, `DTEND:${icalDateTime(event.end)}`, `SUMMARY${lang}:${escapeText(event.summary)}`);
		if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
		if (event.url) lines.push(`URL:${icalUri(event.url)}`);
		if (event.sequence !== void 0) {
			if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) throw new Error(`buildCalendar: event ${event.uid} has SEQUENCE ${event.sequence}, not a whole number`);
			lines.push(`SEQUENCE:${event.sequence}`);
		}
		if (event.status) lines.push(`STATUS:${event.status}`);
		lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
	}
	lines.push("END:VCALENDAR");
	return lines.map(foldLine).join("\r\n") + "\r\n";
}
// src/pages/[locale]/status/maintenance.ics.ts
var maintenance_ics_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = localeStaticPaths;
/**
* `/<locale>/status/maintenance.ics`: every announced maintenance window, past and
* upcoming, so a subscribed calendar shows what is planned and keeps what happened. The
* UID is the slug (the same in every language), so switching feeds does not duplicate events.
*/
var GET = async ({ props }) => {
	const { locale } = props;
	const content = await loadStatusContent();
	const host = new URL(siteConfig.url).host;
	const events = content.view.all.filter((view) => view.incident.data.kind === "maintenance" && view.incident.data.window).map((view) => {
		const { incident } = localizedIncident(content, view.incident.slug, locale);
		const updates = visibleUpdates(incident, content.now);
		const latest = updates.at(-1);
		const status = t(locale, `status.maintenanceStatus.${view.phase}`);
		return {
			uid: `${incident.slug}@${host}`,
			stamp: latest.at,
			start: incident.data.window.start,
			end: incident.data.window.end,
			summary: incident.data.title,
			description: `${status}: ${latest.text}`,
			url: absoluteUrl(localePath(locale, "status", "incidents", incident.slug)),
			sequence: updates.length - 1,
			status: "CONFIRMED"
		};
	}).sort((a, b) => a.start.getTime() - b.start.getTime());
	const body = buildCalendar({
		prodId: `-//Bayan//Status//${locale.toUpperCase()}`,
		name: t(locale, "status.calendarName", { site: t(locale, "core.siteName") }),
		language: siteConfig.locales[locale].bcp47,
		events
	});
	return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/[locale]/status/maintenance.ics@_@ts
var page = () => maintenance_ics_exports;
export { page };
