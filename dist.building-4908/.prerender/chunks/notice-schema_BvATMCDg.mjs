import { a as list, d as strictObject, f as mod, i as line, l as slug, o as listLimits, r as instant, t as calendarDate } from "./schema_D_u_5cv6.mjs";
import { n as dayIntervals } from "./channel-schema_XQ1uyy26.mjs";
// src/features/notices/notice-schema.ts
/**
* Frontmatter of a proactive or crisis notice (`src/content/notices/<locale>/<slug>.mdx`).
* The contract is docs/contract.md ("Content model"). Rules that need other files (known services, regions,
* channels and related articles) live in `checkNoticeReferences` in `src/features/notices/notices.ts`,
* because one file cannot see the others.
*/
/** What a notice is about; drives its icon and whether it carries an `hours` override. */
var noticeKinds = [
	"delay",
	"hours-change",
	"safety",
	"stock",
	"outage",
	"general"
];
/** How loudly a notice is shown, least severe first. */
var noticeSeverities = [
	"info",
	"warning",
	"critical"
];
/**
* A temporary change to channels' opening hours for the local dates `from`–`to`
* (inclusive, in the site time zone). For each channel named, the given intervals replace
* its weekly hours on those dates; `closed` closes it all day.
*/
var hoursOverride = strictObject({
	from: calendarDate,
	to: calendarDate,
	channels: mod.record(slug, mod.union([mod.literal("closed"), dayIntervals], { message: "must be \"closed\" or a list of { open, close } times" })).refine((channels) => Object.keys(channels).length > 0, {
		message: "must name at least one channel",
		params: { rule: "hours.noChannel" }
	})
}).superRefine((hours, ctx) => {
	if (hours.to.getTime() < hours.from.getTime()) ctx.addIssue({
		code: "custom",
		path: ["to"],
		params: {
			rule: "hours.toBeforeFrom",
			from: hours.from,
			to: hours.to
		},
		message: `${day(hours.to)} is before from (${day(hours.from)}); both dates are inclusive, so a single day has to equal from`
	});
});
/** Notice frontmatter fields. */
var noticeFields = {
	title: line(160),
	summary: line(300),
	kind: mod.enum(noticeKinds, { message: `must be one of ${noticeKinds.join(", ")}` }),
	severity: mod.enum(noticeSeverities, { message: `must be one of ${noticeSeverities.join(", ")}` }),
	start: instant,
	end: instant.optional(),
	services: list(slug, listLimits.services).optional(),
	regions: list(slug, listLimits.regions).optional(),
	pinned: mod.boolean({ message: "must be true or false" }).optional(),
	related: list(slug, listLimits.related).optional(),
	hours: hoursOverride.optional()
};
strictObject(noticeFields).superRefine((notice, ctx) => {
	if (notice.end && notice.end.getTime() <= notice.start.getTime()) ctx.addIssue({
		code: "custom",
		path: ["end"],
		params: {
			rule: "notice.endAfterStart",
			start: notice.start,
			end: notice.end
		},
		message: `${notice.end.toISOString()} is not after start (${notice.start.toISOString()}); a notice must end after it starts`
	});
	if (notice.kind === "hours-change" && !notice.hours) ctx.addIssue({
		code: "custom",
		path: ["hours"],
		params: { rule: "notice.hoursRequired" },
		message: "is required for an hours-change notice: give from, to and the new hours per channel"
	});
	if (notice.kind !== "hours-change" && notice.hours) ctx.addIssue({
		code: "custom",
		path: ["hours"],
		params: {
			rule: "notice.hoursOnlyForHoursChange",
			kind: notice.kind
		},
		message: `is only allowed on hours-change notices (this one is "${notice.kind}"); change kind or remove hours`
	});
});
function day(date) {
	return date.toISOString().slice(0, 10);
}
export { noticeKinds as n, noticeFields as t };
