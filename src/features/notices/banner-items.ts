import { iconPaths } from '../../components/icon-paths';
import { dirOf } from '../../core/i18n';
import { noticeIcon } from './notice-icons';
import { noticePath } from '../../core/urls';
import { noticePhase, sortForBanner, type NoticeEntry } from './notices';
import type { NoticeSeverity } from './notice-schema';
import type { Message } from '../../core/message-format';
import type { BannerNotice } from './incident-banners';
import { locales, siteConfig, type Locale } from '../../site.config';

/**
 * What the notices banner shows in one language, computed once per build and used twice:
 * by the banner's HTML (every page) and by `/<locale>/notices/banner.json`, the small file
 * the banner's inline script reads so a page built before a notice was published still
 * shows it (see the notices fast path in scripts/build.mjs). One function, so the two can
 * never disagree about which notices show, in what order, or in which language.
 */

/** How far ahead scheduled notices are sent along hidden; the scheduled rebuild covers anything later. */
export const bannerLookAheadMs = 48 * 3_600_000;

/** One notice as the banner (HTML or JSON) carries it. */
export interface BannerItem {
	/** The notice slug, shared by its translations, so a dismissal holds in every language. */
	id: string;
	/** Changes when the notice changes materially (see `noticeVersion`): a dismissal holds for one version only. */
	version: string;
	severity: NoticeSeverity;
	/** The `d` of the kind's icon path (src/components/icon-paths.ts), so the script can draw a notice the page never had. */
	icon: string;
	/** ISO instant with offset `Z`. */
	start: string;
	/** ISO instant; absent while the notice has no end. */
	end?: string;
	/** Region ids the notice is limited to; empty means everyone. */
	regions: string[];
	title: string;
	summary: string;
	/** The notice's page in the banner's language (for an untranslated notice, the page showing the original). */
	href: string;
	/** Language of `title` and `summary`: the banner's own, or the original's when there is no translation. */
	lang: Locale;
	dir: 'rtl' | 'ltr';
	/** True when `lang` is not the banner's language: the item says "not translated". */
	untranslated: boolean;
	/** Active at build time (shown in the HTML); upcoming ones are sent hidden. */
	active: boolean;
}

/** The fields whose change brings a dismissed notice back: how severe, when it ends, the dates of its updates. */
export interface NoticeVersionFields {
	severity: NoticeSeverity;
	end?: Date | undefined;
	/** Dates of the notice's published updates, if it has a timeline; a new one is a material change. */
	updates?: readonly Date[] | undefined;
}

/**
 * A short, stable fingerprint of a notice's material fields (FNV-1a, base 36). A reader's
 * dismissal is stored as `<slug>@<version>`, so raising the severity, moving the end or
 * publishing an update shows the notice again, while fixing a typo in its body does not.
 */
