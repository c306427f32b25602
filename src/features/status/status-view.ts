import type { ComponentStatus } from './incident-schema';
import { siteConfig, type Locale } from '../../site.config';
import { formatDate } from '../../core/dates';
import {
	canonicalIncidents,
	dailyBars,
	incidentPhase,
	isPublished,
	pageStatus,
	serviceStatus,
	uptimePercent,
	visibleUpdates,
	worstStatus,
	type DailyBar,
	type GroupEntry,
	type IncidentEntry,
	type IncidentPhase,
	type OverallStatus,
	type ServiceEntry,
} from './status';

/**
 * What the status pages show, computed once from the content and the build clock. The
 * maths lives in `status.ts`; this module only arranges its answers the way the pages
 * read them (groups in order, active before upcoming before past), so the status page,
 * the service pages, the feed and the calendar cannot each pick a different subset.
 */

/** How many days of history the bars and uptime cover. */
export const HISTORY_DAYS = 90;

/** One service with everything its row shows. */
export interface ServiceView {
	service: ServiceEntry;
	status: ComponentStatus;
	bars: DailyBar[];
	uptime: number;
}

/** One group of services. */
export interface GroupView {
	group: GroupEntry;
	/** The worst status among its services. */
	status: ComponentStatus;
	services: ServiceView[];
}

/** One incident or maintenance as lists show it (canonical translation, for times and ids). */
export interface IncidentView {
	incident: IncidentEntry;
	phase: IncidentPhase;
	/** First visible update: when it was reported. */
	startedAt: Date;
	/** Latest visible update. */
	latestAt: Date;
}

/** The whole status page. */
export interface StatusView {
	now: Date;
	overall: OverallStatus;
	groups: GroupView[];
	/** Unresolved incidents, newest first. */
	active: IncidentView[];
	/** Maintenance in progress or being verified, soonest window first. */
	activeMaintenance: IncidentView[];
	/** Maintenance announced and not yet started, soonest first. */
	upcoming: IncidentView[];
	/** Resolved incidents and completed maintenance, newest first. */
	past: IncidentView[];
	/** Every published incident and maintenance (canonical translation). */
	all: IncidentView[];
}

const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Arranges services, groups and incidents into what the status pages show at `now`. */
export function buildStatusView(input: { services: readonly ServiceEntry[]; groups: readonly GroupEntry[]; incidents: readonly IncidentEntry[]; now: Date; timeZone?: string }): StatusView {
	const { now } = input;
	const published = canonicalIncidents(input.incidents).filter((incident) => isPublished(incident, now));
	const all = published.map((incident): IncidentView => {
		const updates = visibleUpdates(incident, now);
		return { incident, phase: incidentPhase(incident, now), startedAt: updates[0]!.at, latestAt: updates.at(-1)!.at };
	});
	const groups = [...input.groups].sort(byOrder).map((group): GroupView => {
		const services = input.services
			.filter((service) => service.data.group === group.id)
			.sort(byOrder)
			.map((service) => ({
				service,
				status: serviceStatus(service.id, published, now),
				bars: dailyBars(service.id, published, now, HISTORY_DAYS, input.timeZone),
				uptime: uptimePercent(service.id, published, now, HISTORY_DAYS),
			}));
		return { group, status: worstStatus(services.map((service) => service.status)), services };
	});
	const newest = (a: IncidentView, b: IncidentView) => b.startedAt.getTime() - a.startedAt.getTime() || a.incident.slug.localeCompare(b.incident.slug);
	const windowStart = (view: IncidentView) => view.incident.data.window?.start.getTime() ?? view.startedAt.getTime();
	const soonest = (a: IncidentView, b: IncidentView) => windowStart(a) - windowStart(b) || a.incident.slug.localeCompare(b.incident.slug);
	const pastEnd = (view: IncidentView) => (view.incident.data.kind === 'maintenance' ? windowStart(view) : view.startedAt.getTime());
	return {
		now,
		overall: pageStatus(published, now, input.services.length),
		groups,
		active: all.filter((view) => view.phase === 'unresolved').sort(newest),
		activeMaintenance: all.filter((view) => view.phase === 'in_progress' || view.phase === 'verifying').sort(soonest),
		upcoming: all.filter((view) => view.phase === 'scheduled').sort(soonest),
		past: all.filter((view) => view.phase === 'resolved' || view.phase === 'completed').sort((a, b) => pastEnd(b) - pastEnd(a) || a.incident.slug.localeCompare(b.incident.slug)),
		all,
	};
}

/** Incidents and maintenance that list `serviceId` among the affected services. */
export function affecting(views: readonly IncidentView[], serviceId: string): IncidentView[] {
	return views.filter((view) => view.incident.data.affected.some((entry) => entry.service === serviceId));
}

/** A month of past incidents, in the reader's calendar. */
export interface MonthGroup {
	/** The month's name and year as the reader writes it ("آذر ۱۴۰۵", "November 2026"). */
	label: string;
	items: IncidentView[];
}

/**
 * Groups incidents by month in the locale's own calendar (a Persian reader's months are
 * Solar Hijri months, which do not line up with Gregorian ones), newest month first, and
 * includes the empty months back to `since` so "nothing happened in Mehr" is said, not
 * implied. Maintenance is filed under the month of its window.
 */
export function groupByMonth(views: readonly IncidentView[], locale: Locale, now: Date, since: Date, timeZone?: string): MonthGroup[] {
	const label = (date: Date) => formatDate(date, locale, 'month', timeZone);
	// Each month remembers the latest instant seen in it, to sort newest first.
	const months = new Map<string, { time: number; items: IncidentView[] }>();
	const touch = (date: Date) => {
		const name = label(date);
		const month = months.get(name) ?? { time: date.getTime(), items: [] };
		month.time = Math.max(month.time, date.getTime());
		months.set(name, month);
		return month;
	};
	// Walk back day by day: months of every calendar are at least 28 days, so none is skipped.
	for (let time = now.getTime(); time >= since.getTime(); time -= 86_400_000) touch(new Date(time));
	for (const view of views) {
		const when = view.incident.data.kind === 'maintenance' ? (view.incident.data.window?.start ?? view.startedAt) : view.startedAt;
		touch(when).items.push(view);
	}
	return [...months].sort(([, a], [, b]) => b.time - a.time).map(([name, month]) => ({ label: name, items: month.items }));
}

/**
 * Service ids embedded with `<ServiceStatus id="…"/>` (as the content pipeline recorded
 * them while rendering each body) that are not services. Returns one message per unknown
 * id, naming the file, for `assertNoProblems`.
 */
export function checkServiceStatusEmbeds(files: readonly { filePath: string; serviceStatusIds: readonly string[] }[], serviceIds: readonly string[]): string[] {
	const problems: string[] = [];
	for (const file of files) {
		for (const id of file.serviceStatusIds) {
			if (!serviceIds.includes(id)) {
				problems.push(`${file.filePath}: <ServiceStatus id="${id}"/> names an unknown service (known: ${[...serviceIds].sort().join(', ')})`);
			}
		}
	}
	return problems;
}

/** The site time zone's name as readers of `locale` call it ("Iran Standard Time", "وقت عادی ایران"). */
export function siteZoneName(locale: Locale, now: Date, timeZone: string = siteConfig.timeZone): string {
	return new Intl.DateTimeFormat(siteConfig.locales[locale].bcp47, { timeZone, timeZoneName: 'long' }).formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
