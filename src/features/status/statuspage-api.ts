import { siteConfig, type Locale } from '../../site.config';
import type { ComponentStatus, Impact, IncidentStatus, MaintenanceStatus } from './incident-schema';
import { machineDate } from '../../core/dates';
import { incidentPath, statusPath } from '../../core/urls';
import {
	activeIntervals,
	canonicalIncidents,
	incidentPhase,
	isPublished,
	pageStatus,
	serviceStatus,
	visibleUpdates,
	worstStatus,
	type GroupEntry,
	type IncidentEntry,
	type Indicator,
	type ServiceEntry,
} from './status';

/**
 * Builders for the read API at `/api/v2/*.json`, shaped exactly like Atlassian
 * Statuspage's public v2 API (field names, enum values, ordering) so existing widgets,
 * monitors and chat integrations can point at a Bayan site unchanged. The pages under
 * `src/pages/api/v2/` only serialise what these return, always with `jsonResponse`
 * (src/core/json-output.ts), which strips from every name and text the characters that
 * strict consumers reject; markup and quotes need no escaping in JSON and stay as written.
 *
 * Ids are the content's own: a service's or group's file name, an incident's slug. Names
 * and texts come from the default locale; timestamps carry the site zone's offset.
 */

/** What every builder needs. */
export interface StatusApiInput {
	services: readonly ServiceEntry[];
	groups: readonly GroupEntry[];
	/** Incident files in any locale; translations are folded into one (see `canonicalIncidents`). */
	incidents: readonly IncidentEntry[];
	/** The build clock. */
	now: Date;
	/** Site name in the default locale (`core.siteName`). */
	siteName: string;
	/** Overrides for tests and previews; default to `siteConfig`. */
	siteUrl?: string;
	locale?: Locale;
	timeZone?: string;
}

/** Statuspage `page` object. */
export interface ApiPage {
	id: string;
	name: string;
	url: string;
	time_zone: string;
	updated_at: string;
}

/** Statuspage `status` object. */
export interface ApiStatus {
	indicator: Indicator;
	description: string;
}

/** Statuspage component (a service, or a group with `group: true`). */
export interface ApiComponent {
	id: string;
	name: string;
	status: ComponentStatus;
	created_at: string;
	updated_at: string;
	position: number;
	description: string | null;
	showcase: boolean;
	start_date: string | null;
	group_id: string | null;
	page_id: string;
	group: boolean;
	only_show_if_degraded: boolean;
	/** Only on groups: ids of the components inside. */
	components?: string[];
}

/** Statuspage `affected_components` entry of an incident update. */
export interface ApiAffectedComponent {
	code: string;
	name: string;
	old_status: ComponentStatus;
	new_status: ComponentStatus;
}

/** Statuspage incident update. */
export interface ApiIncidentUpdate {
	id: string;
	status: IncidentStatus | MaintenanceStatus;
	body: string;
	incident_id: string;
	created_at: string;
	updated_at: string;
	display_at: string;
	affected_components: ApiAffectedComponent[] | null;
	deliver_notifications: boolean;
	custom_tweet: string | null;
	tweet_id: string | null;
}

/** Statuspage incident. */
export interface ApiIncident {
	id: string;
	name: string;
	status: IncidentStatus | MaintenanceStatus;
	created_at: string;
	updated_at: string;
	monitoring_at: string | null;
	resolved_at: string | null;
	impact: Impact;
	shortlink: string;
	started_at: string;
	page_id: string;
	incident_updates: ApiIncidentUpdate[];
	components: ApiComponent[];
}

/** Statuspage scheduled maintenance: an incident with its window. */
export interface ApiScheduledMaintenance extends Omit<ApiIncident, 'status'> {
	status: MaintenanceStatus;
	scheduled_for: string;
	scheduled_until: string;
}

/** `status.json`. */
export interface StatusJson {
	page: ApiPage;
	status: ApiStatus;
}

/** `summary.json`. */
export interface SummaryJson extends StatusJson {
	components: ApiComponent[];
	incidents: ApiIncident[];
	scheduled_maintenances: ApiScheduledMaintenance[];
}

/** `components.json`. */
export interface ComponentsJson {
	page: ApiPage;
	components: ApiComponent[];
}

/** `incidents.json` and `incidents/unresolved.json`. */
export interface IncidentsJson {
	page: ApiPage;
	incidents: ApiIncident[];
}

/** `scheduled-maintenances*.json`. */
export interface ScheduledMaintenancesJson {
	page: ApiPage;
	scheduled_maintenances: ApiScheduledMaintenance[];
}

/** How many entries Statuspage's list endpoints return. */
export const API_LIST_LIMIT = 50;

