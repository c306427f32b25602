import { z } from 'astro/zod';
import { line, slugPattern } from '../../core/schema';

/**
 * The components editors may write in a body, and the props each accepts. Values are
 * literal strings (`title="…"`), or `true` for a bare boolean attribute (`<Question open>`)
 * where the schema says so; expressions never reach these schemas (the checker refuses them).
 */
export const componentSchemas = {
	Callout: z.strictObject({
		type: z.enum(['info', 'warning', 'danger']).default('info'),
		// One line of reader-visible text, like a frontmatter title: it becomes the aside's label and heading.
		title: line(160).optional(),
	}),
	Steps: z.strictObject({}),
	Question: z.strictObject({
		// The question is a summary line and reaches the FAQ JSON-LD: one line, no control or bidi-override characters.
		q: z.string({ message: 'the question (q="…") is required' }).trim().min(1, { message: 'the question (q="…") is required' }).pipe(line(300)),
		open: z.literal(true, { message: 'write a bare `open` (no value) to show the answer open' }).optional(),
	}),
	ServiceStatus: z.strictObject({
		id: z.string().regex(slugPattern, { message: 'must be a service id such as "payment-gateway"' }),
	}),
} as const;

/** A component name editors may use. */
export type ComponentName = keyof typeof componentSchemas;

/** Checked props of each component. */
export type ComponentProps = { [K in ComponentName]: z.output<(typeof componentSchemas)[K]> };

/** Is `name` one of the editor components? */
export function isComponentName(name: string): name is ComponentName {
	return Object.hasOwn(componentSchemas, name);
}
