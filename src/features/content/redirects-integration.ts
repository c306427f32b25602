import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticles } from './article-files';
import { assertNoProblems } from './integrity';
import { languageRedirectLines } from '../site/deploy';
import { buildRedirectTable, redirectsFile } from './permalinks';
import { locales, siteConfig } from '../../site.config';

/**
 * Writes `dist/_redirects` (Netlify / Cloudflare Pages): the permanent links and retired
 * slugs as real 301s, and per-language 404 rules. The HTML redirect pages
 * (`src/pages/[...redirect].astro`) come from the same table, so a host that ignores this
 * file still sends readers to the same place.
 *
 * Integrations run outside the content layer, so articles are read from their files
 * (`readArticles`); by the time the build is done, every one of them has passed its schema.
 */
export function redirects(contentDir = 'src/content/articles'): AstroIntegration {
	const table = () => buildRedirectTable(readArticles(contentDir), { locales, defaultLocale: siteConfig.defaultLocale });
	return {
		name: 'bayan-redirects',
		hooks: {
			// Collisions already stop the build while pages render (src/features/content/permalink-content.ts);
			// this checks again only because it must not write a half-true file.
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { redirects: rules, problems } = table();
				assertNoProblems(problems);
				const file = join(fileURLToPath(dir), '_redirects');
				try {
					await writeFile(file, redirectsFile(rules, locales, languageRedirectLines(locales, siteConfig.defaultLocale)));
				} catch (error) {
					throw new Error(`Cannot write ${file}.`, { cause: error });
				}
				logger.info(`_redirects: ${rules.length} permanent redirects`);
				// `npm run bench` cuts its per-phase breakdown from this line.
				logger.info(`phase redirects ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
