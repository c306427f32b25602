import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { buildsWholeSite } from './core/build-scope';
import { contentPipelineLoader } from './features/content/loader';
import { articlesNoticesNeed } from './features/notices/notice-files';
import { yamlFiles } from './features/content/yaml-loader';
import { articleSchema } from './features/articles/article-schema';
import { categorySchema } from './features/articles/category-schema';
import { channelSchema } from './features/notices/channel-schema';
import { incidentSchema } from './features/status/incident-schema';
import { noticeSchema } from './features/notices/notice-schema';
import { regionSchema } from './features/notices/region-schema';
import { serviceGroupSchema, serviceSchema } from './features/status/service-schema';
import { synonymGroupSchema } from './features/search/synonyms-schema';

/**
 * Content collections. Schemas live with their feature (`src/features/<feature>/<concept>-schema.ts`) so the
 * CMS configuration and the tests derive from the same definitions. Cross-file rules
 * run when pages load content (the `*-content.ts` loaders of each feature).
 */
// Bodies are data, not code: the content pipeline checks and renders them once (see src/features/content/).
const perLocale = (folder: string, schema: z.ZodType) => contentPipelineLoader(folder, schema);
// Data files go through the same strict reader (core-schema YAML, no anchors).
const oneFileEach = (folder: string, schema: z.ZodType) => yamlFiles(`src/content/${folder}`, schema);

export const collections = {
	// The notices fast path (`--only notices`) loads only the articles notice pages show, so its cost does not grow with the site.
	articles: defineCollection({
		loader: contentPipelineLoader('articles', articleSchema, buildsWholeSite() ? {} : { only: () => articlesNoticesNeed() }),
		schema: articleSchema,
	}),
	categories: defineCollection({ loader: oneFileEach('categories', categorySchema), schema: categorySchema }),
	notices: defineCollection({ loader: perLocale('notices', noticeSchema), schema: noticeSchema }),
	channels: defineCollection({ loader: oneFileEach('channels', channelSchema), schema: channelSchema }),
	regions: defineCollection({ loader: oneFileEach('regions', regionSchema), schema: regionSchema }),
	incidents: defineCollection({ loader: perLocale('incidents', incidentSchema), schema: incidentSchema }),
	services: defineCollection({ loader: oneFileEach('services', serviceSchema), schema: serviceSchema }),
	serviceGroups: defineCollection({ loader: oneFileEach('service-groups', serviceGroupSchema), schema: serviceGroupSchema }),
	synonyms: defineCollection({ loader: oneFileEach('synonyms', synonymGroupSchema), schema: synonymGroupSchema }),
};
