import type { APIRoute } from 'astro';
import { boundaryInstants, buildState, commitFromEnv } from '../features/site/rebuild';
import { buildNow } from '../core/clock';
import { loadNoticeContent } from '../features/notices/notices-content';
import { loadStatusContent } from '../features/status/status-content';
import { siteConfig } from '../site.config';

/** Matches the banner's look-ahead (src/components/NoticeBanner.astro): upcoming notices are sent along hidden 48 hours ahead. */
const lookAheadMs = 48 * 3_600_000;

/**
 * `/build-state.json`: when this site was built, from which commit, and the next instant
 * at which a rebuild would change it. The scheduled workflow reads it from the live site to
 * skip deploys that would change nothing (README, "Keeping notices and hours on time").
 */
export const GET: APIRoute = async () => {
	const [{ notices, overrides }, status] = await Promise.all([loadNoticeContent(), loadStatusContent()]);
	const instants = boundaryInstants({
		notices: notices.map((notice) => notice.data),
		maintenance: status.incidents.flatMap((incident) => (incident.data.window ? [incident.data.window] : [])),
		hours: overrides,
		lookAheadMs,
		timeZone: siteConfig.timeZone,
	});
	return new Response(`${JSON.stringify(buildState(buildNow(), commitFromEnv(process.env), instants), null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
