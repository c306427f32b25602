import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/features/status/incident-schema';
import { serviceGroupSchema, serviceSchema } from '../../src/features/status/service-schema';
import {
	activeIntervals,
	canonicalIncidents,
	checkIncidentReferences,
	checkIncidentTranslations,
	checkServiceGroups,
	dailyBars,
	incidentPhase,
	overallIndicator,
	serviceStatus,
	uptimePercent,
	toIncidentEntry,
	type IncidentEntry,
} from '../../src/features/status/status';
import type { Locale } from '../../src/site.config';

/** A Tehran wall-clock time as an instant string (+03:30, no DST). */
const teh = (local: string) => `${local}+03:30`;
const at = (local: string) => new Date(teh(local));

type Raw = Record<string, unknown>;

function entry(slug: string, raw: Raw, locale: Locale = 'fa'): IncidentEntry {
	return {
		id: `${locale}/${slug}`,
		filePath: `src/content/incidents/${locale}/${slug}.mdx`,
		locale,
		slug,
		data: incidentSchema.parse(raw),
	};
}

function incident(affected: Array<[string, string]>, updates: Array<[string, string]>, impact = 'major'): Raw {
	return {
		title: 'Payment gateway errors',
		kind: 'incident',
		impact,
		affected: affected.map(([service, status]) => ({ service, status })),
		updates: updates.map(([time, status]) => ({ at: teh(time), status, text: `Update: ${status}` })),
	};
}

function maintenance(affected: Array<[string, string]>, window: [string, string], updates: Array<[string, string]>): Raw {
	return {
		title: 'Database upgrade',
		kind: 'maintenance',
		impact: 'none',
		affected: affected.map(([service, status]) => ({ service, status })),
		window: { start: teh(window[0]), end: teh(window[1]) },
		updates: updates.map(([time, status]) => ({ at: teh(time), status, text: `Update: ${status}` })),
	};
}

/** Paths of the issues a schema reports for `raw`. */
function issuePaths(schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } }, raw: unknown) {
	const result = schema.safeParse(raw);
	expect(result.success).toBe(false);
	return result.error!.issues.map((issue) => issue.path);
}

const validIncident = incident(
	[['payments', 'partial_outage']],
	[
		['2026-11-20T10:00:00', 'investigating'],
		['2026-11-20T10:30:00', 'identified'],
		['2026-11-20T11:00:00', 'resolved'],
	],
);
const validMaintenance = maintenance([['payments', 'under_maintenance']], ['2026-11-22T02:00:00', '2026-11-22T04:00:00'], [['2026-11-15T12:00:00', 'scheduled']]);

