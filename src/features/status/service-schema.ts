import { z } from 'astro/zod';
import { localized, partiallyLocalized, slug, strictObject } from '../../core/schema';

/**
 * Status components ("services") and the groups they are listed under. A group cannot live
 * in `src/content/services/` because every file there is a service, so groups have their
 * own folder, `src/content/service-groups/<id>.yaml`; both schemas are here because a
 * service is meaningless without the group it points to. Cross-file rules (the group
 * exists, ids do not clash) live in `src/features/status/status.ts`.
 */

const order = z.number({ message: 'must be a number, e.g. 10' }).int({ message: 'must be a whole number, e.g. 10' });

/** Fields of one service (`src/content/services/<id>.yaml`); the file name is its id. */
export const serviceFields = {
	name: localized(60),
	description: partiallyLocalized(200).optional(),
	/** Id of the group (a file in `src/content/service-groups/`) the service is listed under. */
	group: slug,
	/** Position within its group; lower comes first. */
	order,
};

/** Validates one service file. */
export const serviceSchema = strictObject(serviceFields);

/** A service's validated data. */
export type ServiceData = z.output<typeof serviceSchema>;

/** Fields of one service group (`src/content/service-groups/<id>.yaml`); the file name is its id. */
export const serviceGroupFields = {
	name: localized(60),
	/** Position on the status page; lower comes first. */
	order,
};

/** Validates one service-group file. */
export const serviceGroupSchema = strictObject(serviceGroupFields);

/** A service group's validated data. */
export type ServiceGroupData = z.output<typeof serviceGroupSchema>;
