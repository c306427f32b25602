import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PermalinkArticle } from './permalinks';
import { articlePath } from './urls';
import { locales } from '../site.config';

/**
 * Articles read straight from `src/content/articles/`, for build configuration and
 * integrations, which run outside the content layer. Every file still passes its schema
 * in the content layer; this reader only needs the permalink fields.
 */

/** Should drafts be built? Only for local previews (`BAYAN_DRAFTS=1`). */
export const includeDrafts = () => process.env.BAYAN_DRAFTS === '1';

/** Published articles' permalink fields, read from `<contentDir>/<locale>/<slug>.mdx`. */
export function readArticles(contentDir = 'src/content/articles'): PermalinkArticle[] {
	const articles: PermalinkArticle[] = [];
	for (const locale of locales) {
		const folder = join(contentDir, locale);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder)) {
			if (!name.endsWith('.mdx')) continue;
			const filePath = join(folder, name);
			const source = readFileSync(filePath, 'utf8');
			let data: { ref?: unknown; aliases?: unknown; draft?: unknown };
			try {
				data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') ?? {};
			} catch (error) {
				throw new Error(`${filePath}: the frontmatter is not valid YAML.`, { cause: error });
			}
			if (data.draft === true && !includeDrafts()) continue;
			if (typeof data.ref !== 'number') continue; // the schema reports it, naming the file
			articles.push({
				locale,
				slug: name.slice(0, -4),
				ref: data.ref,
				aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
				filePath,
			});
		}
	}
	return articles;
}

/** Paths of the article pages that are real translations (not "not translated yet" placeholders). */
export function publishedArticlePaths(contentDir = 'src/content/articles'): Set<string> {
	return new Set(readArticles(contentDir).map((article) => articlePath(article.locale, article.slug)));
}
