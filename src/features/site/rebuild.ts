import { zonedTimeToInstant } from '../../core/dates';

/**
 * When must a static site be rebuilt even though nothing was committed? When a notice or a
 * maintenance window opens or closes, or an hours change begins or ends: the HTML, feeds and
 * no-JS pages show the state of the build clock. The build writes the next such instant into
 * `/build-state.json`; the scheduled workflow compares it with the clock and skips the
 * deploy when nothing changed and no boundary has passed (scripts/lib/deploy-decision.mjs).
 */

/** Something with a start and an optional end (a notice, a maintenance window). */
export interface TimedWindow {
	start: Date;
	end?: Date;
}

/** The boundaries the content defines. */
export interface BoundaryInput {
	notices: readonly TimedWindow[];
	maintenance: readonly TimedWindow[];
	/** Hours overrides, local dates `from`–`to` inclusive (`YYYY-MM-DD`) in the site's zone. */
	hours: readonly { from: string; to: string }[];
	/** How long before its start a scheduled notice is already sent along (hidden) in the banner. */
	lookAheadMs: number;
	timeZone: string;
}

const dayAfter = (date: string): { year: number; month: number; day: number } => {
	const next = new Date(`${date}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
};

/** Every instant at which the built site would look different, sorted, without repeats. */
export function boundaryInstants(input: BoundaryInput): Date[] {
	const instants: number[] = [];
	for (const notice of input.notices) {
		instants.push(notice.start.getTime() - input.lookAheadMs, notice.start.getTime());
		if (notice.end) instants.push(notice.end.getTime());
	}
	for (const window of input.maintenance) {
		instants.push(window.start.getTime());
		if (window.end) instants.push(window.end.getTime());
	}
	for (const { from, to } of input.hours) {
		const [year, month, day] = from.split('-').map(Number) as [number, number, number];
		instants.push(zonedTimeToInstant({ year, month, day }, input.timeZone).getTime());
		instants.push(zonedTimeToInstant(dayAfter(to), input.timeZone).getTime());
	}
	return [...new Set(instants)].sort((a, b) => a - b).map((time) => new Date(time));
}

/** The first boundary strictly after `now`, or undefined when nothing is scheduled. */
export function nextBoundary(now: Date, instants: readonly Date[]): Date | undefined {
	return instants.find((instant) => instant.getTime() > now.getTime());
}

/** What `/build-state.json` holds. */
export interface BuildState {
	/** The build clock, with its offset as written. */
	builtAt: string;
	/** The commit built (`GITHUB_SHA` or another CI's variable), when known. */
	commit?: string;
	/** The next instant at which a rebuild would change the site, in UTC; absent when none. */
	nextBoundary?: string;
}

/** The state file's content for a build at `now` of `commit`. */
export function buildState(now: Date, commit: string | undefined, instants: readonly Date[]): BuildState {
	const next = nextBoundary(now, instants);
	return { builtAt: now.toISOString(), ...(commit ? { commit } : {}), ...(next ? { nextBoundary: next.toISOString() } : {}) };
}

/** The commit being built, from the CI's own variable (GitHub Actions, Netlify, Cloudflare Pages). */
export function commitFromEnv(env: Record<string, string | undefined>): string | undefined {
	const commit = env.GITHUB_SHA || env.COMMIT_REF || env.CF_PAGES_COMMIT_SHA;
	return commit && /^[0-9a-f]{7,40}$/.test(commit) ? commit : undefined;
}
