import { join } from 'node:path';
import { z } from 'astro/zod';
import { articleFields } from '../articles/article-schema';
import { checkData, readContentFile } from '../../core/content-file';
import { listContentFiles } from './content-files';
import type { PermalinkArticle } from './permalinks';
import { articlePath } from '../../core/urls';
import { locales } from '../../site.config';

/**
 * Articles read straight from `src/content/articles/`, for build configuration and
 * integrations, which run outside the content layer. They list the folder as the content
 * layer does (`listContentFiles`) and read each file with the same strict reader
 * (`readContentFile`), so both agree on which files there are, where the frontmatter ends
 * and what every value is. This runs before the content layer (the
 * sitemap is configured from it), so the fields it uses (`ref`, `aliases`, `draft`) and
 * the file name are checked here with the article schema's own rules: an alias becomes a
 * folder in `dist/` and a line in `_redirects`, and must never reach them unchecked.
 */

/** The article fields permalinks need, checked with the article schema's own rules. */
const permalinkFields = z.object({ ref: articleFields.ref, aliases: articleFields.aliases, draft: articleFields.draft });

/** Should drafts be built? Only for local previews (`BAYAN_DRAFTS=1`). */
export const includeDrafts = () => process.env.BAYAN_DRAFTS === '1';

/** Published articles' permalink fields, read from `<contentDir>/<locale>/<slug>.mdx`. */
export function readArticles(contentDir = 'src/content/articles'): PermalinkArticle[] {
	const articles: PermalinkArticle[] = [];
	const files = listContentFiles(contentDir, 'articles', (...parts) => join(contentDir, ...parts));
	// Listed per locale in the site's order (the listing is by folder name), as the redirect table has always been.
	for (const locale of locales) {
		for (const entry of files) {
			const [folder = '', name = ''] = entry.split('/');
			if (folder !== locale) continue;
			const filePath = join(contentDir, folder, name);
			const file = readContentFile(filePath);
			const { data, problems } = checkData(file, permalinkFields);
			if (!data) throw problems[0]!;
			if (data.draft === true && !includeDrafts()) continue;
			articles.push({
				locale,
				slug: name.slice(0, -'.mdx'.length),
				ref: data.ref,
				aliases: data.aliases ?? [],
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
