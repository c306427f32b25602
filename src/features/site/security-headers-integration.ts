import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheRules, insertMetaPolicy, metaPolicy, metaPolicyOffset, nginxConfig, nginxLanguageMap } from './deploy';
import { filesFingerprint, PageScanCache, type PageScan } from './page-scan-cache';
import { readArticles } from '../content/article-files';
import { buildRedirectTable } from '../content/permalinks';
import { contentSecurityPolicy, formatHeaders, headerRules, inlineScripts, isHashedPage, mediaHeaderRules, publicPathPatterns, scriptHash } from './security-headers';

/** Pages read and written at once: file I/O overlaps the parsing of others. */
const PAGES_AT_ONCE = 16;

/** What the scan of one page reads from it (parse5 twice: its scripts, and where the `<meta>` goes). */
function scanPage(source: string): PageScan {
	return { scripts: inlineScripts(source).map(scriptHash), at: metaPolicyOffset(source) };
}
import { locales, siteConfig } from '../../site.config';
import { SERVER_CONFIG_FOLDER } from '../../../scripts/lib/server-config.mjs';
import { buildsWholeSite } from '../../core/build-scope';

/** The built pages whose inline scripts the policy allows (`isHashedPage`: no CMS, no uploads). */
async function hashedPages(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => isHashedPage(relative(dir, file).split(sep).join('/')));
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
 * pages, read with a real HTML parser (`inlineScripts`), so the Content-Security-Policy can
 * forbid all others, including anything under `media/`.
 */
export function securityHeaders(options: { connectSources?: string[] } = {}): AstroIntegration {
	/** The project root and the page-scan cache file, from the resolved config (none when the hook is called outside Astro). */
	let root: string | undefined;
	let scanFile: string | undefined;
	return {
		name: 'bayan-security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				scanFile = join(fileURLToPath(config.cacheDir), 'bayan-page-scans.json');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const hashes = new Set<string>();
				const connectSources = options.connectSources;
				// The scan's code and the lockfile (the parser's version): a change to either scans every page again.
				const scanCode = ['security-headers.ts', 'deploy.ts', 'page-scan-cache.ts', '../../core/html.ts'].map((name) => fileURLToPath(new URL(name, import.meta.url)));
				const scans = new PageScanCache(scanFile, filesFingerprint(scanCode, [join(root ?? '.', 'package-lock.json')]));
				// Hosts that send no headers (GitHub Pages) still get a policy: each page carries its
				// own in a <meta>, allowing only that page's inline scripts. Each page is read, given
				// its <meta> and written back in one go, so no page is held longer than that.
				const files = await hashedPages(outDir);
				let next = 0;
				const worker = async () => {
					while (next < files.length) {
						const file = files[next++]!;
						const source = await readFile(file, 'utf8');
						let scan: PageScan;
						try {
							scan = scans.scan(source, scanPage);
						} catch (cause) {
							throw new Error(`Cannot read the inline scripts of ${file}`, { cause });
						}
						for (const hash of scan.scripts) hashes.add(hash);
						const own = metaPolicy(contentSecurityPolicy({ scriptHashes: scan.scripts, connectSources }));
						try {
							await writeFile(file, insertMetaPolicy(source, scan.at, own));
						} catch (cause) {
							throw new Error(`Cannot add the <meta> Content-Security-Policy to ${file}`, { cause });
						}
					}
				};
				await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
				scans.save();
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
				logger.info(
					`_headers written (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'}; pages scanned ${scans.counts.scanned}, unchanged since the last build ${scans.counts.reused})`,
				);
				// `npm run bench` cuts its per-phase breakdown from this line.
				logger.info(`phase headers/CSP ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
