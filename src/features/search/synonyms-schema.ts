import { z } from 'astro/zod';
import { locales } from '../../site.config';
import { line, strictObject } from '../../core/schema';

/**
 * Fields of an editor-maintained synonym group (`src/content/synonyms/<id>.yaml`): terms
 * customers use for the same thing in one language. At build time they join the base
 * lexicon of src/features/search/understanding/data/synonyms.json, and a query that uses any term
 * also finds pages that use another.
 */
export const synonymGroupFields = {
	locale: z.enum(locales, { message: `must be one of ${locales.join(', ')}` }),
	terms: z.array(line(80)).min(2, { message: 'must list at least two terms' }),
};

/** Validates one synonym group file. */
export const synonymGroupSchema = strictObject(synonymGroupFields);

/** A synonym group's validated data. */
export type SynonymGroupData = z.output<typeof synonymGroupSchema>;
