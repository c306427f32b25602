import { locales, siteConfig } from '../../site.config';
import { loadSiteContent } from './content';
import { assertNoProblems } from './integrity';
import { buildRedirectTable, type Redirect } from './permalinks';

/**
 * The site's redirect table, built from the published articles once per build. A
 * collision (an alias that is a slug, an alias or ref claimed twice) stops the build with
 * a message naming the files.
 */
let cache: Promise<Redirect[]> | undefined;

/** Every permanent redirect of the site (`/go/` links and retired slugs). */
export function loadRedirects(): Promise<Redirect[]> {
	cache ??= loadSiteContent().then((content) => {
		const table = buildRedirectTable(
			content.articles.map((article) => ({
				locale: article.locale,
				slug: article.slug,
				ref: article.data.ref,
				aliases: article.data.aliases ?? [],
				filePath: article.filePath,
			})),
			{ locales, defaultLocale: siteConfig.defaultLocale },
		);
		assertNoProblems(table.problems);
		return table.redirects;
	});
	return cache;
}
