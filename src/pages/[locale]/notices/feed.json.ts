import type { APIRoute } from 'astro';
import { t } from '../../../core/i18n';
import { buildNow } from '../../../core/clock';
import { jsonResponse } from '../../../core/json-output';
import { jsonFeed, noticeFeedItems } from '../../../features/notices/notice-feed';
import { absoluteUrl, noticeJsonFeedPath, noticesPath } from '../../../core/urls';
import { loadNoticeContent } from '../../../features/notices/notices-content';
import { localeStaticPaths } from '../../../core/routes';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';
import { siteConfig, type Locale } from '../../../site.config';

/**
 * `/<locale>/notices/feed.json`: the same items as the RSS feed as a JSON Feed 1.1, which
 * apps and chat bots can read without an XML parser.
 */
export const getStaticPaths = () => withCacheKeys(localeStaticPaths(), dependsOnEverything);

/** Renders one locale's JSON Feed. */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const { notices } = await loadNoticeContent();
	const feed = jsonFeed({
		title: t(locale, 'notices.feedTitle', { site: t(locale, 'core.siteName') }),
		description: t(locale, 'notices.feedDescription'),
		language: siteConfig.locales[locale].bcp47,
		homePageUrl: absoluteUrl(noticesPath(locale)),
		feedUrl: absoluteUrl(noticeJsonFeedPath(locale)),
		items: noticeFeedItems(notices, locale, buildNow()),
	});
	return jsonResponse(feed, { contentType: 'application/feed+json; charset=utf-8', indent: '\t' });
};
