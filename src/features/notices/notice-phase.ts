import type { NoticeData } from './notice-schema';

/** Where a notice stands relative to an instant. */
export type NoticePhase = 'upcoming' | 'active' | 'expired';

/**
 * Whether a notice is upcoming, active or expired at `now`. Active means
 * `start ≤ now < end`: it appears at its start and is gone at its end, so an editor's
 * "until 00:00" never overlaps the next day. Without `end` it stays active. Kept apart from
 * `notices.ts` (which reads the site settings) so the CMS can apply the same rule in the browser.
 */
export function noticePhase(notice: { data: Pick<NoticeData, 'start' | 'end'> }, now: Date): NoticePhase {
	const t = now.getTime();
	if (t < notice.data.start.getTime()) return 'upcoming';
	if (notice.data.end && t >= notice.data.end.getTime()) return 'expired';
	return 'active';
}
