import type { ChannelData } from './channel-schema';
import type { NoticeData } from './notice-schema';
import { siteConfig, type Locale } from '../../site.config';
import { machineDate } from '../../core/dates';
import { openingHoursJsonLd, type ChannelSchedule, type HoursOverride, type LocalDate } from './hours';
import type { JsonLd } from '../site/structured-data';
import { absoluteUrl } from '../../core/urls';

/**
 * schema.org descriptions of notices and contact channels: `SpecialAnnouncement` for
 * safety notices, and an `Organization` whose contact points and branches carry their
 * opening hours, including the special hours that hours-change notices announce.
 */

/** schema.org SpecialAnnouncement for a safety notice. */
export function specialAnnouncementJsonLd(input: {
	locale: Locale;
	data: Pick<NoticeData, 'title' | 'summary' | 'start' | 'end'>;
	path: string;
	/** Names of the regions it concerns, in the page's language. */
	regions: readonly string[];
	publisher: string;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'SpecialAnnouncement',
		name: input.data.title,
		text: input.data.summary,
		inLanguage: siteConfig.locales[input.locale].bcp47,
		url: absoluteUrl(input.path),
		datePosted: machineDate(input.data.start),
		...(input.data.end ? { expires: machineDate(input.data.end) } : {}),
		...(input.regions.length ? { spatialCoverage: input.regions.map((name) => ({ '@type': 'AdministrativeArea', name })) } : {}),
		publisher: { '@type': 'Organization', name: input.publisher },
	};
}

/** A channel as the contact JSON-LD needs it. */
export interface ContactChannel extends ChannelSchedule {
	data: Pick<ChannelData, 'name' | 'kind' | 'contact' | 'address'>;
}

/**
 * schema.org Organization for the contact page: phone, chat and email as `ContactPoint`s
 * with `hoursAvailable`, and branches as `Store`s with weekly and special opening hours.
 * Overrides that ended before `since` are left out: they are no longer true of anything.
 */
export function contactJsonLd(input: { locale: Locale; name: string; path: string; channels: readonly ContactChannel[]; overrides: readonly HoursOverride[]; since: LocalDate }): JsonLd {
	const { locale } = input;
	const points = input.channels.filter((channel) => channel.data.kind !== 'branch');
	const branches = input.channels.filter((channel) => channel.data.kind === 'branch');
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: input.name,
		url: absoluteUrl(input.path),
		contactPoint: points.map((channel) => {
			const hours = openingHoursJsonLd(channel, input.overrides, { since: input.since });
			return {
				'@type': 'ContactPoint',
				name: channel.data.name[locale],
				contactType: 'customer support',
				availableLanguage: Object.values(siteConfig.locales).map((settings) => settings.bcp47),
				...(channel.data.kind === 'phone' ? { telephone: channel.data.contact } : {}),
				...(channel.data.kind === 'email' ? { email: channel.data.contact } : {}),
				...(channel.data.kind === 'chat' ? { url: channel.data.contact } : {}),
				hoursAvailable: [...hours.openingHoursSpecification, ...hours.specialOpeningHoursSpecification],
			};
		}),
		department: branches.map((channel) => ({
			'@type': 'Store',
			name: channel.data.name[locale],
			telephone: channel.data.contact,
			...(channel.data.address ? { address: { '@type': 'PostalAddress', streetAddress: channel.data.address[locale] ?? channel.data.address[siteConfig.defaultLocale] } } : {}),
			...openingHoursJsonLd(channel, input.overrides, { since: input.since }),
		})),
	};
}
