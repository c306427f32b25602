import { describe, expect, it } from 'vitest';
import { formatRelative, relativeParts } from '../../src/core/relative-time';
import type { GroupEntry, IncidentEntry, ServiceEntry } from '../../src/features/status/status';
import { renderBody } from '../../src/features/content/body';
import { affecting, buildStatusView, checkServiceStatusEmbeds, groupByMonth } from '../../src/features/status/status-view';
import { incidentSchema } from '../../src/features/status/incident-schema';

const teh = (local: string) => `${local}+03:30`;
const name = (text: string) => ({ fa: text, ar: text, en: text });

const groups: GroupEntry[] = [
	{ id: 'support', data: { name: name('Support'), order: 2 } },
	{ id: 'online', data: { name: name('Online'), order: 1 } },
];
const services: ServiceEntry[] = [
	{ id: 'website', data: { name: name('Website'), group: 'online', order: 1 } },
	{ id: 'payments', data: { name: name('Payments'), group: 'online', order: 2 } },
	{ id: 'chat', data: { name: name('Chat'), group: 'support', order: 1 } },
];

function entry(slug: string, raw: Record<string, unknown>): IncidentEntry {
	return { id: `fa/${slug}`, filePath: `src/content/incidents/fa/${slug}.mdx`, locale: 'fa', slug, data: incidentSchema.parse(raw) };
}

const updates = (...list: [string, string][]) => list.map(([at, status]) => ({ at: teh(at), status, text: status }));
const incidents = [
	entry('slow-payments', {
		title: 'Slow payments',
		kind: 'incident',
		impact: 'minor',
		affected: [{ service: 'payments', status: 'degraded_performance' }],
		updates: updates(['2026-11-22T08:40:00', 'investigating'], ['2026-11-22T09:25:00', 'identified']),
	}),
	entry('chat-down', {
		title: 'Chat down',
		kind: 'incident',
		impact: 'major',
		affected: [{ service: 'chat', status: 'major_outage' }],
		updates: updates(['2026-09-18T10:00:00', 'investigating'], ['2026-09-18T11:00:00', 'resolved']),
	}),
	entry('upgrade', {
		title: 'Upgrade',
		kind: 'maintenance',
		impact: 'none',
		affected: [{ service: 'payments', status: 'under_maintenance' }],
		window: { start: teh('2026-11-25T01:00:00'), end: teh('2026-11-25T03:00:00') },
		updates: updates(['2026-11-20T12:00:00', 'scheduled']),
	}),
	entry('old-maintenance', {
		title: 'Old maintenance',
		kind: 'maintenance',
		impact: 'none',
		affected: [{ service: 'chat', status: 'under_maintenance' }],
		window: { start: teh('2026-10-10T02:00:00'), end: teh('2026-10-10T04:00:00') },
		updates: updates(['2026-10-03T11:00:00', 'scheduled']),
	}),
	entry('not-yet', {
		title: 'Posted tomorrow',
		kind: 'incident',
		impact: 'critical',
		affected: [{ service: 'website', status: 'major_outage' }],
		updates: updates(['2026-11-23T09:00:00', 'investigating']),
	}),
];
const now = new Date(teh('2026-11-22T10:00:00'));
const view = buildStatusView({ services, groups, incidents, now });

