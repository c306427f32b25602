import { describe, expect, it } from 'vitest';
import { loadSite, refusal } from '../support/content-harness';
import { incidentFrontmatter, locales, mdx, noticeFrontmatter } from '../support/tiny-site';

/**
 * Notices and the status snapshot tell one story (issue 13.6), and a notice's timeline is
 * well-formed (13.8). Run in process through the real loaders, schemas and the cross-file
 * rules the build runs (tests/support/content-harness.ts). The tiny site's incident puts
 * `website` in partial_outage from 2026-11-20 and is never resolved, so it is active at any
 * later build clock.
 */

const notice = (locale: string) => `src/content/notices/${locale}/tiny-notice.mdx`;
const incident = (locale: string) => `src/content/incidents/${locale}/tiny-incident.mdx`;

/** The same notice frontmatter in every locale (translations must agree). */
const everyNotice = (extra: string, frontmatter: (extra: string) => string = noticeFrontmatter) => Object.fromEntries(locales.map((locale) => [notice(locale), mdx(frontmatter(extra))]));
const everyIncident = (text: string | null) => Object.fromEntries(locales.map((locale) => [incident(locale), text]));
const critical = (extra: string) => noticeFrontmatter(extra).replace('severity: warning', 'severity: critical').replace('kind: delay', 'kind: outage');

describe('a notice agrees with the status snapshot', () => {
	it('accepts a critical outage notice on a service the snapshot calls partial_outage, linked to its incident', async () => {
		const site = await loadSite(everyNotice('services: [website]\nincident: tiny-incident', critical));
		expect(site.notices.get('fa/tiny-notice')?.data).toMatchObject({ severity: 'critical', incident: 'tiny-incident' });
	});

	it('refuses a critical notice on a service the snapshot calls degraded_performance, naming the notice and the incident', async () => {
		const message = await refusal({
			...everyNotice('services: [website]', critical),
			...everyIncident(mdx(incidentFrontmatter().replace('status: partial_outage', 'status: degraded_performance'))),
		});
		expect(message).toContain(
			`${notice('fa')}: severity critical says services[0] "website" is failing, but the status snapshot calls it degraded_performance (src/content/incidents/fa/tiny-incident.mdx)`,
		);
	});

	it('refuses a critical notice on an operational service, naming the notice and the service file', async () => {
		const message = await refusal({ ...everyNotice('services: [website]', critical), ...everyIncident(null) });
		expect(message).toContain(
			`${notice('en')}: severity critical says services[0] "website" is failing, but the status snapshot calls it operational (src/content/services/website.yaml, which no active incident names)`,
		);
	});

	it('refuses an outage notice of any severity on an operational service', async () => {
		const message = await refusal({ ...everyNotice('services: [website]', (extra) => noticeFrontmatter(extra).replace('kind: delay', 'kind: outage')), ...everyIncident(null) });
		expect(message).toContain(`${notice('ar')}: kind outage names services[0] "website", but the status snapshot calls it operational`);
	});

	it('refuses an information notice on a service in major outage', async () => {
		const message = await refusal({
			...everyNotice('services: [website]', (extra) => noticeFrontmatter(extra).replace('severity: warning', 'severity: info')),
			...everyIncident(mdx(incidentFrontmatter().replace('status: partial_outage', 'status: major_outage'))),
		});
		expect(message).toContain(`${notice('fa')}: severity info understates services[0] "website", which the status snapshot calls major_outage`);
	});

	it('leaves a warning delay notice on an operational service alone (a delay is not an outage)', async () => {
		const site = await loadSite({ ...everyNotice('services: [website]'), ...everyIncident(null) });
		expect(site.notices.size).toBe(3);
	});

	it('refuses an incident that is not known, listing the known ones', async () => {
		const message = await refusal(everyNotice('incident: tiny-incdent'));
		expect(message).toContain(`${notice('fa')}: incident "tiny-incdent" is not a known incident (known: tiny-incident)`);
	});

	it('refuses translations that point at different incidents', async () => {
		const message = await refusal({ [notice('fa')]: mdx(noticeFrontmatter('incident: tiny-incident')) });
		expect(message).toMatch(
			/src\/content\/notices\/(ar|en)\/tiny-notice\.mdx: incident differs from its translation src\/content\/notices\/fa\/tiny-notice\.mdx|src\/content\/notices\/fa\/tiny-notice\.mdx: incident differs from its translation/,
		);
	});

	it('refuses a notice still active after its incident was resolved', async () => {
		const resolved = incidentFrontmatter('  - at: "2026-11-20T12:00:00+03:30"\n    status: resolved\n    text: حل شد');
		const message = await refusal({ ...everyNotice('incident: tiny-incident'), ...everyIncident(mdx(resolved)) });
		expect(message).toContain(`${notice('fa')}: is still active, but its incident "tiny-incident" (src/content/incidents/fa/tiny-incident.mdx) is resolved`);
	});

	it('refuses a notice about an incident that raises its own banner: one crisis, one banner', async () => {
		const withBanner = incidentFrontmatter('banner:\n  severity: warning\n  summary: خلاصه');
		const message = await refusal({ ...everyNotice('incident: tiny-incident'), ...everyIncident(mdx(withBanner)) });
		expect(message).toContain(`${notice('fa')}: incident "tiny-incident" already raises its own banner (banner in src/content/incidents/fa/tiny-incident.mdx)`);
	});

	it('refuses a critical incident banner over statuses that are only degraded', async () => {
		const banner = incidentFrontmatter('banner:\n  severity: critical\n  summary: خلاصه').replace('status: partial_outage', 'status: degraded_performance');
		const message = await refusal(everyIncident(mdx(banner)));
		expect(message).toContain(`${incident('fa')}: banner.severity critical says its services are failing, but affected gives at worst degraded_performance`);
	});

	it('refuses an incident banner given in one language only', async () => {
		const message = await refusal({ [incident('en')]: mdx(incidentFrontmatter('banner:\n  severity: warning\n  summary: Summary')) });
		expect(message).toContain(`${incident('en')}: banner.severity differs from ${incident('fa')}`);
	});
});

