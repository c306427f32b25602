import { createHash } from 'node:crypto';
import { html } from 'parse5';
import { attribute, childrenOf, isElement, parseHtml, textValue, type HtmlElement as Element, type HtmlNode } from '../../core/html.ts';

/**
 * Security and caching headers for static hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages; `scripts/serve.mjs` applies it too). The Content-Security-Policy's
 * `script-src` never contains 'unsafe-inline': inline scripts are allowed by hash only.
 */

/**
 * JavaScript MIME type essences (HTML Living Standard, "JavaScript MIME type"): a script
 * whose type is one of these, or empty, or absent, is a classic script.
 */
const JAVASCRIPT_TYPES = new Set([
	'application/ecmascript',
	'application/javascript',
	'application/x-ecmascript',
	'application/x-javascript',
	'text/ecmascript',
	'text/javascript',
	'text/javascript1.0',
	'text/javascript1.1',
	'text/javascript1.2',
	'text/javascript1.3',
	'text/javascript1.4',
	'text/javascript1.5',
	'text/jscript',
	'text/livescript',
	'text/x-ecmascript',
	'text/x-javascript',
]);

/** Elements whose content a browser never runs as script, even when it looks like markup. */
const INERT_CONTAINERS = new Set(['noscript', 'template', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'style']);

/** Strips ASCII whitespace from both ends, as the HTML standard does for a script's type. */
const stripAsciiWhitespace = (value: string): string => value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

/**
 * Would a browser run this parsed `<script>` element as an inline classic or module script?
 * An allow-list of the HTML standard's rules ("prepare the script element"): HTML namespace
 * only (an SVG script is left out, so the policy blocks it), no `src`, no `nomodule`, and a
 * type that is absent, empty, a JavaScript MIME type or `module`; import maps, speculation
 * rules and data blocks (JSON-LD) are not scripts to hash.
 */
export function isInlineExecutable(element: Element): boolean {
	if (element.tagName !== 'script' || element.namespaceURI !== html.NS.HTML) return false;
	if (attribute(element, 'src') !== undefined) return false;
	const typeAttribute = attribute(element, 'type');
	const language = attribute(element, 'language');
	let type: string;
	if (typeAttribute !== undefined) type = stripAsciiWhitespace(typeAttribute).toLowerCase();
	else if (language) type = `text/${language}`.toLowerCase();
	else type = '';
	if (type === 'module') return true;
	if (attribute(element, 'nomodule') !== undefined) return false;
	return type === '' || JAVASCRIPT_TYPES.has(type);
}

/**
 * The inline scripts a browser would execute in an HTML document, each exactly as the HTML
 * parser gives its text (newlines normalised, no entity decoding inside a script), which is
 * what the browser hashes. The document is read with a real HTML parser (parse5), not a
 * pattern: `<script>` written inside an attribute, a comment, `<noscript>`, `<template>` or
 * `<textarea>` is text or inert there and must never be allowed by hash, since it may not
 * stay inert (a `<noscript>`'s text is parsed as markup when scripting is off, a template
 * is cloned into the page).
 */
export function inlineScripts(source: string): string[] {
	// Parsed as a browser running scripts does (parseHtml), so <noscript> is raw text.
	const document = parseHtml(source);
	const scripts: string[] = [];
	const visit = (node: HtmlNode): void => {
		for (const child of childrenOf(node)) {
			if (!isElement(child)) continue;
			if (isInlineExecutable(child)) {
				scripts.push(child.childNodes.map((text) => textValue(text) ?? '').join(''));
				continue;
			}
			// A template's children live in `content`, which is deliberately not visited.
			if (INERT_CONTAINERS.has(child.tagName) && child.namespaceURI === html.NS.HTML) continue;
			visit(child);
		}
	};
	visit(document);
	return scripts;
}

/**
 * Should this built file (its path relative to the output folder, `/`-separated) have its
 * inline scripts allowed? Only the site's own HTML pages: never the CMS (it has its own
 * policy) and never anything under `media/`, which holds uploads, whatever they turn out
 * to be (an uploaded `.html` must not get its script allowed site-wide).
 */
