import type { ComponentStatus } from '../status/incident-schema';
import { fileNameProblem } from '../../core/schema';
import { locales, type Locale } from '../../site.config';
import { splitArticleId } from '../content/integrity';
import type { NoticeData } from './notice-schema';
import { checkHoursOverrides, checkNoticeReferences, noticePhase, type KnownReferences, type NoticeEntry } from './notices';
import { canonicalIncidents, incidentPhase, isActivePhase, serviceStatus, worstStatus, type IncidentEntry, type ServiceEntry } from '../status/status';

/**
 * Checks on notices and channels that neither a Zod schema nor `checkNoticeReferences`
 * can make. Pure: callers pass ids, so the rules are unit-tested without Astro, and
 * `notices-content.ts` runs them on every build. (Offsets of instants need no check of
 * their own any more: the content reader keeps timestamps as written, and the `instant`
 * schema refuses one without an offset wherever it is written.)
 */

/** A channel as the region check sees it. */
export interface ChannelRecord {
	id: string;
	filePath: string;
	region?: string | undefined;
}

/** Reports channels whose `region` is not the id of a file in `src/content/regions/`. */
export function checkChannelRegions(channels: readonly ChannelRecord[], regions: Iterable<string>): string[] {
	const known = [...regions].sort();
	const set = new Set(known);
	return channels
		.filter((channel) => channel.region !== undefined && !set.has(channel.region))
		.map((channel) => `${channel.filePath}: region "${channel.region}" is not a known region (known: ${known.length ? known.join(', ') : 'none defined'})`);
}

/** An entry of the `notices` collection as the content layer loaded it. */
export interface LoadedNotice {
	id: string;
	filePath?: string | undefined;
	data: NoticeData;
}

/**
 * The notices collection as `NoticeEntry`s (locale and slug from the entry id), with every
 * rule on notices that the schema cannot make: the locale folder and file name, what a
 * notice names in other files, hours overrides, and the channels' regions. The build
 * (`notices-content.ts`) and the in-process content harness both run exactly this.
 * @returns the notices, each with its entry, and one message per problem (none when all is well)
 */
export function checkNotices<E extends LoadedNotice>(
	entries: readonly E[],
	known: Omit<KnownReferences, 'channels'> & { channels: readonly ChannelRecord[] },
): { notices: (NoticeEntry & { entry: E })[]; problems: string[] } {
	const problems: string[] = [];
	const notices = entries.map((entry) => {
		const { locale, slug } = splitArticleId(entry.id);
		const filePath = entry.filePath ?? `src/content/notices/${entry.id}.mdx`;
		if (!(locales as readonly string[]).includes(locale)) {
			problems.push(`${filePath}: folder "${locale}" is not a site locale (expected notices/<${locales.join('|')}>/<slug>.mdx)`);
		}
		// The slug becomes a URL and a folder in dist/; Astro would slugify "Bad Name.mdx" silently.
		const problem = fileNameProblem(
			filePath
				.split('/')
				.pop()!
				.replace(/\.mdx?$/, ''),
		);
		if (problem) problems.push(`${filePath}: ${problem}`);
		return { id: entry.id, filePath, locale: locale as Locale, slug, data: entry.data, entry };
	});
	problems.push(
		...checkNoticeReferences(notices, { ...known, channels: known.channels.map((channel) => channel.id) }),
		...checkHoursOverrides(notices),
		...checkChannelRegions(known.channels, known.regions),
	);
	return { notices, problems };
}

/** Statuses that tell customers a service is failing for many of them, not merely slow. */
const failingStatuses: readonly ComponentStatus[] = ['partial_outage', 'major_outage'];

/** What the notice/status agreement check reads of the status snapshot. */
export interface StatusSnapshotInput {
	services: readonly ServiceEntry[];
	incidents: readonly IncidentEntry[];
	/** The build clock: the instant the status snapshot is computed for. */
	now: Date;
}

/**
 * Notices and the status page must tell one story. Checks, for the build clock:
 * - `incident` names an existing incident, the same one in every translation, and one that does
 *   not also raise its own banner (the crisis would be announced twice);
 * - an active notice linked to an incident ends once the incident is resolved;
 * - an active notice does not contradict the status snapshot for the services it names: a
 *   critical notice needs the service in partial or major outage, an outage notice needs it not
 *   operational, an information notice may not describe a service in major outage;
 * - an incident's own banner obeys the same severity rule against the statuses it sets;
 * - translations of a notice share their update times.
 * Messages name both files: the notice and the incident (or service) whose status it contradicts.
 */
