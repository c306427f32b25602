import type { NoticeData, NoticeSeverity, NoticeUpdate } from './notice-schema';
import { siteConfig, type Locale } from '../../site.config';
import { formatDate } from '../../core/dates';
import { toHoursOverride, type HoursOverride } from './hours';
import { editDistance } from '../../core/edit-distance';
import { noticePhase } from './notice-phase';

/**
 * Crisis and proactive notices: which are showing at an instant, in what order the
 * banner lists them, how the archive groups them, and the cross-file checks a single
 * frontmatter schema cannot make. Everything here is pure: the clock is a parameter
 * (the build passes `buildNow()`), so tests and previews can ask about any instant.
 */

/** A notice as the rest of the site handles it, independent of Astro's entry type. */
export interface NoticeEntry {
	/** Collection entry id, e.g. `fa/branch-hours`. */
	id: string;
	/** Source file relative to the project root, for error messages. */
	filePath: string;
	locale: Locale;
	/** File name without extension; translations of one notice share it. */
	slug: string;
	data: NoticeData;
}

export { noticePhase, type NoticePhase } from './notice-phase';

/**
 * A notice's updates published by `now`, newest first, as its page and feed item show them;
 * an update dated later is a scheduled post and stays hidden until then (as an incident's).
 */
export function visibleNoticeUpdates(data: Pick<NoticeData, 'updates'>, now: Date): NoticeUpdate[] {
	return (data.updates ?? []).filter((update) => update.at.getTime() <= now.getTime()).reverse();
}

const severityRanks: Record<NoticeSeverity, number> = { info: 0, warning: 1, critical: 2 };

/** A number that grows with severity (`info` 0, `warning` 1, `critical` 2), for sorting. */
export function severityRank(severity: NoticeSeverity): number {
	return severityRanks[severity];
}

/**
 * Banner order: most severe first, then pinned, then the newest start; the slug breaks
 * remaining ties so the order never depends on how the files were read.
 */
export function compareForBanner(a: NoticeEntry, b: NoticeEntry): number {
	return (
		severityRank(b.data.severity) - severityRank(a.data.severity) ||
		Number(b.data.pinned ?? false) - Number(a.data.pinned ?? false) ||
		b.data.start.getTime() - a.data.start.getTime() ||
		a.slug.localeCompare(b.slug)
	);
}

/** A sorted copy of `notices` in banner order (see `compareForBanner`). */
export function sortForBanner<T extends NoticeEntry>(notices: readonly T[]): T[] {
	return [...notices].sort(compareForBanner);
}

/** The notices active at `now`, in banner order. */
export function activeNotices<T extends NoticeEntry>(notices: readonly T[], now: Date): T[] {
	return sortForBanner(notices.filter((notice) => noticePhase(notice, now) === 'active'));
}

/** One month of the notices archive. */
export interface NoticeMonth<T extends NoticeEntry = NoticeEntry> {
	/** Year and month in the locale's calendar with Latin digits (`1405-09` in fa), for ids and anchors. */
	key: string;
	/** The month as readers of the locale see it (`آذر ۱۴۰۵`). */
	label: string;
	/** Newest start first. */
	notices: T[];
}

const monthKeyFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Groups notices (typically the expired ones) by the month of their start, newest first.
 * Months are those of the locale's own calendar in the site zone: Solar Hijri months do
 * not line up with Gregorian ones (Azar runs from 22 November to 21 December), so
 * grouping by the Gregorian month and labelling it in Persian would split and mislabel them.
 */
export function groupPastByMonth<T extends NoticeEntry>(notices: readonly T[], locale: Locale, timeZone: string = siteConfig.timeZone): NoticeMonth<T>[] {
	const sorted = [...notices].sort((a, b) => b.data.start.getTime() - a.data.start.getTime() || a.slug.localeCompare(b.slug));
	const months = new Map<string, NoticeMonth<T>>();
	for (const notice of sorted) {
		const key = calendarMonthKey(notice.data.start, locale, timeZone);
		let month = months.get(key);
		if (!month) {
			month = { key, label: formatDate(notice.data.start, locale, 'month', timeZone), notices: [] };
			months.set(key, month);
		}
		month.notices.push(notice);
	}
	return [...months.values()];
}

/** The ids a notice may refer to. */
export interface KnownReferences {
	/** Service ids (`src/content/services/`). */
	services: Iterable<string>;
	/** Region ids (`src/content/regions/`). */
	regions: Iterable<string>;
	/** Channel ids (`src/content/channels/`). */
	channels: Iterable<string>;
	/** Article slugs per locale: `related` must name an article in the notice's own language. */
	articleSlugsByLocale: Partial<Record<Locale, Iterable<string>>>;
}

/**
 * Checks what a notice names in other files: `services`, `regions`, `related` articles
 * (in the notice's locale) and the channels of an `hours` override. Returns one message
 * per problem, naming the file and the field, e.g.
 * `src/content/notices/fa/x.mdx: services[1] "paymnt" is not a known service (known: delivery, payment)`;
 * an empty list means all references resolve.
 */
