import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, siteConfig, type Locale } from '../../site.config';
import { loadSiteContent } from '../content/content';
import type { ChannelSchedule, HoursOverride } from './hours';
import { assertNoProblems } from '../content/integrity';
import { checkNotices } from './notice-integrity';
import { hoursOverridesFromNotices, type NoticeEntry } from './notices';

/**
 * Loads notices, contact channels and regions once per build, runs every cross-file rule
 * on them (references, hours overrides, channel regions) and indexes them the ways pages
 * need. Like `content.ts`, a broken file stops the build before any page is written, with
 * a message naming the file and the field.
 */

/** A notice with its collection entry, for rendering its body. */
export interface Notice extends NoticeEntry {
	entry: CollectionEntry<'notices'>;
}

/** A contact channel with its id (file name). */
export interface Channel extends ChannelSchedule {
	data: CollectionEntry<'channels'>['data'];
}

/** A delivery region with its id. */
export interface Region {
	id: string;
	data: CollectionEntry<'regions'>['data'];
}

/** Everything notice, banner and contact pages need. */
export interface NoticeContent {
	notices: Notice[];
	byLocale: Record<Locale, Notice[]>;
	/** Channels by `order`. */
	channels: Channel[];
	regionById: Map<string, Region>;
	/** Service ids that exist (status pages are built for them). */
	serviceNames: Map<string, CollectionEntry<'services'>['data']['name']>;
	/** Hours overrides from every hours-change notice, whatever its own window. */
	overrides: HoursOverride[];
}

let cache: Promise<NoticeContent> | undefined;

/** Loads, checks and indexes notices, channels and regions (once per build). */
export function loadNoticeContent(): Promise<NoticeContent> {
	cache ??= load();
	return cache;
}

async function load(): Promise<NoticeContent> {
	const [noticeEntries, channelEntries, regionEntries, serviceEntries, site] = await Promise.all([
		getCollection('notices'),
		getCollection('channels'),
		getCollection('regions'),
		getCollection('services'),
		loadSiteContent(),
	]);

	const channels: Channel[] = channelEntries.map((entry) => ({ id: entry.id, hours: entry.data.hours, data: entry.data })).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const regions: Region[] = regionEntries.map((entry) => ({ id: entry.id, data: entry.data }));

	const { notices, problems } = checkNotices(noticeEntries, {
		services: serviceEntries.map((entry) => entry.id),
		regions: regions.map((region) => region.id),
		channels: channelEntries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `src/content/channels/${entry.id}.yaml`, region: entry.data.region })),
		articleSlugsByLocale: Object.fromEntries(locales.map((locale) => [locale, site.byLocale[locale].map((a) => a.slug)])),
	});
	assertNoProblems(problems);

	const byLocale = Object.fromEntries(locales.map((locale) => [locale, [] as Notice[]])) as Record<Locale, Notice[]>;
	for (const notice of notices) byLocale[notice.locale]?.push(notice);

	return {
		notices,
		byLocale,
		channels,
		regionById: new Map(regions.map((region) => [region.id, region])),
		serviceNames: new Map(serviceEntries.map((entry) => [entry.id, entry.data.name])),
		overrides: hoursOverridesFromNotices(notices, siteConfig.defaultLocale),
	};
}
