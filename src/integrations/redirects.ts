import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { ContentIntegrityError } from '../lib/integrity';
import { buildRedirectTable, redirectsFile, type PermalinkArticle } from '../lib/permalinks';
import { locales, siteConfig } from '../site.config';

/**
 * Writes `dist/_redirects` (Netlify / Cloudflare Pages): the permanent links and retired
 * slugs as real 301s, and per-language 404 rules. The HTML redirect pages
 * (`src/pages/[...redirect].astro`) come from the same table, so a host that ignores this
 * file still sends readers to the same place.
 *
 * Integrations run outside the content layer, so articles are read from their files here;
 * by the time the build is done, every one of them has passed its schema.
 */
export function redirects(contentDir = 'src/content/articles'): AstroIntegration {
	const table = () => buildRedirectTable(readArticles(contentDir), { locales, defaultLocale: siteConfig.defaultLocale });
	return {
		name: 'bayan-redirects',
		hooks: {
			'astro:build:start': () => {
				const { problems } = table();
				if (problems.length) throw new ContentIntegrityError(problems);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { redirects: rules, problems } = table();
				if (problems.length) throw new ContentIntegrityError(problems);
				const file = join(fileURLToPath(dir), '_redirects');
				try {
					await writeFile(file, redirectsFile(rules, locales));
				} catch (error) {
					throw new Error(`Cannot write ${file}.`, { cause: error });
				}
				logger.info(`_redirects: ${rules.length} permanent redirects`);
			},
		},
	};
}

/** Published articles' permalink fields, read from `<contentDir>/<locale>/<slug>.mdx`. */
export function readArticles(contentDir: string): PermalinkArticle[] {
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
			if (data.draft === true && process.env.BAYAN_DRAFTS !== '1') continue;
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