describe('buildStatusView', () => {
	it('on a page with no services, claims nothing: "no services listed yet", not "all systems operational"', () => {
		const empty = buildStatusView({ services: [], groups, incidents: [], now });
		expect(empty.overall).toEqual({ indicator: 'none', description: 'No Services Listed Yet', key: 'status.indicator.empty', empty: true });
		expect(buildStatusView({ services, groups, incidents: [], now }).overall.key).toBe('status.indicator.none');
	});

	it('orders groups and services and gives each its status and 90 bars', () => {
		expect(view.groups.map((group) => group.group.id)).toEqual(['online', 'support']);
		expect(view.groups[0]!.services.map((row) => [row.service.id, row.status])).toEqual([
			['website', 'operational'],
			['payments', 'degraded_performance'],
		]);
		expect(view.groups[0]!.status).toBe('degraded_performance');
		expect(view.groups[1]!.status).toBe('operational');
		for (const row of view.groups.flatMap((group) => group.services)) expect(row.bars).toHaveLength(90);
		expect(view.groups[0]!.services[1]!.bars.at(-1)).toMatchObject({ date: '2026-11-22', worst: 'minor', incidents: ['slow-payments'] });
	});

	it('sorts incidents into active, upcoming and past, and hides what is not published yet', () => {
		expect(view.overall.indicator).toBe('minor');
		expect(view.active.map((item) => item.incident.slug)).toEqual(['slow-payments']);
		expect(view.upcoming.map((item) => item.incident.slug)).toEqual(['upgrade']);
		expect(view.activeMaintenance).toEqual([]);
		expect(view.past.map((item) => item.incident.slug)).toEqual(['old-maintenance', 'chat-down']);
		expect(view.all.map((item) => item.incident.slug)).not.toContain('not-yet');
		expect(view.groups[0]!.services[0]!.status).toBe('operational');
	});

	it('counts a maintenance window as active maintenance while it runs', () => {
		const during = buildStatusView({ services, groups, incidents, now: new Date(teh('2026-11-25T02:00:00')) });
		expect(during.activeMaintenance.map((item) => item.incident.slug)).toEqual(['upgrade']);
		expect(during.upcoming).toEqual([]);
	});

	it('lists what affects one service', () => {
		expect(
			affecting(view.all, 'chat')
				.map((item) => item.incident.slug)
				.sort(),
		).toEqual(['chat-down', 'old-maintenance']);
		expect(affecting(view.all, 'website')).toEqual([]);
	});
});

describe('groupByMonth', () => {
	const since = new Date(now.getTime() - 90 * 86_400_000);

	it('groups by the Persian calendar month, newest first, naming empty months too', () => {
		const months = groupByMonth(view.past, 'fa', now, since);
		// 22 Nov 2026 is 1 Azar 1405; 90 days back is in Shahrivar.
		expect(months.map((month) => month.label.replace(/[\s۰-۹]/g, ''))).toEqual(['آذر', 'آبان', 'مهر', 'شهریور']);
		for (const month of months) expect(month.label).toContain('۱۴۰۵');
		expect(months[2]!.items.map((item) => item.incident.slug)).toEqual(['old-maintenance']);
		expect(months[3]!.items.map((item) => item.incident.slug)).toEqual(['chat-down']);
		expect(months[0]!.items).toEqual([]);
	});

	it('groups by Gregorian month in English', () => {
		const months = groupByMonth(view.past, 'en', now, since);
		expect(months.map((month) => month.label)).toEqual(['November 2026', 'October 2026', 'September 2026', 'August 2026']);
		expect(months[1]!.items.map((item) => item.incident.slug)).toEqual(['old-maintenance']);
	});
});

describe('checkServiceStatusEmbeds', () => {
	it('names the file and the unknown id, and accepts known ones', () => {
		// The ids come from the content pipeline, which records them while rendering each body.
		const embeds = (filePath: string, body: string) => ({ filePath, serviceStatusIds: renderBody(body, { file: filePath, bodyLine: 1, locale: 'en' }).serviceStatusIds });
		const problems = checkServiceStatusEmbeds(
			[embeds('src/content/articles/en/a.mdx', 'Text\n\n<ServiceStatus id="payments" />\n\n<ServiceStatus id="paymnets"/>'), embeds('src/content/articles/en/b.mdx', '<ServiceStatus id="chat" />')],
			services.map((service) => service.id),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('src/content/articles/en/a.mdx');
		expect(problems[0]).toContain('"paymnets"');
	});
});

describe('relative time', () => {
	it('picks the largest whole unit and never rounds up', () => {
		expect(relativeParts(-12 * 60)).toEqual({ value: -12, unit: 'minute' });
		expect(relativeParts(-59 * 60 - 59)).toEqual({ value: -59, unit: 'minute' });
		expect(relativeParts(-3600)).toEqual({ value: -1, unit: 'hour' });
		expect(relativeParts(3 * 86_400)).toEqual({ value: 3, unit: 'day' });
		expect(relativeParts(-20)).toEqual({ value: 0, unit: 'minute' });
	});

	it('formats with the locale’s words and digits', () => {
		const at = new Date('2026-11-22T06:00:00Z');
		expect(formatRelative(at, new Date('2026-11-22T06:12:30Z'), 'en')).toBe('12 minutes ago');
		expect(formatRelative(at, new Date('2026-11-22T06:12:30Z'), 'fa-IR-u-nu-arabext')).toBe('۱۲ دقیقه پیش');
		expect(formatRelative(at, new Date('2026-11-22T06:00:10Z'), 'en')).toBe('this minute');
	});
});
