import type { APIRoute } from 'astro';
import { t } from '../../../core/i18n';
import { buildCalendar } from '../../../features/notices/ical';
import { localeStaticPaths } from '../../../core/routes';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';
import { visibleUpdates } from '../../../features/status/status';
import { loadStatusContent, localizedIncident } from '../../../features/status/status-content';
import { absoluteUrl, incidentPath } from '../../../core/urls';
import { siteConfig, type Locale } from '../../../site.config';

export const getStaticPaths = () => withCacheKeys(localeStaticPaths(), dependsOnEverything);

/**
 * `/<locale>/status/maintenance.ics`: every announced maintenance window, past and
 * upcoming, so a subscribed calendar shows what is planned and keeps what happened. The
 * UID is the slug (the same in every language), so switching feeds does not duplicate events.
 */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const content = await loadStatusContent();
	const host = new URL(siteConfig.url).host;
	const events = content.view.all
		.filter((view) => view.incident.data.kind === 'maintenance' && view.incident.data.window)
		.map((view) => {
			const { incident } = localizedIncident(content, view.incident.slug, locale);
			const updates = visibleUpdates(incident, content.now);
			const latest = updates.at(-1)!;
			const status = t(locale, `status.maintenanceStatus.${view.phase}`);
			return {
				uid: `${incident.slug}@${host}`,
				stamp: latest.at,
				start: incident.data.window!.start,
				end: incident.data.window!.end,
				summary: incident.data.title,
				description: `${status}: ${latest.text}`,
				url: absoluteUrl(incidentPath(locale, incident.slug)),
				sequence: updates.length - 1,
				status: 'CONFIRMED' as const,
			};
		})
		.sort((a, b) => a.start.getTime() - b.start.getTime());
	const body = buildCalendar({
		prodId: `-//Bayan//Status//${locale.toUpperCase()}`,
		name: t(locale, 'status.calendarName', { site: t(locale, 'core.siteName') }),
		language: siteConfig.locales[locale].bcp47,
		events,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
