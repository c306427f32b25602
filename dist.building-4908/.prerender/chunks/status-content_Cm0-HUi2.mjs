import { i as getCollection, t as assertNoProblems } from "./integrity_CqYVpkYH.mjs";
import { a as t, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { a as zonedTimeToInstant, i as zonedParts, n as formatDate, o as buildNow, t as editDistance } from "./edit-distance_aadxCfO2.mjs";
import { r as resolvedStatuses } from "./incident-schema_BpmDyaUH.mjs";
import { n as fileNameProblem } from "./schema_D_u_5cv6.mjs";
// src/features/status/status.ts
/**
* Adapts an Astro collection entry (`id` = `<locale>/<slug>`) to an `IncidentEntry`.
* Throws, naming the file, when the folder is not a site locale, because such a file
* would otherwise be silently left out of every language.
*/
function toIncidentEntry(entry) {
	const filePath = entry.filePath ?? `src/content/incidents/${entry.id}.mdx`;
	const [locale, ...rest] = entry.id.split("/");
	if (!locale || rest.length === 0 || !locales.includes(locale)) throw new Error(`${filePath}: incidents live in src/content/incidents/<locale>/<slug>.mdx with <locale> one of ${locales.join(", ")}`);
	const fileName = filePath.split("/").pop().replace(/\.mdx?$/, "");
	const problem = fileNameProblem(fileName);
	if (problem) throw new Error(`${filePath}: ${problem}`);
	return {
		id: entry.id,
		filePath,
		locale,
		slug: rest.join("/"),
		data: entry.data
	};
}
/** Updates already published at `now`; an update dated later is a scheduled post, not yet visible. */
function visibleUpdates(incident, now) {
	return incident.data.updates.filter((update) => update.at.getTime() <= now.getTime());
}
/** Does the incident have at least one update readers can see at `now`? */
function isPublished(incident, now) {
	return visibleUpdates(incident, now).length > 0;
}
/**
* Phase of an incident or maintenance at `now`, from the updates published by then.
*
* Incidents are `resolved` when their latest visible update is `resolved` or `postmortem`,
* otherwise `unresolved` (a later `investigating` update reopens them).
*
* Maintenance follows its window the way Statuspage's automatic transitions do, because a
* static site cannot count on an operator posting every step:
* - latest visible update `completed` → `completed` (finished early, or at all);
* - at or after `window.end` → `completed` even without a `completed` update. An overrun
*   is announced by moving `window.end` later (one edit in the CMS), which keeps a
*   forgotten last update from showing "under maintenance" for ever;
* - inside the window → `verifying` if that was the latest update, otherwise `in_progress`
*   (a window that has started while the update still says `scheduled` is under way);
* - before the window → the latest update's status (`in_progress` if work started early).
*/
function incidentPhase(incident, now) {
	const latest = visibleUpdates(incident, now).at(-1);
	if (!latest) return "unpublished";
	const { data } = incident;
	if (data.kind === "incident") return resolvedStatuses.includes(latest.status) ? "resolved" : "unresolved";
	if (latest.status === "completed") return "completed";
	const t = now.getTime();
	if (data.window && t >= data.window.end.getTime()) return "completed";
	if (data.window && t >= data.window.start.getTime()) return latest.status === "verifying" ? "verifying" : "in_progress";
	return latest.status === "in_progress" || latest.status === "verifying" ? latest.status : "scheduled";
}
/** Phases in which an incident or maintenance changes the status of the services it affects. */
function isActivePhase(phase) {
	return phase === "unresolved" || phase === "in_progress" || phase === "verifying";
}
/**
* The spans up to `now` during which the incident or maintenance was active (see
* `isActivePhase`). The phase only changes at an update or a window boundary, so it is
* evaluated at each of those instants; this keeps history and `incidentPhase` from ever
* disagreeing. An incident reopened after `resolved` yields two spans.
*/
function activeIntervals(incident, now) {
	const limit = now.getTime();
	const marks = /* @__PURE__ */ new Set();
	for (const update of incident.data.updates) marks.add(update.at.getTime());
	if (incident.data.window) {
		marks.add(incident.data.window.start.getTime());
		marks.add(incident.data.window.end.getTime());
	}
	const sorted = [...marks].filter((mark) => mark <= limit).sort((a, b) => a - b);
	const intervals = [];
	let openedAt;
	for (const mark of sorted) {
		const active = isActivePhase(incidentPhase(incident, new Date(mark)));
		if (active && openedAt === void 0) openedAt = mark;
		if (!active && openedAt !== void 0) {
			intervals.push({
				start: new Date(openedAt),
				end: new Date(mark)
			});
			openedAt = void 0;
		}
	}
	if (openedAt !== void 0) intervals.push({
		start: new Date(openedAt),
		end: new Date(limit)
	});
	return intervals;
}
/**
* One entry per incident slug: the translation in `preferred` (the default locale), else
* the first in the site's locale order. Translations share one timeline, so counting each
* would list an incident three times; `checkIncidentTranslations` makes sure they agree.
*/
function canonicalIncidents(incidents, preferred = siteConfig.defaultLocale) {
	const rank = (locale) => locale === preferred ? -1 : locales.indexOf(locale);
	const bySlug = /* @__PURE__ */ new Map();
	for (const incident of incidents) {
		const current = bySlug.get(incident.slug);
		if (!current || rank(incident.locale) < rank(current.locale)) bySlug.set(incident.slug, incident);
	}
	return [...bySlug.values()];
}
/**
* Severity of each component status, least to most severe. Maintenance ranks just above
* operational: the service is unavailable, but by plan and announced in advance, so any
* real degradation during the window still shows; Statuspage likewise keeps it a state of
* its own rather than an outage, and uptime does not count it (see `downtimeWeights`).
*/
var componentSeverity = {
	operational: 0,
	under_maintenance: 1,
	degraded_performance: 2,
	partial_outage: 3,
	major_outage: 4
};
/** The most severe of the statuses (`operational` for none). */
function worstStatus(statuses) {
	let worst = "operational";
	for (const status of statuses) if (componentSeverity[status] > componentSeverity[worst]) worst = status;
	return worst;
}
function affectedStatus(incident, serviceId) {
	return incident.data.affected.find((entry) => entry.service === serviceId)?.status;
}
/**
* A service's status at `now`: the worst status given to it by unresolved incidents and
* in-progress (or verifying) maintenance. Resolved incidents, completed maintenance and
* maintenance that is only scheduled leave it `operational`.
*/
function serviceStatus(serviceId, incidents, now) {
	const statuses = [];
	for (const incident of canonicalIncidents(incidents)) {
		const status = affectedStatus(incident, serviceId);
		if (status && isActivePhase(incidentPhase(incident, now))) statuses.push(status);
	}
	return worstStatus(statuses);
}
/** Indicator levels, least to most severe (maintenance is planned, so below any outage). */
var indicatorSeverity = {
	none: 0,
	maintenance: 1,
	minor: 2,
	major: 3,
	critical: 4
};
/** The level a component status shows as, on the indicator's scale (Statuspage's mapping). */
var statusLevel = {
	operational: "none",
	under_maintenance: "maintenance",
	degraded_performance: "minor",
	partial_outage: "major",
	major_outage: "critical"
};
/** Statuspage's English description of each indicator, used verbatim by the JSON API. */
var indicatorDescriptions = {
	none: "All Systems Operational",
	minor: "Minor Service Outage",
	major: "Partial System Outage",
	critical: "Major System Outage",
	maintenance: "Service Under Maintenance"
};
function worstIndicator(levels) {
	let worst = "none";
	for (const level of levels) if (indicatorSeverity[level] > indicatorSeverity[worst]) worst = level;
	return worst;
}
/**
* The page-wide indicator at `now`, computed like Statuspage's `status.indicator`: the
* worst impact among unresolved incidents, raised to match the statuses they give their
* services (an incident filed as `minor` that puts a service in `major_outage` reads
* `critical`, so the banner never contradicts the service list). Otherwise `maintenance`
* while any maintenance is in progress, otherwise `none`.
*/
function overallIndicator(incidents, now) {
	const levels = [];
	let maintenance = false;
	for (const incident of canonicalIncidents(incidents)) {
		if (!isActivePhase(incidentPhase(incident, now))) continue;
		if (incident.data.kind === "maintenance") {
			maintenance = true;
			continue;
		}
		levels.push(incident.data.impact);
		for (const entry of incident.data.affected) levels.push(statusLevel[entry.status]);
	}
	let indicator = worstIndicator(levels);
	if (indicator === "none" && maintenance) indicator = "maintenance";
	return {
		indicator,
		description: indicatorDescriptions[indicator],
		key: `status.indicator.${indicator}`
	};
}
/**
* How much of an hour at each status counts as an hour of downtime. Partial and degraded
* service still serves most customers, so it counts in part; planned maintenance was
* announced and agreed, so it does not count at all.
*/
var downtimeWeights = {
	operational: 0,
	under_maintenance: 0,
	degraded_performance: .1,
	partial_outage: .3,
	major_outage: 1
};
function serviceSpans(serviceId, incidents, now) {
	const spans = [];
	for (const incident of canonicalIncidents(incidents)) {
		const status = affectedStatus(incident, serviceId);
		if (!status) continue;
		for (const interval of activeIntervals(incident, now)) spans.push({
			...interval,
			weight: downtimeWeights[status],
			level: statusLevel[status],
			slug: incident.slug
		});
	}
	return spans;
}
/**
* Weighted downtime in `[from, to)`, in milliseconds. Overlapping spans count once, at the
* highest weight in force at each moment: two incidents about the same outage must not
* double it.
*/
function weightedDowntime(spans, from, to) {
	const marks = /* @__PURE__ */ new Set([from, to]);
	for (const span of spans) {
		const start = span.start.getTime();
		const end = span.end.getTime();
		if (start > from && start < to) marks.add(start);
		if (end > from && end < to) marks.add(end);
	}
	const sorted = [...marks].sort((a, b) => a - b);
	let total = 0;
	for (let index = 0; index + 1 < sorted.length; index++) {
		const segmentStart = sorted[index];
		const segmentEnd = sorted[index + 1];
		let weight = 0;
		for (const span of spans) if (span.start.getTime() <= segmentStart && span.end.getTime() >= segmentEnd) weight = Math.max(weight, span.weight);
		total += weight * (segmentEnd - segmentStart);
	}
	return total;
}
/**
* The service's history, one bar per local day in `timeZone` (oldest first, the last is
* today up to `now`). Days run from local midnight to local midnight, so an incident from
* 23:00 to 01:00 Tehran time counts on both days, with each day's share of its downtime.
*/
function dailyBars(serviceId, incidents, now, days = 90, timeZone = siteConfig.timeZone) {
	const spans = serviceSpans(serviceId, incidents, now);
	const today = zonedParts(now, timeZone);
	const bars = [];
	for (let back = days - 1; back >= 0; back--) {
		const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
		const next = new Date(Date.UTC(today.year, today.month - 1, today.day - back + 1));
		const from = zonedTimeToInstant({
			year: day.getUTCFullYear(),
			month: day.getUTCMonth() + 1,
			day: day.getUTCDate()
		}, timeZone).getTime();
		const to = zonedTimeToInstant({
			year: next.getUTCFullYear(),
			month: next.getUTCMonth() + 1,
			day: next.getUTCDate()
		}, timeZone).getTime();
		const touching = spans.filter((span) => {
			const start = span.start.getTime();
			const end = span.end.getTime();
			return start < to && (end > from || start >= from);
		});
		const slugs = [];
		for (const span of [...touching].sort((a, b) => a.start.getTime() - b.start.getTime())) if (!slugs.includes(span.slug)) slugs.push(span.slug);
		bars.push({
			date: day.toISOString().slice(0, 10),
			worst: worstIndicator(touching.map((span) => span.level)),
			downtimeMinutes: Math.round(weightedDowntime(touching, from, to) / 6e3) / 10,
			incidents: slugs
		});
	}
	return bars;
}
/**
* Uptime of a service over the `days` × 24 hours ending at `now`, in percent:
*
*     uptime = round₂(100 × (1 − weighted downtime / window length))
*
* Each incident affecting the service contributes the spans during which it was active
* (from its first update to its resolving update, or to `now` if unresolved; see
* `activeIntervals`), clipped to the window and weighted by the status it gives the
* service: major_outage 1.0, partial_outage 0.3, degraded_performance 0.1,
* under_maintenance 0 (planned maintenance is excluded). Where incidents overlap, each
* moment counts once at the highest weight in force, so nothing is counted twice.
*/
function uptimePercent(serviceId, incidents, now, days = 90) {
	const to = now.getTime();
	const from = to - days * 24 * 60 * 60 * 1e3;
	const downtime = weightedDowntime(serviceSpans(serviceId, incidents, now), from, to);
	return Math.round(1e4 * (1 - downtime / (to - from))) / 100;
}
function closest(value, candidates) {
	let best;
	let bestDistance = 3;
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
/**
* Cross-file check: every `affected[].service` names an existing service. Returns one
* message per problem, naming the file and the field, for the build to print and fail on.
*/
function checkIncidentReferences(incidents, serviceIds) {
	const known = [...new Set(serviceIds)].sort();
	const errors = [];
	for (const incident of incidents) incident.data.affected.forEach((entry, index) => {
		if (known.includes(entry.service)) return;
		const suggestion = closest(entry.service, known);
		errors.push(`${incident.filePath}: affected[${index}].service "${entry.service}" is not a known service` + (suggestion ? ` (did you mean "${suggestion}"?)` : "") + ` (known: ${known.join(", ") || "none; add one in src/content/services/"})`);
	});
	return errors;
}
/**
* Cross-file check for services and groups: each service's `group` exists, and no group
* shares an id with a service (the JSON API lists both as components, keyed by id).
*/
function checkServiceGroups(services, groups) {
	const groupIds = groups.map((group) => group.id).sort();
	const errors = [];
	for (const service of services) {
		const file = service.filePath ?? `src/content/services/${service.id}.yaml`;
		if (!groupIds.includes(service.data.group)) errors.push(`${file}: group "${service.data.group}" is not a known service group (known: ${groupIds.join(", ") || "none; add one in src/content/service-groups/"})`);
		if (groupIds.includes(service.id)) errors.push(`${file}: the id "${service.id}" is also a service group's id (src/content/service-groups/${service.id}.yaml); rename one`);
	}
	return errors;
}
/**
* Cross-file check: translations of an incident share one timeline. They may word things
* differently, but `kind`, `impact`, `affected`, the update times and statuses and the
* window must match the canonical translation, or the status page would tell readers of
* each language a different story.
*/
function checkIncidentTranslations(incidents, preferred = siteConfig.defaultLocale) {
	const canonical = new Map(canonicalIncidents(incidents, preferred).map((incident) => [incident.slug, incident]));
	const errors = [];
	for (const incident of incidents) {
		const reference = canonical.get(incident.slug);
		if (!reference || reference === incident) continue;
		const differs = (field) => errors.push(`${incident.filePath}: ${field} differs from ${reference.filePath}; translations share one timeline`);
		const a = incident.data;
		const b = reference.data;
		if (a.kind !== b.kind) differs("kind");
		if (a.impact !== b.impact) differs("impact");
		const affectedKey = (data) => data.affected.map((entry) => `${entry.service}=${entry.status}`).sort().join(",");
		if (affectedKey(a) !== affectedKey(b)) differs("affected");
		if (a.updates.length !== b.updates.length) differs("the number of updates");
		else a.updates.forEach((update, index) => {
			const other = b.updates[index];
			if (update.at.getTime() !== other.at.getTime()) differs(`updates[${index}].at`);
			if (update.status !== other.status) differs(`updates[${index}].status`);
		});
		if (a.window?.start.getTime() !== b.window?.start.getTime()) differs("window.start");
		if (a.window?.end.getTime() !== b.window?.end.getTime()) differs("window.end");
	}
	return errors;
}
// src/features/content/entry.ts
/** The stored body of an articles, notices or incidents entry. */
function renderedBody(entry) {
	const rendered = entry.rendered;
	if (!rendered) throw new Error(`${entry.filePath ?? entry.id}: the entry has no rendered body; is its collection loaded by the content pipeline (src/content.config.ts)?`);
	const metadata = rendered.metadata ?? {};
	return {
		html: rendered.html,
		headings: metadata.headings ?? [],
		faq: metadata.faq,
		serviceStatusIds: metadata.serviceStatusIds ?? []
	};
}
var byOrder = (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id);
/** Arranges services, groups and incidents into what the status pages show at `now`. */
function buildStatusView(input) {
	const { now } = input;
	const published = canonicalIncidents(input.incidents).filter((incident) => isPublished(incident, now));
	const all = published.map((incident) => {
		const updates = visibleUpdates(incident, now);
		return {
			incident,
			phase: incidentPhase(incident, now),
			startedAt: updates[0].at,
			latestAt: updates.at(-1).at
		};
	});
	const groups = [...input.groups].sort(byOrder).map((group) => {
		const services = input.services.filter((service) => service.data.group === group.id).sort(byOrder).map((service) => ({
			service,
			status: serviceStatus(service.id, published, now),
			bars: dailyBars(service.id, published, now, 90, input.timeZone),
			uptime: uptimePercent(service.id, published, now, 90)
		}));
		return {
			group,
			status: worstStatus(services.map((service) => service.status)),
			services
		};
	});
	const newest = (a, b) => b.startedAt.getTime() - a.startedAt.getTime() || a.incident.slug.localeCompare(b.incident.slug);
	const windowStart = (view) => view.incident.data.window?.start.getTime() ?? view.startedAt.getTime();
	const soonest = (a, b) => windowStart(a) - windowStart(b) || a.incident.slug.localeCompare(b.incident.slug);
	const pastEnd = (view) => view.incident.data.kind === "maintenance" ? windowStart(view) : view.startedAt.getTime();
	return {
		now,
		overall: overallIndicator(published, now),
		groups,
		active: all.filter((view) => view.phase === "unresolved").sort(newest),
		activeMaintenance: all.filter((view) => view.phase === "in_progress" || view.phase === "verifying").sort(soonest),
		upcoming: all.filter((view) => view.phase === "scheduled").sort(soonest),
		past: all.filter((view) => view.phase === "resolved" || view.phase === "completed").sort((a, b) => pastEnd(b) - pastEnd(a) || a.incident.slug.localeCompare(b.incident.slug)),
		all
	};
}
/** Incidents and maintenance that list `serviceId` among the affected services. */
function affecting(views, serviceId) {
	return views.filter((view) => view.incident.data.affected.some((entry) => entry.service === serviceId));
}
/**
* Groups incidents by month in the locale's own calendar (a Persian reader's months are
* Solar Hijri months, which do not line up with Gregorian ones), newest month first, and
* includes the empty months back to `since` so "nothing happened in Mehr" is said, not
* implied. Maintenance is filed under the month of its window.
*/
function groupByMonth(views, locale, now, since, timeZone) {
	const label = (date) => formatDate(date, locale, "month", timeZone);
	const months = /* @__PURE__ */ new Map();
	const touch = (date) => {
		const name = label(date);
		const month = months.get(name) ?? {
			time: date.getTime(),
			items: []
		};
		month.time = Math.max(month.time, date.getTime());
		months.set(name, month);
		return month;
	};
	for (let time = now.getTime(); time >= since.getTime(); time -= 864e5) touch(new Date(time));
	for (const view of views) touch(view.incident.data.kind === "maintenance" ? view.incident.data.window?.start ?? view.startedAt : view.startedAt).items.push(view);
	return [...months].sort(([, a], [, b]) => b.time - a.time).map(([name, month]) => ({
		label: name,
		items: month.items
	}));
}
/**
* Service ids embedded with `<ServiceStatus id="…"/>` (as the content pipeline recorded
* them while rendering each body) that are not services. Returns one message per unknown
* id, naming the file, for `assertNoProblems`.
*/
function checkServiceStatusEmbeds(files, serviceIds) {
	const problems = [];
	for (const file of files) for (const id of file.serviceStatusIds) if (!serviceIds.includes(id)) problems.push(`${file.filePath}: <ServiceStatus id="${id}"/> names an unknown service (known: ${[...serviceIds].sort().join(", ")})`);
	return problems;
}
/** The site time zone's name as readers of `locale` call it ("Iran Standard Time", "وقت عادی ایران"). */
function siteZoneName(locale, now, timeZone = siteConfig.timeZone) {
	return new Intl.DateTimeFormat(siteConfig.locales[locale].bcp47, {
		timeZone,
		timeZoneName: "long"
	}).formatToParts(now).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
// src/features/status/status-content.ts
var cache;
/** Loads, checks and arranges the status content for the build clock (once per build). */
function loadStatusContent() {
	cache ??= load();
	return cache;
}
async function load() {
	const [serviceEntries, groupEntries, incidentEntries, articleEntries, noticeEntries] = await Promise.all([
		getCollection("services"),
		getCollection("serviceGroups"),
		getCollection("incidents"),
		getCollection("articles"),
		getCollection("notices")
	]);
	const services = serviceEntries.map((entry) => ({
		id: entry.id,
		data: entry.data,
		filePath: entry.filePath
	}));
	const groups = groupEntries.map((entry) => ({
		id: entry.id,
		data: entry.data
	}));
	const incidents = incidentEntries.map((entry) => toIncidentEntry(entry));
	const serviceIds = services.map((service) => service.id);
	assertNoProblems([
		...checkServiceGroups(services, groups),
		...checkIncidentReferences(incidents, serviceIds),
		...checkIncidentTranslations(incidents),
		...checkServiceStatusEmbeds([
			...articleEntries,
			...noticeEntries,
			...incidentEntries
		].map((entry) => ({
			filePath: entry.filePath ?? entry.id,
			serviceStatusIds: renderedBody(entry).serviceStatusIds
		})), serviceIds)
	]);
	const now = buildNow();
	return {
		now,
		services,
		groups,
		incidents,
		view: buildStatusView({
			services,
			groups,
			incidents,
			now
		}),
		entries: new Map(incidentEntries.map((entry) => [entry.id, entry]))
	};
}
/** The input the Statuspage API builders take (names in the default locale). */
function apiInput(content) {
	return {
		services: content.services,
		groups: content.groups,
		incidents: content.incidents,
		now: content.now,
		siteName: t(siteConfig.defaultLocale, "core.siteName")
	};
}
/** The translation of incident `slug` for `locale`, falling back to the canonical one. */
function localizedIncident(content, slug, locale) {
	const chosen = content.incidents.find((incident) => incident.slug === slug && incident.locale === locale) ?? content.view.all.find((view) => view.incident.slug === slug)?.incident;
	if (!chosen) throw new Error(`No published incident "${slug}" (src/content/incidents/*/${slug}.mdx)`);
	return {
		incident: chosen,
		entry: content.entries.get(chosen.id),
		textLocale: chosen.locale
	};
}
/** A service by id, or a build error naming where it was asked for. */
function serviceById(content, id, where) {
	const service = content.services.find((candidate) => candidate.id === id);
	if (!service) throw new Error(`${where}: "${id}" is not a known service (known: ${content.services.map((s) => s.id).sort().join(", ")})`);
	return service;
}
export { visibleUpdates as _, affecting as a, renderedBody as c, incidentPhase as d, indicatorDescriptions as f, statusLevel as g, serviceStatus as h, serviceById as i, activeIntervals as l, overallIndicator as m, loadStatusContent as n, groupByMonth as o, isPublished as p, localizedIncident as r, siteZoneName as s, apiInput as t, canonicalIncidents as u, worstStatus as v };