describe('incident schema', () => {
	it('accepts a valid incident and turns times into instants', () => {
		const data = incidentSchema.parse(validIncident);
		expect(data.updates[0]!.at.toISOString()).toBe('2026-11-20T06:30:00.000Z');
		expect(data.affected).toEqual([{ service: 'payments', status: 'partial_outage' }]);
	});

	it('accepts a valid maintenance, and an incident that lists no services', () => {
		expect(incidentSchema.safeParse(validMaintenance).success).toBe(true);
		const general = incidentSchema.parse({ ...validIncident, affected: undefined });
		expect(general.affected).toEqual([]);
	});

	it('rejects unknown fields at their own path', () => {
		expect(issuePaths(incidentSchema, { ...validIncident, severity: 'high' })).toContainEqual(['severity']);
	});

	it('rejects updates out of time order at the later update', () => {
		const raw = incident(
			[],
			[
				['2026-11-20T10:00:00', 'investigating'],
				['2026-11-20T09:00:00', 'identified'],
			],
		);
		expect(issuePaths(incidentSchema, raw)).toEqual([['updates', 1, 'at']]);
	});

	it('rejects a postmortem without an earlier resolved update, and accepts one after it', () => {
		const without = incident(
			[],
			[
				['2026-11-20T10:00:00', 'investigating'],
				['2026-11-20T12:00:00', 'postmortem'],
			],
		);
		expect(issuePaths(incidentSchema, without)).toEqual([['updates', 1, 'status']]);
		const withResolved = incident(
			[],
			[
				['2026-11-20T10:00:00', 'investigating'],
				['2026-11-20T11:00:00', 'resolved'],
				['2026-11-21T12:00:00', 'postmortem'],
			],
		);
		expect(incidentSchema.safeParse(withResolved).success).toBe(true);
	});

	it('rejects statuses from the other vocabulary', () => {
		const incidentWithMaintenanceStatus = incident([], [['2026-11-20T10:00:00', 'in_progress']]);
		expect(issuePaths(incidentSchema, incidentWithMaintenanceStatus)).toEqual([['updates', 0, 'status']]);
		const maintenanceWithIncidentStatus = maintenance(
			[],
			['2026-11-22T02:00:00', '2026-11-22T04:00:00'],
			[
				['2026-11-15T12:00:00', 'scheduled'],
				['2026-11-22T02:00:00', 'investigating'],
			],
		);
		expect(issuePaths(incidentSchema, maintenanceWithIncidentStatus)).toEqual([['updates', 1, 'status']]);
		expect(issuePaths(incidentSchema, incident([], [['2026-11-20T10:00:00', 'on_fire']]))).toEqual([['updates', 0, 'status']]);
	});

	it('requires a window for maintenance and forbids it for incidents', () => {
		expect(issuePaths(incidentSchema, { ...validMaintenance, window: undefined })).toEqual([['window']]);
		expect(issuePaths(incidentSchema, { ...validIncident, window: { start: teh('2026-11-22T02:00:00'), end: teh('2026-11-22T03:00:00') } })).toEqual([['window']]);
	});

	it('requires the window to end after it starts', () => {
		const raw = { ...validMaintenance, window: { start: teh('2026-11-22T04:00:00'), end: teh('2026-11-22T04:00:00') } };
		expect(issuePaths(incidentSchema, raw)).toEqual([['window', 'end']]);
	});

	it('requires at least one update, offsets on every time, and known enum values', () => {
		expect(issuePaths(incidentSchema, { ...validIncident, updates: [] })).toEqual([['updates']]);
		const noOffset = { ...validIncident, updates: [{ at: '2026-11-20T10:00:00', status: 'investigating', text: 'x' }] };
		expect(issuePaths(incidentSchema, noOffset)).toContainEqual(['updates', 0, 'at']);
		expect(issuePaths(incidentSchema, { ...validIncident, kind: 'outage' })).toContainEqual(['kind']);
		expect(issuePaths(incidentSchema, { ...validIncident, impact: 'severe' })).toContainEqual(['impact']);
		const badStatus = { ...validIncident, affected: [{ service: 'payments', status: 'down' }] };
		expect(issuePaths(incidentSchema, badStatus)).toContainEqual(['affected', 0, 'status']);
	});

	it('rejects a service listed twice, and under_maintenance in an incident', () => {
		const twice = incident(
			[
				['payments', 'partial_outage'],
				['payments', 'major_outage'],
			],
			[['2026-11-20T10:00:00', 'investigating']],
		);
		expect(issuePaths(incidentSchema, twice)).toEqual([['affected', 1, 'service']]);
		const planned = incident([['payments', 'under_maintenance']], [['2026-11-20T10:00:00', 'investigating']]);
		expect(issuePaths(incidentSchema, planned)).toEqual([['affected', 0, 'status']]);
	});

	it('rejects over-long update text', () => {
		const long = { ...validIncident, updates: [{ at: teh('2026-11-20T10:00:00'), status: 'investigating', text: 'x'.repeat(1001) }] };
		expect(issuePaths(incidentSchema, long)).toContainEqual(['updates', 0, 'text']);
	});
});

