import { z } from 'astro/zod';
import { instant, line, listLimits, slug, strictObject } from '../../core/schema';
import { noticeSeverities } from '../notices/notice-schema';

/**
 * Frontmatter of a status incident or scheduled maintenance
 * (`src/content/incidents/<locale>/<slug>.mdx`; translations share the slug). The
 * vocabulary is Atlassian Statuspage's, word for word, so the JSON API can pass values
 * through untranslated and tools written for Statuspage understand them. Whether the
 * affected services exist is checked across files by `checkIncidentReferences` in
 * `src/features/status/status.ts`.
 */

/** Statuspage component statuses. */
export const componentStatuses = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;

/** A Statuspage component status. */
export type ComponentStatus = (typeof componentStatuses)[number];

/** Statuspage incident statuses, in the order an incident normally moves through them. */
export const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;

/** A Statuspage incident status. */
export type IncidentStatus = (typeof incidentStatuses)[number];

/** Statuspage scheduled-maintenance statuses, in order. */
export const maintenanceStatuses = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;

/** A Statuspage scheduled-maintenance status. */
export type MaintenanceStatus = (typeof maintenanceStatuses)[number];

/** Statuspage incident impacts, least to most severe. */
export const impacts = ['none', 'minor', 'major', 'critical'] as const;

/** A Statuspage incident impact. */
export type Impact = (typeof impacts)[number];

/** What a file in `incidents/` describes. */
export const incidentKinds = ['incident', 'maintenance'] as const;

/** Kind of a status entry. */
export type IncidentKind = (typeof incidentKinds)[number];

/** Incident statuses after which an incident no longer counts against a service. */
export const resolvedStatuses: readonly IncidentStatus[] = ['resolved', 'postmortem'];

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of ${values.join(', ')}` });

/** Frontmatter fields of an incident or maintenance file. */
export const incidentFields = {
	title: line(160),
	kind: oneOf(incidentKinds),
	impact: oneOf(impacts),
	affected: z
		.array(
			strictObject({
				service: slug,
				status: oneOf(componentStatuses),
			}),
		)
		.max(listLimits.affected, { message: `must have at most ${listLimits.affected} items` })
		.default([]),
	// Either vocabulary is accepted here; which one is allowed depends on `kind`, which a
	// field-level schema cannot see, so the refinement below reports the mismatch.
	updates: z
		.array(
			strictObject({
				at: instant,
				status: oneOf([...incidentStatuses, ...maintenanceStatuses]),
				text: line(1000),
			}),
		)
		.max(listLimits.updates, { message: `must have at most ${listLimits.updates} items` })
		.min(1, { message: 'needs at least one update, e.g. { at: 2026-11-22T09:00:00+03:30, status: investigating, text: … }' }),
	window: strictObject({ start: instant, end: instant }).optional(),
	/**
	 * Raises the incident in the notices banner on every page while it is active (from its first
	 * update until it is resolved, or a maintenance's window ends), so nobody has to write a
	 * second notice: the banner shows the incident's title with this summary, linked to the
	 * incident page.
	 */
	banner: strictObject({
		severity: z.enum(noticeSeverities, { message: `must be one of ${noticeSeverities.join(', ')}` }),
		summary: line(300),
	}).optional(),
};

const fields = strictObject(incidentFields);

/** Validates one incident's or maintenance's frontmatter, including the rules that span fields. */
export const incidentSchema = fields.superRefine((data, ctx) => {
	const isMaintenance = data.kind === 'maintenance';
	const allowed: readonly string[] = isMaintenance ? maintenanceStatuses : incidentStatuses;
	const other = isMaintenance ? 'an incident' : 'a maintenance';
	const subject = isMaintenance ? 'maintenance' : 'an incident';

	if (isMaintenance && !data.window) {
		ctx.addIssue({
			code: 'custom',
			path: ['window'],
			params: { rule: 'incident.windowRequired' },
			message: 'maintenance needs a window, e.g. { start: 2026-11-22T02:00:00+03:30, end: 2026-11-22T04:00:00+03:30 }',
		});
	}
	if (!isMaintenance && data.window) {
		ctx.addIssue({
			code: 'custom',
			path: ['window'],
			params: { rule: 'incident.windowOnlyForMaintenance' },
			message: 'only maintenance has a window; remove it or set kind: maintenance',
		});
	}
	if (data.window && data.window.end.getTime() <= data.window.start.getTime()) {
		ctx.addIssue({
			code: 'custom',
			path: ['window', 'end'],
			params: { rule: 'incident.windowEndAfterStart', start: data.window.start, end: data.window.end },
			message: 'must be later than window.start',
		});
	}

	const seen = new Set<string>();
	data.affected.forEach((entry, index) => {
		if (seen.has(entry.service)) {
			ctx.addIssue({
				code: 'custom',
				path: ['affected', index, 'service'],
				params: { rule: 'incident.serviceTwice', service: entry.service },
				message: `"${entry.service}" is listed twice; give each service once with its worst status`,
			});
		}
		seen.add(entry.service);
		// An incident that reports "under maintenance" would hide an unplanned outage as planned work
		// and leave uptime untouched, so it has to be declared as maintenance instead.
		if (!isMaintenance && entry.status === 'under_maintenance') {
			ctx.addIssue({
				code: 'custom',
				path: ['affected', index, 'status'],
				params: { rule: 'incident.maintenanceStatusInIncident' },
				message: 'under_maintenance is for kind: maintenance; an incident uses degraded_performance, partial_outage or major_outage',
			});
		}
	});

	let resolvedSeen = false;
	data.updates.forEach((update, index) => {
		const previous = index > 0 ? data.updates[index - 1] : undefined;
		if (previous && update.at.getTime() < previous.at.getTime()) {
			ctx.addIssue({
				code: 'custom',
				path: ['updates', index, 'at'],
				params: { rule: 'incident.updatesOrder' },
				message: `is earlier than updates[${index - 1}].at; list updates oldest first`,
			});
		}
		if (!allowed.includes(update.status)) {
			ctx.addIssue({
				code: 'custom',
				path: ['updates', index, 'status'],
				params: { rule: 'incident.updateStatusVocabulary', status: update.status, allowed: allowed.join(', ') },
				message: `"${update.status}" is ${other} status; ${subject} uses ${allowed.join(', ')}`,
			});
		}
		if (update.status === 'postmortem' && !resolvedSeen) {
			ctx.addIssue({
				code: 'custom',
				path: ['updates', index, 'status'],
				params: { rule: 'incident.postmortemBeforeResolved' },
				message: 'a postmortem comes after the incident is resolved; add a "resolved" update before it',
			});
		}
		if (update.status === 'resolved') resolvedSeen = true;
	});
});

/** An incident's or maintenance's validated frontmatter. */
export type IncidentData = z.output<typeof incidentSchema>;

/** One entry of an incident's timeline. */
export type IncidentUpdate = IncidentData['updates'][number];

/** A service an incident affects, and the status it puts it in. */
export type AffectedService = IncidentData['affected'][number];
