import type { NoticeKind } from '../schemas/notice';
import type { Locale } from '../site.config';
import { localePath } from './urls';

/**
 * Paths of the notice and contact pages, built on `localePath` so they follow the URL
 * contract in PRODUCT.md like every other page.
 */

/** `/<locale>/notices/` */
export const noticesPath = (locale: Locale) => localePath(locale, 'notices');

/** `/<locale>/notices/<slug>/` */
export const noticePath = (locale: Locale, slug: string) => localePath(locale, 'notices', slug);

/** `/<locale>/notices/kind/<kind>/`: the archive filtered to one kind, a real page so it works without JavaScript. */
export const noticeKindPath = (locale: Locale, kind: NoticeKind) => localePath(locale, 'notices', 'kind', kind);

/** `/<locale>/notices/rss.xml` */
export const noticeRssPath = (locale: Locale) => `${noticesPath(locale)}rss.xml`;

/** `/<locale>/notices/feed.json` */
export const noticeJsonFeedPath = (locale: Locale) => `${noticesPath(locale)}feed.json`;

/** `/<locale>/status/<service-id>/`, the status page another feature builds. */
export const serviceStatusPath = (locale: Locale, serviceId: string) => localePath(locale, 'status', serviceId);

/** `/<locale>/contact/` */
export const contactPath = (locale: Locale) => localePath(locale, 'contact');

/** `/<locale>/notices/banner.json`: what the banner shows, read by its script so older pages show newer notices. */
export const noticeBannerJsonPath = (locale: Locale) => `${noticesPath(locale)}banner.json`;