describe('service schemas', () => {
	const service = { name: { fa: 'پرداخت', ar: 'الدفع', en: 'Payments' }, group: 'shop', order: 1 };

	it('accepts a service and a group', () => {
		expect(serviceSchema.parse({ ...service, description: { en: 'Card payments' } }).description?.en).toBe('Card payments');
		expect(serviceGroupSchema.parse({ name: service.name, order: 2 }).order).toBe(2);
	});

	it('names the failing field', () => {
		expect(issuePaths(serviceSchema, { ...service, group: undefined })).toContainEqual(['group']);
		expect(issuePaths(serviceSchema, { ...service, group: 'Shop Front' })).toContainEqual(['group']);
		expect(issuePaths(serviceSchema, { ...service, name: { fa: 'پرداخت', en: 'Payments' } })).toContainEqual(['name', 'ar']);
		expect(issuePaths(serviceSchema, { ...service, order: 1.5 })).toContainEqual(['order']);
		expect(issuePaths(serviceSchema, { ...service, colour: 'red' })).toContainEqual(['colour']);
		expect(issuePaths(serviceGroupSchema, { name: service.name, order: 1, group: 'x' })).toContainEqual(['group']);
	});
});

describe('incidentPhase', () => {
	const gateway = entry(
		'gateway',
		incident(
			[['payments', 'partial_outage']],
			[
				['2026-11-20T10:00:00', 'investigating'],
				['2026-11-20T11:00:00', 'resolved'],
			],
		),
	);

	it('follows the latest update of an incident', () => {
		expect(incidentPhase(gateway, at('2026-11-20T10:30:00'))).toBe('unresolved');
		expect(incidentPhase(gateway, at('2026-11-20T11:00:00'))).toBe('resolved');
	});

	it('ignores updates dated after now', () => {
		expect(incidentPhase(gateway, at('2026-11-20T10:59:59'))).toBe('unresolved');
		expect(incidentPhase(gateway, at('2026-11-20T09:59:59'))).toBe('unpublished');
	});

	it('reopens an incident that gets a new update after resolved', () => {
		const reopened = entry(
			'reopened',
			incident(
				[['payments', 'major_outage']],
				[
					['2026-11-20T10:00:00', 'investigating'],
					['2026-11-20T11:00:00', 'resolved'],
					['2026-11-20T12:00:00', 'investigating'],
					['2026-11-20T13:00:00', 'resolved'],
				],
			),
		);
		expect(incidentPhase(reopened, at('2026-11-20T12:30:00'))).toBe('unresolved');
		expect(activeIntervals(reopened, at('2026-11-21T00:00:00')).map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
			['2026-11-20T06:30:00.000Z', '2026-11-20T07:30:00.000Z'],
			['2026-11-20T08:30:00.000Z', '2026-11-20T09:30:00.000Z'],
		]);
	});

	it('moves maintenance through its window', () => {
		const upgrade = entry('upgrade', validMaintenance);
		expect(incidentPhase(upgrade, at('2026-11-15T11:00:00'))).toBe('unpublished');
		expect(incidentPhase(upgrade, at('2026-11-22T01:59:00'))).toBe('scheduled');
		// Window started but nobody posted "in progress": it is under way all the same.
		expect(incidentPhase(upgrade, at('2026-11-22T02:00:00'))).toBe('in_progress');
		expect(incidentPhase(upgrade, at('2026-11-22T03:59:59'))).toBe('in_progress');
		// No "completed" update: the window's end completes it.
		expect(incidentPhase(upgrade, at('2026-11-22T04:00:00'))).toBe('completed');
	});

	it('honours explicit maintenance updates', () => {
		const upgrade = entry(
			'upgrade',
			maintenance(
				[['payments', 'under_maintenance']],
				['2026-11-22T02:00:00', '2026-11-22T04:00:00'],
				[
					['2026-11-15T12:00:00', 'scheduled'],
					['2026-11-22T01:50:00', 'in_progress'],
					['2026-11-22T02:40:00', 'verifying'],
					['2026-11-22T03:00:00', 'completed'],
				],
			),
		);
		expect(incidentPhase(upgrade, at('2026-11-22T01:55:00'))).toBe('in_progress');
		expect(incidentPhase(upgrade, at('2026-11-22T02:45:00'))).toBe('verifying');
		expect(incidentPhase(upgrade, at('2026-11-22T03:00:00'))).toBe('completed');
		expect(activeIntervals(upgrade, at('2026-11-23T00:00:00')).map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([['2026-11-21T22:20:00.000Z', '2026-11-21T23:30:00.000Z']]);
	});
});