interface Context {
	input: StatusApiInput;
	locale: Locale;
	timeZone: string;
	siteUrl: string;
	pageId: string;
	incidents: IncidentEntry[];
	time: (date: Date) => string;
}

function context(input: StatusApiInput): Context {
	const locale = input.locale ?? siteConfig.defaultLocale;
	const timeZone = input.timeZone ?? siteConfig.timeZone;
	const siteUrl = (input.siteUrl ?? siteConfig.url).replace(/\/+$/, '');
	return {
		input,
		locale,
		timeZone,
		siteUrl,
		pageId: pageIdFor(siteUrl),
		// Only what readers can see at `now` exists for the API: a post dated tomorrow is not out yet.
		incidents: canonicalIncidents(input.incidents, locale).filter((incident) => isPublished(incident, input.now)),
		time: (date) => machineDate(date, 'date-time', timeZone),
	};
}

/**
 * A stable 12-character page id derived from the site URL. Statuspage ids are opaque
 * strings of that length; deriving it keeps the id the same from build to build without
 * another setting.
 */
export function pageIdFor(siteUrl: string): string {
	// Two FNV-1a passes with different seeds give enough bits for twelve base-36 characters.
	const hash = (seed: number) => {
		let h = seed;
		for (const char of siteUrl) {
			h ^= char.codePointAt(0)!;
			h = Math.imul(h, 0x01000193) >>> 0;
		}
		return h.toString(36).padStart(7, '0').slice(-6);
	};
	return hash(0x811c9dc5) + hash(0x050c5d1f);
}

function lastChange(ctx: Context, incidents: readonly IncidentEntry[]): Date | undefined {
	let latest: number | undefined;
	for (const incident of incidents) {
		const at = visibleUpdates(incident, ctx.input.now).at(-1)?.at.getTime();
		if (at !== undefined && (latest === undefined || at > latest)) latest = at;
		// Automatic maintenance transitions change the page without an update being posted.
		for (const interval of activeIntervals(incident, ctx.input.now)) {
			for (const edge of [interval.start.getTime(), interval.end.getTime()]) {
				if (edge < ctx.input.now.getTime() && (latest === undefined || edge > latest)) latest = edge;
			}
		}
	}
	return latest === undefined ? undefined : new Date(latest);
}

function firstChange(ctx: Context, incidents: readonly IncidentEntry[]): Date | undefined {
	let first: number | undefined;
	for (const incident of incidents) {
		const at = visibleUpdates(incident, ctx.input.now)[0]?.at.getTime();
		if (at !== undefined && (first === undefined || at < first)) first = at;
	}
	return first === undefined ? undefined : new Date(first);
}

function page(ctx: Context): ApiPage {
	return {
		id: ctx.pageId,
		name: ctx.input.siteName,
		url: `${ctx.siteUrl}${statusPath(ctx.locale)}`,
		time_zone: ctx.timeZone,
		updated_at: ctx.time(lastChange(ctx, ctx.incidents) ?? ctx.input.now),
	};
}

function status(ctx: Context): ApiStatus {
	const { indicator, description } = pageStatus(ctx.incidents, ctx.input.now, ctx.input.services.length);
	return { indicator, description };
}

// summary.json lists components and embeds them in every incident: build them once per response.
const componentsCache = new WeakMap<Context, ApiComponent[]>();

function components(ctx: Context): ApiComponent[] {
	const cached = componentsCache.get(ctx);
	if (cached) return cached;
	const built = buildComponents(ctx);
	componentsCache.set(ctx, built);
	return built;
}

function buildComponents(ctx: Context): ApiComponent[] {
	const { now } = ctx.input;
	const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);
	// Services carry no creation date, so a component's dates are those of the first and
	// last incident that touched it, or the page's own date if none ever did.
	const pageDate = lastChange(ctx, ctx.incidents) ?? now;
	const touching = (ids: readonly string[]) => ctx.incidents.filter((incident) => incident.data.affected.some((entry) => ids.includes(entry.service)));
	const dates = (ids: readonly string[]) => {
		const related = touching(ids);
		return {
			created_at: ctx.time(firstChange(ctx, related) ?? pageDate),
			updated_at: ctx.time(lastChange(ctx, related) ?? pageDate),
		};
	};

	const result: ApiComponent[] = [];
	[...ctx.input.groups].sort(byOrder).forEach((group, groupIndex) => {
		const children = ctx.input.services.filter((service) => service.data.group === group.id).sort(byOrder);
		const childIds = children.map((service) => service.id);
		const childStatuses = childIds.map((id) => serviceStatus(id, ctx.incidents, now));
		result.push({
			id: group.id,
			name: group.data.name[ctx.locale],
			status: worstStatus(childStatuses),
			...dates(childIds),
			position: groupIndex + 1,
			description: null,
			showcase: false,
			start_date: null,
			group_id: null,
			page_id: ctx.pageId,
			group: true,
			only_show_if_degraded: false,
			components: childIds,
		});
		children.forEach((service, index) => {
			result.push({
				id: service.id,
				name: service.data.name[ctx.locale],
				status: childStatuses[index]!,
				...dates([service.id]),
				position: index + 1,
				description: service.data.description?.[ctx.locale] ?? null,
				showcase: true,
				start_date: null,
				group_id: group.id,
				page_id: ctx.pageId,
				group: false,
				only_show_if_degraded: false,
			});
		});
	});
	return result;
}

