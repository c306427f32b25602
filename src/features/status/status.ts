import { locales, siteConfig, type Locale } from '../../site.config';
import type { ComponentStatus, Impact, IncidentData, IncidentUpdate } from './incident-schema';
import { resolvedStatuses } from './incident-schema';
import { fileNameProblem } from '../../core/schema';
import type { ServiceData, ServiceGroupData } from './service-schema';
import { zonedParts, zonedTimeToInstant } from '../../core/dates';
import { editDistance } from '../../core/edit-distance';

/**
 * Service-status logic: what each service's status is at an instant, the page-wide
 * indicator, daily history bars and uptime. Everything here is pure and takes `now`
 * explicitly, so the status page, JSON API, badges and feeds compute the same answer from
 * the same build clock, and tests can ask "what did the page show at 02:10 Tehran time".
 */

/** One incident or maintenance file, as the pages pass it in (shaped like an Astro collection entry). */
export interface IncidentEntry {
	/** Collection id, e.g. `en/payment-gateway-slow`. */
	id: string;
	/** Path from the project root, used in error messages. */
	filePath: string;
	locale: Locale;
	/** Language-neutral slug shared by translations; the incident's public id. */
	slug: string;
	data: IncidentData;
}

/** One service (status component); `id` is its file name. */
export interface ServiceEntry {
	id: string;
	data: ServiceData;
	/** Path from the project root, used in error messages (defaults to `src/content/services/<id>.yaml`). */
	filePath?: string;
}

/** One service group; `id` is its file name. */
export interface GroupEntry {
	id: string;
	data: ServiceGroupData;
}

/**
 * Where an incident or maintenance stands at an instant.
 * `unpublished`: none of its updates is due yet, so readers must not see it at all.
 */
export type IncidentPhase = 'unpublished' | 'unresolved' | 'resolved' | 'scheduled' | 'in_progress' | 'verifying' | 'completed';

/** Page-wide indicator, as Statuspage's `status.indicator`. */
export type Indicator = Impact | 'maintenance';

/** A half-open span of time `[start, end)`. */
export interface Interval {
	start: Date;
	end: Date;
}

/**
 * Adapts an Astro collection entry (`id` = `<locale>/<slug>`) to an `IncidentEntry`.
 * Throws, naming the file, when the folder is not a site locale, because such a file
 * would otherwise be silently left out of every language.
 */
export function toIncidentEntry(entry: { id: string; filePath?: string; data: IncidentData }): IncidentEntry {
	const filePath = entry.filePath ?? `src/content/incidents/${entry.id}.mdx`;
	const [locale, ...rest] = entry.id.split('/');
	if (!locale || rest.length === 0 || !(locales as readonly string[]).includes(locale)) {
		throw new Error(`${filePath}: incidents live in src/content/incidents/<locale>/<slug>.mdx with <locale> one of ${locales.join(', ')}`);
	}
	// The slug becomes a URL and a folder in dist/; Astro would slugify "Bad Name.mdx" silently.
	const fileName = filePath
		.split('/')
		.pop()!
		.replace(/\.mdx?$/, '');
	const problem = fileNameProblem(fileName);
	if (problem) throw new Error(`${filePath}: ${problem}`);
	return { id: entry.id, filePath, locale: locale as Locale, slug: rest.join('/'), data: entry.data };
}

/** Updates already published at `now`; an update dated later is a scheduled post, not yet visible. */
export function visibleUpdates(incident: IncidentEntry, now: Date): IncidentUpdate[] {
	return incident.data.updates.filter((update) => update.at.getTime() <= now.getTime());
}

