import type { HoursIntervalData, WeekdayKey, WeeklyHours } from './channel-schema';
import type { HoursOverrideData } from './notice-schema';
import { zonedParts, zonedTimeToInstant } from '../../core/zoned-time';

/**
 * Opening hours: what a channel's hours are on a given local date, whether it is open at
 * an instant, and when it next opens or closes.
 *
 * This module also runs in the browser (a small script recomputes "open now" when the
 * page is viewed, since the static HTML was built at another time), so it uses nothing
 * but `Intl` via `core/zoned-time.ts` and imports schema modules for their types only.
 * It never reads the site configuration (which reads the environment, and must not reach
 * a browser bundle): every caller passes the time zone, the page's script the one the
 * build wrote into `compactSchedule`'s data.
 *
 * All hours are wall-clock times in the site time zone. A local date is a `YYYY-MM-DD`
 * string: it names a day on the calendar, not an instant, so it never shifts with offsets.
 */

/** One opening interval on one local day, `HH:MM`; `close` may be `24:00`. */
export type Interval = HoursIntervalData;

/** A calendar date in the site time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** What the hours functions need to know about a channel. */
export interface ChannelSchedule {
	/** The channel id (its file name), which overrides refer to. */
	id: string;
	/** Its regular weekly hours. */
	hours: WeeklyHours;
}

/** A temporary change of hours for the local dates `from`–`to` (inclusive). */
export interface HoursOverride {
	from: LocalDate;
	to: LocalDate;
	/** Per channel id: the intervals that replace its weekly hours on those dates, or `closed`. */
	channels: Record<string, 'closed' | readonly Interval[]>;
	/** Slug of the notice that announced it, so a page can link to the explanation. */
	notice?: string;
}

/** Whether a channel is open at an instant, and what the reader should know next. */
export interface ChannelState {
	open: boolean;
	/**
	 * When the current opening ends; intervals that touch (24:00 then 00:00) count as one.
	 * Absent when closed, or when the channel stays open beyond the look-ahead (around the clock).
	 */
	closesAt?: Date;
	/** When a closed channel next opens, if that is within `lookAheadDays`. */
	opensAt?: Date;
	/** The hours of the local day `now` falls on (after overrides), for "Today: 09:00–17:00". */
	today: Interval[];
}

/** Everything the client script needs to recompute `channelState` in the browser; plain JSON. */
export interface CompactSchedule {
	/** IANA zone the hours are written in; pass it to `channelState`. */
	timeZone: string;
	channels: ChannelSchedule[];
	overrides: HoursOverride[];
}

/** How far ahead `channelState` looks for the next opening: two weeks covers any holiday run. */
export const lookAheadDays = 14;

const weekdayByUtcDay: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** schema.org names of the days, keyed like channel files. */
const schemaDays: Record<WeekdayKey, string> = {
	sat: 'https://schema.org/Saturday',
	sun: 'https://schema.org/Sunday',
	mon: 'https://schema.org/Monday',
	tue: 'https://schema.org/Tuesday',
	wed: 'https://schema.org/Wednesday',
	thu: 'https://schema.org/Thursday',
	fri: 'https://schema.org/Friday',
};

/** Iranian week order (Saturday first), for listing days. */
const weekOrder: readonly WeekdayKey[] = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

const allDay: Interval = { open: '00:00', close: '24:00' };
const dayMs = 86_400_000;

/**
 * The local date of a `calendarDate` value. Schema dates are midnight UTC of the day the
 * editor wrote, so the UTC fields are that day whatever the site's zone.
 */
export function toLocalDate(date: Date): LocalDate {
	return date.toISOString().slice(0, 10);
}

