import type { NoticeKind } from './notice-schema';
import type { Locale } from '../../site.config';
import type { NoticeEntry } from './notices';
import { incidentPath } from '../../core/urls';
import { canonicalIncidents, incidentPhase, visibleUpdates, type IncidentEntry } from '../status/status';

/**
 * An incident with a `banner` shows in the notices banner as an ordinary active-notice item,
 * so status and banner speak with one voice without anyone writing a second notice. This
 * module turns such incidents into the item type the banner already renders; the link goes
 * to the incident page instead of a notice page.
 */

/** A banner item: a notice, or an incident speaking as one (then `href` is its incident page). */
export interface BannerNotice extends NoticeEntry {
	/** Where the item links; a notice's own page when absent. */
	href?: string;
	/** The language of the text, when it is not the page's (an incident without a translation). */
	textLocale?: Locale;
}

/**
 * The banner id of an incident's item: the incident's slug after `incident:`. A colon is in no
 * notice slug (`slugPattern`), so no notice can take an incident's place in the banner, its
 * `banner.json` or a reader's dismissals (with `incident-` a notice named `incident-<slug>`
 * silently replaced the incident's item).
 */
export const incidentBannerId = (slug: string): string => `incident:${slug}`;

/**
 * Banner items for the incidents of `locale` that raise a banner: the reader's translation,
 * else the canonical one. The item starts with the incident's first update and ends when it
 * is resolved (for maintenance: when its window ends or it is completed), so the banner's
 * guard script hides it on time like any notice. Incidents with no update due yet, or
 * already over at `now`, give none.
 */
export function incidentBannerNotices(incidents: readonly IncidentEntry[], locale: Locale, now: Date): BannerNotice[] {
	const items: BannerNotice[] = [];
	for (const canonical of canonicalIncidents(incidents)) {
		if (!canonical.data.banner) continue;
		const incident = incidents.find((entry) => entry.slug === canonical.slug && entry.locale === locale) ?? canonical;
		const banner = incident.data.banner ?? canonical.data.banner;
		const updates = visibleUpdates(canonical, now);
		const first = updates[0];
		if (!first) continue;
		const phase = incidentPhase(canonical, now);
		if (phase === 'resolved' || phase === 'completed') continue;
		// An unresolved incident has no end yet (the rebuild after its "resolved" update removes it);
		// maintenance ends with its window.
		const end = canonical.data.kind === 'maintenance' ? canonical.data.window?.end : undefined;
		const kind: NoticeKind = 'outage';
		items.push({
			id: incident.id,
			filePath: incident.filePath,
			locale,
			slug: incidentBannerId(incident.slug),
			href: incidentPath(locale, incident.slug),
			...(incident.locale === locale ? {} : { textLocale: incident.locale }),
			data: {
				title: incident.data.title,
				summary: banner.summary,
				kind: canonical.data.kind === 'maintenance' ? 'general' : kind,
				severity: banner.severity,
				start: first.at,
				...(end ? { end } : {}),
			},
		});
	}
	return items;
}