export function noticeVersion(fields: NoticeVersionFields): string {
	const text = JSON.stringify([fields.severity, fields.end?.toISOString() ?? null, (fields.updates ?? []).map((date) => date.toISOString()).sort()]);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/**
 * The notices of one notice slug in the language a reader of `locale` should see: the
 * translation when there is one, otherwise the default locale's original, otherwise the
 * first language it exists in (in the site's locale order). Never nothing: a notice written
 * in one language is still a notice for everyone.
 */
export function noticeForLocale<T extends NoticeEntry>(translations: readonly T[], locale: Locale, defaultLocale: Locale = siteConfig.defaultLocale): T | undefined {
	return (
		translations.find((notice) => notice.locale === locale) ??
		translations.find((notice) => notice.locale === defaultLocale) ??
		locales.map((l) => translations.find((notice) => notice.locale === l)).find((notice) => notice !== undefined)
	);
}

/** Every notice slug once, each in the language `locale`'s readers see it in (see `noticeForLocale`). */
export function noticesSeenIn<T extends NoticeEntry>(notices: readonly T[], locale: Locale, defaultLocale: Locale = siteConfig.defaultLocale): T[] {
	const bySlug = new Map<string, T[]>();
	for (const notice of notices) {
		const group = bySlug.get(notice.slug);
		if (group) group.push(notice);
		else bySlug.set(notice.slug, [notice]);
	}
	return [...bySlug.values()].map((group) => noticeForLocale(group, locale, defaultLocale)!);
}

/**
 * The banner of `locale` at `now`: notices active now, plus those starting within
 * `lookAheadMs` (sent hidden, so the script can show them on time), in banner order. A
 * notice missing in `locale` comes in its original language, marked untranslated.
 */
export function bannerItems(
	notices: readonly BannerNotice[],
	locale: Locale,
	now: Date,
	{ lookAheadMs = bannerLookAheadMs, defaultLocale = siteConfig.defaultLocale }: { lookAheadMs?: number; defaultLocale?: Locale } = {},
): BannerItem[] {
	const shown = noticesSeenIn(notices, locale, defaultLocale).filter((notice) => {
		const phase = noticePhase(notice, now);
		return phase === 'active' || (phase === 'upcoming' && notice.data.start.getTime() - now.getTime() <= lookAheadMs);
	});
	return sortForBanner(shown).map((notice) => ({
		id: notice.slug,
		version: noticeVersion({ severity: notice.data.severity, end: notice.data.end, updates: notice.data.updates?.map((update) => update.at) }),
		severity: notice.data.severity,
		icon: iconPaths[noticeIcon(notice.data.kind)] ?? '',
		start: notice.data.start.toISOString(),
		...(notice.data.end ? { end: notice.data.end.toISOString() } : {}),
		regions: [...(notice.data.regions ?? [])],
		title: notice.data.title,
		summary: notice.data.summary,
		href: notice.href ?? noticePath(locale, notice.slug),
		lang: notice.textLocale ?? notice.locale,
		dir: dirOf(notice.textLocale ?? notice.locale),
		untranslated: (notice.textLocale ?? notice.locale) !== locale,
		active: noticePhase(notice, now) === 'active',
	}));
}

/**
 * The attributes of a banner item's `<li>` that the banner's script decides with (`item.dataset`
 * in notice-guard.ts): the same on a whole line (NoticeBannerItem.astro) and a short entry
 * (NoticeBanner.astro). None without an item (the `<template>`'s empty line).
 */
export function bannerItemAttributes(item: BannerItem | undefined): Record<string, string | boolean | undefined> {
	if (!item) return {};
	return {
		'data-notice': item.id,
		'data-version': item.version,
		'data-severity': item.severity,
		'data-start': item.start,
		'data-end': item.end,
		'data-regions': item.regions.join(' ') || undefined,
		hidden: !item.active,
	};
}

/**
 * Most notices a page's banner carries as whole lines. Every page carries its banner, and a
 * whole line is about 1.7 KB of HTML (its markup, both texts, the icon, the dismiss button):
 * with every notice in force as a whole line, at 21 in force an article page grew from 61
 * to 83 KB, and every step that reads the built pages (page policies, search records) grew
 * with it. The notices past this many are carried as short entries instead (`others`).
 */
export const BANNER_PAGE_LIMIT = 8;

/** A notice the page carries as a short entry: its facts and title, and its place in banner order. */
export interface OtherBannerItem {
	item: BannerItem;
	/** Its index in the whole banner order, so the script puts its line back where it belongs. */
	at: number;
}

/**
 * How a page carries the banner's items: every critical notice as a whole line, then the
 * others in force in banner order, then those starting soon, up to `limit` whole lines in
 * all (kept in banner order); the rest as short entries (`others`: what the script needs to
 * decide and draw each line while the page is parsed, and a link for readers without
 * JavaScript, no summary). `othersInForce` counts the short entries in force now.
 */
export function pageBannerItems(items: readonly BannerItem[], limit: number = BANNER_PAGE_LIMIT): { whole: BannerItem[]; others: OtherBannerItem[]; othersInForce: number } {
	const critical = items.filter((item) => item.severity === 'critical');
	const room = Math.max(0, limit - critical.length);
	const rest = items.filter((item) => item.severity !== 'critical');
	// Notices in force before those starting soon: a reader without JavaScript sees only whole lines in force.
	const chosen = new Set([...critical, ...[...rest.filter((item) => item.active), ...rest.filter((item) => !item.active)].slice(0, room)]);
	const whole = items.filter((item) => chosen.has(item));
	const others = items.flatMap((item, at) => (chosen.has(item) ? [] : [{ item, at }]));
	return { whole, others, othersInForce: others.filter((other) => other.item.active).length };
}

/**
 * A dictionary entry's plural forms as the `data-forms` attribute the banner's script reads
 * (a plain string is the `other` form). Astro escapes the attribute; the script parses it.
 */
export function pluralFormsAttribute(forms: Message | undefined): string {
	if (forms === undefined) throw new Error('The banner\'s "N more notices" message is missing from the dictionary.');
	return JSON.stringify(typeof forms === 'string' ? { other: forms } : forms);
}