describe('serviceStatus', () => {
	const now = at('2026-11-22T12:00:00');
	const degraded = entry('slow', incident([['payments', 'degraded_performance']], [['2026-11-22T09:00:00', 'investigating']], 'minor'));
	const outage = entry(
		'down',
		incident(
			[
				['payments', 'major_outage'],
				['delivery', 'partial_outage'],
			],
			[['2026-11-22T10:00:00', 'identified']],
			'critical',
		),
	);
	const resolved = entry(
		'old',
		incident(
			[['delivery', 'major_outage']],
			[
				['2026-11-21T09:00:00', 'investigating'],
				['2026-11-21T10:00:00', 'resolved'],
			],
		),
	);

	it('takes the worst status among unresolved incidents', () => {
		expect(serviceStatus('payments', [degraded], now)).toBe('degraded_performance');
		expect(serviceStatus('payments', [degraded, outage], now)).toBe('major_outage');
		expect(serviceStatus('payments', [outage, degraded], now)).toBe('major_outage');
		expect(serviceStatus('delivery', [degraded, outage], now)).toBe('partial_outage');
		expect(serviceStatus('branches', [degraded, outage], now)).toBe('operational');
	});

	it('ignores resolved incidents', () => {
		expect(serviceStatus('delivery', [resolved], now)).toBe('operational');
		expect(serviceStatus('delivery', [resolved], at('2026-11-21T09:30:00'))).toBe('major_outage');
	});

	it('ignores maintenance that is only scheduled, counts it while in progress', () => {
		const upgrade = entry('upgrade', validMaintenance);
		expect(serviceStatus('payments', [upgrade], at('2026-11-21T12:00:00'))).toBe('operational');
		expect(serviceStatus('payments', [upgrade], at('2026-11-22T03:00:00'))).toBe('under_maintenance');
		expect(serviceStatus('payments', [upgrade], at('2026-11-22T05:00:00'))).toBe('operational');
	});

	it('lets a real outage during maintenance show through', () => {
		const upgrade = entry('upgrade', validMaintenance);
		const during = entry('during', incident([['payments', 'partial_outage']], [['2026-11-22T02:30:00', 'investigating']]));
		expect(serviceStatus('payments', [upgrade, during], at('2026-11-22T03:00:00'))).toBe('partial_outage');
	});

	it('ignores an incident whose updates are all in the future', () => {
		const future = entry('future', incident([['payments', 'major_outage']], [['2026-11-23T09:00:00', 'investigating']]));
		expect(serviceStatus('payments', [future], now)).toBe('operational');
	});

	it('uses the default-locale translation when translations disagree', () => {
		const fa = entry('x', incident([['payments', 'major_outage']], [['2026-11-22T09:00:00', 'investigating']]), 'fa');
		const en = entry('x', incident([['payments', 'degraded_performance']], [['2026-11-22T09:00:00', 'investigating']]), 'en');
		expect(canonicalIncidents([en, fa])).toEqual([fa]);
		expect(serviceStatus('payments', [en, fa], now)).toBe('major_outage');
	});
});

