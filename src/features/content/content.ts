import { getCollection, type CollectionEntry } from 'astro:content';
import { buildsWholeSite } from '../../core/build-scope';
import { locales, type Locale } from '../../site.config';
import { includeDrafts } from './article-files';
import { assertNoProblems, checkArticles, splitArticleId } from './integrity';

/**
 * The one place pages fetch content from. It loads each collection once per build,
 * runs the cross-file integrity rules (so a broken reference stops the build before any
 * page is written), and indexes entries the ways pages need them.
 */

/** A published article with its locale and slug split out. */
export interface Article {
	locale: Locale;
	slug: string;
	filePath: string;
	data: CollectionEntry<'articles'>['data'];
	entry: CollectionEntry<'articles'>;
}

/** A category with its id. */
export interface Category {
	id: string;
	data: CollectionEntry<'categories'>['data'];
}

/** Everything pages need to know about the knowledge base. */
export interface SiteContent {
	/** Published articles (drafts excluded unless `BAYAN_DRAFTS=1`). */
	articles: Article[];
	byLocale: Record<Locale, Article[]>;
	/** Slug → translations that exist. */
	translations: Map<string, Partial<Record<Locale, Article>>>;
	/** Categories by `order`. */
	categories: Category[];
	categoryById: Map<string, Category>;
}

let cache: Promise<SiteContent> | undefined;

/** Loads, checks and indexes all knowledge-base content (once per build). */
export function loadSiteContent(): Promise<SiteContent> {
	cache ??= load();
	return cache;
}

async function load(): Promise<SiteContent> {
	const [articleEntries, categoryEntries, serviceEntries] = await Promise.all([getCollection('articles'), getCollection('categories'), getCollection('services')]);

	// The notices fast path loads only the articles notices show (src/content.config.ts), so rules
	// across all articles (related slugs, unique refs and aliases) cannot be judged on them; it only
	// runs when no article changed since the full build that checked them (scripts/lib/fast-path.mjs).
	if (buildsWholeSite())
		assertNoProblems(
			checkArticles(
				articleEntries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
				{ categories: categoryEntries.map((entry) => entry.id), services: serviceEntries.map((entry) => entry.id) },
			),
		);

	const categories = categoryEntries.map((entry) => ({ id: entry.id, data: entry.data })).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

	const articles: Article[] = articleEntries
		.filter((entry) => includeDrafts() || !entry.data.draft)
		.map((entry) => {
			const { locale, slug } = splitArticleId(entry.id);
			return { locale: locale as Locale, slug, filePath: entry.filePath ?? entry.id, data: entry.data, entry };
		})
		.sort((a, b) => a.data.ref - b.data.ref);

	const byLocale = Object.fromEntries(locales.map((locale) => [locale, [] as Article[]])) as Record<Locale, Article[]>;
	const translations = new Map<string, Partial<Record<Locale, Article>>>();
	for (const article of articles) {
		byLocale[article.locale].push(article);
		translations.set(article.slug, { ...translations.get(article.slug), [article.locale]: article });
	}

	return { articles, byLocale, translations, categories, categoryById: new Map(categories.map((c) => [c.id, c])) };
}

/** Articles of one category in one locale, newest first. */
export function articlesInCategory(content: SiteContent, locale: Locale, categoryId: string): Article[] {
	return content.byLocale[locale].filter((article) => article.data.category === categoryId).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.ref - b.data.ref);
}
