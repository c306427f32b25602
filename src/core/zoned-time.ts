/**
 * Wall-clock arithmetic in a named time zone, with the zone always passed in: free of the
 * site settings, so code bundled for the browser (the CMS's date widgets) can use the same
 * functions as the build. `dates.ts` wraps them with the site's zone as the default.
 */

/**
 * The machine-readable form for `<time datetime>`: a plain date (`2026-11-22`) for
 * date-only values, otherwise an ISO 8601 instant with the site zone's offset
 * (`2026-11-22T09:00:00+03:30`), which is what a reader in that zone saw.
 */
export function machineDate(date: Date, kind: 'date' | 'date-time', timeZone: string): string {
	const parts = zonedParts(date, timeZone);
	const day = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
	if (kind === 'date') return day;
	const offset = offsetMinutes(date, timeZone);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${day}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock fields of an instant in a time zone (Gregorian, for calculation, not display). */
export interface ZonedParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** 0 = Sunday … 6 = Saturday. */
	weekday: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Splits an instant into the wall-clock fields a reader in `timeZone` sees. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
	let formatter = partFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			calendar: 'gregory',
			numberingSystem: 'latn',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			weekday: 'short',
		});
		partFormatters.set(timeZone, formatter);
	}
	const fields: Record<string, string> = {};
	for (const part of formatter.formatToParts(date)) fields[part.type] = part.value;
	return {
		year: Number(fields.year),
		month: Number(fields.month),
		day: Number(fields.day),
		hour: Number(fields.hour) % 24,
		minute: Number(fields.minute),
		second: Number(fields.second),
		weekday: weekdays.indexOf(fields.weekday ?? ''),
	};
}

/** Offset of `timeZone` from UTC at `date`, in minutes (Tehran: +210). */
export function offsetMinutes(date: Date, timeZone: string): number {
	const p = zonedParts(date, timeZone);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` reads the given local date and time.
 * Used for opening hours ("09:00 on 1405-09-01 in Tehran").
 */
export function zonedTimeToInstant(local: { year: number; month: number; day: number; hour?: number; minute?: number }, timeZone: string): Date {
	const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
	// Two passes settle the offset even when the guess straddles a DST change.
	let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
	instant = guess - offsetMinutes(new Date(instant), timeZone) * 60000;
	return new Date(instant);
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
