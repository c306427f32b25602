import { bannerItems, type BannerItem } from './banner-items';
import { incidentBannerNotices } from './incident-banners';
import { loadNoticeContent } from './notices-content';
import { loadStatusContent } from '../status/status-content';
import type { Locale } from '../../site.config';

/**
 * Everything the banner of `locale` shows at `now`: the notices, and the incidents that raise
 * their own banner, as one list. The banner's HTML and `/<locale>/notices/banner.json` both
 * read it, so a page and the file its script reads never disagree.
 */
export async function loadBannerItems(locale: Locale, now: Date): Promise<BannerItem[]> {
	const { notices } = await loadNoticeContent();
	const { incidents } = await loadStatusContent();
	return bannerItems([...notices, ...incidentBannerNotices(incidents, locale, now)], locale, now);
}