export function checkNoticeReferences(notices: readonly NoticeEntry[], known: KnownReferences): string[] {
	const pools = {
		services: [...known.services],
		regions: [...known.regions],
		channels: [...known.channels],
	};
	const sets = { services: new Set(pools.services), regions: new Set(pools.regions), channels: new Set(pools.channels) };
	const articles = new Map<Locale, { pool: string[]; set: Set<string> }>();
	for (const [locale, slugs] of Object.entries(known.articleSlugsByLocale) as Array<[Locale, Iterable<string>]>) {
		const pool = [...slugs];
		articles.set(locale, { pool, set: new Set(pool) });
	}
	const errors: string[] = [];
	for (const notice of notices) {
		const report = (field: string, value: string, pool: readonly string[], what: string) => errors.push(`${notice.filePath}: ${field} "${value}" is not ${what} (${hint(value, pool)})`);
		notice.data.services?.forEach((id, index) => {
			if (!sets.services.has(id)) report(`services[${index}]`, id, pools.services, 'a known service');
		});
		notice.data.regions?.forEach((id, index) => {
			if (!sets.regions.has(id)) report(`regions[${index}]`, id, pools.regions, 'a known region');
		});
		const local = articles.get(notice.locale) ?? { pool: [], set: new Set<string>() };
		notice.data.related?.forEach((slug, index) => {
			if (!local.set.has(slug)) report(`related[${index}]`, slug, local.pool, `an article in ${notice.locale}`);
		});
		for (const id of Object.keys(notice.data.hours?.channels ?? {})) {
			if (!sets.channels.has(id)) report(`hours.channels.${id}`, id, pools.channels, 'a known channel');
		}
	}
	return errors;
}

/**
 * The hours overrides all notices announce, one per notice slug (translations carry the
 * same override; the default locale's copy is taken). Overrides apply on their dates
 * whatever the notice's own start and end: those decide when the banner shows, while
 * the hours are a fact about the dates.
 */
export function hoursOverridesFromNotices(notices: readonly NoticeEntry[], defaultLocale: Locale = siteConfig.defaultLocale): HoursOverride[] {
	const bySlug = new Map<string, NoticeEntry>();
	for (const notice of notices) {
		if (!notice.data.hours) continue;
		const current = bySlug.get(notice.slug);
		if (!current || (current.locale !== defaultLocale && notice.locale === defaultLocale)) bySlug.set(notice.slug, notice);
	}
	return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug)).map((notice) => toHoursOverride(notice.data.hours!, notice.slug));
}

/**
 * Checks that hours overrides are unambiguous: translations of one notice must give the
 * same `hours` (otherwise the contact page would depend on the reader's language), and two
 * different notices must not change the same channel on the same date.
 */
export function checkHoursOverrides(notices: readonly NoticeEntry[]): string[] {
	const errors: string[] = [];
	const withHours = notices.filter((notice) => notice.data.hours);
	const firstBySlug = new Map<string, NoticeEntry>();
	for (const notice of withHours) {
		const first = firstBySlug.get(notice.slug);
		if (!first) {
			firstBySlug.set(notice.slug, notice);
		} else if (overrideSignature(first) !== overrideSignature(notice)) {
			errors.push(`${notice.filePath}: hours differ from its translation ${first.filePath}; give every language the same dates and times`);
		}
	}
	const distinct = [...firstBySlug.values()];
	for (let i = 0; i < distinct.length; i++) {
		for (let j = i + 1; j < distinct.length; j++) {
			const a = toHoursOverride(distinct[i]!.data.hours!);
			const b = toHoursOverride(distinct[j]!.data.hours!);
			if (a.to < b.from || b.to < a.from) continue;
			for (const channel of Object.keys(a.channels)) {
				if (Object.hasOwn(b.channels, channel)) {
					// The overlapping dates; ISO dates sort as text.
					const from = [a.from, b.from].sort()[1];
					const to = [a.to, b.to].sort()[0];
					errors.push(
						`${distinct[j]!.filePath}: hours.channels.${channel} changes ${channel} on dates (${from}–${to}) that ${distinct[i]!.filePath} also changes; keep one notice per channel and date`,
					);
				}
			}
		}
	}
	return errors;
}

function overrideSignature(notice: NoticeEntry): string {
	const override = toHoursOverride(notice.data.hours!);
	const channels = Object.keys(override.channels)
		.sort()
		.map((id) => [id, override.channels[id]]);
	return JSON.stringify([override.from, override.to, channels]);
}

function calendarMonthKey(date: Date, locale: Locale, timeZone: string): string {
	const calendar = siteConfig.locales[locale].calendar;
	const cacheKey = `${calendar}|${timeZone}`;
	let formatter = monthKeyFormatters.get(cacheKey);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, { timeZone, year: 'numeric', month: 'numeric' });
		monthKeyFormatters.set(cacheKey, formatter);
	}
	const parts = formatter.formatToParts(date);
	const year = parts.find((part) => part.type === 'year')?.value ?? '';
	const month = parts.find((part) => part.type === 'month')?.value ?? '';
	return `${year}-${month.padStart(2, '0')}`;
}

/** Either the whole list of valid values, or for long lists the few closest to the typo. */
function hint(value: string, pool: readonly string[]): string {
	if (pool.length === 0) return 'none are defined';
	if (pool.length <= 12) return `known: ${[...pool].sort().join(', ')}`;
	const closest = [...pool]
		.map((candidate) => ({ candidate, distance: editDistance(value, candidate) }))
		.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
		.slice(0, 3)
		.map(({ candidate }) => candidate);
	return `did you mean ${closest.join(', ')}? ${pool.length} are known`;
}
