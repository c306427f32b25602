/**
 * Should a scheduled run deploy? Pure, so it is tested in process
 * (tests/unit/rebuild.test.ts); scripts/deploy-decision.mjs feeds it the live site's
 * `/build-state.json`, the commit and the clock.
 *
 * A push or a manual run always deploys. A scheduled run deploys when the commit differs
 * from the one live, when the next boundary the last build recorded (a notice or a
 * maintenance window opening or closing) has passed, when the live state cannot be read,
 * or once a day anyway (so "updated … ago" and the status history never go stale).
 */

/** A day: the longest a quiet site goes without a rebuild. */
export const MAX_AGE_MS = 24 * 3_600_000;

/**
 * @param {{ event: string, head: string, now: Date, state: unknown }} input
 * @returns {{ deploy: boolean, reason: string }}
 */
export function deployDecision({ event, head, now, state }) {
	if (event !== 'schedule') return { deploy: true, reason: `a ${event} run always deploys` };
	if (!state || typeof state !== 'object') return { deploy: true, reason: 'the live site has no readable /build-state.json (first deploy, or another host)' };
	const { commit, builtAt, nextBoundary } = /** @type {{ commit?: unknown, builtAt?: unknown, nextBoundary?: unknown }} */ (state);
	if (typeof commit !== 'string' || commit !== head)
		return { deploy: true, reason: `the content changed: live ${typeof commit === 'string' ? commit.slice(0, 7) : 'unknown'}, now ${head.slice(0, 7)}` };
	const built = typeof builtAt === 'string' ? Date.parse(builtAt) : Number.NaN;
	if (Number.isNaN(built)) return { deploy: true, reason: 'the live build time is unreadable' };
	if (typeof nextBoundary === 'string') {
		const boundary = Date.parse(nextBoundary);
		if (Number.isNaN(boundary)) return { deploy: true, reason: 'the live next boundary is unreadable' };
		if (boundary <= now.getTime()) return { deploy: true, reason: `a notice, maintenance window or hours change opened or closed at ${nextBoundary}` };
	}
	if (now.getTime() - built >= MAX_AGE_MS) return { deploy: true, reason: `the live build is from ${builtAt}, more than a day ago` };
	return {
		deploy: false,
		reason: `nothing changed since ${builtAt} and ${typeof nextBoundary === 'string' ? `the next notice or window boundary is ${nextBoundary}` : 'no notice or window is scheduled'}`,
	};
}
