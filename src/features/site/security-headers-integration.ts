import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheRules, metaPolicy, nginxConfig, nginxLanguageMap } from './deploy';
import { readArticles } from '../content/article-files';
import { buildRedirectTable } from '../content/permalinks';
import { contentSecurityPolicy, formatHeaders, headerRules, isHashedPage, mediaHeaderRules, publicPathPatterns, scriptHash } from './security-headers';
import { PageScriptReader, type PageScripts } from './page-scripts';
import { locales, siteConfig } from '../../site.config';
import { SERVER_CONFIG_FOLDER } from '../../../scripts/lib/server-config.mjs';
import { buildsWholeSite } from '../../core/build-scope';

/** The built pages whose inline scripts the policy allows (`isHashedPage`: no CMS, no uploads). */
async function hashedPages(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return (
		entries
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.filter((file) => isHashedPage(relative(dir, file).split(sep).join('/')))
			// A fixed order: the same site gives the same output whatever the file system lists first.
			.sort()
	);
}

/**
 * Where the CMS may talk to: the Git hosts Decap's backends use, plus any custom API or
 * auth origin configured through `DECAP_API_ROOT` / `DECAP_BASE_URL`; localhost stays for
 * `npm run cms` and the CMS tests, which run decap-server on this machine.
 */
function cmsOrigins(): string[] {
	const origins = new Set(['https://api.github.com', 'https://gitlab.com', 'https://api.bitbucket.org', 'https://bitbucket.org']);
	for (const name of ['DECAP_API_ROOT', 'DECAP_BASE_URL']) {
		const value = process.env[name];
		if (!value) continue;
		try {
			origins.add(new URL(value).origin);
		} catch (cause) {
			throw new Error(`${name}="${value}" is not an absolute URL`, { cause });
		}
	}
	return [...origins];
}

/**
 * Writes `dist/_headers` after the build: it hashes every inline script of the site's own
 * pages, each script text found running by a real HTML parser (`inlineScripts`; the pages
 * that only repeat those are read with a quick scan, src/features/site/page-scripts.ts), so
 * the Content-Security-Policy can forbid all others, including anything under `media/`.
 */
export function securityHeaders(options: { connectSources?: string[] } = {}): AstroIntegration {
	return {
		name: 'bayan-security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const connectSources = options.connectSources;
				const hashes = new Set<string>();
				// Most pages run the same few scripts: hash each text and build each page policy once.
				const hashOf = new Map<string, string>();
				const pagePolicies = new Map<string, string>();
				const reader = new PageScriptReader();
				// One page at a time, written as soon as it is read: no build holds every page in memory.
				for (const file of await hashedPages(outDir)) {
					let page: PageScripts;
					try {
						page = reader.read(readFileSync(file));
					} catch (cause) {
						throw new Error(`Cannot read the inline scripts of ${file}`, { cause });
					}
					const own = page.scripts.map((body) => {
						let hash = hashOf.get(body);
						if (hash === undefined) hashOf.set(body, (hash = scriptHash(body)));
						hashes.add(hash);
						return hash;
					});
					// Hosts that send no headers (GitHub Pages) still get a policy: each page carries its
					// own in a <meta>, allowing only that page's inline scripts.
					const key = own.join(' ');
					let policy = pagePolicies.get(key);
					if (policy === undefined) pagePolicies.set(key, (policy = metaPolicy(contentSecurityPolicy({ scriptHashes: own, connectSources }))));
					try {
						writeFileSync(file, page.withPolicy(policy));
					} catch (cause) {
						throw new Error(`Cannot add the <meta> Content-Security-Policy to ${file}`, { cause });
					}
				}
				const policy = contentSecurityPolicy({ scriptHashes: hashes, connectSources });
				const adminPolicy = [
					"default-src 'self'",
					"script-src 'self' 'unsafe-eval'",
					"style-src 'self' 'unsafe-inline'",
					"img-src 'self' data: blob: https:",
					// blob: Decap reads the media an editor picked through a blob: URL when it saves the
					// entry; without it, saving an article with a new image fails ("Failed to persist entry").
					// Its local backup of an unsaved entry reads the draft's media the same way.
					`connect-src 'self' blob: ${cmsOrigins().join(' ')} http://localhost:* http://127.0.0.1:*`,
					"frame-src 'self' blob:",
					"frame-ancestors 'none'",
				].join('; ');
				const topLevel = (await readdir(outDir, { withFileTypes: true })).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
				const rules = [...headerRules(policy, adminPolicy, publicPathPatterns(topLevel), cacheRules(topLevel)), ...mediaHeaderRules()];
				await writeFile(join(outDir, '_headers'), formatHeaders(rules));
				// Any server: nginx from the same header rules and redirect table (README, "Deploying").
				// Not in the notices fast path: the redirect table reads every article, and the last full
				// build's nginx files stay where they are (dist-server/, scripts/lib/server-config.mjs).
				if (buildsWholeSite()) {
					const { redirects } = buildRedirectTable(readArticles('src/content/articles'), { locales, defaultLocale: siteConfig.defaultLocale });
					// Written into `_server/`, which `npm run build` moves out of the published folder
					// (scripts/lib/server-config.mjs): a server's configuration is not for visitors.
					const serverDir = join(outDir, SERVER_CONFIG_FOLDER);
					await mkdir(serverDir, { recursive: true });
					await writeFile(join(serverDir, 'nginx.conf'), nginxConfig({ headerRules: rules, redirects, locales, defaultLocale: siteConfig.defaultLocale }));
					await writeFile(join(serverDir, 'nginx-http.conf'), nginxLanguageMap(locales, siteConfig.defaultLocale));
				}
				logger.info(`_headers written (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'}; ${reader.scanned} pages scanned, ${reader.parsed} parsed in full)`);
				// `npm run bench` cuts its per-phase breakdown from this line.
				logger.info(`phase headers/CSP ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
