import { o as siteConfig } from "./i18n_8_KJbI8d.mjs";
// src/core/clock.ts
/**
* The build clock: the instant the site is built "as of". Notices, opening hours and
* service status are all computed against it, so a preview of "next Monday 09:00 in
* Tehran" is one environment variable away:
*
*     BAYAN_NOW=2026-11-23T09:00:00+03:30 npm run build
*/
/** Name of the environment variable that pins the build clock. */
var BUILD_CLOCK_VARIABLE = "BAYAN_NOW";
/**
* Parses a build-clock value. It must carry an explicit offset (or `Z`): a bare local
* time would silently mean the build machine's zone, not the site's.
*/
function parseClock(value) {
	if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) throw new Error(`${BUILD_CLOCK_VARIABLE}="${value}" needs a time-zone offset, e.g. 2026-11-23T09:00:00+03:30`);
	const date = new Date(value.trim());
	if (Number.isNaN(date.getTime())) throw new Error(`${BUILD_CLOCK_VARIABLE}="${value}" is not a valid ISO 8601 date-time.`);
	return date;
}
var cached;
/** The instant this build renders for: `BAYAN_NOW` when set, otherwise the real time (read once per build). */
function buildNow() {
	if (!cached) {
		const pinned = process.env[BUILD_CLOCK_VARIABLE];
		cached = pinned ? parseClock(pinned) : /* @__PURE__ */ new Date();
	}
	return new Date(cached.getTime());
}
// src/core/zoned-time.ts
/**
* Wall-clock arithmetic in a named time zone, with the zone always passed in: free of the
* site settings, so code bundled for the browser (the CMS's date widgets) can use the same
* functions as the build. `dates.ts` wraps them with the site's zone as the default.
*/
/**
* The machine-readable form for `<time datetime>`: a plain date (`2026-11-22`) for
* date-only values, otherwise an ISO 8601 instant with the site zone's offset
* (`2026-11-22T09:00:00+03:30`), which is what a reader in that zone saw.
*/
function machineDate$1(date, kind, timeZone) {
	const parts = zonedParts$1(date, timeZone);
	const day = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
	if (kind === "date") return day;
	const offset = offsetMinutes(date, timeZone);
	const sign = offset < 0 ? "-" : "+";
	const abs = Math.abs(offset);
	return `${day}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
var partFormatters = /* @__PURE__ */ new Map();
var weekdays = [
	"Sun",
	"Mon",
	"Tue",
	"Wed",
	"Thu",
	"Fri",
	"Sat"
];
/** Splits an instant into the wall-clock fields a reader in `timeZone` sees. */
function zonedParts$1(date, timeZone) {
	let formatter = partFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat("en-US", {
			timeZone,
			calendar: "gregory",
			numberingSystem: "latn",
			hourCycle: "h23",
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
			hour: "2-digit",
			minute: "2-digit",
			second: "2-digit",
			weekday: "short"
		});
		partFormatters.set(timeZone, formatter);
	}
	const fields = {};
	for (const part of formatter.formatToParts(date)) fields[part.type] = part.value;
	return {
		year: Number(fields.year),
		month: Number(fields.month),
		day: Number(fields.day),
		hour: Number(fields.hour) % 24,
		minute: Number(fields.minute),
		second: Number(fields.second),
		weekday: weekdays.indexOf(fields.weekday ?? "")
	};
}
/** Offset of `timeZone` from UTC at `date`, in minutes (Tehran: +210). */
function offsetMinutes(date, timeZone) {
	const p = zonedParts$1(date, timeZone);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return Math.round((asUtc - Math.floor(date.getTime() / 1e3) * 1e3) / 6e4);
}
/**
* The instant at which the wall clock in `timeZone` reads the given local date and time.
* Used for opening hours ("09:00 on 1405-09-01 in Tehran").
*/
function zonedTimeToInstant$1(local, timeZone) {
	const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
	let instant = guess - offsetMinutes(new Date(guess), timeZone) * 6e4;
	instant = guess - offsetMinutes(new Date(instant), timeZone) * 6e4;
	return new Date(instant);
}
function pad(value) {
	return String(value).padStart(2, "0");
}
// src/core/dates.ts
var styles = {
	date: {
		year: "numeric",
		month: "long",
		day: "numeric"
	},
	"long-date": {
		weekday: "long",
		year: "numeric",
		month: "long",
		day: "numeric"
	},
	"date-time": {
		year: "numeric",
		month: "long",
		day: "numeric",
		hour: "2-digit",
		minute: "2-digit"
	},
	time: {
		hour: "2-digit",
		minute: "2-digit"
	},
	month: {
		year: "numeric",
		month: "long"
	},
	weekday: { weekday: "long" }
};
var formatters = /* @__PURE__ */ new Map();
/**
* An `Intl.DateTimeFormat` for a locale in its own calendar and digits (fa: Solar Hijri
* with Persian digits) and the site's time zone, cached because pages format thousands
* of dates.
*/
function dateFormatter(locale, style, timeZone = siteConfig.timeZone) {
	const key = `${locale}|${style}|${timeZone}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		const { bcp47, calendar, numberingSystem } = siteConfig.locales[locale];
		formatter = new Intl.DateTimeFormat(bcp47, {
			...styles[style],
			calendar,
			numberingSystem,
			timeZone,
			hourCycle: "h23"
		});
		formatters.set(key, formatter);
	}
	return formatter;
}
/** Formats an instant for readers of `locale`. */
function formatDate(date, locale, style = "date", timeZone) {
	return dateFormatter(locale, style, timeZone).format(date);
}
/**
* The machine-readable form for `<time datetime>` (see `zoned-time.ts`), in the site's zone
* unless told otherwise.
*/
function machineDate(date, kind = "date-time", timeZone = siteConfig.timeZone) {
	return machineDate$1(date, kind, timeZone);
}
/** Splits an instant into the wall-clock fields a reader in `timeZone` (default: the site's) sees. */
function zonedParts(date, timeZone = siteConfig.timeZone) {
	return zonedParts$1(date, timeZone);
}
/** The instant at which the wall clock in `timeZone` (default: the site's) reads the given local date and time. */
function zonedTimeToInstant(local, timeZone = siteConfig.timeZone) {
	return zonedTimeToInstant$1(local, timeZone);
}
// src/core/edit-distance.ts
/**
* Levenshtein distance between two strings: how many single-character insertions,
* deletions or substitutions turn `a` into `b`. Used to suggest the id an editor probably
* meant when a reference is unknown ("paymnt" → "payment-gateway").
*/
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
export { zonedTimeToInstant as a, zonedParts as i, formatDate as n, buildNow as o, machineDate as r, editDistance as t };
