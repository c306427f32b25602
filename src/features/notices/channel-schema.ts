import { z } from 'astro/zod';
import { line, localized, partiallyLocalized, slug, strictObject } from '../../core/schema';

/**
 * Contact channels (`src/content/channels/<id>.yaml`; the file name is the id) and the
 * building blocks of opening hours, which crisis notices reuse for their `hours-change`
 * overrides so both are written, validated and computed the same way.
 *
 * Times are local wall-clock times in the site time zone (`siteConfig.timeZone`), never
 * instants: "09:00" must stay 09:00 when Tehran's offset or a DST rule changes.
 */

/** Days of the week in the order an Iranian reader expects: the week starts on Saturday. */
export const weekdayKeys = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** A day of the week as written in a channel file. */
export type WeekdayKey = (typeof weekdayKeys)[number];

/** The kinds of channel a customer can use. */
export const channelKinds = ['phone', 'chat', 'email', 'branch'] as const;

const timeMessage = 'must be a 24-hour time like 09:00 (HH:MM)';

const openPattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const closePattern = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** An opening time, `00:00`–`23:59`. */
export const openingTime = z.string({ message: timeMessage }).regex(openPattern, { message: timeMessage });

/** A closing time, up to `24:00`, which means "until midnight", so hours can run into the next day. */
export const closingTime = z.string({ message: timeMessage }).regex(closePattern, { message: `${timeMessage}; use 24:00 for midnight at the end of the day` });

/**
 * Minutes since local midnight (`24:00` is 1440), or `undefined` for a malformed time,
 * which its own field already reports; comparing it again would only add noise.
 */
function minutesOfDay(time: string, pattern: RegExp): number | undefined {
	return pattern.test(time) ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : undefined;
}

/** One opening interval within a single local day. */
export const hoursInterval = strictObject({ open: openingTime, close: closingTime }).superRefine((interval, ctx) => {
	const open = minutesOfDay(interval.open, openPattern);
	const close = minutesOfDay(interval.close, closePattern);
	if (open !== undefined && close !== undefined && close <= open) {
		ctx.addIssue({
			code: 'custom',
			path: ['close'],
			params: { rule: 'hours.closeAfterOpen', open: interval.open, close: interval.close },
			// Overnight hours are the usual reason, so say how to write them.
			message: `${interval.close} is not after ${interval.open}; for hours past midnight write e.g. 22:00–24:00 on this day and 00:00–02:00 on the next`,
		});
	}
});

/**
 * The opening intervals of one local day. They may be listed in any order and may touch
 * (12:00–14:00 then 14:00–18:00), but must not overlap: an overlap is almost always a typo,
 * and silently merging it would hide which of the two the editor meant.
 */
export const dayIntervals = z.array(hoursInterval).superRefine((intervals, ctx) => {
	const order = intervals
		.map((interval, index) => ({ index, open: minutesOfDay(interval.open, openPattern), close: minutesOfDay(interval.close, closePattern) }))
		.filter((entry): entry is { index: number; open: number; close: number } => entry.open !== undefined && entry.close !== undefined)
		.sort((a, b) => a.open - b.open);
	for (let i = 1; i < order.length; i++) {
		const previous = order[i - 1]!;
		const current = order[i]!;
		if (current.open < previous.close) {
			ctx.addIssue({
				code: 'custom',
				path: [current.index, 'open'],
				params: {
					rule: 'hours.overlap',
					interval: `${intervals[current.index]!.open}–${intervals[current.index]!.close}`,
					other: `${intervals[previous.index]!.open}–${intervals[previous.index]!.close}`,
				},
				message: `${intervals[current.index]!.open}–${intervals[current.index]!.close} overlaps ${intervals[previous.index]!.open}–${intervals[previous.index]!.close}`,
			});
		}
	}
});

/**
 * Regular weekly hours. A day that is left out is closed all day; `always: true` means
 * open around the clock (e.g. an email inbox or a hotline), and excludes listing days.
 */
export const weeklyHours = strictObject({
	always: z.literal(true, { message: 'must be true (leave it out when the channel keeps hours)' }).optional(),
	...(Object.fromEntries(weekdayKeys.map((day) => [day, dayIntervals.optional()])) as Record<WeekdayKey, z.ZodOptional<typeof dayIntervals>>),
}).superRefine((hours, ctx) => {
	if (!hours.always) return;
	for (const day of weekdayKeys) {
		if (hours[day] !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: [day],
				params: { rule: 'hours.alwaysAndDays', day },
				message: `"always: true" already means open every day around the clock; remove "${day}" or "always"`,
			});
		}
	}
});

/** Weekly opening hours as validated. */
export type WeeklyHours = z.output<typeof weeklyHours>;

/** One validated opening interval (`open`/`close` as `HH:MM`). */
export type HoursIntervalData = z.output<typeof hoursInterval>;

/** Fields of a contact channel. */
export const channelFields = {
	name: localized(60),
	kind: z.enum(channelKinds, { message: `must be one of ${channelKinds.join(', ')}` }),
	/** Phone number, email address, URL or street address, depending on `kind`. */
	contact: line(200),
	address: partiallyLocalized(200).optional(),
	region: slug.optional(),
	order: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }),
	hours: weeklyHours,
};

function isHttpsUrl(value: string): boolean {
	try {
		return new URL(value).protocol === 'https:';
	} catch {
		return false;
	}
}

/** A plain email address: Latin letters, digits and `._+-` before the @, a dotted host name after it. */
const emailAddress = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** Validates one channel file. */
export const channelSchema = strictObject(channelFields).superRefine((channel, ctx) => {
	// These values become `tel:` and `mailto:` links, which accept only Latin digits and plain addresses.
	// A branch's number is a tel: link too (its digits are dialled), so it must be a number: text around it
	// ("… ext. 99") would be dialled as more digits than the page shows.
	if ((channel.kind === 'phone' || channel.kind === 'branch') && !/^\+?[0-9][0-9 ()-]{2,}$/.test(channel.contact)) {
		ctx.addIssue({
			code: 'custom',
			path: ['contact'],
			params: { rule: 'channel.phone' },
			message: `"${channel.contact}" is not a phone number; use Latin digits, spaces, hyphens and an optional leading +, e.g. +98 21 1234 5678`,
		});
	}
	// A chat (or branch page) link becomes an href: only a real https:// address, never javascript: and the like.
	if (channel.kind === 'chat' && !isHttpsUrl(channel.contact)) {
		ctx.addIssue({
			code: 'custom',
			path: ['contact'],
			params: { rule: 'channel.https' },
			message: `"${channel.contact}" is not an https:// address; a chat channel links to its chat page, e.g. https://chat.example.com/`,
		});
	}
	// An allow-list of address characters: `?`, `&`, `%`, `,` or `#` would turn the mailto: link into one
	// that also copies every message elsewhere (`help@shop.example?bcc=someone%40evil.example`).
	if (channel.kind === 'email' && !emailAddress.test(channel.contact)) {
		ctx.addIssue({
			code: 'custom',
			path: ['contact'],
			params: { rule: 'channel.email' },
			message: `"${channel.contact}" is not an email address, e.g. help@example.com`,
		});
	}
});

/** A channel's validated data. */
export type ChannelData = z.output<typeof channelSchema>;