function incidentObject(ctx: Context, incident: IncidentEntry, allComponents: readonly ApiComponent[]): ApiIncident {
	const { now } = ctx.input;
	const updates = visibleUpdates(incident, now);
	const first = updates[0]!;
	const last = updates.at(-1)!;
	const phase = incidentPhase(incident, now);
	const affected = incident.data.affected;
	const nameOf = (id: string) => allComponents.find((component) => component.id === id)?.name ?? id;

	// Statuspage records component changes on the update that made them: the first update
	// sets the affected statuses, the one that ends the incident sets them back.
	const endsAt = phase === 'resolved' || phase === 'completed' ? activeIntervals(incident, now).at(-1)?.end.getTime() : undefined;
	const ending = updates.findIndex((update) => update.at.getTime() === endsAt && (update.status === 'resolved' || update.status === 'completed'));
	const incidentUpdates: ApiIncidentUpdate[] = updates.map((update, index) => {
		let changes: ApiAffectedComponent[] | null = null;
		if (index === 0 && affected.length > 0) {
			changes = affected.map((entry) => ({ code: entry.service, name: nameOf(entry.service), old_status: 'operational', new_status: entry.status }));
		} else if (index === ending && affected.length > 0) {
			changes = affected.map((entry) => ({ code: entry.service, name: nameOf(entry.service), old_status: entry.status, new_status: 'operational' }));
		}
		const at = ctx.time(update.at);
		return {
			id: `${incident.slug}-${index + 1}`,
			status: update.status,
			body: update.text,
			incident_id: incident.slug,
			created_at: at,
			updated_at: at,
			display_at: at,
			affected_components: changes,
			deliver_notifications: false,
			custom_tweet: null,
			tweet_id: null,
		};
	});

	const lastOf = (status: string) => [...updates].reverse().find((update) => update.status === status)?.at;
	// When it stopped affecting services: for maintenance completed by its window that is the
	// window's end, not a "completed" note posted later. An incident reported already resolved
	// was never active, so its resolving update dates it.
	let resolvedAt: Date | undefined;
	if (endsAt !== undefined) resolvedAt = new Date(endsAt);
	else if (phase === 'resolved') resolvedAt = lastOf('resolved');
	else if (phase === 'completed') resolvedAt = lastOf('completed') ?? incident.data.window?.end;
	const monitoringAt = phase === 'unresolved' || phase === 'resolved' ? lastOf('monitoring') : undefined;

	return {
		id: incident.slug,
		name: incident.data.title,
		status: incident.data.kind === 'maintenance' ? (phase as MaintenanceStatus) : last.status,
		created_at: ctx.time(first.at),
		updated_at: ctx.time(last.at),
		monitoring_at: monitoringAt ? ctx.time(monitoringAt) : null,
		resolved_at: resolvedAt ? ctx.time(resolvedAt) : null,
		impact: incident.data.impact,
		shortlink: `${ctx.siteUrl}${incidentPath(ctx.locale, incident.slug)}`,
		started_at: ctx.time(first.at),
		page_id: ctx.pageId,
		// Newest first, as Statuspage lists them.
		incident_updates: incidentUpdates.reverse(),
		components: affected
			.map((entry) => allComponents.find((component) => component.id === entry.service && !component.group))
			.filter((component): component is ApiComponent => component !== undefined),
	};
}

function maintenanceObject(ctx: Context, incident: IncidentEntry, allComponents: readonly ApiComponent[]): ApiScheduledMaintenance {
	const base = incidentObject(ctx, incident, allComponents);
	const window = incident.data.window!;
	return {
		...base,
		status: base.status as MaintenanceStatus,
		scheduled_for: ctx.time(window.start),
		scheduled_until: ctx.time(window.end),
	};
}

const newestFirst = (a: IncidentEntry, b: IncidentEntry) => b.data.updates[0]!.at.getTime() - a.data.updates[0]!.at.getTime() || a.slug.localeCompare(b.slug);

