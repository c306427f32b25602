import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { categorySchema } from './schemas/category';
import { channelSchema } from './schemas/channel';
import { incidentSchema } from './schemas/incident';
import { noticeSchema } from './schemas/notice';
import { regionSchema } from './schemas/region';
import { serviceGroupSchema, serviceSchema } from './schemas/service';
import { synonymGroupSchema } from './schemas/synonyms';

/**
 * Content collections. Schemas live in `src/schemas/` (one module per concept) so the
 * CMS configuration and the tests derive from the same definitions. Cross-file rules
 * run when pages load content (`src/lib/*-content.ts`).
 */
const perLocale = (folder: string) => glob({ pattern: '*/*.mdx', base: `./src/content/${folder}` });
const oneFileEach = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `./src/content/${folder}` });

export const collections = {
	articles: defineCollection({ loader: perLocale('articles'), schema: articleSchema }),
	categories: defineCollection({ loader: oneFileEach('categories'), schema: categorySchema }),
	notices: defineCollection({ loader: perLocale('notices'), schema: noticeSchema }),
	channels: defineCollection({ loader: oneFileEach('channels'), schema: channelSchema }),
	regions: defineCollection({ loader: oneFileEach('regions'), schema: regionSchema }),
	incidents: defineCollection({ loader: perLocale('incidents'), schema: incidentSchema }),
	services: defineCollection({ loader: oneFileEach('services'), schema: serviceSchema }),
	serviceGroups: defineCollection({ loader: oneFileEach('service-groups'), schema: serviceGroupSchema }),
	synonyms: defineCollection({ loader: oneFileEach('synonyms'), schema: synonymGroupSchema }),
};
