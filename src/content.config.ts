import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { categorySchema } from './schemas/category';

/**
 * Content collections. Schemas live in `src/schemas/` (one module per concept) so the
 * CMS configuration and tests derive from the same definitions.
 *
 * `notices/`, `incidents/` and `services/` are reserved for the notices and status features.
 */
const articles = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './src/content/articles' }),
	schema: articleSchema,
});

const categories = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/categories' }),
	schema: categorySchema,
});

export const collections = { articles, categories };