describe('overallIndicator', () => {
	const now = at('2026-11-22T12:00:00');

	it('is "none" when nothing is open', () => {
		expect(overallIndicator([], now)).toEqual({
			indicator: 'none',
			description: 'All Systems Operational',
			key: 'status.indicator.none',
		});
	});

	it('takes the worst impact of unresolved incidents', () => {
		const minor = entry('a', incident([['payments', 'degraded_performance']], [['2026-11-22T09:00:00', 'investigating']], 'minor'));
		const major = entry('b', incident([['delivery', 'partial_outage']], [['2026-11-22T10:00:00', 'investigating']], 'major'));
		expect(overallIndicator([minor], now)).toMatchObject({ indicator: 'minor', description: 'Minor Service Outage' });
		expect(overallIndicator([minor, major], now)).toMatchObject({ indicator: 'major', description: 'Partial System Outage' });
	});

	it('never reads milder than the service statuses it causes', () => {
		const understated = entry('c', incident([['payments', 'major_outage']], [['2026-11-22T09:00:00', 'investigating']], 'minor'));
		expect(overallIndicator([understated], now)).toMatchObject({ indicator: 'critical', description: 'Major System Outage' });
	});

	it('shows maintenance only while it is in progress and no incident is open', () => {
		const upgrade = entry('upgrade', validMaintenance);
		expect(overallIndicator([upgrade], at('2026-11-21T12:00:00')).indicator).toBe('none');
		expect(overallIndicator([upgrade], at('2026-11-22T03:00:00'))).toEqual({
			indicator: 'maintenance',
			description: 'Service Under Maintenance',
			key: 'status.indicator.maintenance',
		});
		const minor = entry('a', incident([['delivery', 'degraded_performance']], [['2026-11-22T02:30:00', 'investigating']], 'minor'));
		expect(overallIndicator([upgrade, minor], at('2026-11-22T03:00:00')).indicator).toBe('minor');
	});

	it('ignores resolved incidents', () => {
		const done = entry(
			'done',
			incident(
				[['payments', 'major_outage']],
				[
					['2026-11-22T09:00:00', 'investigating'],
					['2026-11-22T10:00:00', 'resolved'],
				],
				'critical',
			),
		);
		expect(overallIndicator([done], now).indicator).toBe('none');
	});
});

describe('dailyBars', () => {
	it('gives one bar per local day, oldest first, ending today in the site zone', () => {
		// 00:30 in Tehran is still the previous day in UTC (the test runs with TZ=UTC).
		const now = at('2026-11-22T00:30:00');
		const bars = dailyBars('payments', [], now, 90, 'Asia/Tehran');
		expect(bars).toHaveLength(90);
		expect(bars.at(-1)).toEqual({ date: '2026-11-22', worst: 'none', downtimeMinutes: 0, incidents: [] });
		expect(bars[0]!.date).toBe('2026-08-25');
	});

	it('counts an incident across Tehran midnight on both local days', () => {
		const night = entry(
			'night',
			incident(
				[['payments', 'major_outage']],
				[
					['2026-11-20T23:00:00', 'investigating'],
					['2026-11-21T01:00:00', 'resolved'],
				],
			),
		);
		const bars = dailyBars('payments', [night], at('2026-11-22T12:00:00'), 3, 'Asia/Tehran');
		expect(bars).toEqual([
			{ date: '2026-11-20', worst: 'critical', downtimeMinutes: 60, incidents: ['night'] },
			{ date: '2026-11-21', worst: 'critical', downtimeMinutes: 60, incidents: ['night'] },
			{ date: '2026-11-22', worst: 'none', downtimeMinutes: 0, incidents: [] },
		]);
		// In UTC the same two hours (19:30–21:30) fall on one day: the zone matters.
		const utc = dailyBars('payments', [night], at('2026-11-22T12:00:00'), 3, 'UTC');
		expect(utc.map((bar) => bar.incidents.length)).toEqual([1, 0, 0]);
	});

	it('weights downtime, merges overlaps and runs an open incident up to now', () => {
		const partial = entry(
			'partial',
			incident(
				[['payments', 'partial_outage']],
				[
					['2026-11-22T08:00:00', 'investigating'],
					['2026-11-22T10:00:00', 'resolved'],
				],
			),
		);
		const major = entry('major', incident([['payments', 'major_outage']], [['2026-11-22T09:00:00', 'investigating']]));
		const [today] = dailyBars('payments', [major, partial], at('2026-11-22T11:00:00'), 1, 'Asia/Tehran');
		// 08–09 partial (0.3 × 60) + 09–11 major (1 × 120); 09–10 is not counted twice.
		expect(today).toEqual({ date: '2026-11-22', worst: 'critical', downtimeMinutes: 138, incidents: ['partial', 'major'] });
	});

	it('marks maintenance days without counting downtime', () => {
		const upgrade = entry('upgrade', validMaintenance);
		const [day] = dailyBars('payments', [upgrade], at('2026-11-22T23:00:00'), 1, 'Asia/Tehran');
		expect(day).toEqual({ date: '2026-11-22', worst: 'maintenance', downtimeMinutes: 0, incidents: ['upgrade'] });
	});

	it('does not show what is not yet published', () => {
		const future = entry('future', incident([['payments', 'major_outage']], [['2026-11-22T18:00:00', 'investigating']]));
		const [day] = dailyBars('payments', [future], at('2026-11-22T12:00:00'), 1, 'Asia/Tehran');
		expect(day!.incidents).toEqual([]);
	});
});