export function checkNoticesAgreeWithStatus(notices: readonly NoticeEntry[], status: StatusSnapshotInput): string[] {
	const problems: string[] = [];
	const { now } = status;
	const canonical = canonicalIncidents(status.incidents);
	const bySlug = new Map(canonical.map((incident) => [incident.slug, incident]));
	const serviceFile = (id: string) => status.services.find((service) => service.id === id)?.filePath ?? `src/content/services/${id}.yaml`;

	/** Incidents active now that set `serviceId`'s status, for naming the file behind a contradiction. */
	const sources = (serviceId: string): string => {
		const files = canonical
			.filter((incident) => isActivePhase(incidentPhase(incident, now)) && incident.data.affected.some((entry) => entry.service === serviceId))
			.map((incident) => incident.filePath);
		return files.length ? files.join(', ') : `${serviceFile(serviceId)}, which no active incident names`;
	};

	const firstBySlug = new Map<string, NoticeEntry>();
	for (const notice of notices) {
		const { data, filePath } = notice;
		const first = firstBySlug.get(notice.slug);
		if (!first) firstBySlug.set(notice.slug, notice);
		else {
			if (first.data.incident !== data.incident) problems.push(`${filePath}: incident differs from its translation ${first.filePath}; translations are about the same incident`);
			const times = (entry: NoticeEntry) => (entry.data.updates ?? []).map((update) => update.at.getTime()).join(',');
			if (times(first) !== times(notice)) problems.push(`${filePath}: updates[].at differ from its translation ${first.filePath}; translations share one timeline`);
		}

		const incident = data.incident === undefined ? undefined : bySlug.get(data.incident);
		if (data.incident !== undefined && !incident) {
			const known = [...bySlug.keys()].sort();
			problems.push(`${filePath}: incident "${data.incident}" is not a known incident (known: ${known.length ? known.join(', ') : 'none defined'})`);
		}
		if (incident?.data.banner) {
			problems.push(`${filePath}: incident "${incident.slug}" already raises its own banner (banner in ${incident.filePath}); keep one of the two, so the crisis is announced once`);
		}
		if (noticePhase(notice, now) !== 'active') continue;
		if (incident && !isActivePhase(incidentPhase(incident, now)) && incidentPhase(incident, now) !== 'unpublished') {
			problems.push(
				`${filePath}: is still active, but its incident "${incident.slug}" (${incident.filePath}) is ${incidentPhase(incident, now)}; give the notice an end or point it at the right incident`,
			);
		}
		(data.services ?? []).forEach((serviceId, index) => {
			const current = serviceStatus(serviceId, status.incidents, now);
			const field = `services[${index}] "${serviceId}"`;
			if (data.severity === 'critical' && !failingStatuses.includes(current)) {
				problems.push(
					`${filePath}: severity critical says ${field} is failing, but the status snapshot calls it ${current} (${sources(serviceId)}); raise the incident's affected status to partial_outage or major_outage, or lower the notice's severity`,
				);
			} else if (data.kind === 'outage' && current === 'operational') {
				problems.push(`${filePath}: kind outage names ${field}, but the status snapshot calls it operational (${sources(serviceId)}); report the outage as an incident, or remove the service`);
			} else if (data.severity === 'info' && current === 'major_outage') {
				problems.push(`${filePath}: severity info understates ${field}, which the status snapshot calls major_outage (${sources(serviceId)}); raise the notice's severity`);
			}
		});
	}

	for (const incident of status.incidents) {
		const banner = incident.data.banner;
		if (banner?.severity !== 'critical' || !isActivePhase(incidentPhase(incident, now))) continue;
		const worst = worstStatus(incident.data.affected.map((entry) => entry.status));
		if (!failingStatuses.includes(worst)) {
			problems.push(
				`${incident.filePath}: banner.severity critical says its services are failing, but affected gives at worst ${worst}; raise an affected status to partial_outage or major_outage, or lower banner.severity`,
			);
		}
	}
	return problems;
}
