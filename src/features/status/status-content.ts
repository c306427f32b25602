import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../../core/i18n';
import { siteConfig, type Locale } from '../../site.config';
import { buildNow } from '../../core/clock';
import { assertNoProblems, splitArticleId } from '../content/integrity';
import { checkNoticesAgreeWithStatus } from '../notices/notice-integrity';
import type { StatusApiInput } from './statuspage-api';
import { checkIncidentReferences, checkIncidentTranslations, checkServiceGroups, toIncidentEntry, type GroupEntry, type IncidentEntry, type ServiceEntry } from './status';
import { renderedBody } from '../content/entry';
import { buildStatusView, checkServiceStatusEmbeds, type StatusView } from './status-view';

/**
 * The one place status pages, the API, badges, the feed and the calendar get their data:
 * services, groups and incidents are loaded once per build, checked across files (a
 * broken reference stops the build, naming the file and the field), and arranged for the
 * build clock. Because every output reads this one snapshot, they cannot disagree.
 */

/** Everything the status outputs need. */
export interface StatusContent {
	now: Date;
	services: ServiceEntry[];
	groups: GroupEntry[];
	/** Every incident file in every locale. */
	incidents: IncidentEntry[];
	view: StatusView;
	/** Collection entries by id (`<locale>/<slug>`), for rendering MDX bodies. */
	entries: Map<string, CollectionEntry<'incidents'>>;
}

let cache: Promise<StatusContent> | undefined;

/** Loads, checks and arranges the status content for the build clock (once per build). */
export function loadStatusContent(): Promise<StatusContent> {
	cache ??= load();
	return cache;
}

async function load(): Promise<StatusContent> {
	const [serviceEntries, groupEntries, incidentEntries, articleEntries, noticeEntries] = await Promise.all([
		getCollection('services'),
		getCollection('serviceGroups'),
		getCollection('incidents'),
		getCollection('articles'),
		getCollection('notices'),
	]);
	const services: ServiceEntry[] = serviceEntries.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath }));
	const groups: GroupEntry[] = groupEntries.map((entry) => ({ id: entry.id, data: entry.data }));
	const incidents = incidentEntries.map((entry) => toIncidentEntry(entry));
	const serviceIds = services.map((service) => service.id);
	const now = buildNow();
	assertNoProblems([
		...checkServiceGroups(services, groups),
		...checkIncidentReferences(incidents, serviceIds),
		...checkIncidentTranslations(incidents),
		...checkServiceStatusEmbeds(
			[...articleEntries, ...noticeEntries, ...incidentEntries].map((entry) => ({ filePath: entry.filePath ?? entry.id, serviceStatusIds: renderedBody(entry).serviceStatusIds })),
			serviceIds,
		),
		...checkNoticesAgreeWithStatus(
			noticeEntries.map((entry) => {
				const { locale, slug } = splitArticleId(entry.id);
				return { id: entry.id, filePath: entry.filePath ?? `src/content/notices/${entry.id}.mdx`, locale: locale as Locale, slug, data: entry.data };
			}),
			{ services, incidents, now },
		),
	]);
	return {
		now,
		services,
		groups,
		incidents,
		view: buildStatusView({ services, groups, incidents, now }),
		entries: new Map(incidentEntries.map((entry) => [entry.id, entry])),
	};
}

/** The input the Statuspage API builders take (names in the default locale). */
export function apiInput(content: StatusContent): StatusApiInput {
	return {
		services: content.services,
		groups: content.groups,
		incidents: content.incidents,
		now: content.now,
		siteName: t(siteConfig.defaultLocale, 'core.siteName'),
	};
}

/** An incident as readers of `locale` see it: their translation, else the canonical one. */
export interface LocalizedIncident {
	incident: IncidentEntry;
	entry: CollectionEntry<'incidents'>;
	/** The language the text is in; differs from the page's when a translation is missing. */
	textLocale: Locale;
}

/** The translation of incident `slug` for `locale`, falling back to the canonical one. */
export function localizedIncident(content: StatusContent, slug: string, locale: Locale): LocalizedIncident {
	const own = content.incidents.find((incident) => incident.slug === slug && incident.locale === locale);
	const chosen = own ?? content.view.all.find((view) => view.incident.slug === slug)?.incident;
	if (!chosen) throw new Error(`No published incident "${slug}" (src/content/incidents/*/${slug}.mdx)`);
	return { incident: chosen, entry: content.entries.get(chosen.id)!, textLocale: chosen.locale };
}

/** A service by id, or a build error naming where it was asked for. */
export function serviceById(content: StatusContent, id: string, where: string): ServiceEntry {
	const service = content.services.find((candidate) => candidate.id === id);
	if (!service) {
		throw new Error(
			`${where}: "${id}" is not a known service (known: ${content.services
				.map((s) => s.id)
				.sort()
				.join(', ')})`,
		);
	}
	return service;
}
