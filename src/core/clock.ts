/**
 * The build clock: the instant the site is built "as of". Notices, opening hours and
 * service status are all computed against it, so a preview of "next Monday 09:00 in
 * Tehran" is one environment variable away:
 *
 *     BAYAN_NOW=2026-11-23T09:00:00+03:30 npm run build
 */

/** Name of the environment variable that pins the build clock. */
export const BUILD_CLOCK_VARIABLE = 'BAYAN_NOW';

/**
 * Parses a build-clock value. It must carry an explicit offset (or `Z`): a bare local
 * time would silently mean the build machine's zone, not the site's.
 */
export function parseClock(value: string): Date {
	if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) {
		throw new Error(`${BUILD_CLOCK_VARIABLE}="${value}" needs a time-zone offset, e.g. 2026-11-23T09:00:00+03:30`);
	}
	const date = new Date(value.trim());
	if (Number.isNaN(date.getTime())) {
		throw new Error(`${BUILD_CLOCK_VARIABLE}="${value}" is not a valid ISO 8601 date-time.`);
	}
	return date;
}

let cached: Date | undefined;

/** The instant this build renders for: `BAYAN_NOW` when set, otherwise the real time (read once per build). */
export function buildNow(): Date {
	if (!cached) {
		const pinned = process.env[BUILD_CLOCK_VARIABLE];
		cached = pinned ? parseClock(pinned) : new Date();
	}
	return new Date(cached.getTime());
}
