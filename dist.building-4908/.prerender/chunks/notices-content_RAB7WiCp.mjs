import { i as getCollection, r as splitArticleId, t as assertNoProblems } from "./integrity_CqYVpkYH.mjs";
import { n as fileNameProblem } from "./schema_D_u_5cv6.mjs";
import { o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { a as zonedTimeToInstant, i as zonedParts, n as formatDate, t as editDistance } from "./edit-distance_aadxCfO2.mjs";
// src/features/notices/notice-integrity.ts
/** Reports channels whose `region` is not the id of a file in `src/content/regions/`. */
function checkChannelRegions(channels, regions) {
	const known = [...regions].sort();
	const set = new Set(known);
	return channels.filter((channel) => channel.region !== void 0 && !set.has(channel.region)).map((channel) => `${channel.filePath}: region "${channel.region}" is not a known region (known: ${known.length ? known.join(", ") : "none defined"})`);
}
var weekdayByUtcDay = [
	"sun",
	"mon",
	"tue",
	"wed",
	"thu",
	"fri",
	"sat"
];
/** schema.org names of the days, keyed like channel files. */
var schemaDays = {
	sat: "https://schema.org/Saturday",
	sun: "https://schema.org/Sunday",
	mon: "https://schema.org/Monday",
	tue: "https://schema.org/Tuesday",
	wed: "https://schema.org/Wednesday",
	thu: "https://schema.org/Thursday",
	fri: "https://schema.org/Friday"
};
/** Iranian week order (Saturday first), for listing days. */
var weekOrder = [
	"sat",
	"sun",
	"mon",
	"tue",
	"wed",
	"thu",
	"fri"
];
var allDay = {
	open: "00:00",
	close: "24:00"
};
var dayMs = 864e5;
/**
* The local date of a `calendarDate` value. Schema dates are midnight UTC of the day the
* editor wrote, so the UTC fields are that day whatever the site's zone.
*/
function toLocalDate(date) {
	return date.toISOString().slice(0, 10);
}
/** The local date a reader in `timeZone` sees at `instant`. */
function localDateAt(instant, timeZone) {
	const parts = zonedParts(instant, timeZone);
	return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}
/** The date `days` after (or before, if negative) a local date. */
function addDays(date, days) {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
/** Day of the week of a local date; calendar arithmetic only, so no zone is involved. */
function weekdayOf(date) {
	return weekdayByUtcDay[(/* @__PURE__ */ new Date(`${date}T00:00:00Z`)).getUTCDay()];
}
/** Converts a notice's validated `hours` into the plain form these functions (and the browser) use. */
function toHoursOverride(hours, notice) {
	return {
		from: toLocalDate(hours.from),
		to: toLocalDate(hours.to),
		channels: hours.channels,
		...notice === void 0 ? {} : { notice }
	};
}
/**
* The override that decides a channel's hours on a date, if any. When several cover the
* date, the narrowest wins (a one-day holiday inside a month of summer hours), then the
* one listed last; `checkHoursOverrides` reports such overlaps to the editor anyway.
*/
function overrideFor(channelId, date, overrides) {
	let chosen;
	for (const override of overrides) {
		if (date < override.from || date > override.to || !Object.hasOwn(override.channels, channelId)) continue;
		if (!chosen || spanDays(override) <= spanDays(chosen)) chosen = override;
	}
	return chosen;
}
/**
* A channel's opening intervals on a local date, earliest first, with touching intervals
* joined: an override naming the channel replaces its weekly hours for that date.
*/
function hoursOn(channel, date, overrides) {
	const override = overrideFor(channel.id, date, overrides);
	let intervals;
	if (override) {
		const replacement = override.channels[channel.id];
		intervals = replacement === "closed" ? [] : replacement;
	} else if (channel.hours.always) intervals = [allDay];
	else intervals = channel.hours[weekdayOf(date)] ?? [];
	const sorted = [...intervals].sort((a, b) => minutes(a.open) - minutes(b.open));
	const joined = [];
	for (const interval of sorted) {
		const last = joined[joined.length - 1];
		if (last && minutes(interval.open) <= minutes(last.close)) {
			if (minutes(interval.close) > minutes(last.close)) last.close = interval.close;
		} else joined.push({
			open: interval.open,
			close: interval.close
		});
	}
	return joined;
}
/**
* Whether a channel is open at `now` in `timeZone`, when it closes, and when it next opens.
* Works on instants rather than minutes of the day, so midnight, overrides and DST changes
* need no special cases: each day's intervals become instants and touching ones are joined.
*/
function channelState(channel, overrides, now, timeZone = siteConfig.timeZone) {
	const today = localDateAt(now, timeZone);
	const t = now.getTime();
	const spans = [];
	for (let offset = 0; offset <= 14; offset++) {
		const date = addDays(today, offset);
		for (const interval of hoursOn(channel, date, overrides)) {
			const start = instantOf(date, interval.open, timeZone);
			const end = instantOf(date, interval.close, timeZone);
			const last = spans[spans.length - 1];
			if (last && start <= last.end) last.end = Math.max(last.end, end);
			else spans.push({
				start,
				end
			});
		}
	}
	const horizon = instantOf(addDays(today, 15), "00:00", timeZone);
	const state = {
		open: false,
		today: hoursOn(channel, today, overrides)
	};
	for (const span of spans) {
		if (span.start <= t && t < span.end) {
			state.open = true;
			if (span.end < horizon) state.closesAt = new Date(span.end);
			break;
		}
		if (span.start > t) {
			if (span.start - t <= 14 * dayMs) state.opensAt = new Date(span.start);
			break;
		}
	}
	return state;
}
/**
* The schedule in the smallest form the client script needs: only the given channels,
* only days that have hours, only overrides that concern those channels and have not
* ended before `since` (pass the build's local date; a page is never viewed before it is built).
*/
function compactSchedule(channels, overrides, options = {}) {
	const ids = new Set(channels.map((channel) => channel.id));
	const compactOverrides = [];
	for (const override of overrides) {
		if (options.since !== void 0 && override.to < options.since) continue;
		const kept = Object.entries(override.channels).filter(([id]) => ids.has(id));
		if (kept.length > 0) compactOverrides.push({
			from: override.from,
			to: override.to,
			channels: Object.fromEntries(kept)
		});
	}
	return {
		timeZone: options.timeZone ?? siteConfig.timeZone,
		channels: channels.map((channel) => ({
			id: channel.id,
			hours: compactHours(channel.hours)
		})),
		overrides: compactOverrides
	};
}
/**
* A channel's hours as schema.org structured data: weekly hours (days with identical
* intervals share an entry) and one special entry per override interval, with closed
* dates written as opens = closes = 00:00 as schema.org prescribes. Spread the result into
* a `Place`/`LocalBusiness`; for a `ContactPoint` put both lists in `hoursAvailable`.
*/
function openingHoursJsonLd(channel, overrides, options = {}) {
	const weekly = /* @__PURE__ */ new Map();
	for (const day of weekOrder) {
		const intervals = channel.hours.always ? [allDay] : channel.hours[day] ?? [];
		for (const interval of intervals) {
			const opens = interval.open;
			const closes = schemaClose(interval.close);
			const key = `${opens}-${closes}`;
			const existing = weekly.get(key);
			if (existing) existing.dayOfWeek.push(schemaDays[day]);
			else weekly.set(key, {
				"@type": "OpeningHoursSpecification",
				dayOfWeek: [schemaDays[day]],
				opens,
				closes
			});
		}
	}
	const special = [];
	for (const override of overrides) {
		const replacement = Object.hasOwn(override.channels, channel.id) ? override.channels[channel.id] : void 0;
		if (replacement === void 0 || options.since !== void 0 && override.to < options.since) continue;
		const range = {
			validFrom: override.from,
			validThrough: override.to
		};
		if (replacement === "closed" || replacement.length === 0) special.push({
			"@type": "OpeningHoursSpecification",
			opens: "00:00",
			closes: "00:00",
			...range
		});
		else for (const interval of replacement) special.push({
			"@type": "OpeningHoursSpecification",
			opens: interval.open,
			closes: schemaClose(interval.close),
			...range
		});
	}
	return {
		openingHoursSpecification: [...weekly.values()],
		specialOpeningHoursSpecification: special
	};
}
/** Drops absent days so the JSON sent to the browser carries only what is used. */
function compactHours(hours) {
	if (hours.always) return { always: true };
	const compact = {};
	for (const day of weekOrder) {
		const intervals = hours[day];
		if (intervals && intervals.length > 0) compact[day] = intervals.map(({ open, close }) => ({
			open,
			close
		}));
	}
	return compact;
}
/** schema.org has no 24:00; 23:59 is what search engines document for "until midnight". */
function schemaClose(close) {
	return close === "24:00" ? "23:59" : close;
}
function instantOf(date, time, timeZone) {
	const day = time === "24:00" ? addDays(date, 1) : date;
	const clock = time === "24:00" ? 0 : minutes(time);
	const [year, month, dayOfMonth] = day.split("-").map(Number);
	return zonedTimeToInstant({
		year,
		month,
		day: dayOfMonth,
		hour: Math.floor(clock / 60),
		minute: clock % 60
	}, timeZone).getTime();
}
function spanDays(override) {
	return Date.parse(`${override.to}T00:00:00Z`) - Date.parse(`${override.from}T00:00:00Z`);
}
function minutes(time) {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
function pad(value) {
	return String(value).padStart(2, "0");
}
// src/features/notices/notice-phase.ts
/**
* Whether a notice is upcoming, active or expired at `now`. Active means
* `start ≤ now < end`: it appears at its start and is gone at its end, so an editor's
* "until 00:00" never overlaps the next day. Without `end` it stays active. Kept apart from
* `notices.ts` (which reads the site settings) so the CMS can apply the same rule in the browser.
*/
function noticePhase(notice, now) {
	const t = now.getTime();
	if (t < notice.data.start.getTime()) return "upcoming";
	if (notice.data.end && t >= notice.data.end.getTime()) return "expired";
	return "active";
}
// src/features/notices/notices.ts
var severityRanks = {
	info: 0,
	warning: 1,
	critical: 2
};
/** A number that grows with severity (`info` 0, `warning` 1, `critical` 2), for sorting. */
function severityRank(severity) {
	return severityRanks[severity];
}
/**
* Banner order: most severe first, then pinned, then the newest start; the slug breaks
* remaining ties so the order never depends on how the files were read.
*/
function compareForBanner(a, b) {
	return severityRank(b.data.severity) - severityRank(a.data.severity) || Number(b.data.pinned ?? false) - Number(a.data.pinned ?? false) || b.data.start.getTime() - a.data.start.getTime() || a.slug.localeCompare(b.slug);
}
/** A sorted copy of `notices` in banner order (see `compareForBanner`). */
function sortForBanner(notices) {
	return [...notices].sort(compareForBanner);
}
/** The notices active at `now`, in banner order. */
function activeNotices(notices, now) {
	return sortForBanner(notices.filter((notice) => noticePhase(notice, now) === "active"));
}
var monthKeyFormatters = /* @__PURE__ */ new Map();
/**
* Groups notices (typically the expired ones) by the month of their start, newest first.
* Months are those of the locale's own calendar in the site zone: Solar Hijri months do
* not line up with Gregorian ones (Azar runs from 22 November to 21 December), so
* grouping by the Gregorian month and labelling it in Persian would split and mislabel them.
*/
function groupPastByMonth(notices, locale, timeZone = siteConfig.timeZone) {
	const sorted = [...notices].sort((a, b) => b.data.start.getTime() - a.data.start.getTime() || a.slug.localeCompare(b.slug));
	const months = /* @__PURE__ */ new Map();
	for (const notice of sorted) {
		const key = calendarMonthKey(notice.data.start, locale, timeZone);
		let month = months.get(key);
		if (!month) {
			month = {
				key,
				label: formatDate(notice.data.start, locale, "month", timeZone),
				notices: []
			};
			months.set(key, month);
		}
		month.notices.push(notice);
	}
	return [...months.values()];
}
/**
* Checks what a notice names in other files: `services`, `regions`, `related` articles
* (in the notice's locale) and the channels of an `hours` override. Returns one message
* per problem, naming the file and the field, e.g.
* `src/content/notices/fa/x.mdx: services[1] "paymnt" is not a known service (known: delivery, payment)`;
* an empty list means all references resolve.
*/
function checkNoticeReferences(notices, known) {
	const pools = {
		services: [...known.services],
		regions: [...known.regions],
		channels: [...known.channels]
	};
	const sets = {
		services: new Set(pools.services),
		regions: new Set(pools.regions),
		channels: new Set(pools.channels)
	};
	const articles = /* @__PURE__ */ new Map();
	for (const [locale, slugs] of Object.entries(known.articleSlugsByLocale)) {
		const pool = [...slugs];
		articles.set(locale, {
			pool,
			set: new Set(pool)
		});
	}
	const errors = [];
	for (const notice of notices) {
		const report = (field, value, pool, what) => errors.push(`${notice.filePath}: ${field} "${value}" is not ${what} (${hint(value, pool)})`);
		notice.data.services?.forEach((id, index) => {
			if (!sets.services.has(id)) report(`services[${index}]`, id, pools.services, "a known service");
		});
		notice.data.regions?.forEach((id, index) => {
			if (!sets.regions.has(id)) report(`regions[${index}]`, id, pools.regions, "a known region");
		});
		const local = articles.get(notice.locale) ?? {
			pool: [],
			set: /* @__PURE__ */ new Set()
		};
		notice.data.related?.forEach((slug, index) => {
			if (!local.set.has(slug)) report(`related[${index}]`, slug, local.pool, `an article in ${notice.locale}`);
		});
		for (const id of Object.keys(notice.data.hours?.channels ?? {})) if (!sets.channels.has(id)) report(`hours.channels.${id}`, id, pools.channels, "a known channel");
	}
	return errors;
}
/**
* The hours overrides all notices announce, one per notice slug (translations carry the
* same override; the default locale's copy is taken). Overrides apply on their dates
* whatever the notice's own start and end: those decide when the banner shows, while
* the hours are a fact about the dates.
*/
function hoursOverridesFromNotices(notices, defaultLocale = siteConfig.defaultLocale) {
	const bySlug = /* @__PURE__ */ new Map();
	for (const notice of notices) {
		if (!notice.data.hours) continue;
		const current = bySlug.get(notice.slug);
		if (!current || current.locale !== defaultLocale && notice.locale === defaultLocale) bySlug.set(notice.slug, notice);
	}
	return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug)).map((notice) => toHoursOverride(notice.data.hours, notice.slug));
}
/**
* Checks that hours overrides are unambiguous: translations of one notice must give the
* same `hours` (otherwise the contact page would depend on the reader's language), and two
* different notices must not change the same channel on the same date.
*/
function checkHoursOverrides(notices) {
	const errors = [];
	const withHours = notices.filter((notice) => notice.data.hours);
	const firstBySlug = /* @__PURE__ */ new Map();
	for (const notice of withHours) {
		const first = firstBySlug.get(notice.slug);
		if (!first) firstBySlug.set(notice.slug, notice);
		else if (overrideSignature(first) !== overrideSignature(notice)) errors.push(`${notice.filePath}: hours differ from its translation ${first.filePath}; give every language the same dates and times`);
	}
	const distinct = [...firstBySlug.values()];
	for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) {
		const a = toHoursOverride(distinct[i].data.hours);
		const b = toHoursOverride(distinct[j].data.hours);
		if (a.to < b.from || b.to < a.from) continue;
		for (const channel of Object.keys(a.channels)) if (Object.hasOwn(b.channels, channel)) errors.push(`${distinct[j].filePath}: hours.channels.${channel} changes ${channel} on dates (${a.from > b.from ? a.from : b.from}–${a.to < b.to ? a.to : b.to}) that ${distinct[i].filePath} also changes; keep one notice per channel and date`);
	}
	return errors;
}
function overrideSignature(notice) {
	const override = toHoursOverride(notice.data.hours);
	const channels = Object.keys(override.channels).sort().map((id) => [id, override.channels[id]]);
	return JSON.stringify([
		override.from,
		override.to,
		channels
	]);
}
function calendarMonthKey(date, locale, timeZone) {
	const calendar = siteConfig.locales[locale].calendar;
	const cacheKey = `${calendar}|${timeZone}`;
	let formatter = monthKeyFormatters.get(cacheKey);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
			timeZone,
			year: "numeric",
			month: "numeric"
		});
		monthKeyFormatters.set(cacheKey, formatter);
	}
	const parts = formatter.formatToParts(date);
	return `${parts.find((part) => part.type === "year")?.value ?? ""}-${(parts.find((part) => part.type === "month")?.value ?? "").padStart(2, "0")}`;
}
/** Either the whole list of valid values, or for long lists the few closest to the typo. */
function hint(value, pool) {
	if (pool.length === 0) return "none are defined";
	if (pool.length <= 12) return `known: ${[...pool].sort().join(", ")}`;
	return `did you mean ${[...pool].map((candidate) => ({
		candidate,
		distance: editDistance(value, candidate)
	})).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).slice(0, 3).map(({ candidate }) => candidate).join(", ")}? ${pool.length} are known`;
}
// src/features/notices/notices-content.ts
var cache;
/** Loads, checks and indexes notices, channels and regions (once per build). */
function loadNoticeContent() {
	cache ??= load();
	return cache;
}
async function load() {
	const [noticeEntries, channelEntries, regionEntries, serviceEntries, site] = await Promise.all([
		getCollection("notices"),
		getCollection("channels"),
		getCollection("regions"),
		getCollection("services"),
		loadSiteContent()
	]);
	const problems = [];
	const notices = noticeEntries.map((entry) => {
		const { locale, slug } = splitArticleId(entry.id);
		const filePath = entry.filePath ?? `src/content/notices/${entry.id}.mdx`;
		if (!locales.includes(locale)) problems.push(`${filePath}: folder "${locale}" is not a site locale (expected notices/<${locales.join("|")}>/<slug>.mdx)`);
		const problem = fileNameProblem(filePath.split("/").pop().replace(/\.mdx?$/, ""));
		if (problem) problems.push(`${filePath}: ${problem}`);
		return {
			id: entry.id,
			filePath,
			locale,
			slug,
			data: entry.data,
			entry
		};
	});
	const channels = channelEntries.map((entry) => ({
		id: entry.id,
		hours: entry.data.hours,
		data: entry.data
	})).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const regions = regionEntries.map((entry) => ({
		id: entry.id,
		data: entry.data
	}));
	problems.push(...checkNoticeReferences(notices, {
		services: serviceEntries.map((entry) => entry.id),
		regions: regions.map((region) => region.id),
		channels: channels.map((channel) => channel.id),
		articleSlugsByLocale: Object.fromEntries(locales.map((locale) => [locale, site.byLocale[locale].map((a) => a.slug)]))
	}), ...checkHoursOverrides(notices), ...checkChannelRegions(channelEntries.map((entry) => ({
		id: entry.id,
		filePath: entry.filePath ?? `src/content/channels/${entry.id}.yaml`,
		region: entry.data.region
	})), regions.map((region) => region.id)));
	assertNoProblems(problems);
	const byLocale = Object.fromEntries(locales.map((locale) => [locale, []]));
	for (const notice of notices) byLocale[notice.locale]?.push(notice);
	return {
		notices,
		byLocale,
		channels,
		regionById: new Map(regions.map((region) => [region.id, region])),
		serviceNames: new Map(serviceEntries.map((entry) => [entry.id, entry.data.name])),
		overrides: hoursOverridesFromNotices(notices, siteConfig.defaultLocale)
	};
}
export { noticePhase as a, compactSchedule as c, openingHoursJsonLd as d, sortForBanner as i, hoursOn as l, activeNotices as n, addDays as o, groupPastByMonth as r, channelState as s, loadNoticeContent as t, localDateAt as u };
