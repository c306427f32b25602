import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, formatHeaders, headerRules, inlineScripts, isHashedPage, mediaHeaderRules, publicPathPatterns, scriptHash } from './security-headers';

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
	return {
		name: 'bayan-security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const hashes = new Set<string>();
				for (const file of await hashedPages(outDir)) {
					let scripts: string[];
					try {
						scripts = inlineScripts(await readFile(file, 'utf8'));
					} catch (cause) {
						throw new Error(`Cannot read the inline scripts of ${file}`, { cause });
					}
					for (const body of scripts) hashes.add(scriptHash(body));
				}
				const policy = contentSecurityPolicy({ scriptHashes: hashes, connectSources: options.connectSources });
				const adminPolicy = [
					"default-src 'self'",
					"script-src 'self' 'unsafe-eval'",
					"style-src 'self' 'unsafe-inline'",
					"img-src 'self' data: blob: https:",
					`connect-src 'self' ${cmsOrigins().join(' ')} http://localhost:* http://127.0.0.1:*`,
					"frame-src 'self' blob:",
					"frame-ancestors 'none'",
				].join('; ');
				const topLevel = (await readdir(outDir, { withFileTypes: true })).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
				await writeFile(join(outDir, '_headers'), formatHeaders([...headerRules(policy, adminPolicy, publicPathPatterns(topLevel)), ...mediaHeaderRules()]));
				logger.info(`_headers written (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'})`);
				// `npm run bench` cuts its per-phase breakdown from this line.
				logger.info(`phase headers/CSP ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