export function isHashedPage(relativePath: string): boolean {
	const [top] = relativePath.split('/');
	return relativePath.endsWith('.html') && top !== 'media' && top !== 'admin';
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
 * combine every matching rule and a browser enforces every policy it receives. Caching
 * comes from `cache` (`cacheRules` in src/features/site/deploy.ts), whose paths never
 * overlap, for the same reason: Cloudflare joins repeated headers with a comma.
 */
export function headerRules(policy: string, adminPolicy: string, publicPaths: readonly string[], cache: readonly HeaderRule[] = []): HeaderRule[] {
	return [
		{ path: '/*', headers: { ...commonHeaders } },
		...publicPaths.map((path) => ({ path, headers: { 'Content-Security-Policy': policy } })),
		{ path: '/admin/*', headers: { 'Content-Security-Policy': adminPolicy, 'X-Robots-Tag': 'noindex' } },
		{ path: '/api/*', headers: { 'Access-Control-Allow-Origin': '*' } },
		...cache,
	];
}

/**
 * `_headers` path patterns covering every public page: `/`, each top-level folder but the
 * CMS (`/fa/*`, `/go/*` …) and each top-level HTML file (`/404.html`).
 */
export function publicPathPatterns(topLevel: readonly { name: string; directory: boolean }[]): string[] {
	const skip = new Set(['admin', '_astro', 'pagefind']);
	// Names come from the build output, which includes whatever sits in public/: only plain
	// names may become rule paths, and any other stops the build rather than being left
	// without a policy or written into the file raw.
	for (const entry of topLevel) {
		if (!SAFE_NAME.test(entry.name))
			throw new Error(`_headers: the top-level output ${JSON.stringify(entry.name)} has a name that cannot be written as a rule path (letters, digits, ".", "_" and "-" only)`);
	}
	return [
		'/',
		...topLevel
			.filter((entry) => !skip.has(entry.name) && (entry.directory || entry.name.endsWith('.html')))
			.map((entry) => (entry.directory ? `/${entry.name}/*` : `/${entry.name}`))
			.sort(),
	];
}

/** A file or folder name that may appear in a rule path. */
const SAFE_NAME = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;
/** A rule path: site-absolute, plain characters and `*` wildcards, no whitespace. */
const SAFE_RULE_PATH = /^\/[A-Za-z0-9._~/*-]*$/;
/** A header name (an RFC 9110 token, restricted to what the site uses). */
const SAFE_HEADER_NAME = /^[A-Za-z0-9-]+$/;
/** A header value: printable ASCII and spaces only, so it cannot break its line. */
const SAFE_HEADER_VALUE = /^[\x20-\x7e]*$/;

/**
 * Serialises rules in the Netlify/Cloudflare `_headers` format. Every path, name and value
 * is checked against an allow-list first and one that fails stops the build naming it:
 * a line break in any of them would otherwise start a rule or header of its own.
 */
export function formatHeaders(rules: readonly HeaderRule[]): string {
	for (const rule of rules) {
		if (!SAFE_RULE_PATH.test(rule.path)) throw new Error(`_headers: refusing the rule path ${JSON.stringify(rule.path)}`);
		for (const [name, value] of Object.entries(rule.headers)) {
			if (!SAFE_HEADER_NAME.test(name)) throw new Error(`_headers: refusing the header name ${JSON.stringify(name)} on ${rule.path}`);
			if (!SAFE_HEADER_VALUE.test(value) || value.trim() !== value || value === '') {
				throw new Error(`_headers: refusing the value of ${name} on ${rule.path}: ${JSON.stringify(value)}`);
			}
		}
	}
	return `${rules
		.map(
			(rule) =>
				`${rule.path}\n${Object.entries(rule.headers)
					.map(([name, value]) => `  ${name}: ${value}`)
					.join('\n')}`,
		)
		.join('\n\n')}\n`;
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
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return regex.test(path);
}

/** The headers a path gets: every matching rule applies, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	return rules.filter((rule) => matchesPattern(rule.path, path)).reduce<Record<string, string>>((all, rule) => Object.assign(all, rule.headers), {});
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
			// nosniff comes from the rule for every path; repeating it here would send it twice.
			headers: {
				'Content-Security-Policy': "default-src 'none'; sandbox",
			},
		},
	];
}
