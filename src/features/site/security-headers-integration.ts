import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cacheRules, nginxConfig, nginxLanguageMap } from './deploy';
import { readArticles } from '../content/article-files';
import { buildRedirectTable } from '../content/permalinks';
import { contentSecurityPolicy, formatHeaders, headerRules, isHashedPage, mediaHeaderRules, publicPathPatterns } from './security-headers';
import { type BuiltPageScripts, PageScriptReader } from './page-scripts';
import { PolicyRecord } from './policy-record';
import { pageMetaPolicy, scriptHasher, shareWithMiddleware } from './page-policy';
import { locales, siteConfig } from '../../site.config';
import { SERVER_CONFIG_FOLDER } from '../../../scripts/lib/server-config.mjs';
import { buildsWholeSite } from '../../core/build-scope';
import { sharePageDigests } from '../../core/built-pages';
import { codeDigest } from '../../core/code-digest';
import { bytesDigest } from '../../core/digest';

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

/** What the page step found in one build, for the `_headers` step after it. */
interface PagePass {
	outDir: string;
	/** Every inline script hash of the site's pages. */
	hashes: Set<string>;
}

/**
 * Gives every built page its own `<meta>` Content-Security-Policy (hosts that send no
 * headers, such as GitHub Pages, still get one), allowing only that page's inline scripts;
 * returns the hashes of every inline script of the site, for `_headers`.
 *
 * In a whole-site build Astro already writes each page with its policy
 * (./page-policy-middleware.ts): this step reads every page and keeps one whose policy is
 * the one it needs, so it writes only a page the middleware did not recognise or could not
 * read (where its parser then names the file), or a page it changed after rendering.
 *
 * With Astro's cache folder known, a page written here is also written into Astro's
 * incremental cache (`<cacheDir>/dist/<page>`, where Astro keeps the copy it restores an
 * unchanged page from), but only where that copy is byte for byte the page Astro wrote.
 * A page restored unchanged then comes back with its policy, and when the policy it
 * needs is the one it has, it is read and scanned but not written again: at 1,000 articles
 * per locale a rebuild rewrote some 7,000 unchanged pages here. `PageScriptReader.readBuilt`
 * reads such a page as the page without that element, so its scripts are found afresh.
 * A page whose copy is still the one this step left there (`PolicyRecord`, policy-record.ts)
 * is not read at all: its scripts, policy and digest are the recorded ones.
 */
async function addPagePolicies(outDir: string, cacheDir: string | undefined, root: string, connectSources: string[] | undefined, logger: AstroIntegrationLogger): Promise<PagePass> {
	const started = performance.now();
	const hashes = new Set<string>();
	// Most pages run the same few scripts: hash each text and build each page policy once.
	const hashOf = scriptHasher();
	const pagePolicies = new Map<string, string>();
	const reader = new PageScriptReader();
	const astroCopies = cacheDir === undefined ? undefined : join(cacheDir, ASTRO_INCREMENTAL_OUTPUT);
	// The digest of each page as published, for the search step after this one (src/core/built-pages.ts).
	const digests = new Map<string, string>();
	// What the last build learnt of the pages whose copy in Astro's cache it wrote (policy-record.ts).
	// Keyed by this step's code (and the shared HTML helpers), which Astro's cache does not look at.
	const record = cacheDir === undefined ? undefined : PolicyRecord.load(join(cacheDir, POLICY_RECORD), await codeDigest(root, ['src/features/site', 'src/core']));
	const policyFor = (own: string[]): string => {
		const key = own.join(' ');
		let policy = pagePolicies.get(key);
		if (policy === undefined) pagePolicies.set(key, (policy = pageMetaPolicy(own, connectSources)));
		return policy;
	};
	let kept = 0;
	let unread = 0;
	let rewritten = 0;
	// One page at a time, written as soon as it is read: no build holds every page in memory.
	for (const file of await hashedPages(outDir)) {
		const page = relative(outDir, file);
		const copy = astroCopies === undefined ? undefined : join(astroCopies, page);
		// Restored by Astro from the copy this step wrote last time, with the policy it still needs: not read at all.
		const known = copy === undefined ? undefined : record?.unchanged(page, copy, file);
		if (known && copy && policyFor(known.scripts) === known.policy) {
			for (const hash of known.scripts) hashes.add(hash);
			digests.set(file, known.digest);
			record?.remember(page, copy, known);
			unread += 1;
			continue;
		}
		const bytes = readFileSync(file);
		let built: BuiltPageScripts;
		try {
			built = reader.readBuilt(bytes);
		} catch (cause) {
			throw new Error(`Cannot read the inline scripts of ${file}`, { cause });
		}
		const own = built.scripts.map((body) => {
			const hash = hashOf(body);
			hashes.add(hash);
			return hash;
		});
		const policy = policyFor(own);
		// Written by Astro with the policy it needs (or restored from its cache with it): nothing to write.
		if (built.previousPolicy === policy) {
			kept += 1;
			const digest = bytesDigest(bytes);
			digests.set(file, digest);
			// Recorded once its copy is known to be this very page (read once, the first build after it changed).
			if (copy !== undefined && sameBytes(copy, bytes)) record?.remember(page, copy, { scripts: own, policy, digest });
			continue;
		}
		let written: Buffer;
		try {
			written = built.withPolicy(policy);
		} catch (cause) {
			throw new Error(`Cannot add the <meta> Content-Security-Policy to ${file}`, { cause });
		}
		rewritten += 1;
		try {
			writeFileSync(file, written);
		} catch (cause) {
			throw new Error(`Cannot add the <meta> Content-Security-Policy to ${file}`, { cause });
		}
		const digest = bytesDigest(written);
		digests.set(file, digest);
		if (copy !== undefined && keepInAstroCache(copy, bytes, written)) record?.remember(page, copy, { scripts: own, policy, digest });
	}
	record?.save();
	sharePageDigests(outDir, digests);
	logger.info(
		`page policies: ${unread} pages restored unchanged since the last build, not read; ${reader.scanned} pages scanned, ${reader.parsed} parsed in full; ${kept} already carried their policy; ${rewritten} written with it here`,
	);
	// `npm run bench` cuts its per-phase breakdown from this line.
	logger.info(`phase headers/CSP ${Math.round(performance.now() - started)} ms`);
	return { outDir, hashes };
}

