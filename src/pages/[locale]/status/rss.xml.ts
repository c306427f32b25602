import type { APIRoute } from 'astro';
import { t } from '../../../core/i18n';
import { localeStaticPaths } from '../../../core/routes';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';
import { rssFeed } from '../../../core/rss-feed';
import { visibleUpdates } from '../../../features/status/status';
import { loadStatusContent, localizedIncident } from '../../../features/status/status-content';
import { absoluteUrl, incidentPath, statusPath } from '../../../core/urls';
import { siteConfig, type Locale } from '../../../site.config';
import { brand } from '../../../core/brand';

export const getStaticPaths = () => withCacheKeys(localeStaticPaths(), dependsOnEverything);

/**
 * `/<locale>/status/rss.xml`: one item per published update of every incident and
 * maintenance, newest first, linking to that update on the incident's page.
 */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const content = await loadStatusContent();
	const items = content.view.all.flatMap((view) => {
		const { incident } = localizedIncident(content, view.incident.slug, locale);
		const vocabulary = incident.data.kind === 'maintenance' ? 'maintenanceStatus' : 'incidentStatus';
		const page = absoluteUrl(incidentPath(locale, incident.slug));
		return visibleUpdates(incident, content.now).map((update, index) => ({
			title: t(locale, 'status.feedItemTitle', { title: incident.data.title, status: t(locale, `status.${vocabulary}.${update.status}`) }),
			description: update.text,
			pubDate: update.at,
			link: `${page}#update-${index + 1}`,
			categories: [t(locale, `status.kind.${incident.data.kind}`)],
		}));
	});
	items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
	const siteName = t(locale, 'core.siteName');
	return rssFeed({
		title: t(locale, 'status.feedTitle', { site: siteName }),
		description: t(locale, 'status.feedDescription', { company: brand.company[locale] }),
		site: absoluteUrl(statusPath(locale)),
		language: siteConfig.locales[locale].bcp47,
		items,
		trailingSlash: true,
	});
};
