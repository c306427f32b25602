import type { APIRoute } from 'astro';
import { loadBannerItems } from '../../../features/notices/banner-content';
import { buildNow } from '../../../core/clock';
import { jsonResponse } from '../../../core/json-output';
import { localeStaticPaths } from '../../../core/routes';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';
import type { Locale } from '../../../site.config';

/**
 * `/<locale>/notices/banner.json`: exactly what the banner of this language shows (the same
 * `bannerItems` as the HTML), with the build instant. The banner's inline script reads it,
 * so a page built before a notice was published (the notices fast path rebuilds only notice
 * and status outputs) still shows it with JavaScript on.
 */
export const getStaticPaths = () => withCacheKeys(localeStaticPaths(), dependsOnEverything);

/** Renders one locale's banner file. */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const now = buildNow();
	// Compact: every page view with JavaScript fetches it.
	return jsonResponse({ built: now.toISOString(), notices: await loadBannerItems(locale, now) }, { indent: 0 });
};
