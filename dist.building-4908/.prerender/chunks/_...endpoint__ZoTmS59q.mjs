import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { t as jsonResponse } from "./json-output_Db_1j4e9.mjs";
import { _ as visibleUpdates, d as incidentPhase, f as indicatorDescriptions, h as serviceStatus, l as activeIntervals, m as overallIndicator, n as loadStatusContent, p as isPublished, t as apiInput, u as canonicalIncidents, v as worstStatus } from "./status-content_Cm0-HUi2.mjs";
import { o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { r as machineDate } from "./edit-distance_aadxCfO2.mjs";
import { _ as statusPath, s as incidentPath } from "./urls_BUq7YIFw.mjs";
function context(input) {
	const locale = input.locale ?? siteConfig.defaultLocale;
	const timeZone = input.timeZone ?? siteConfig.timeZone;
	const siteUrl = (input.siteUrl ?? siteConfig.url).replace(/\/+$/, "");
	return {
		input,
		locale,
		timeZone,
		siteUrl,
		pageId: pageIdFor(siteUrl),
		incidents: canonicalIncidents(input.incidents, locale).filter((incident) => isPublished(incident, input.now)),
		time: (date) => machineDate(date, "date-time", timeZone)
	};
}
/**
* A stable 12-character page id derived from the site URL. Statuspage ids are opaque
* strings of that length; deriving it keeps the id the same from build to build without
* another setting.
*/
function pageIdFor(siteUrl) {
	const hash = (seed) => {
		let h = seed;
		for (const char of siteUrl) {
			h ^= char.codePointAt(0);
			h = Math.imul(h, 16777619) >>> 0;
		}
		return h.toString(36).padStart(7, "0").slice(-6);
	};
	return hash(2166136261) + hash(84696351);
}
function lastChange(ctx, incidents) {
	let latest;
	for (const incident of incidents) {
		const at = visibleUpdates(incident, ctx.input.now).at(-1)?.at.getTime();
		if (at !== void 0 && (latest === void 0 || at > latest)) latest = at;
		for (const interval of activeIntervals(incident, ctx.input.now)) for (const edge of [interval.start.getTime(), interval.end.getTime()]) if (edge < ctx.input.now.getTime() && (latest === void 0 || edge > latest)) latest = edge;
	}
	return latest === void 0 ? void 0 : new Date(latest);
}
function firstChange(ctx, incidents) {
	let first;
	for (const incident of incidents) {
		const at = visibleUpdates(incident, ctx.input.now)[0]?.at.getTime();
		if (at !== void 0 && (first === void 0 || at < first)) first = at;
	}
	return first === void 0 ? void 0 : new Date(first);
}
function page$1(ctx) {
	return {
		id: ctx.pageId,
		name: ctx.input.siteName,
		url: `${ctx.siteUrl}${statusPath(ctx.locale)}`,
		time_zone: ctx.timeZone,
		updated_at: ctx.time(lastChange(ctx, ctx.incidents) ?? ctx.input.now)
	};
}
function status(ctx) {
	const { indicator } = overallIndicator(ctx.incidents, ctx.input.now);
	return {
		indicator,
		description: indicatorDescriptions[indicator]
	};
}
var componentsCache = /* @__PURE__ */ new WeakMap();
function components(ctx) {
	const cached = componentsCache.get(ctx);
	if (cached) return cached;
	const built = buildComponents(ctx);
	componentsCache.set(ctx, built);
	return built;
}
function buildComponents(ctx) {
	const { now } = ctx.input;
	const byOrder = (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id);
	const pageDate = lastChange(ctx, ctx.incidents) ?? now;
	const touching = (ids) => ctx.incidents.filter((incident) => incident.data.affected.some((entry) => ids.includes(entry.service)));
	const dates = (ids) => {
		const related = touching(ids);
		return {
			created_at: ctx.time(firstChange(ctx, related) ?? pageDate),
			updated_at: ctx.time(lastChange(ctx, related) ?? pageDate)
		};
	};
	const result = [];
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
			components: childIds
		});
		children.forEach((service, index) => {
			result.push({
				id: service.id,
				name: service.data.name[ctx.locale],
				status: childStatuses[index],
				...dates([service.id]),
				position: index + 1,
				description: service.data.description?.[ctx.locale] ?? null,
				showcase: true,
				start_date: null,
				group_id: group.id,
				page_id: ctx.pageId,
				group: false,
				only_show_if_degraded: false
			});
		});
	});
	return result;
}
function incidentObject(ctx, incident, allComponents) {
	const { now } = ctx.input;
	const updates = visibleUpdates(incident, now);
	const first = updates[0];
	const last = updates.at(-1);
	const phase = incidentPhase(incident, now);
	const affected = incident.data.affected;
	const nameOf = (id) => allComponents.find((component) => component.id === id)?.name ?? id;
	const endsAt = phase === "resolved" || phase === "completed" ? activeIntervals(incident, now).at(-1)?.end.getTime() : void 0;
	const ending = updates.findIndex((update) => update.at.getTime() === endsAt && (update.status === "resolved" || update.status === "completed"));
	const incidentUpdates = updates.map((update, index) => {
		let changes = null;
		if (index === 0 && affected.length > 0) changes = affected.map((entry) => ({
			code: entry.service,
			name: nameOf(entry.service),
			old_status: "operational",
			new_status: entry.status
		}));
		else if (index === ending && affected.length > 0) changes = affected.map((entry) => ({
			code: entry.service,
			name: nameOf(entry.service),
			old_status: entry.status,
			new_status: "operational"
		}));
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
			tweet_id: null
		};
	});
	const lastOf = (status) => [...updates].reverse().find((update) => update.status === status)?.at;
	let resolvedAt;
	if (endsAt !== void 0) resolvedAt = new Date(endsAt);
	else if (phase === "resolved") resolvedAt = lastOf("resolved");
	else if (phase === "completed") resolvedAt = lastOf("completed") ?? incident.data.window?.end;
	const monitoringAt = phase === "unresolved" || phase === "resolved" ? lastOf("monitoring") : void 0;
	return {
		id: incident.slug,
		name: incident.data.title,
		status: incident.data.kind === "maintenance" ? phase : last.status,
		created_at: ctx.time(first.at),
		updated_at: ctx.time(last.at),
		monitoring_at: monitoringAt ? ctx.time(monitoringAt) : null,
		resolved_at: resolvedAt ? ctx.time(resolvedAt) : null,
		impact: incident.data.impact,
		shortlink: `${ctx.siteUrl}${incidentPath(ctx.locale, incident.slug)}`,
		started_at: ctx.time(first.at),
		page_id: ctx.pageId,
		incident_updates: incidentUpdates.reverse(),
		components: affected.map((entry) => allComponents.find((component) => component.id === entry.service && !component.group)).filter((component) => component !== void 0)
	};
}
function maintenanceObject(ctx, incident, allComponents) {
	const base = incidentObject(ctx, incident, allComponents);
	const window = incident.data.window;
	return {
		...base,
		status: base.status,
		scheduled_for: ctx.time(window.start),
		scheduled_until: ctx.time(window.end)
	};
}
var newestFirst = (a, b) => b.data.updates[0].at.getTime() - a.data.updates[0].at.getTime() || a.slug.localeCompare(b.slug);
function incidentList(ctx, filter) {
	const all = components(ctx);
	return ctx.incidents.filter((incident) => incident.data.kind === "incident" && filter(incident)).sort(newestFirst).slice(0, 50).map((incident) => incidentObject(ctx, incident, all));
}
function maintenanceList(ctx, filter, order) {
	const all = components(ctx);
	const start = (incident) => incident.data.window?.start.getTime() ?? 0;
	return ctx.incidents.filter((incident) => incident.data.kind === "maintenance" && incident.data.window !== void 0 && filter(incident)).sort((a, b) => (order === "soonest" ? start(a) - start(b) : start(b) - start(a)) || a.slug.localeCompare(b.slug)).slice(0, 50).map((incident) => maintenanceObject(ctx, incident, all));
}
var phaseIs = (ctx, ...phases) => (incident) => phases.includes(incidentPhase(incident, ctx.input.now));
/** `/api/v2/status.json`: the page and its overall indicator. */
function statusJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		status: status(ctx)
	};
}
/** `/api/v2/components.json`: groups and services, each group followed by its members. */
function componentsJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		components: components(ctx)
	};
}
/** `/api/v2/incidents.json`: the 50 most recent incidents, resolved or not, newest first. */
function incidentsJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		incidents: incidentList(ctx, () => true)
	};
}
/** `/api/v2/incidents/unresolved.json`: incidents not yet resolved. */
function unresolvedIncidentsJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		incidents: incidentList(ctx, phaseIs(ctx, "unresolved"))
	};
}
/** `/api/v2/scheduled-maintenances.json`: the 50 most recent maintenances, latest window first. */
function scheduledMaintenancesJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		scheduled_maintenances: maintenanceList(ctx, () => true, "newest")
	};
}
/** `/api/v2/scheduled-maintenances/upcoming.json`: announced maintenance not yet started, soonest first. */
function upcomingMaintenancesJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, "scheduled"), "soonest")
	};
}
/** `/api/v2/scheduled-maintenances/active.json`: maintenance in progress or being verified. */
function activeMaintenancesJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, "in_progress", "verifying"), "soonest")
	};
}
/**
* `/api/v2/summary.json`: page, indicator, components, unresolved incidents, and
* maintenance that is upcoming or under way.
*/
function summaryJson(input) {
	const ctx = context(input);
	return {
		page: page$1(ctx),
		status: status(ctx),
		components: components(ctx),
		incidents: incidentList(ctx, phaseIs(ctx, "unresolved")),
		scheduled_maintenances: maintenanceList(ctx, phaseIs(ctx, "scheduled", "in_progress", "verifying"), "soonest")
	};
}
/**
* Every Statuspage v2 endpoint the site publishes: its path under `/api/v2/` (without
* `.json`) and the builder of its body. `src/pages/api/v2/[...endpoint].json.ts` serves
* this table, so adding an endpoint is one line here.
*/
var statuspageEndpoints = {
	summary: summaryJson,
	status: statusJson,
	components: componentsJson,
	incidents: incidentsJson,
	"incidents/unresolved": unresolvedIncidentsJson,
	"scheduled-maintenances": scheduledMaintenancesJson,
	"scheduled-maintenances/upcoming": upcomingMaintenancesJson,
	"scheduled-maintenances/active": activeMaintenancesJson
};
// src/pages/api/v2/[...endpoint].json.ts
var ____endpoint__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
/**
* `/api/v2/<endpoint>.json`: the Statuspage v2-compatible read API, one file per entry of
* `statuspageEndpoints`, each built from the same snapshot as the status page.
*/
var getStaticPaths = (() => Object.keys(statuspageEndpoints).map((endpoint) => ({
	params: { endpoint },
	props: { endpoint }
})));
var GET = async ({ props }) => {
	const { endpoint } = props;
	return jsonResponse(statuspageEndpoints[endpoint](apiInput(await loadStatusContent())));
};
// \0virtual:astro:page:src/pages/api/v2/[...endpoint].json@_@ts
var page = () => ____endpoint__json_exports;
export { page };
