import { createHash } from 'node:crypto';

/**
 * Security and caching headers for static hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages; `scripts/serve.mjs` applies it too). The Content-Security-Policy's
 * `script-src` never contains 'unsafe-inline': inline scripts are allowed by hash only.
 */

/** Inline executable scripts in an HTML document (JSON and JSON-LD data blocks are not executed, so not counted). */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc\s*=/.test(attributes)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
		scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** The CSP source expression for a script body: `'sha256-…'`. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Options for the site-wide policy. */
export interface PolicyOptions {
	/** Hashes of every inline script on the site. */
	scriptHashes: Iterable<string>;
	/** Extra origins scripts may send data to (a self-hosted analytics endpoint). */
	connectSources?: string[];
}

/** The Content-Security-Policy for the public site. */
export function contentSecurityPolicy({ scriptHashes, connectSources = [] }: PolicyOptions): string {
	const hashes = [...new Set(scriptHashes)].sort();
	return [
		"default-src 'self'",
		// Pagefind runs a WebAssembly module: that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src 'self'${connectSources.length ? ` ${connectSources.join(' ')}` : ''}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		'upgrade-insecure-requests',
	].join('; ');
}

/** Headers every response gets. */
export const commonHeaders: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** One `_headers` rule: a path pattern and its headers. */
export interface HeaderRule {
	path: string;
	headers: Record<string, string>;
}

/**
 * The `_headers` rules: security headers everywhere; the strict policy on the public site's
 * paths and a looser one on the CMS (Decap needs eval, inline styles, blob: previews and
 * its Git host's API). The two policies are attached to disjoint paths because hosts
 * combine every matching rule and a browser enforces every policy it receives. Long caching
 * for content-hashed assets, short for HTML, JSON and feeds.
 */
export function headerRules(policy: string, adminPolicy: string, publicPaths: readonly string[]): HeaderRule[] {
	return [
		{ path: '/*', headers: { ...commonHeaders, 'Cache-Control': 'public, max-age=0, must-revalidate' } },
		...publicPaths.map((path) => ({ path, headers: { 'Content-Security-Policy': policy } })),
		{ path: '/admin/*', headers: { 'Content-Security-Policy': adminPolicy, 'X-Robots-Tag': 'noindex' } },
		{ path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
		{ path: '/pagefind/*', headers: { 'Cache-Control': 'public, max-age=3600' } },
		{ path: '/api/*', headers: { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' } },
		{ path: '/*.xml', headers: { 'Cache-Control': 'public, max-age=300' } },
		{ path: '/*.ics', headers: { 'Cache-Control': 'public, max-age=300' } },
	];
}

/**
 * `_headers` path patterns covering every public page: `/`, each top-level folder but the
 * CMS (`/fa/*`, `/go/*` …) and each top-level HTML file (`/404.html`).
 */
export function publicPathPatterns(topLevel: readonly { name: string; directory: boolean }[]): string[] {
	const skip = new Set(['admin', '_astro', 'pagefind']);
	return [
		'/',
		...topLevel
			.filter((entry) => !skip.has(entry.name) && (entry.directory || entry.name.endsWith('.html')))
			.map((entry) => (entry.directory ? `/${entry.name}/*` : `/${entry.name}`))
			.sort(),
	];
}

/** Serialises rules in the Netlify/Cloudflare `_headers` format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
	return `${rules.map((rule) => `${rule.path}\n${Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}`).join('\n\n')}\n`;
}

/** Parses a `_headers` file back into rules (used by the local server and tests). */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else {
			const colon = line.indexOf(':');
			const rule = rules.at(-1);
			if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}

/** Does a `_headers` path pattern (`/*`, `/admin/*`, `/*.xml`) match a URL path? */
export function matchesPattern(pattern: string, path: string): boolean {
	const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
	return regex.test(path);
}

/** The headers a path gets: every matching rule applies, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	return rules.filter((rule) => matchesPattern(rule.path, path)).reduce<Record<string, string>>((all, rule) => ({ ...all, ...rule.headers }), {});
}

/**
 * Extra rules for uploads (`/media/*`, from `public/media/`): never sniffed into another
 * type, and if one is opened as a document anyway it gets a policy that loads nothing and
 * runs nothing (`sandbox` also gives it an opaque origin). Kept apart from the site policy,
 * and emitted after it so a host that lets later rules win applies this one.
 */
export function mediaHeaderRules(): HeaderRule[] {
	return [
		{
			path: '/media/*',
			headers: {
				'X-Content-Type-Options': 'nosniff',
				'Content-Security-Policy': "default-src 'none'; sandbox",
			},
		},
	];
}