/** The local date a reader in `timeZone` sees at `instant`. */
export function localDateAt(instant: Date, timeZone: string): LocalDate {
	const parts = zonedParts(instant, timeZone);
	return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The date `days` after (or before, if negative) a local date. */
export function addDays(date: LocalDate, days: number): LocalDate {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Day of the week of a local date; calendar arithmetic only, so no zone is involved. */
export function weekdayOf(date: LocalDate): WeekdayKey {
	return weekdayByUtcDay[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/** Converts a notice's validated `hours` into the plain form these functions (and the browser) use. */
export function toHoursOverride(hours: HoursOverrideData, notice?: string): HoursOverride {
	return {
		from: toLocalDate(hours.from),
		to: toLocalDate(hours.to),
		channels: hours.channels,
		...(notice === undefined ? {} : { notice }),
	};
}

/**
 * The override that decides a channel's hours on a date, if any. When several cover the
 * date, the narrowest wins (a one-day holiday inside a month of summer hours), then the
 * one listed last; `checkHoursOverrides` reports such overlaps to the editor anyway.
 */
export function overrideFor(channelId: string, date: LocalDate, overrides: readonly HoursOverride[]): HoursOverride | undefined {
	let chosen: HoursOverride | undefined;
	for (const override of overrides) {
		// hasOwn, not `in`: a channel called "constructor" must not match Object.prototype.
		if (date < override.from || date > override.to || !Object.hasOwn(override.channels, channelId)) continue;
		if (!chosen || spanDays(override) <= spanDays(chosen)) chosen = override;
	}
	return chosen;
}

/**
 * A channel's opening intervals on a local date, earliest first, with touching intervals
 * joined: an override naming the channel replaces its weekly hours for that date.
 */
export function hoursOn(channel: ChannelSchedule, date: LocalDate, overrides: readonly HoursOverride[]): Interval[] {
	const override = overrideFor(channel.id, date, overrides);
	let intervals: readonly Interval[];
	if (override) {
		const replacement = override.channels[channel.id]!;
		intervals = replacement === 'closed' ? [] : replacement;
	} else if (channel.hours.always) {
		intervals = [allDay];
	} else {
		intervals = channel.hours[weekdayOf(date)] ?? [];
	}
	const sorted = [...intervals].sort((a, b) => minutes(a.open) - minutes(b.open));
	const joined: Interval[] = [];
	for (const interval of sorted) {
		const last = joined[joined.length - 1];
		if (last && minutes(interval.open) <= minutes(last.close)) {
			if (minutes(interval.close) > minutes(last.close)) last.close = interval.close;
		} else {
			joined.push({ open: interval.open, close: interval.close });
		}
	}
	return joined;
}

/**
 * Whether a channel is open at `now` in `timeZone`, when it closes, and when it next opens.
 * Works on instants rather than minutes of the day, so midnight, overrides and DST changes
 * need no special cases: each day's intervals become instants and touching ones are joined.
 */
export function channelState(channel: ChannelSchedule, overrides: readonly HoursOverride[], now: Date, timeZone: string): ChannelState {
	const today = localDateAt(now, timeZone);
	const t = now.getTime();
	const spans: Array<{ start: number; end: number }> = [];
	for (let offset = 0; offset <= lookAheadDays; offset++) {
		const date = addDays(today, offset);
		for (const interval of hoursOn(channel, date, overrides)) {
			const start = instantOf(date, interval.open, timeZone);
			const end = instantOf(date, interval.close, timeZone);
			const last = spans[spans.length - 1];
			if (last && start <= last.end) last.end = Math.max(last.end, end);
			else spans.push({ start, end });
		}
	}
	const horizon = instantOf(addDays(today, lookAheadDays + 1), '00:00', timeZone);
	const state: ChannelState = { open: false, today: hoursOn(channel, today, overrides) };
	for (const span of spans) {
		if (span.start <= t && t < span.end) {
			state.open = true;
			// A span reaching the horizon has no end we can name: "open around the clock".
			if (span.end < horizon) state.closesAt = new Date(span.end);
			break;
		}
		if (span.start > t) {
			if (span.start - t <= lookAheadDays * dayMs) state.opensAt = new Date(span.start);
			break;
		}
	}
	return state;
}

/**
 * The schedule in the smallest form the client script needs: only the given channels,
 * only days that have hours, only overrides that concern those channels and have not
 * ended before `since` (pass the build's local date; a page is never viewed before it is built).
 */
export function compactSchedule(channels: readonly ChannelSchedule[], overrides: readonly HoursOverride[], options: { since?: LocalDate; timeZone: string }): CompactSchedule {
	const ids = new Set(channels.map((channel) => channel.id));
	const compactOverrides: HoursOverride[] = [];
	for (const override of overrides) {
		if (options.since !== undefined && override.to < options.since) continue;
		const kept = Object.entries(override.channels).filter(([id]) => ids.has(id));
		if (kept.length > 0) compactOverrides.push({ from: override.from, to: override.to, channels: Object.fromEntries(kept) });
	}
	return {
		timeZone: options.timeZone,
		channels: channels.map((channel) => ({ id: channel.id, hours: compactHours(channel.hours) })),
		overrides: compactOverrides,
	};
}

/** A schema.org `OpeningHoursSpecification`. */
export interface OpeningHoursSpecification {
	'@type': 'OpeningHoursSpecification';
	dayOfWeek?: string[];
	opens: string;
	closes: string;
	validFrom?: LocalDate;
	validThrough?: LocalDate;
}

/**
 * A channel's hours as schema.org structured data: weekly hours (days with identical
 * intervals share an entry) and one special entry per override interval, with closed
 * dates written as opens = closes = 00:00 as schema.org prescribes. Spread the result into
 * a `Place`/`LocalBusiness`; for a `ContactPoint` put both lists in `hoursAvailable`.
 */
export function openingHoursJsonLd(
	channel: ChannelSchedule,
	overrides: readonly HoursOverride[],
	options: { since?: LocalDate } = {},
): { openingHoursSpecification: OpeningHoursSpecification[]; specialOpeningHoursSpecification: OpeningHoursSpecification[] } {
	const weekly = new Map<string, OpeningHoursSpecification>();
	for (const day of weekOrder) {
		const intervals = channel.hours.always ? [allDay] : (channel.hours[day] ?? []);
		for (const interval of intervals) {
			const opens = interval.open;
			const closes = schemaClose(interval.close);
			const key = `${opens}-${closes}`;
			const existing = weekly.get(key);
			if (existing) existing.dayOfWeek!.push(schemaDays[day]);
			else weekly.set(key, { '@type': 'OpeningHoursSpecification', dayOfWeek: [schemaDays[day]], opens, closes });
		}
	}
	const special: OpeningHoursSpecification[] = [];
	for (const override of overrides) {
		const replacement = Object.hasOwn(override.channels, channel.id) ? override.channels[channel.id] : undefined;
		if (replacement === undefined || (options.since !== undefined && override.to < options.since)) continue;
		const range = { validFrom: override.from, validThrough: override.to };
		if (replacement === 'closed' || replacement.length === 0) {
			special.push({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', ...range });
		} else {
			for (const interval of replacement) {
				special.push({ '@type': 'OpeningHoursSpecification', opens: interval.open, closes: schemaClose(interval.close), ...range });
			}
		}
	}
	return { openingHoursSpecification: [...weekly.values()], specialOpeningHoursSpecification: special };
}

/** Drops absent days so the JSON sent to the browser carries only what is used. */
function compactHours(hours: WeeklyHours): WeeklyHours {
	if (hours.always) return { always: true };
	const compact: WeeklyHours = {};
	for (const day of weekOrder) {
		const intervals = hours[day];
		if (intervals && intervals.length > 0) compact[day] = intervals.map(({ open, close }) => ({ open, close }));
	}
	return compact;
}

/** schema.org has no 24:00; 23:59 is what search engines document for "until midnight". */
function schemaClose(close: string): string {
	return close === '24:00' ? '23:59' : close;
}

function instantOf(date: LocalDate, time: string, timeZone: string): number {
	// 24:00 is the next day's midnight, which is where touching intervals meet.
	const day = time === '24:00' ? addDays(date, 1) : date;
	const clock = time === '24:00' ? 0 : minutes(time);
	const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
	return zonedTimeToInstant({ year, month, day: dayOfMonth, hour: Math.floor(clock / 60), minute: clock % 60 }, timeZone).getTime();
}

function spanDays(override: HoursOverride): number {
	return Date.parse(`${override.to}T00:00:00Z`) - Date.parse(`${override.from}T00:00:00Z`);
}

function minutes(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