describe('uptimePercent', () => {
	const now = at('2026-11-30T00:00:00');
	const outage = (slug: string, status: string, from: string, to?: string) =>
		entry(
			slug,
			incident(
				[['payments', status]],
				to
					? [
							[from, 'investigating'],
							[to, 'resolved'],
						]
					: [[from, 'investigating']],
			),
		);

	it('is 100 with no incidents', () => {
		expect(uptimePercent('payments', [], now)).toBe(100);
	});

	it('weights each status', () => {
		// One full day of major outage in 90 days: 100 × (1 − 1/90).
		expect(uptimePercent('payments', [outage('a', 'major_outage', '2026-11-10T00:00:00', '2026-11-11T00:00:00')], now)).toBe(98.89);
		// Ten hours of partial outage in ten days: 100 × (1 − 0.3 × 10 / 240).
		expect(uptimePercent('payments', [outage('b', 'partial_outage', '2026-11-25T00:00:00', '2026-11-25T10:00:00')], now, 10)).toBe(98.75);
		// Ten hours degraded in ten days: 100 × (1 − 0.1 × 10 / 240) = 99.583…
		expect(uptimePercent('payments', [outage('c', 'degraded_performance', '2026-11-25T00:00:00', '2026-11-25T10:00:00')], now, 10)).toBe(99.58);
	});

	it('does not double-count overlapping incidents', () => {
		const one = outage('a', 'major_outage', '2026-11-29T00:00:00', '2026-11-29T12:00:00');
		const same = outage('b', 'major_outage', '2026-11-29T06:00:00', '2026-11-29T12:00:00');
		expect(uptimePercent('payments', [one, same], now, 1)).toBe(50);
		// Major 00–12 with partial 06–18: 12 h × 1 + 6 h × 0.3 = 13.8 h of 24.
		const partial = outage('c', 'partial_outage', '2026-11-29T06:00:00', '2026-11-29T18:00:00');
		expect(uptimePercent('payments', [one, partial], now, 1)).toBe(42.5);
	});

	it('excludes planned maintenance', () => {
		const upgrade = entry('upgrade', maintenance([['payments', 'under_maintenance']], ['2026-11-29T00:00:00', '2026-11-29T12:00:00'], [['2026-11-20T00:00:00', 'scheduled']]));
		expect(uptimePercent('payments', [upgrade], now, 1)).toBe(100);
	});

	it('runs unresolved incidents to now, ignores future updates and clips to the window', () => {
		// Resolution is dated after now, so the outage is still open: 6 h of 24.
		const open = outage('a', 'major_outage', '2026-11-29T18:00:00', '2026-12-01T00:00:00');
		expect(uptimePercent('payments', [open], now, 1)).toBe(75);
		// Starts after now: not counted.
		expect(uptimePercent('payments', [outage('b', 'major_outage', '2026-11-30T06:00:00')], now, 1)).toBe(100);
		// Started two days ago: only the last 24 h count.
		expect(uptimePercent('payments', [outage('c', 'major_outage', '2026-11-28T00:00:00')], now, 1)).toBe(0);
		// Another service's outage does not count.
		expect(uptimePercent('delivery', [open], now, 1)).toBe(100);
	});
});

