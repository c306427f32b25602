import { z } from 'astro/zod';
import { calendarDate, line, list, listLimits, slug, strictObject } from '../../core/schema';

/**
 * Frontmatter fields of a knowledge-base article (`src/content/articles/<locale>/<slug>.mdx`).
 * The contract is docs/contract.md ("Content model"); cross-file rules (known category, unique `ref`, existing
 * `related` slugs) live in `src/features/content/integrity.ts` because one file cannot see the others.
 */
export const articleFields = {
	title: line(160),
	summary: line(300),
	category: slug,
	updated: calendarDate,
	ref: z.number({ message: 'must be a whole number, e.g. 12' }).int({ message: 'must be a whole number, e.g. 12' }).positive({ message: 'must be a positive whole number, e.g. 12' }),
	tags: list(line(40), listLimits.tags).optional(),
	related: list(slug, listLimits.related).optional(),
	aliases: list(slug, listLimits.aliases).optional(),
	draft: z.boolean({ message: 'must be true or false' }).optional(),
	services: list(slug, listLimits.services).optional(),
};

/** Validates one article's frontmatter. */
export const articleSchema = strictObject(articleFields);

/** An article's validated frontmatter. */
export type ArticleData = z.output<typeof articleSchema>;
