import { z } from 'astro/zod';
import { locales } from '../site.config';

/**
 * Building blocks shared by every content schema. Each concept has its own module in
 * `src/schemas/`; this one holds only what several of them need.
 */

/** Slugs are language-neutral (translations share them), lower-case Latin kebab-case. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug or id: lower-case Latin letters, digits and single hyphens. */
export const slug = z
	.string()
	.regex(slugPattern, { message: 'must be lower-case Latin letters, digits and single hyphens, e.g. "track-your-order"' });

/** A single line of reader-visible text: no control or bidi-override characters, no line breaks. */
export const line = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'must not be empty' })
		.max(max, { message: `must be at most ${max} characters` })
		.refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), {
			message: 'contains a control or bidi-override character (U+202A–202E, U+2066–2069); remove it',
		});

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns unquoted dates into `Date`s; quoted
 * ones stay strings, which are checked to be real days (no 31 April).
 */
export const calendarDate = z.union([
	z.date({ message: 'must be a date like 2026-11-22' }),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' })
		.transform((value, ctx) => {
			const date = new Date(`${value}T00:00:00Z`);
			if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
				ctx.addIssue({ code: 'custom', message: `${value} is not a real calendar day` });
				return z.NEVER;
			}
			return date;
		}),
]).refine((date) => !Number.isNaN(date.getTime()), { message: 'is not a valid date' });

/**
 * A moment in time with an explicit offset (`2026-11-22T09:00:00+03:30`). An offset is
 * required because "09:00" alone would mean the build machine's zone, not the site's.
 */
export const instant = z.union([
	z.date(),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
			message: 'must be a date-time with an offset, e.g. 2026-11-22T09:00:00+03:30',
		})
		.transform((value, ctx) => {
			const date = new Date(value);
			if (Number.isNaN(date.getTime())) {
				ctx.addIssue({ code: 'custom', message: `${value} is not a real date-time` });
				return z.NEVER;
			}
			return date;
		}),
]);

/** Text given in every site language, e.g. a category's name. */
export const localized = (max: number) =>
	z.object(Object.fromEntries(locales.map((locale) => [locale, line(max)])) as Record<(typeof locales)[number], ReturnType<typeof line>>);

/** Text given in some site languages (readers of the others see the default locale's). */
export const partiallyLocalized = (max: number) =>
	z.object(
		Object.fromEntries(locales.map((locale) => [locale, line(max).optional()])) as Record<
			(typeof locales)[number],
			z.ZodOptional<ReturnType<typeof line>>
		>,
	);

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
						message: `unknown field "${key}" (allowed: ${allowed.join(', ')})`,
						input: raw,
					});
				}
			}
		}
		return raw;
	}, fields);
}
