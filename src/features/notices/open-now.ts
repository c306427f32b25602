import { addDays, localDateAt, type ChannelState, type Interval } from './hours';

/**
 * The words a reader sees for a channel's hours: "Open now · closes 22:00",
 * "Closed · opens Saturday 09:00", "Today: 08:00–22:00". The build renders them and the
 * contact page's script renders them again when the page is viewed, with this same
 * module, so both always agree. Runs in the browser: no `siteConfig`, everything the
 * formatting needs is passed in.
 */

/** How to write dates and digits for one locale, in the site zone. */
export interface ClockFormat {
	/** BCP 47 tag, e.g. `fa-IR`. */
	bcp47: string;
	calendar: string;
	numberingSystem: string;
	/** IANA zone the hours are kept in. */
	timeZone: string;
}

/** UI templates (from `src/features/contact/strings/<locale>.json`); `{time}` and `{day}` are filled in. */
export interface OpenNowMessages {
	openUntil: string;
	openUntilDay: string;
	openAlways: string;
	opensToday: string;
	opensTomorrow: string;
	opensDay: string;
	closed: string;
	closedToday: string;
}

/** The reader-facing line for a channel's state at `now`. */
export function openNowText(state: ChannelState, now: Date, messages: OpenNowMessages, format: ClockFormat): string {
	const today = localDateAt(now, format.timeZone);
	if (state.open) {
		if (!state.closesAt) return messages.openAlways;
		const closingDay = localDateAt(state.closesAt, format.timeZone);
		// Closing at the next midnight reads as "until 24:00" today, not "until Monday 00:00".
		if (closingDay === addDays(today, 1) && localDateAt(new Date(state.closesAt.getTime() - 1), format.timeZone) === today) {
			return messages.openUntil.replace('{time}', digits('24:00', format));
		}
		return fill(closingDay === today ? messages.openUntil : messages.openUntilDay, state.closesAt, format);
	}
	if (!state.opensAt) return messages.closed;
	const day = localDateAt(state.opensAt, format.timeZone);
	const template = day === today ? messages.opensToday : day === addDays(today, 1) ? messages.opensTomorrow : messages.opensDay;
	return fill(template, state.opensAt, format);
}

/** A day's intervals as "08:00–14:00، 16:00–22:00" in the locale's digits, or the "closed today" text. */
export function intervalsText(intervals: readonly Interval[], messages: Pick<OpenNowMessages, 'closedToday'>, format: ClockFormat, separator = ', '): string {
	if (intervals.length === 0) return messages.closedToday;
	return intervals.map((interval) => `${digits(interval.open, format)}–${digits(interval.close, format)}`).join(separator);
}

/** Writes the ASCII digits of `text` in the locale's numbering system (۰۸:۰۰ in Persian). */
export function digits(text: string, format: Pick<ClockFormat, 'bcp47' | 'numberingSystem'>): string {
	const formatter = new Intl.NumberFormat(format.bcp47, { numberingSystem: format.numberingSystem, useGrouping: false });
	return text.replace(/\d/g, (digit) => formatter.format(Number(digit)));
}

function fill(template: string, at: Date, format: ClockFormat): string {
	const options = { timeZone: format.timeZone, calendar: format.calendar, numberingSystem: format.numberingSystem };
	const time = new Intl.DateTimeFormat(format.bcp47, { ...options, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
	const day = new Intl.DateTimeFormat(format.bcp47, { ...options, weekday: 'long' }).format(at);
	return template.replace('{time}', time).replace('{day}', day);
}
