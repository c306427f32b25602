import { siteConfig, type Locale } from '../site.config';
import { machineDate as machineDateIn, offsetMinutes as offsetMinutesIn, zonedParts as zonedPartsIn, zonedTimeToInstant as zonedTimeToInstantIn, type ZonedParts } from './zoned-time';

/** How much of a date-time to show. */
export type DateStyle = 'date' | 'long-date' | 'date-time' | 'time' | 'month' | 'weekday';

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	date: { year: 'numeric', month: 'long', day: 'numeric' },
	'long-date': { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
	'date-time': { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
	time: { hour: '2-digit', minute: '2-digit' },
	month: { year: 'numeric', month: 'long' },
	weekday: { weekday: 'long' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for a locale in its own calendar and digits (fa: Solar Hijri
 * with Persian digits) and the site's time zone, cached because pages format thousands
 * of dates.
 */
export function dateFormatter(locale: Locale, style: DateStyle, timeZone: string = siteConfig.timeZone): Intl.DateTimeFormat {
	const key = `${locale}|${style}|${timeZone}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		const { bcp47, calendar, numberingSystem } = siteConfig.locales[locale];
		formatter = new Intl.DateTimeFormat(bcp47, {
			...styles[style],
			calendar,
			numberingSystem,
			timeZone,
			hourCycle: 'h23',
		});
		formatters.set(key, formatter);
	}
	return formatter;
}

/** Formats an instant for readers of `locale`. */
export function formatDate(date: Date, locale: Locale, style: DateStyle = 'date', timeZone?: string): string {
	return dateFormatter(locale, style, timeZone).format(date);
}

/**
 * The machine-readable form for `<time datetime>` (see `zoned-time.ts`), in the site's zone
 * unless told otherwise.
 */
export function machineDate(date: Date, kind: 'date' | 'date-time' = 'date-time', timeZone: string = siteConfig.timeZone): string {
	return machineDateIn(date, kind, timeZone);
}

export type { ZonedParts } from './zoned-time';

/** Splits an instant into the wall-clock fields a reader in `timeZone` (default: the site's) sees. */
export function zonedParts(date: Date, timeZone: string = siteConfig.timeZone): ZonedParts {
	return zonedPartsIn(date, timeZone);
}

/** Offset of `timeZone` (default: the site's) from UTC at `date`, in minutes (Tehran: +210). */
export function offsetMinutes(date: Date, timeZone: string = siteConfig.timeZone): number {
	return offsetMinutesIn(date, timeZone);
}

/** The instant at which the wall clock in `timeZone` (default: the site's) reads the given local date and time. */
export function zonedTimeToInstant(local: { year: number; month: number; day: number; hour?: number; minute?: number }, timeZone: string = siteConfig.timeZone): Date {
	return zonedTimeToInstantIn(local, timeZone);
}