describe("a notice's timeline", () => {
	const updates = (...items: Array<[string, string]>) => `updates:\n${items.map(([at, text]) => `  - at: "${at}"\n    text: ${text}`).join('\n')}`;

	it('loads dated updates with their offsets', async () => {
		const site = await loadSite(everyNotice(updates(['2026-11-21T10:00:00+03:30', 'یک'], ['2026-11-21T12:00:00+03:30', 'دو'])));
		const loaded = site.notices.get('fa/tiny-notice')?.data as { updates: Array<{ at: Date; text: string }> };
		expect(loaded.updates.map((update) => update.at.toISOString())).toEqual(['2026-11-21T06:30:00.000Z', '2026-11-21T08:30:00.000Z']);
	});

	it('refuses updates out of order, naming the field', async () => {
		const message = await refusal(everyNotice(updates(['2026-11-21T12:00:00+03:30', 'دو'], ['2026-11-21T10:00:00+03:30', 'یک'])));
		expect(message).toMatch(/tiny-notice\.mdx \(line \d+, field "updates\.1\.at"\).*is earlier than updates\[0\]\.at; list updates oldest first/s);
	});

	it('refuses an update before the notice starts', async () => {
		const message = await refusal(everyNotice(updates(['2026-11-21T08:00:00+03:30', 'زود'])));
		expect(message).toContain('is before start (2026-11-21T05:30:00.000Z); an update follows the notice');
	});

	it('refuses an update time without an offset', async () => {
		const message = await refusal(everyNotice(updates(['2026-11-21T10:00:00', 'یک'])));
		expect(message).toMatch(/field "updates\.0\.at".*must be a date-time with an offset/s);
	});

	it('refuses translations whose update times differ', async () => {
		const message = await refusal({ ...everyNotice(updates(['2026-11-21T10:00:00+03:30', 'یک'])), [notice('en')]: mdx(noticeFrontmatter(updates(['2026-11-21T11:00:00+03:30', 'one']))) });
		expect(message).toContain('updates[].at differ from its translation');
	});
});
