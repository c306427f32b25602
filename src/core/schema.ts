import { z } from 'astro/zod';
import { locales } from './locales';

/**
 * Building blocks shared by every content schema. Each concept has its own module in
 * its feature (`src/features/<feature>/<concept>-schema.ts`); this one holds only what
 * several of them need.
 */

/** Slugs are language-neutral (translations share them), lower-case Latin kebab-case. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug, id or alias: 80 characters. Each one becomes a single path segment
 * of files the build writes, e.g. `dist/<locale>/articles/<slug>/index.html`,
 * `dist/<locale>/articles/<alias>/index.html` (redirect pages) and Open Graph images named
 * after it. Common file systems allow 255 bytes per segment (ext4, APFS, NTFS) and Windows
 * tools still trip over 260 characters for a whole path; slugs are ASCII, so 80 keeps one
 * segment far under 255 and leaves about 150 characters for the checkout folder on
 * Windows (`dist/fa/articles/` + 80 + `/index.html` is 108). A longer one would fail
 * mid-build with ENAMETOOLONG instead of a message naming the field.
 */
export const maxSlugLength = 80;

/** A slug or id: lower-case Latin letters, digits and single hyphens, at most `maxSlugLength` characters. */
export const slug = z
	.string({ message: 'must be lower-case Latin letters, digits and single hyphens, e.g. "track-your-order"' })
	.max(maxSlugLength, { message: `must be at most ${maxSlugLength} characters (it becomes a folder name in the built site)` })
	.regex(slugPattern, { message: 'must be lower-case Latin letters, digits and single hyphens, e.g. "track-your-order"' });

/**
 * Why a file name (without its extension) cannot be the id or slug of its entry, or
 * `undefined` if it can. File names are ids other files refer to, and slugs become URLs.
 */
export function fileNameProblem(name: string): string | undefined {
	if (name.length > maxSlugLength) {
		return `file name "${name.slice(0, 40)}…" is ${name.length} characters long; at most ${maxSlugLength} are allowed (it becomes a folder name in the built site)`;
	}
	if (!slugPattern.test(name)) return `file name "${name}" must be a lower-case Latin slug such as "track-your-order" (it becomes the id other files use, and the URL)`;
	return undefined;
}

/**
 * A list of at most `max` items. Lists are capped so a mistaken or hostile file cannot
 * make the build do unbounded work (every item is cross-checked and often rendered).
 */
export const list = <Item extends z.ZodType>(item: Item, max: number) => z.array(item).max(max, { message: `must have at most ${max} items` });

/**
 * Most items a frontmatter list may hold. Generous for real content (the demo's longest
 * list has five entries) but bounded, so one file cannot make the build check or render
 * thousands of references.
 */
export const listLimits = {
	/** Article tags (search keywords). */
	tags: 20,
	/** Related article slugs shown under an article or notice. */
	related: 20,
	/** Retired slugs of one article; each one writes a redirect page. */
	aliases: 20,
	/** Services an article or notice is about. */
	services: 50,
	/** Regions a notice applies to. */
	regions: 50,
	/** Services an incident affects. */
	affected: 50,
	/** Timeline updates of one incident. */
	updates: 200,
} as const;

/**
 * A single line of reader-visible text: no control or bidi-override characters, no line
 * breaks, and nothing XML 1.0 cannot carry (U+FFFE/U+FFFF, unpaired surrogates), so a title
 * is refused with a message to its author instead of breaking the feeds it reaches.
 */
export const line = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'must not be empty' })
		.max(max, { message: `must be at most ${max} characters` })
		// C1 controls include NEL (U+0085); U+2028/U+2029 are line and paragraph separators: all line breaks somewhere.
		.refine((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\uFFFE\uFFFF\uD800-\uDFFF]/u.test(value), {
			params: { rule: 'line.invisible' },
			message: 'contains a control, line-separator (U+2028, U+2029), bidi-override (U+202A–202E, U+2066–2069) or non-character (U+FFFE, U+FFFF) character; remove it',
		});

const dateExample = '2026-11-22';
const instantExample = '2026-11-22T09:00:00+03:30';
const dateMessage = `must be a date written YYYY-MM-DD, e.g. ${dateExample}`;
const instantMessage = `must be a date-time with an offset, e.g. ${instantExample}`;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in `month` (1–12) of `year`, in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `year-month-day` is not a real day, or `undefined` if it is one. */
function dayProblem(text: string, year: number, month: number, day: number): string | undefined {
	if (year < 1970) return `${text} is before 1970; write a four-digit year like 2026`;
	if (month < 1 || month > 12) return `${text} has month ${String(month).padStart(2, '0')}; months run from 01 to 12`;
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return `${text} is not a real calendar day (${monthNames[month - 1]} ${year} has ${days} days)`;
	return undefined;
}