/** Where Astro's incremental build keeps the copy of each page it restores (astro/dist/core/build/incremental.js). */
const ASTRO_INCREMENTAL_OUTPUT = 'dist';

/** The header step's record of the pages it handled (policy-record.ts), in Astro's cache folder. */
const POLICY_RECORD = 'bayan-page-policies.json';

/** Is `file` exactly `bytes` (false when it cannot be read)? */
function sameBytes(file: string, bytes: Buffer): boolean {
	try {
		return readFileSync(file).equals(bytes);
	} catch {
		return false;
	}
}

/**
 * Replaces Astro's cached copy of a page (`copy`) with the page as written here, when that
 * copy is exactly what Astro wrote (`astroWrote`); any other file there, or none, is left
 * as it is: the next build then reads the page as any new one.
 * @returns whether the copy now holds `written`
 */
function keepInAstroCache(copy: string, astroWrote: Buffer, written: Buffer): boolean {
	if (!sameBytes(copy, astroWrote)) return false;
	try {
		writeFileSync(copy, written);
	} catch (cause) {
		throw new Error(`Cannot update Astro's cached copy ${copy}`, { cause });
	}
	return true;
}

/**
 * The two steps of the Content-Security-Policy after a build, as two integrations:
 * - `pages` gives each page its `<meta>` policy (`addPagePolicies`). Put it after every
 *   integration that writes HTML (it hashes the inline scripts they contain) and before the
 *   search index, which then keys each page by the bytes that are published.
 * - `headers` writes `dist/_headers`: every inline script of the site's own pages is hashed,
 *   each script text found running by a real HTML parser (`inlineScripts`; the pages that only
 *   repeat those are read with a quick scan, src/features/site/page-scripts.ts), so the policy
 *   can forbid all others, including anything under `media/`. Put it last: its rules name
 *   the top-level folders (Pagefind's too). Without `pages` before it in the build, it gives
 *   the pages their policies itself.
 */
export function securityHeaderSteps(options: { connectSources?: string[] } = {}): { pages: AstroIntegration; headers: AstroIntegration } {
	const connectSources = options.connectSources;
	let cacheDir: string | undefined;
	let root = process.cwd();
	let pass: PagePass | undefined;
	const configDone = ({ config }: { config: AstroConfig }) => {
		cacheDir = fileURLToPath(config.cacheDir);
		root = fileURLToPath(config.root);
	};
	return {
		pages: {
			name: 'bayan-page-policies',
			hooks: {
				// Pages are written with their policy as Astro renders them (./page-policy-middleware.ts);
				// this step then only checks them. Not for a dev server, whose pages run Vite's own scripts.
				'astro:config:setup': ({ command, addMiddleware }) => {
					if (command !== 'build') return;
					shareWithMiddleware({ connectSources });
					addMiddleware({ entrypoint: new URL('./page-policy-middleware.ts', import.meta.url), order: 'pre' });
				},
				'astro:config:done': configDone,
				'astro:build:done': async ({ dir, logger }) => {
					// Every page is rendered by now: nothing later in this process takes the middleware's settings.
					shareWithMiddleware(undefined);
					pass = await addPagePolicies(fileURLToPath(dir), cacheDir, root, connectSources, logger);
				},
			},
		},
		headers: {
			name: 'bayan-security-headers',
			hooks: {
				'astro:config:done': configDone,
				'astro:build:done': async ({ dir, logger }) => {
					const outDir = fileURLToPath(dir);
					const { hashes } = pass?.outDir === outDir ? pass : await addPagePolicies(outDir, cacheDir, root, connectSources, logger);
					pass = undefined;
					const started = performance.now();
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
					logger.info(`_headers written (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'})`);
					// `npm run bench` cuts its per-phase breakdown from this line.
					logger.info(`phase headers/CSP ${Math.round(performance.now() - started)} ms`);
				},
			},
		},
	};
}

/** Both steps in one integration (`securityHeaderSteps().headers` alone): for a build with nothing to order between them. */
export function securityHeaders(options: { connectSources?: string[] } = {}): AstroIntegration {
	return securityHeaderSteps(options).headers;
}
