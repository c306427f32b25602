import { a as list, d as strictObject, f as mod, i as line, l as slug, o as listLimits, t as calendarDate } from "./schema_D_u_5cv6.mjs";
// src/features/articles/article-schema.ts
/**
* Frontmatter fields of a knowledge-base article (`src/content/articles/<locale>/<slug>.mdx`).
* The contract is docs/contract.md ("Content model"); cross-file rules (known category, unique `ref`, existing
* `related` slugs) live in `src/features/content/integrity.ts` because one file cannot see the others.
*/
var articleFields = {
	title: line(160),
	summary: line(300),
	category: slug,
	updated: calendarDate,
	ref: mod.number({ message: "must be a whole number, e.g. 12" }).int({ message: "must be a whole number, e.g. 12" }).positive({ message: "must be a positive whole number, e.g. 12" }),
	tags: list(line(40), listLimits.tags).optional(),
	related: list(slug, listLimits.related).optional(),
	aliases: list(slug, listLimits.aliases).optional(),
	draft: mod.boolean({ message: "must be true or false" }).optional(),
	services: list(slug, listLimits.services).optional()
};
strictObject(articleFields);
export { articleFields as t };