/** Midnight UTC of a real calendar day; `Date.UTC` would map years 0–99 to the 1900s. */
function utcDay(year: number, month: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

/**
 * A calendar date written `YYYY-MM-DD` (quoted or not: the content reader keeps it a
 * string), checked part by part to be a day that exists, then given as midnight UTC.
 * `new Date()` is never trusted to check it, because it rolls 2026-02-30 over to 2 March.
 */
export const calendarDate = z.string({ message: dateMessage }).transform((value, ctx) => {
	const parts = datePattern.exec(value);
	if (!parts) {
		ctx.addIssue({ code: 'custom', message: `"${value}" ${dateMessage}`, params: { rule: 'date.format' } });
		return z.NEVER;
	}
	const [year, month, day] = parts.slice(1, 4).map(Number) as [number, number, number];
	const problem = dayProblem(value, year, month, day);
	if (problem) {
		ctx.addIssue({ code: 'custom', message: `${problem}; ${dateMessage}`, params: { rule: 'date.day' } });
		return z.NEVER;
	}
	return utcDay(year, month, day);
});

/**
 * A moment in time with an explicit offset (`2026-11-22T09:00:00+03:30`). An offset is
 * required because "09:00" alone would mean the build machine's zone (or, to a YAML 1.1
 * reader, UTC: three and a half hours off in Tehran), not the site's. The content reader
 * keeps timestamps as the strings the editor wrote, so this sees exactly what was written,
 * wherever it appears (flow style, next line, quoted key). Every part is checked (a real
 * day, hours 00–23, minutes and seconds 00–59, an offset within ±14:00) before the instant
 * is computed, so nothing rolls over silently.
 */
export const instant = z.string({ message: instantMessage }).transform((value, ctx) => {
	const parts = instantPattern.exec(value);
	if (!parts) {
		ctx.addIssue({ code: 'custom', message: `"${value}" ${instantMessage}`, params: { rule: 'instant.format' } });
		return z.NEVER;
	}
	const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh = '0', om = '0'] = parts as unknown as string[];
	const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
	const problem =
		dayProblem(value.slice(0, 10), year, month, day) ??
		(hour > 23 ? `${value} has hour ${h}; hours run from 00 to 23` : undefined) ??
		(minute > 59 ? `${value} has minute ${mi}; minutes run from 00 to 59` : undefined) ??
		(second > 59 ? `${value} has second ${s}; seconds run from 00 to 59` : undefined) ??
		(!zulu && (Number(om) > 59 || Number(oh) * 60 + Number(om) > 14 * 60) ? `${value} has offset ${sign}${oh}:${om}; offsets run from -14:00 to +14:00 (Tehran is +03:30)` : undefined);
	if (problem) {
		ctx.addIssue({ code: 'custom', message: `${problem}; ${instantMessage}`, params: { rule: 'instant.parts' } });
		return z.NEVER;
	}
	const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
	const date = utcDay(year, month, day);
	date.setUTCHours(hour, minute - offsetMinutes, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
	return date;
});

/** Text given in every site language, e.g. a category's name. */
export const localized = (max: number) => z.object(Object.fromEntries(locales.map((locale) => [locale, line(max)])) as Record<(typeof locales)[number], ReturnType<typeof line>>);

/** Text given in some site languages (readers of the others see the default locale's). */
export const partiallyLocalized = (max: number) =>
	z.object(Object.fromEntries(locales.map((locale) => [locale, line(max).optional()])) as Record<(typeof locales)[number], z.ZodOptional<ReturnType<typeof line>>>);

/**
 * Like `z.object(shape)`, but an unknown field is an error reported at that field's own
 * path ("**colour**: unknown field …"), so the build message names it. Zod's own
 * `.strict()` reports unknown keys at the object's root, which Astro prints without a name.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
	const fields = z.object(shape);
	const allowed = Object.keys(shape);
	return z.preprocess((raw, ctx) => {
		if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
			for (const key of Object.keys(raw)) {
				if (!allowed.includes(key)) {
					ctx.issues.push({
						code: 'custom',
						path: [key],
						params: { rule: 'unknownField', field: key },
						message: `unknown field "${key}" (allowed: ${allowed.join(', ')})`,
						input: raw,
					});
				}
			}
		}
		return raw;
	}, fields);
}
