import type { APIRoute } from 'astro';
import { t } from '../../../core/i18n';
import { buildNow } from '../../../core/clock';
import { noticeFeedItems } from '../../../features/notices/notice-feed';
import { absoluteUrl, noticesPath } from '../../../core/urls';
import { loadNoticeContent } from '../../../features/notices/notices-content';
import { localeStaticPaths } from '../../../core/routes';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';
import { rssFeed } from '../../../core/rss-feed';
import { siteConfig, type Locale } from '../../../site.config';

/** `/<locale>/notices/rss.xml`: every notice whose start has come, newest first, with absolute links and RFC 822 dates. */
export const getStaticPaths = () => withCacheKeys(localeStaticPaths(), dependsOnEverything);

/** Renders one locale's RSS feed. */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const { notices } = await loadNoticeContent();
	const items = noticeFeedItems(notices, locale, buildNow());
	return rssFeed({
		title: t(locale, 'notices.feedTitle', { site: t(locale, 'core.siteName') }),
		description: t(locale, 'notices.feedDescription'),
		site: absoluteUrl(noticesPath(locale)),
		language: siteConfig.locales[locale].bcp47,
		items: items.map(({ title, description, link, pubDate, categories, content }) => ({ title, description, link, pubDate, categories, ...(content ? { content } : {}) })),
	});
};
