import { calendarDate, instant } from '../../core/schema';
import { machineDate, offsetMinutes, zonedParts, zonedTimeToInstant } from '../../core/zoned-time';
import { noticePhase, type NoticePhase } from '../notices/notice-phase';

/**
 * Dates as the CMS edits them: entered as a wall-clock time in the site's time zone (what
 * the editor means by "09:00", wherever their laptop is), stored as the text the schemas
 * read (`2026-11-22T09:00:00+03:30`, `2026-11-22`), and shown back in the editor's own
 * calendar (Solar Hijri with Persian digits for fa). Parsing goes through the schemas'
 * own `instant` and `calendarDate`, so the form and the build read a value the same way.
 */

/** `Intl` settings of the editor's interface language. */
export interface EditorIntl {
	bcp47: string;
	calendar: string;
	numberingSystem: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The instant a stored value means, or undefined when the schema would refuse it. */
export function parseStoredInstant(value: unknown): Date | undefined {
	if (typeof value !== 'string' || !value) return undefined;
	const parsed = instant.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** The day a stored calendar date means (midnight UTC), or undefined. */
export function parseStoredDay(value: unknown): Date | undefined {
	if (typeof value !== 'string' || !value) return undefined;
	const parsed = calendarDate.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** A stored instant as the value of an `<input type="datetime-local">` in the site's zone (`2026-11-22T09:00`). */
export function storedToWall(value: unknown, timeZone: string): string {
	const date = parseStoredInstant(value);
	if (!date) return '';
	const p = zonedParts(date, timeZone);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The stored form of a wall-clock time in the site's zone: the instant with the offset the
 * zone has at that moment (`2026-11-22T09:00:00+03:30`). Empty for an incomplete input.
 */
export function wallToStored(wall: string, timeZone: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
	if (!match) return '';
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	return machineDate(zonedTimeToInstant({ year, month, day, hour, minute }, timeZone), 'date-time', timeZone);
}

/** The stored form of `now`, to the minute, in the site's zone. */
export function nowStored(timeZone: string, now: Date = new Date()): string {
	return machineDate(new Date(Math.floor(now.getTime() / 60000) * 60000), 'date-time', timeZone);
}

/** `hours` after a stored instant, stored the same way (for a template's end). */
export function addHoursStored(value: string, hours: number, timeZone: string): string {
	const date = parseStoredInstant(value);
	return date ? machineDate(new Date(date.getTime() + hours * 3600_000), 'date-time', timeZone) : '';
}

/** An instant as the editor reads it: date and time in their calendar, in the site's zone. */
export function formatInstantFor(date: Date, intl: EditorIntl, timeZone: string): string {
	return new Intl.DateTimeFormat(intl.bcp47, {
		calendar: intl.calendar,
		numberingSystem: intl.numberingSystem,
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
	}).format(date);
}

/** A calendar day (midnight UTC) as the editor reads it, in their calendar. */
export function formatDayFor(date: Date, intl: EditorIntl): string {
	return new Intl.DateTimeFormat(intl.bcp47, {
		calendar: intl.calendar,
		numberingSystem: intl.numberingSystem,
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
	}).format(date);
}

/** The site zone's UTC offset at an instant, written `+03:30`. */
export function offsetLabel(date: Date, timeZone: string): string {
	const minutes = offsetMinutes(date, timeZone);
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '−' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether a notice with these stored times is live, upcoming or over at `now` (the site's own rule). */
export function storedNoticePhase(start: unknown, end: unknown, now: Date): NoticePhase | undefined {
	const startDate = parseStoredInstant(start);
	if (!startDate) return undefined;
	const endDate = parseStoredInstant(end);
	return noticePhase({ data: { start: startDate, ...(endDate ? { end: endDate } : {}) } }, now);
}
