/**
 * "12 minutes ago" / "in 3 days": picks the unit a person would use for a distance in
 * time. Shared by the build (text as of the build clock) and the status island (which
 * recomputes it against the visitor's clock), so both say the same thing at the same
 * moment. Browser-safe: no Node APIs, no site config.
 */

const units: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
];

/**
 * The value and unit for a signed distance `seconds` (negative = past): the largest unit
 * of which there is at least one whole, rounded towards zero so "59 minutes" never reads
 * "1 hour"; under a minute is 0 minutes ("now" with `numeric: 'auto'`).
 */
export function relativeParts(seconds: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
	const distance = Math.abs(seconds);
	for (const [unit, size] of units) {
		if (distance >= size) return { value: Math.trunc(seconds / size), unit };
	}
	return { value: 0, unit: 'minute' };
}

/** Formats the distance from `now` to `date` with `Intl.RelativeTimeFormat` in `locale` (BCP 47, may carry `-u-nu-…`). */
export function formatRelative(date: Date, now: Date, locale: string): string {
	const { value, unit } = relativeParts((date.getTime() - now.getTime()) / 1000);
	return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