function incidentList(ctx: Context, filter: (incident: IncidentEntry) => boolean): ApiIncident[] {
	const all = components(ctx);
	return ctx.incidents
		.filter((incident) => incident.data.kind === 'incident' && filter(incident))
		.sort(newestFirst)
		.slice(0, API_LIST_LIMIT)
		.map((incident) => incidentObject(ctx, incident, all));
}

function maintenanceList(ctx: Context, filter: (incident: IncidentEntry) => boolean, order: 'newest' | 'soonest'): ApiScheduledMaintenance[] {
	const all = components(ctx);
	const start = (incident: IncidentEntry) => incident.data.window?.start.getTime() ?? 0;
	return ctx.incidents
		.filter((incident) => incident.data.kind === 'maintenance' && incident.data.window !== undefined && filter(incident))
		.sort((a, b) => (order === 'soonest' ? start(a) - start(b) : start(b) - start(a)) || a.slug.localeCompare(b.slug))
		.slice(0, API_LIST_LIMIT)
		.map((incident) => maintenanceObject(ctx, incident, all));
}

const phaseIs =
	(ctx: Context, ...phases: string[]) =>
	(incident: IncidentEntry) =>
		phases.includes(incidentPhase(incident, ctx.input.now));

/** `/api/v2/status.json`: the page and its overall indicator. */
export function statusJson(input: StatusApiInput): StatusJson {
	const ctx = context(input);
	return { page: page(ctx), status: status(ctx) };
}

/** `/api/v2/components.json`: groups and services, each group followed by its members. */
export function componentsJson(input: StatusApiInput): ComponentsJson {
	const ctx = context(input);
	return { page: page(ctx), components: components(ctx) };
}

/** `/api/v2/incidents.json`: the 50 most recent incidents, resolved or not, newest first. */
export function incidentsJson(input: StatusApiInput): IncidentsJson {
	const ctx = context(input);
	return { page: page(ctx), incidents: incidentList(ctx, () => true) };
}

/** `/api/v2/incidents/unresolved.json`: incidents not yet resolved. */
export function unresolvedIncidentsJson(input: StatusApiInput): IncidentsJson {
	const ctx = context(input);
	return { page: page(ctx), incidents: incidentList(ctx, phaseIs(ctx, 'unresolved')) };
}

/** `/api/v2/scheduled-maintenances.json`: the 50 most recent maintenances, latest window first. */
export function scheduledMaintenancesJson(input: StatusApiInput): ScheduledMaintenancesJson {
	const ctx = context(input);
	return { page: page(ctx), scheduled_maintenances: maintenanceList(ctx, () => true, 'newest') };
}

/** `/api/v2/scheduled-maintenances/upcoming.json`: announced maintenance not yet started, soonest first. */
export function upcomingMaintenancesJson(input: StatusApiInput): ScheduledMaintenancesJson {
	const ctx = context(input);
	return { page: page(ctx), scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, 'scheduled'), 'soonest') };
}

/** `/api/v2/scheduled-maintenances/active.json`: maintenance in progress or being verified. */
export function activeMaintenancesJson(input: StatusApiInput): ScheduledMaintenancesJson {
	const ctx = context(input);
	return {
		page: page(ctx),
		scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, 'in_progress', 'verifying'), 'soonest'),
	};
}

/**
 * `/api/v2/summary.json`: page, indicator, components, unresolved incidents, and
 * maintenance that is upcoming or under way.
 */
export function summaryJson(input: StatusApiInput): SummaryJson {
	const ctx = context(input);
	return {
		page: page(ctx),
		status: status(ctx),
		components: components(ctx),
		incidents: incidentList(ctx, phaseIs(ctx, 'unresolved')),
		scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, 'scheduled', 'in_progress', 'verifying'), 'soonest'),
	};
}

/**
 * Every Statuspage v2 endpoint the site publishes: its path under `/api/v2/` (without
 * `.json`) and the builder of its body. `src/pages/api/v2/[...endpoint].json.ts` serves
 * this table, so adding an endpoint is one line here.
 */
export const statuspageEndpoints = {
	summary: summaryJson,
	status: statusJson,
	components: componentsJson,
	incidents: incidentsJson,
	'incidents/unresolved': unresolvedIncidentsJson,
	'scheduled-maintenances': scheduledMaintenancesJson,
	'scheduled-maintenances/upcoming': upcomingMaintenancesJson,
	'scheduled-maintenances/active': activeMaintenancesJson,
} as const satisfies Record<string, (input: StatusApiInput) => unknown>;

/** A Statuspage v2 endpoint's path under `/api/v2/`, without `.json`. */
export type StatuspageEndpointName = keyof typeof statuspageEndpoints;
