import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../core/i18n';
import { statusBadgeColours, statusBadgeSvg } from '../../../features/status/badge';
import { loadStatusContent } from '../../../features/status/status-content';
import type { ServiceView } from '../../../features/status/status-view';
import { siteConfig } from '../../../site.config';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';

/** One badge per service. */
export const getStaticPaths: GetStaticPaths = async () => {
	const { view } = await loadStatusContent();
	return withCacheKeys(
		view.groups.flatMap((group) => group.services).map((row) => ({ params: { service: row.service.id }, props: { row } })),
		dependsOnEverything,
	);
};

/** `/status/<service-id>/badge.svg`: the service's name and status, in the default locale like the API. */
export const GET: APIRoute = ({ props }) => {
	const { row } = props as { row: ServiceView };
	const locale = siteConfig.defaultLocale;
	const svg = statusBadgeSvg(row.service.data.name[locale], t(locale, `status.component.${row.status}`), statusBadgeColours[row.status]);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
