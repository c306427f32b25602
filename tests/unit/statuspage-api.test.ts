import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { componentStatuses, impacts, incidentSchema, incidentStatuses, maintenanceStatuses } from '../../src/features/status/incident-schema';
import { serviceGroupSchema, serviceSchema } from '../../src/features/status/service-schema';
import type { GroupEntry, IncidentEntry, ServiceEntry } from '../../src/features/status/status';
import {
	activeMaintenancesJson,
	componentsJson,
	incidentsJson,
	pageIdFor,
	scheduledMaintenancesJson,
	statusJson,
	statuspageEndpoints,
	summaryJson,
	unresolvedIncidentsJson,
	upcomingMaintenancesJson,
	type StatusApiInput,
} from '../../src/features/status/statuspage-api';
import type { Locale } from '../../src/site.config';
import { schemaDefinitionOf } from '../fixtures/statuspage-endpoints';

const schema = JSON.parse(readFileSync(new URL('../fixtures/statuspage-v2.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addSchema(schema);

/** Validates `value` against one endpoint's definition and returns Ajv's errors (empty when valid). */
function violations(endpoint: string, value: unknown): string[] {
	const validate = ajv.getSchema(`${schema.$id}#/$defs/${endpoint}`);
	if (!validate) throw new Error(`no definition for ${endpoint}`);
	validate(JSON.parse(JSON.stringify(value)));
	return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const teh = (local: string) => `${local}+03:30`;
const name = (fa: string, ar: string, en: string) => ({ fa, ar, en });

const groups: GroupEntry[] = [
	{ id: 'online-shop', data: serviceGroupSchema.parse({ name: name('فروشگاه آنلاین', 'المتجر', 'Online shop'), order: 1 }) },
	{ id: 'stores', data: serviceGroupSchema.parse({ name: name('شعبه‌ها', 'الفروع', 'Stores'), order: 2 }) },
];

const services: ServiceEntry[] = [
	{
		id: 'delivery',
		data: serviceSchema.parse({ name: name('ارسال', 'التوصيل', 'Delivery'), group: 'online-shop', order: 2 }),
	},
	{
		id: 'payments',
		data: serviceSchema.parse({
			name: name('پرداخت', 'الدفع', 'Payments'),
			description: { fa: 'درگاه پرداخت', en: 'Card payments' },
			group: 'online-shop',
			order: 1,
		}),
	},
	{ id: 'branches', data: serviceSchema.parse({ name: name('شعبه‌ها', 'الفروع', 'Branches'), group: 'stores', order: 1 }) },
];

function entry(slug: string, raw: Record<string, unknown>, locale: Locale = 'fa'): IncidentEntry {
	return { id: `${locale}/${slug}`, filePath: `src/content/incidents/${locale}/${slug}.mdx`, locale, slug, data: incidentSchema.parse(raw) };
}

const updates = (...list: Array<[string, string]>) => list.map(([time, status]) => ({ at: teh(time), status, text: `متن ${status}` }));

const now = new Date(teh('2026-11-22T12:00:00'));

const incidents: IncidentEntry[] = [
	entry('gateway-errors', {
		title: 'خطای درگاه پرداخت',
		kind: 'incident',
		impact: 'major',
		affected: [{ service: 'payments', status: 'partial_outage' }],
		updates: updates(['2026-11-22T09:00:00', 'investigating'], ['2026-11-22T10:00:00', 'monitoring'], ['2026-11-22T13:00:00', 'resolved']),
	}),
	entry(
		'gateway-errors',
		{
			title: 'Payment gateway errors',
			kind: 'incident',
			impact: 'major',
			affected: [{ service: 'payments', status: 'partial_outage' }],
			updates: updates(['2026-11-22T09:00:00', 'investigating'], ['2026-11-22T10:00:00', 'monitoring'], ['2026-11-22T13:00:00', 'resolved']),
		},
		'en',
	),
	entry('late-deliveries', {
		title: 'تأخیر در ارسال',
		kind: 'incident',
		impact: 'minor',
		affected: [{ service: 'delivery', status: 'degraded_performance' }],
		updates: updates(
			['2026-11-18T08:00:00', 'investigating'],
			['2026-11-18T09:00:00', 'identified'],
			['2026-11-18T09:30:00', 'monitoring'],
			['2026-11-18T10:00:00', 'resolved'],
			['2026-11-19T10:00:00', 'postmortem'],
		),
	}),
	entry('not-yet', {
		title: 'هنوز منتشر نشده',
		kind: 'incident',
		impact: 'critical',
		affected: [{ service: 'branches', status: 'major_outage' }],
		updates: updates(['2026-11-23T08:00:00', 'investigating']),
	}),
	entry('db-upgrade', {
		title: 'ارتقای پایگاه داده',
		kind: 'maintenance',
		impact: 'none',
		affected: [{ service: 'delivery', status: 'under_maintenance' }],
		window: { start: teh('2026-11-25T02:00:00'), end: teh('2026-11-25T04:00:00') },
		updates: updates(['2026-11-20T12:00:00', 'scheduled']),
	}),
	entry('pos-update', {
		title: 'به‌روزرسانی صندوق‌ها',
		kind: 'maintenance',
		impact: 'minor',
		affected: [{ service: 'branches', status: 'under_maintenance' }],
		window: { start: teh('2026-11-22T11:00:00'), end: teh('2026-11-22T14:00:00') },
		updates: updates(['2026-11-21T12:00:00', 'scheduled'], ['2026-11-22T11:30:00', 'verifying']),
	}),
	entry('old-maintenance', {
		title: 'نگهداری قدیمی',
		kind: 'maintenance',
		impact: 'none',
		affected: [{ service: 'payments', status: 'under_maintenance' }],
		window: { start: teh('2026-11-10T02:00:00'), end: teh('2026-11-10T03:00:00') },
		updates: updates(['2026-11-05T12:00:00', 'scheduled']),
	}),
];

const input: StatusApiInput = {
	services,
	groups,
	incidents,
	now,
	siteName: 'مرکز راهنمای بازارک',
	siteUrl: 'https://help.example.com/',
	locale: 'fa',
	timeZone: 'Asia/Tehran',
};

const offsetTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:30$/;

describe('Statuspage v2 JSON', () => {
	const outputs = {
		'summary.json': summaryJson(input),
		'status.json': statusJson(input),
		'components.json': componentsJson(input),
		'incidents.json': incidentsJson(input),
		'incidents/unresolved.json': unresolvedIncidentsJson(input),
		'scheduled-maintenances.json': scheduledMaintenancesJson(input),
		'scheduled-maintenances/upcoming.json': upcomingMaintenancesJson(input),
		'scheduled-maintenances/active.json': activeMaintenancesJson(input),
	};
	const definition: Record<keyof typeof outputs, string> = schemaDefinitionOf;

	for (const [endpoint, output] of Object.entries(outputs) as Array<[keyof typeof outputs, unknown]>) {
		it(`${endpoint} validates against the Statuspage v2 schema`, () => {
			expect(violations(definition[endpoint], output)).toEqual([]);
		});
	}

	it('the one API route publishes exactly the documented endpoints, each with its builder', () => {
		const published = Object.keys(statuspageEndpoints)
			.map((name) => `${name}.json`)
			.sort();
		expect(published).toEqual(Object.keys(schemaDefinitionOf).sort());
		for (const [name, build] of Object.entries(statuspageEndpoints)) {
			expect(build(input), name).toEqual(outputs[`${name}.json` as keyof typeof outputs]);
		}
	});

	it('the schema is strict enough to catch drift', () => {
		const status = statusJson(input);
		expect(violations('status.json', { ...status, status: { ...status.status, indicator: 'maintainance' } })).not.toEqual([]);
		expect(violations('status.json', { ...status, extra: true })).not.toEqual([]);
		const components = componentsJson(input);
		const broken = { ...components, components: [{ ...components.components[1], status: 'down' }] };
		expect(violations('components.json', broken)).not.toEqual([]);
		const missing = { ...components, components: [{ ...components.components[1], page_id: undefined }] };
		expect(violations('components.json', missing)).not.toEqual([]);
		const local = { ...status, page: { ...status.page, updated_at: '2026-11-22 12:00' } };
		expect(violations('status.json', local)).not.toEqual([]);
	});

	it('with no services, says so in status.json and summary.json instead of "All Systems Operational", still valid v2', () => {
		const empty: StatusApiInput = { ...input, services: [], groups: [], incidents: [] };
		expect(statusJson(empty).status).toEqual({ indicator: 'none', description: 'No Services Listed Yet' });
		expect(summaryJson(empty).status).toEqual({ indicator: 'none', description: 'No Services Listed Yet' });
		expect(violations(definition['status.json'], statusJson(empty))).toEqual([]);
		expect(violations(definition['summary.json'], summaryJson(empty))).toEqual([]);
		expect(statusJson({ ...input, incidents: [] }).status.description).toBe('All Systems Operational');
	});

	it('describes the page', () => {
		const { page } = statusJson(input);
		expect(page).toEqual({
			id: pageIdFor('https://help.example.com'),
			name: 'مرکز راهنمای بازارک',
			url: 'https://help.example.com/fa/status/',
			time_zone: 'Asia/Tehran',
			// The pos-update verifying post at 11:30 is the latest visible change.
			updated_at: '2026-11-22T11:30:00+03:30',
		});
		expect(page.id).toMatch(/^[0-9a-z]{12}$/);
		expect(pageIdFor('https://help.example.com')).toBe(page.id);
		expect(pageIdFor('https://other.example.com')).not.toBe(page.id);
	});

	it('reports the overall indicator from unresolved incidents', () => {
		expect(statusJson(input).status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
		const calm = { ...input, incidents: incidents.filter((incident) => incident.slug !== 'gateway-errors') };
		expect(statusJson(calm).status).toEqual({ indicator: 'maintenance', description: 'Service Under Maintenance' });
		expect(statusJson({ ...calm, now: new Date(teh('2026-11-22T15:00:00')) }).status).toEqual({
			indicator: 'none',
			description: 'All Systems Operational',
		});
	});

	it('lists groups as components holding their members, in order', () => {
		const { components } = componentsJson(input);
		expect(components.map((component) => [component.id, component.group, component.group_id, component.position])).toEqual([
			['online-shop', true, null, 1],
			['payments', false, 'online-shop', 1],
			['delivery', false, 'online-shop', 2],
			['stores', true, null, 2],
			['branches', false, 'stores', 1],
		]);
		expect(components[0]).toMatchObject({ name: 'فروشگاه آنلاین', components: ['payments', 'delivery'], status: 'partial_outage' });
		expect(components[1]).toMatchObject({ name: 'پرداخت', description: 'درگاه پرداخت', status: 'partial_outage', showcase: true });
		expect(components[2]).toMatchObject({ description: null, status: 'operational' });
		// Verifying maintenance still holds the branches under maintenance; not-yet is not out yet.
		expect(components[4]).toMatchObject({ status: 'under_maintenance' });
		expect(components[3]).toMatchObject({ status: 'under_maintenance' });
		for (const component of components) {
			expect(componentStatuses).toContain(component.status);
			expect(component.created_at).toMatch(offsetTimestamp);
			expect(component.updated_at).toMatch(offsetTimestamp);
			expect('components' in component).toBe(component.group);
		}
	});

	it('lists published incidents only, newest first, in the default locale', () => {
		const list = incidentsJson(input).incidents;
		expect(list.map((incident) => incident.id)).toEqual(['gateway-errors', 'late-deliveries']);
		const [gateway, late] = list as [(typeof list)[number], (typeof list)[number]];
		expect(gateway).toMatchObject({
			name: 'خطای درگاه پرداخت',
			status: 'monitoring',
			impact: 'major',
			created_at: '2026-11-22T09:00:00+03:30',
			started_at: '2026-11-22T09:00:00+03:30',
			updated_at: '2026-11-22T10:00:00+03:30',
			monitoring_at: '2026-11-22T10:00:00+03:30',
			resolved_at: null,
			shortlink: 'https://help.example.com/fa/status/incidents/gateway-errors/',
		});
		// The resolved update at 13:00 is after now, so it is not out yet.
		expect(gateway.incident_updates.map((update) => update.status)).toEqual(['monitoring', 'investigating']);
		expect(gateway.incident_updates[1]).toMatchObject({
			id: 'gateway-errors-1',
			incident_id: 'gateway-errors',
			body: 'متن investigating',
			display_at: '2026-11-22T09:00:00+03:30',
			affected_components: [{ code: 'payments', name: 'پرداخت', old_status: 'operational', new_status: 'partial_outage' }],
		});
		expect(gateway.components.map((component) => component.id)).toEqual(['payments']);

		expect(late).toMatchObject({ status: 'postmortem', resolved_at: '2026-11-18T10:00:00+03:30', impact: 'minor' });
		const resolving = late.incident_updates.find((update) => update.status === 'resolved');
		expect(resolving?.affected_components).toEqual([{ code: 'delivery', name: 'ارسال', old_status: 'degraded_performance', new_status: 'operational' }]);
		for (const incident of list) {
			expect(incidentStatuses).toContain(incident.status);
			expect(impacts).toContain(incident.impact);
			for (const update of incident.incident_updates) expect(incidentStatuses).toContain(update.status);
		}
	});

	it('lists unresolved incidents only', () => {
		expect(unresolvedIncidentsJson(input).incidents.map((incident) => incident.id)).toEqual(['gateway-errors']);
		expect(summaryJson(input).incidents.map((incident) => incident.id)).toEqual(['gateway-errors']);
		const later = { ...input, now: new Date(teh('2026-11-23T09:00:00')) };
		// By then gateway-errors is resolved and not-yet has been published.
		expect(unresolvedIncidentsJson(later).incidents.map((incident) => incident.id)).toEqual(['not-yet']);
	});

	it('lists maintenance with its window and a status that follows it', () => {
		const all = scheduledMaintenancesJson(input).scheduled_maintenances;
		expect(all.map((maintenance) => [maintenance.id, maintenance.status])).toEqual([
			['db-upgrade', 'scheduled'],
			['pos-update', 'verifying'],
			['old-maintenance', 'completed'],
		]);
		expect(all[0]).toMatchObject({
			scheduled_for: '2026-11-25T02:00:00+03:30',
			scheduled_until: '2026-11-25T04:00:00+03:30',
			resolved_at: null,
		});
		// Completed by its window, not by an update.
		expect(all[2]).toMatchObject({ resolved_at: '2026-11-10T03:00:00+03:30' });
		for (const maintenance of all) {
			expect(maintenanceStatuses).toContain(maintenance.status);
			for (const update of maintenance.incident_updates) expect(maintenanceStatuses).toContain(update.status);
		}
		expect(upcomingMaintenancesJson(input).scheduled_maintenances.map((m) => m.id)).toEqual(['db-upgrade']);
		expect(activeMaintenancesJson(input).scheduled_maintenances.map((m) => m.id)).toEqual(['pos-update']);
		expect(summaryJson(input).scheduled_maintenances.map((m) => m.id)).toEqual(['pos-update', 'db-upgrade']);
		const during = { ...input, now: new Date(teh('2026-11-25T03:00:00')) };
		expect(activeMaintenancesJson(during).scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([['db-upgrade', 'in_progress']]);
		expect(upcomingMaintenancesJson(during).scheduled_maintenances).toEqual([]);
	});

	it('returns at most the 50 most recent incidents', () => {
		const many = Array.from({ length: 60 }, (_, index) =>
			entry(`incident-${index}`, {
				title: `Incident ${index}`,
				kind: 'incident',
				impact: 'minor',
				// As the content reader gives it: the instant as a string with its offset.
				updates: [{ at: new Date(Date.UTC(2026, 8, 1 + index, 8)).toISOString(), status: 'resolved', text: 'Done' }],
			}),
		);
		const list = incidentsJson({ ...input, incidents: many }).incidents;
		expect(list).toHaveLength(50);
		expect(list[0]!.id).toBe('incident-59');
		expect(list.at(-1)!.id).toBe('incident-10');
		expect(violations('incidents.json', { page: statusJson(input).page, incidents: list })).toEqual([]);
	});

	it('uses the site offset in every timestamp', () => {
		const text = JSON.stringify(summaryJson(input));
		const stamps = text.match(/"\d{4}-\d{2}-\d{2}T[^"]+"/g) ?? [];
		expect(stamps.length).toBeGreaterThan(10);
		for (const stamp of stamps) expect(stamp.slice(1, -1)).toMatch(offsetTimestamp);
	});
});
