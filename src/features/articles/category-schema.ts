import { z } from 'astro/zod';
import { localized, partiallyLocalized, strictObject } from '../../core/schema';

/** Icons a category can show (drawn inline, no icon font). */
export const categoryIcons = ['box', 'truck', 'card', 'store', 'user', 'return', 'shield', 'chat'] as const;

/**
 * Fields of an article category (`src/content/categories/<id>.yaml`); the file name is
 * its id. Names are given in every language so navigation never mixes scripts.
 */
export const categoryFields = {
	name: localized(60),
	description: partiallyLocalized(200).optional(),
	order: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }),
	icon: z.enum(categoryIcons, { message: `must be one of ${categoryIcons.join(', ')}` }).optional(),
};

/** Validates one category file. */
export const categorySchema = strictObject(categoryFields);

/** A category's validated data. */
export type CategoryData = z.output<typeof categorySchema>;