describe('cross-file checks', () => {
	it('names the file and field of an unknown service', () => {
		const typo = entry('x', incident([['paymnt', 'major_outage']], [['2026-11-20T10:00:00', 'investigating']]), 'en');
		expect(checkIncidentReferences([typo], ['payments', 'delivery'])).toEqual([
			'src/content/incidents/en/x.mdx: affected[0].service "paymnt" is not a known service (did you mean "payments"?) (known: delivery, payments)',
		]);
		const ok = entry('y', incident([['delivery', 'major_outage']], [['2026-11-20T10:00:00', 'investigating']]), 'en');
		expect(checkIncidentReferences([ok], ['payments', 'delivery'])).toEqual([]);
	});

	it('checks service groups and id clashes', () => {
		const name = { fa: 'الف', ar: 'أ', en: 'A' };
		const services = [
			{ id: 'payments', data: { name, group: 'shop', order: 1 } },
			{ id: 'shop', data: { name, group: 'nowhere', order: 2 } },
		];
		const errors = checkServiceGroups(services, [{ id: 'shop', data: { name, order: 1 } }]);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/^src\/content\/services\/shop\.yaml: group "nowhere" is not a known service group \(known: shop\)$/);
		expect(errors[1]).toMatch(/^src\/content\/services\/shop\.yaml: the id "shop" is also a service group's id/);
	});

	it('requires translations to share one timeline', () => {
		const updates: Array<[string, string]> = [
			['2026-11-20T10:00:00', 'investigating'],
			['2026-11-20T11:00:00', 'resolved'],
		];
		const fa = entry('x', incident([['payments', 'major_outage']], updates), 'fa');
		const ar = entry('x', incident([['payments', 'major_outage']], updates), 'ar');
		const en = entry(
			'x',
			incident(
				[['payments', 'major_outage']],
				[
					['2026-11-20T10:00:00', 'investigating'],
					['2026-11-20T11:30:00', 'resolved'],
				],
			),
			'en',
		);
		expect(checkIncidentTranslations([en, ar, fa])).toEqual(['src/content/incidents/en/x.mdx: updates[1].at differs from src/content/incidents/fa/x.mdx; translations share one timeline']);
	});

	it('adapts collection entries and rejects a file outside a locale folder', () => {
		const data = incidentSchema.parse(validIncident);
		expect(toIncidentEntry({ id: 'ar/gateway', filePath: 'src/content/incidents/ar/gateway.mdx', data })).toMatchObject({
			locale: 'ar',
			slug: 'gateway',
			filePath: 'src/content/incidents/ar/gateway.mdx',
		});
		expect(() => toIncidentEntry({ id: 'de/gateway', data })).toThrow(/src\/content\/incidents\/de\/gateway\.mdx: .*one of fa, ar, en/);
		expect(() => toIncidentEntry({ id: 'gateway', data })).toThrow(/<locale>/);
	});

	it('rejects an incident file name that is not a slug, or too long for a folder name', () => {
		const data = incidentSchema.parse(validIncident);
		expect(() => toIncidentEntry({ id: 'fa/bad-name', filePath: 'src/content/incidents/fa/Bad Name.mdx', data })).toThrow(
			/src\/content\/incidents\/fa\/Bad Name\.mdx: file name "Bad Name" must be a lower-case Latin slug/,
		);
		const long = 'a'.repeat(81);
		expect(() => toIncidentEntry({ id: `fa/${long}`, filePath: `src/content/incidents/fa/${long}.mdx`, data })).toThrow(/at most 80 are allowed/);
	});
});
