import { z } from 'astro/zod';
import { localized, strictObject } from '../../core/schema';

/**
 * Fields of a delivery region (`src/content/regions/<id>.yaml`; the file name is its id).
 * Notices name regions by id (`regions: [north]`), so an editor renaming "North" in one
 * language never breaks a notice; the ids are checked by `checkNoticeReferences`.
 */
export const regionFields = {
	name: localized(60),
	order: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }),
};

/** Validates one region file. */
export const regionSchema = strictObject(regionFields);

/** A region's validated data. */
export type RegionData = z.output<typeof regionSchema>;
