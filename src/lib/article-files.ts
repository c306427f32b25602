import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../site.config';

/**
 * Which `<locale>/<slug>` article pages are real translations, read straight from
 * `src/content/articles/` (for build configuration, which runs before content
 * collections exist). Drafts count as missing unless `BAYAN_DRAFTS=1`.
 */
export function publishedArticlePaths(contentDir = 'src/content/articles'): Set<string> {
	const paths = new Set<string>();
	for (const locale of locales) {
		const folder = join(contentDir, locale);
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder)) {
			if (!file.endsWith('.mdx')) continue;
			const source = readFileSync(join(folder, file), 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
			if (/^draft:\s*true\s*$/m.test(frontmatter) && process.env.BAYAN_DRAFTS !== '1') continue;
			paths.add(`/${locale}/articles/${file.slice(0, -4)}/`);
		}
	}
	return paths;
}