/** Does the incident have at least one update readers can see at `now`? */
export function isPublished(incident: IncidentEntry, now: Date): boolean {
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
export function incidentPhase(incident: IncidentEntry, now: Date): IncidentPhase {
	const latest = visibleUpdates(incident, now).at(-1);
	if (!latest) return 'unpublished';
	const { data } = incident;
	if (data.kind === 'incident') {
		return (resolvedStatuses as readonly string[]).includes(latest.status) ? 'resolved' : 'unresolved';
	}
	if (latest.status === 'completed') return 'completed';
	const t = now.getTime();
	// The schema requires a window for maintenance; without one only the updates can speak.
	if (data.window && t >= data.window.end.getTime()) return 'completed';
	if (data.window && t >= data.window.start.getTime()) {
		return latest.status === 'verifying' ? 'verifying' : 'in_progress';
	}
	return latest.status === 'in_progress' || latest.status === 'verifying' ? latest.status : 'scheduled';
}

/** Phases in which an incident or maintenance changes the status of the services it affects. */
export function isActivePhase(phase: IncidentPhase): boolean {
	return phase === 'unresolved' || phase === 'in_progress' || phase === 'verifying';
}

/**
 * The spans up to `now` during which the incident or maintenance was active (see
 * `isActivePhase`). The phase only changes at an update or a window boundary, so it is
 * evaluated at each of those instants; this keeps history and `incidentPhase` from ever
 * disagreeing. An incident reopened after `resolved` yields two spans.
 */
export function activeIntervals(incident: IncidentEntry, now: Date): Interval[] {
	const limit = now.getTime();
	const marks = new Set<number>();
	for (const update of incident.data.updates) marks.add(update.at.getTime());
	if (incident.data.window) {
		marks.add(incident.data.window.start.getTime());
		marks.add(incident.data.window.end.getTime());
	}
	const sorted = [...marks].filter((mark) => mark <= limit).sort((a, b) => a - b);
	const intervals: Interval[] = [];
	let openedAt: number | undefined;
	for (const mark of sorted) {
		const active = isActivePhase(incidentPhase(incident, new Date(mark)));
		if (active && openedAt === undefined) openedAt = mark;
		if (!active && openedAt !== undefined) {
			intervals.push({ start: new Date(openedAt), end: new Date(mark) });
			openedAt = undefined;
		}
	}
	if (openedAt !== undefined) intervals.push({ start: new Date(openedAt), end: new Date(limit) });
	return intervals;
}

/**
 * One entry per incident slug: the translation in `preferred` (the default locale), else
 * the first in the site's locale order. Translations share one timeline, so counting each
 * would list an incident three times; `checkIncidentTranslations` makes sure they agree.
 */
export function canonicalIncidents(incidents: readonly IncidentEntry[], preferred: Locale = siteConfig.defaultLocale): IncidentEntry[] {
	const rank = (locale: Locale) => (locale === preferred ? -1 : locales.indexOf(locale));
	const bySlug = new Map<string, IncidentEntry>();
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
export const componentSeverity: Record<ComponentStatus, number> = {
	operational: 0,
	under_maintenance: 1,
	degraded_performance: 2,
	partial_outage: 3,
	major_outage: 4,
};

/** The most severe of the statuses (`operational` for none). */
export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
	let worst: ComponentStatus = 'operational';
	for (const status of statuses) if (componentSeverity[status] > componentSeverity[worst]) worst = status;
	return worst;
}

function affectedStatus(incident: IncidentEntry, serviceId: string): ComponentStatus | undefined {
	return incident.data.affected.find((entry) => entry.service === serviceId)?.status;
}

/**
 * A service's status at `now`: the worst status given to it by unresolved incidents and
 * in-progress (or verifying) maintenance. Resolved incidents, completed maintenance and
 * maintenance that is only scheduled leave it `operational`.
 */
export function serviceStatus(serviceId: string, incidents: readonly IncidentEntry[], now: Date): ComponentStatus {
	const statuses: ComponentStatus[] = [];
	for (const incident of canonicalIncidents(incidents)) {
		const status = affectedStatus(incident, serviceId);
		if (status && isActivePhase(incidentPhase(incident, now))) statuses.push(status);
	}
	return worstStatus(statuses);
}

/** Indicator levels, least to most severe (maintenance is planned, so below any outage). */
export const indicatorSeverity: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

/** The level a component status shows as, on the indicator's scale (Statuspage's mapping). */
export const statusLevel: Record<ComponentStatus, Indicator> = {
	operational: 'none',
	under_maintenance: 'maintenance',
	degraded_performance: 'minor',
	partial_outage: 'major',
	major_outage: 'critical',
};

/** Statuspage's English description of each indicator, used verbatim by the JSON API. */
export const indicatorDescriptions: Record<Indicator, string> = {
	none: 'All Systems Operational',
	minor: 'Minor Service Outage',
	major: 'Partial System Outage',
	critical: 'Major System Outage',
	maintenance: 'Service Under Maintenance',
};

/** The page-wide status: Statuspage's indicator and description, plus the UI string key. */
export interface OverallStatus {
	indicator: Indicator;
	/** English, as Statuspage's API gives it. */
	description: string;
	/** Key of the localized description in `src/features/status/strings/<locale>.json`, e.g. `status.indicator.major`. */
	key: string;
	/** The page lists no service yet: nothing is "operational", so nothing is claimed. */
	empty?: true;
}

function worstIndicator(levels: Iterable<Indicator>): Indicator {
	let worst: Indicator = 'none';
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
export function overallIndicator(incidents: readonly IncidentEntry[], now: Date): OverallStatus {
	const levels: Indicator[] = [];
	let maintenance = false;
	for (const incident of canonicalIncidents(incidents)) {
		if (!isActivePhase(incidentPhase(incident, now))) continue;
		if (incident.data.kind === 'maintenance') {
			maintenance = true;
			continue;
		}
		levels.push(incident.data.impact);
		for (const entry of incident.data.affected) levels.push(statusLevel[entry.status]);
	}
	let indicator = worstIndicator(levels);
	if (indicator === 'none' && maintenance) indicator = 'maintenance';
	return { indicator, description: indicatorDescriptions[indicator], key: `status.indicator.${indicator}` };
}

/** What the page, its API and its badge say while it lists no service (Statuspage has no such state). */
export const noServicesDescription = 'No Services Listed Yet';

/**
 * The page-wide status as the page, the API and the badge show it: `overallIndicator`, except
 * that a page with no services says so rather than "All Systems Operational" (a new site's
 * empty page would otherwise vouch for services nobody has listed). The indicator stays
 * `none`, the only value Statuspage clients know for "nothing wrong".
 */
export function pageStatus(incidents: readonly IncidentEntry[], now: Date, serviceCount: number): OverallStatus {
	const overall = overallIndicator(incidents, now);
	if (serviceCount > 0 || overall.indicator !== 'none') return overall;
	return { indicator: 'none', description: noServicesDescription, key: 'status.indicator.empty', empty: true };
}

/**
 * How much of an hour at each status counts as an hour of downtime. Partial and degraded
 * service still serves most customers, so it counts in part; planned maintenance was
 * announced and agreed, so it does not count at all.
 */
export const downtimeWeights: Record<ComponentStatus, number> = {
	operational: 0,
	under_maintenance: 0,
	degraded_performance: 0.1,
	partial_outage: 0.3,
	major_outage: 1,
};

interface WeightedSpan extends Interval {
	weight: number;
	level: Indicator;
	slug: string;
}

function serviceSpans(serviceId: string, incidents: readonly IncidentEntry[], now: Date): WeightedSpan[] {
	const spans: WeightedSpan[] = [];
	for (const incident of canonicalIncidents(incidents)) {
		const status = affectedStatus(incident, serviceId);
		if (!status) continue;
		for (const interval of activeIntervals(incident, now)) {
			spans.push({ ...interval, weight: downtimeWeights[status], level: statusLevel[status], slug: incident.slug });
		}
	}
	return spans;
}

/**
 * Weighted downtime in `[from, to)`, in milliseconds. Overlapping spans count once, at the
 * highest weight in force at each moment: two incidents about the same outage must not
 * double it.
 */
function weightedDowntime(spans: readonly WeightedSpan[], from: number, to: number): number {
	const marks = new Set<number>([from, to]);
	for (const span of spans) {
		const start = span.start.getTime();
		const end = span.end.getTime();
		if (start > from && start < to) marks.add(start);
		if (end > from && end < to) marks.add(end);
	}
	const sorted = [...marks].sort((a, b) => a - b);
	let total = 0;
	for (let index = 0; index + 1 < sorted.length; index++) {
		const segmentStart = sorted[index]!;
		const segmentEnd = sorted[index + 1]!;
		let weight = 0;
		for (const span of spans) {
			if (span.start.getTime() <= segmentStart && span.end.getTime() >= segmentEnd) weight = Math.max(weight, span.weight);
		}
		total += weight * (segmentEnd - segmentStart);
	}
	return total;
}

/** One day of a service's history bar. */
export interface DailyBar {
	/** Local date in the site's time zone, `YYYY-MM-DD` (Gregorian, for machines). */
	date: string;
	/** The most severe level the service reached that day. */
	worst: Indicator;
	/** Weighted downtime that day in minutes (see `uptimePercent`), to one decimal. */
	downtimeMinutes: number;
	/** Slugs of incidents and maintenance active for this service that day, oldest first. */
	incidents: string[];
}

/**
 * The service's history, one bar per local day in `timeZone` (oldest first, the last is
 * today up to `now`). Days run from local midnight to local midnight, so an incident from
 * 23:00 to 01:00 Tehran time counts on both days, with each day's share of its downtime.
 */
export function dailyBars(serviceId: string, incidents: readonly IncidentEntry[], now: Date, days = 90, timeZone: string = siteConfig.timeZone): DailyBar[] {
	const spans = serviceSpans(serviceId, incidents, now);
	const today = zonedParts(now, timeZone);
	const bars: DailyBar[] = [];
	for (let back = days - 1; back >= 0; back--) {
		// Date.UTC normalises day overflow, so this walks calendar days without a time-zone library.
		const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
		const next = new Date(Date.UTC(today.year, today.month - 1, today.day - back + 1));
		const from = zonedTimeToInstant({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }, timeZone).getTime();
		const to = zonedTimeToInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, timeZone).getTime();
		// A zero-length span (an incident reported already resolved) still belongs to the day it is dated.
		const touching = spans.filter((span) => {
			const start = span.start.getTime();
			const end = span.end.getTime();
			return start < to && (end > from || start >= from);
		});
		const slugs: string[] = [];
		for (const span of [...touching].sort((a, b) => a.start.getTime() - b.start.getTime())) {
			if (!slugs.includes(span.slug)) slugs.push(span.slug);
		}
		bars.push({
			date: day.toISOString().slice(0, 10),
			worst: worstIndicator(touching.map((span) => span.level)),
			downtimeMinutes: Math.round(weightedDowntime(touching, from, to) / 6000) / 10,
			incidents: slugs,
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
export function uptimePercent(serviceId: string, incidents: readonly IncidentEntry[], now: Date, days = 90): number {
	const to = now.getTime();
	const from = to - days * 24 * 60 * 60 * 1000;
	const downtime = weightedDowntime(serviceSpans(serviceId, incidents, now), from, to);
	return Math.round(10000 * (1 - downtime / (to - from))) / 100;
}

function closest(value: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
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
export function checkIncidentReferences(incidents: readonly IncidentEntry[], serviceIds: Iterable<string>): string[] {
	const known = [...new Set(serviceIds)].sort();
	const errors: string[] = [];
	for (const incident of incidents) {
		incident.data.affected.forEach((entry, index) => {
			if (known.includes(entry.service)) return;
			const suggestion = closest(entry.service, known);
			errors.push(
				`${incident.filePath}: affected[${index}].service "${entry.service}" is not a known service` +
					(suggestion ? ` (did you mean "${suggestion}"?)` : '') +
					` (known: ${known.join(', ') || 'none; add one in src/content/services/'})`,
			);
		});
	}
	return errors;
}

/**
 * Cross-file check for services and groups: each service's `group` exists, and no group
 * shares an id with a service (the JSON API lists both as components, keyed by id).
 */
export function checkServiceGroups(services: readonly ServiceEntry[], groups: readonly GroupEntry[]): string[] {
	const groupIds = groups.map((group) => group.id).sort();
	const errors: string[] = [];
	for (const service of services) {
		const file = service.filePath ?? `src/content/services/${service.id}.yaml`;
		if (!groupIds.includes(service.data.group)) {
			errors.push(`${file}: group "${service.data.group}" is not a known service group (known: ${groupIds.join(', ') || 'none; add one in src/content/service-groups/'})`);
		}
		if (groupIds.includes(service.id)) {
			errors.push(`${file}: the id "${service.id}" is also a service group's id (src/content/service-groups/${service.id}.yaml); rename one`);
		}
	}
	return errors;
}

/**
 * Cross-file check: translations of an incident share one timeline. They may word things
 * differently, but `kind`, `impact`, `affected`, the update times and statuses and the
 * window must match the canonical translation, or the status page would tell readers of
 * each language a different story.
 */
export function checkIncidentTranslations(incidents: readonly IncidentEntry[], preferred: Locale = siteConfig.defaultLocale): string[] {
	const canonical = new Map(canonicalIncidents(incidents, preferred).map((incident) => [incident.slug, incident]));
	const errors: string[] = [];
	for (const incident of incidents) {
		const reference = canonical.get(incident.slug);
		if (!reference || reference === incident) continue;
		const differs = (field: string) => errors.push(`${incident.filePath}: ${field} differs from ${reference.filePath}; translations share one timeline`);
		const a = incident.data;
		const b = reference.data;
		if (a.kind !== b.kind) differs('kind');
		if (a.impact !== b.impact) differs('impact');
		const affectedKey = (data: IncidentData) =>
			data.affected
				.map((entry) => `${entry.service}=${entry.status}`)
				.sort()
				.join(',');
		if (affectedKey(a) !== affectedKey(b)) differs('affected');
		if (a.updates.length !== b.updates.length) differs('the number of updates');
		else {
			a.updates.forEach((update, index) => {
				const other = b.updates[index]!;
				if (update.at.getTime() !== other.at.getTime()) differs(`updates[${index}].at`);
				if (update.status !== other.status) differs(`updates[${index}].status`);
			});
		}
		// A banner raised in one language only would hide the crisis from readers of the others.
		if (a.banner?.severity !== b.banner?.severity) differs('banner.severity');
		if (a.window?.start.getTime() !== b.window?.start.getTime()) differs('window.start');
		if (a.window?.end.getTime() !== b.window?.end.getTime()) differs('window.end');
	}
	return errors;
}
