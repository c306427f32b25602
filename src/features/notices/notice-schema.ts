import { z } from 'astro/zod';
import { dayIntervals } from './channel-schema';
import { calendarDate, instant, line, list, listLimits, slug, strictObject } from '../../core/schema';

/**
 * Frontmatter of a proactive or crisis notice (`src/content/notices/<locale>/<slug>.mdx`).
 * The contract is docs/contract.md ("Content model"). Rules that need other files (known services, regions,
 * channels and related articles) live in `checkNoticeReferences` in `src/features/notices/notices.ts`,
 * because one file cannot see the others.
 */

/** What a notice is about; drives its icon and whether it carries an `hours` override. */
export const noticeKinds = ['delay', 'hours-change', 'safety', 'stock', 'outage', 'general'] as const;

/** How loudly a notice is shown, least severe first. */
export const noticeSeverities = ['info', 'warning', 'critical'] as const;

/** A notice's kind. */
export type NoticeKind = (typeof noticeKinds)[number];

/** A notice's severity. */
export type NoticeSeverity = (typeof noticeSeverities)[number];

/**
 * A temporary change to channels' opening hours for the local dates `from`–`to`
 * (inclusive, in the site time zone). For each channel named, the given intervals replace
 * its weekly hours on those dates; `closed` closes it all day.
 */
export const hoursOverride = strictObject({
	from: calendarDate,
	to: calendarDate,
	channels: z
		.record(slug, z.union([z.literal('closed'), dayIntervals], { message: 'must be "closed" or a list of { open, close } times' }))
		.refine((channels) => Object.keys(channels).length > 0, { message: 'must name at least one channel' }),
}).superRefine((hours, ctx) => {
	if (hours.to.getTime() < hours.from.getTime()) {
		ctx.addIssue({
			code: 'custom',
			path: ['to'],
			message: `${day(hours.to)} is before from (${day(hours.from)}); both dates are inclusive, so a single day has to equal from`,
		});
	}
});

/** Notice frontmatter fields. */
export const noticeFields = {
	title: line(160),
	summary: line(300),
	kind: z.enum(noticeKinds, { message: `must be one of ${noticeKinds.join(', ')}` }),
	severity: z.enum(noticeSeverities, { message: `must be one of ${noticeSeverities.join(', ')}` }),
	start: instant,
	end: instant.optional(),
	services: list(slug, listLimits.services).optional(),
	regions: list(slug, listLimits.regions).optional(),
	pinned: z.boolean({ message: 'must be true or false' }).optional(),
	related: list(slug, listLimits.related).optional(),
	hours: hoursOverride.optional(),
};

/** Validates one notice's frontmatter, including the rules that tie its fields together. */
export const noticeSchema = strictObject(noticeFields).superRefine((notice, ctx) => {
	if (notice.end && notice.end.getTime() <= notice.start.getTime()) {
		ctx.addIssue({
			code: 'custom',
			path: ['end'],
			message: `${notice.end.toISOString()} is not after start (${notice.start.toISOString()}); a notice must end after it starts`,
		});
	}
	if (notice.kind === 'hours-change' && !notice.hours) {
		ctx.addIssue({
			code: 'custom',
			path: ['hours'],
			// Without it the contact page would keep showing the old hours next to the notice.
			message: 'is required for an hours-change notice: give from, to and the new hours per channel',
		});
	}
	if (notice.kind !== 'hours-change' && notice.hours) {
		ctx.addIssue({
			code: 'custom',
			path: ['hours'],
			message: `is only allowed on hours-change notices (this one is "${notice.kind}"); change kind or remove hours`,
		});
	}
});

/** A notice's validated frontmatter. */
export type NoticeData = z.output<typeof noticeSchema>;

/** The validated `hours` override of an hours-change notice. */
export type HoursOverrideData = z.output<typeof hoursOverride>;

function day(date: Date): string {
	return date.toISOString().slice(0, 10);
}
