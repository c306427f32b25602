import { i as getCollection, n as checkArticles, r as splitArticleId, t as assertNoProblems } from "./integrity_CqYVpkYH.mjs";
import { s as locales } from "./i18n_8_KJbI8d.mjs";
import { f as mod } from "./schema_D_u_5cv6.mjs";
import { t as articleFields } from "./article-schema_iUN6t4Dy.mjs";
import "./urls_BUq7YIFw.mjs";
import "node:fs";
import "node:path";
import "yaml";
mod.object({
	ref: articleFields.ref,
	aliases: articleFields.aliases,
	draft: articleFields.draft
});
/** Should drafts be built? Only for local previews (`BAYAN_DRAFTS=1`). */
var includeDrafts = () => process.env.BAYAN_DRAFTS === "1";
// src/features/content/content.ts
var cache;
/** Loads, checks and indexes all knowledge-base content (once per build). */
function loadSiteContent() {
	cache ??= load();
	return cache;
}
async function load() {
	const [articleEntries, categoryEntries, serviceEntries] = await Promise.all([
		getCollection("articles"),
		getCollection("categories"),
		getCollection("services")
	]);
	assertNoProblems(checkArticles(articleEntries.map((entry) => ({
		id: entry.id,
		filePath: entry.filePath ?? entry.id,
		data: entry.data
	})), {
		categories: categoryEntries.map((entry) => entry.id),
		services: serviceEntries.map((entry) => entry.id)
	}));
	const categories = categoryEntries.map((entry) => ({
		id: entry.id,
		data: entry.data
	})).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const articles = articleEntries.filter((entry) => includeDrafts() || !entry.data.draft).map((entry) => {
		const { locale, slug } = splitArticleId(entry.id);
		return {
			locale,
			slug,
			filePath: entry.filePath ?? entry.id,
			data: entry.data,
			entry
		};
	}).sort((a, b) => a.data.ref - b.data.ref);
	const byLocale = Object.fromEntries(locales.map((locale) => [locale, []]));
	const translations = /* @__PURE__ */ new Map();
	for (const article of articles) {
		byLocale[article.locale].push(article);
		translations.set(article.slug, {
			...translations.get(article.slug),
			[article.locale]: article
		});
	}
	return {
		articles,
		byLocale,
		translations,
		categories,
		categoryById: new Map(categories.map((c) => [c.id, c]))
	};
}
/** Articles of one category in one locale, newest first. */
function articlesInCategory(content, locale, categoryId) {
	return content.byLocale[locale].filter((article) => article.data.category === categoryId).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.ref - b.data.ref);
}
export { loadSiteContent as n, articlesInCategory as t };
