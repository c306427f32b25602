import type { APIRoute } from 'astro';
import { t } from '../../core/i18n';
import { emptyBadgeColour, indicatorBadgeColours, statusBadgeSvg } from '../../features/status/badge';
import { loadStatusContent } from '../../features/status/status-content';
import { siteConfig } from '../../site.config';
import { brand } from '../../core/brand';

/** `/status/badge.svg`: the page-wide indicator as a badge, worded in the default locale like the API. */
export const GET: APIRoute = async () => {
	const { view } = await loadStatusContent();
	const locale = siteConfig.defaultLocale;
	const svg = statusBadgeSvg(
		t(locale, 'status.badgeLabel', { company: brand.company[locale] }),
		t(locale, view.overall.key),
		view.overall.empty ? emptyBadgeColour : indicatorBadgeColours[view.overall.indicator],
	);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
