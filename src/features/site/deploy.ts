import { html, parse, type DefaultTreeAdapterMap } from 'parse5';
import { jsonForScript } from '../../core/json-script';
import { isInternalHref } from '../../core/safe-href';
import type { HeaderRule } from './security-headers';
import { matchesPattern } from './security-headers';

/**
 * Deploy outputs beyond `_headers` and `_redirects`, generated from the same rules so every
 * host keeps the same promises: the `<meta>` Content-Security-Policy for hosts that send no
 * headers (GitHub Pages), the `/` language rules, and an nginx configuration for any server.
 */

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Cache-Control values, one per kind of file. */
export const cacheControl = {
	/** Content-hashed files: a new build gives them new names. */
	hashed: 'public, max-age=31536000, immutable',
	/** Pages, feeds and everything else: always checked again, so a notice is never served stale. */
	revalidate: 'public, max-age=0, must-revalidate',
	/** The search index: renamed by content too, but its entry file is not. */
	search: 'public, max-age=3600',
	api: 'public, max-age=60',
} as const;

/**
 * `Cache-Control` rules that never overlap: Cloudflare Pages joins the values of every
 * matching rule with a comma (`max-age=0, …, max-age=31536000`), and a cache then takes the
 * most restrictive, so a catch-all `/*` rule would undo the year for hashed assets. Each
 * top-level folder and file of the output gets exactly one rule instead.
 */
export function cacheRules(topLevel: readonly { name: string; directory: boolean }[]): HeaderRule[] {
	const special: Record<string, string> = { _astro: cacheControl.hashed, pagefind: cacheControl.search, api: cacheControl.api };
	const rules: HeaderRule[] = [{ path: '/', headers: { 'Cache-Control': cacheControl.revalidate } }];
	for (const entry of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
		if (!entry.directory && (entry.name === '_headers' || entry.name === '_redirects' || entry.name.startsWith('_'))) continue;
		const path = entry.directory ? `/${entry.name}/*` : `/${entry.name}`;
		rules.push({ path, headers: { 'Cache-Control': (entry.directory && special[entry.name]) || cacheControl.revalidate } });
	}
	return rules;
}

/** Directives a `<meta>` policy cannot carry (CSP 3: ignored there, and reported as errors by browsers). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The site policy without the directives a `<meta>` element cannot carry. */
export function metaPolicy(policy: string): string {
	return policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!))
		.join('; ');
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function findElement(node: ParentNode, test: (element: Element) => boolean): Element | undefined {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		if (child.namespaceURI === html.NS.HTML && test(child)) return child;
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

/**
 * Adds `<meta http-equiv="Content-Security-Policy">` to a page, right after its charset
 * declaration (a policy applies only to what follows it, and the charset must stay within
 * the first 1024 bytes). Positions come from a real HTML parser. A page that already has one is refused:
 * two would both be enforced and the second could only loosen nothing or break the page.
 */
export function withMetaPolicy(source: string, policy: string): string {
	const document = parse(source, { sourceCodeLocationInfo: true });
	if (findElement(document, (element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy')) {
		throw new Error('the page already has a <meta> Content-Security-Policy');
	}
	const charset = findElement(document, (element) => element.tagName === 'meta' && attr(element, 'charset') !== undefined);
	const head = findElement(document, (element) => element.tagName === 'head');
	const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
	if (at === undefined) throw new Error('the page has no <head> to put a <meta> Content-Security-Policy in');
	return `${source.slice(0, at)}${metaPolicyElement(policy)}${source.slice(at)}`;
}

/**
 * The `<meta>` element that carries a page's policy; the value is escaped here although a
 * policy never contains `"`, `&` or `<`. Also written by the header scan's quick path
 * (src/features/site/page-scripts.ts), so both paths write the same bytes.
 */
export function metaPolicyElement(policy: string): string {
	const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
}

// ---- Language at `/` ----

/**
 * Every writer below checks its own languages rather than trusting its caller: each locale is
 * a bare language code (it is printed into `_redirects`, nginx and inline scripts) and the
 * default is one of them. Throws naming the writer.
 */
function checkLocales(where: string, locales: readonly string[], defaultLocale: string): void {
	if (locales.length === 0) throw new Error(`${where}: no locales`);
	for (const locale of locales) if (typeof locale !== 'string' || !/^[a-z]{2,3}$/.test(locale)) throw new Error(`${where}: locale ${JSON.stringify(locale)} is not a language code`);
	if (!locales.includes(defaultLocale)) throw new Error(`${where}: the default locale ${JSON.stringify(defaultLocale)} is not one of ${locales.join(', ')}`);
}

/**
 * `_redirects` lines that send `/` to the visitor's language on Netlify (its `Language`
 * condition reads Accept-Language). Forced (`!`) because `/index.html` exists. The default
 * locale comes last, without a condition. Cloudflare Pages and the local server skip lines
 * with conditions; there the page's own script picks.
 */
export function languageRedirectLines(locales: readonly string[], defaultLocale: string): string[] {
	checkLocales('_redirects', locales, defaultLocale);
	return [
		'# "/" in the visitor\'s language (Netlify reads Accept-Language; elsewhere the page\'s script picks).',
		...locales.filter((locale) => locale !== defaultLocale).map((locale) => `/  /${locale}/  302!  Language=${locale}`),
		`/  /${defaultLocale}/  302!`,
	];
}

/**
 * The tiny script `/` runs: the first of the browser's languages the site has, else the
 * default. Without JavaScript, the page's `<noscript>` refresh leads to the default.
 */
export function languagePickerScript(locales: readonly string[], defaultLocale: string): string {
	checkLocales('the "/" language script', locales, defaultLocale);
	// The script serializer, so no value can end the <script> element or open a comment in it.
	return `(()=>{const s=${jsonForScript(locales)};let l=${jsonForScript(defaultLocale)};for(const w of navigator.languages||[navigator.language]){const b=String(w).toLowerCase().split('-')[0];if(s.includes(b)){l=b;break}}location.replace('/'+l+'/')})()`;
}

/**
 * The inline script of the host-wide `/404.html` (GitHub Pages serves it for every missing
 * path): a visitor lost under `/ar/…` is sent to the Arabic 404 page.
 */
export function notFoundLanguageScript(locales: readonly string[], defaultLocale: string): string {
	checkLocales('the 404 language script', locales, defaultLocale);
	const others = locales.filter((locale) => locale !== defaultLocale);
	return `(()=>{const m=/^\\/(${others.join('|')})\\//.exec(location.pathname);if(m&&location.pathname!=='/'+m[1]+'/404/')location.replace('/'+m[1]+'/404/')})()`;
}

// ---- nginx ----

/** One permanent redirect of the table `_redirects` is written from. */
export interface RedirectLine {
	from: string;
	to: string;
}

/** Every header a path gets, in rule order; a repeated name (two CSPs) is kept twice, as hosts send it. */
function headerLines(rules: readonly HeaderRule[], path: string): [string, string][] {
	const lines: [string, string][] = [];
	for (const rule of rules.filter((candidate) => matchesPattern(candidate.path, path))) {
		for (const [name, value] of Object.entries(rule.headers)) {
			// A later rule's Cache-Control or X-Robots-Tag replaces an earlier one; policies add up.
			const index = name === 'Content-Security-Policy' ? -1 : lines.findIndex(([existing]) => existing === name);
			if (index >= 0) lines[index] = [name, value];
			else lines.push([name, value]);
		}
	}
	return lines;
}

/** A path nginx may route: a path on this site (src/core/safe-href.ts), in characters that need no quoting. */
const nginxSafePath = (path: string) => isInternalHref(path) && /^\/[A-Za-z0-9._~/-]*$/.test(path);
/** An HTTP header name (RFC 9110 token, letters, digits and `-` as every header here is). */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const quote = (value: string) => {
	if (!/^[\x20-\x7e]*$/.test(value) || /["\\$]/.test(value)) throw new Error(`nginx: refusing to write the value ${JSON.stringify(value)}`);
	return `"${value}"`;
};

/**
 * An nginx `server { … }` body for the built site, from the same header rules and redirect
 * table as `_headers` and `_redirects`: one location per rule path (nginx's `add_header`
 * in a location replaces the inherited ones, so each carries its full set), the permanent
 * links as exact-match 301s, each language's 404 page, and `/` by Accept-Language (the
 * first listed language the site has). Include it inside a `server` block whose `root` is
 * the built folder.
 */
export function nginxConfig(options: { headerRules: readonly HeaderRule[]; redirects: readonly RedirectLine[]; locales: readonly string[]; defaultLocale: string }): string {
	const { headerRules, redirects, locales } = options;
	checkLocales('nginx', locales, options.defaultLocale);
	const block = (selector: string, path: string, body: string[]) => {
		const headers = headerLines(headerRules, path).map(([name, value]) => {
			if (!HEADER_NAME.test(name)) throw new Error(`nginx: refusing the header name ${JSON.stringify(name)}`);
			return `add_header ${name} ${quote(value)} always;`;
		});
		return [`location ${selector} {`, ...[...headers, ...body].map((line) => `\t${line}`), '}'];
	};
	const prefixes = new Set<string>();
	const exact = new Set<string>();
	for (const rule of headerRules) {
		if (rule.path === '/*' || rule.path === '/') continue;
		if (rule.path.endsWith('/*')) prefixes.add(rule.path.slice(0, -1));
		else if (!rule.path.includes('*')) exact.add(rule.path);
		else throw new Error(`nginx: no location for the rule path ${JSON.stringify(rule.path)}`);
	}
	const lines: string[] = [
		'# Generated by Bayan at build time (src/features/site/deploy.ts) from the same rules as _headers and _redirects.',
		'# Include it inside the server block whose root is the built folder (README, "Deploying: any server").',
		'index index.html;',
		'absolute_redirect off;',
		'charset utf-8;',
		'gzip on;',
		'gzip_types text/css application/javascript application/json application/xml application/rss+xml application/feed+json image/svg+xml text/calendar;',
		'error_page 404 /404.html;',
		// Host files, and the build's server folder should an output be served that `npm run build` did not finish.
		'location ~ ^/_(?:headers|redirects|server(?:/.*)?|nginx[\\w.-]*)$ { return 404; }',
		...block('= /', '/', ['add_header Vary Accept-Language always;', `return 302 /$bayan_language/;`]),
	];
	for (const path of [...exact].sort()) {
		if (!nginxSafePath(path)) throw new Error(`nginx: refusing the path ${JSON.stringify(path)}`);
		lines.push(...block(`= ${path}`, path, ['try_files $uri =404;']));
	}
	for (const prefix of [...prefixes].sort()) {
		if (!nginxSafePath(prefix)) throw new Error(`nginx: refusing the path ${JSON.stringify(prefix)}`);
		const locale = locales.find((candidate) => prefix === `/${candidate}/`);
		lines.push(...block(`^~ ${prefix}`, prefix, [...(locale ? [`error_page 404 /${locale}/404/index.html;`] : []), 'try_files $uri $uri/ =404;']));
	}
	lines.push(...block('/', '/__any', ['try_files $uri $uri/ =404;']));
	for (const redirect of redirects) {
		if (!nginxSafePath(redirect.from) || !nginxSafePath(redirect.to)) throw new Error(`nginx: refusing the redirect ${JSON.stringify(redirect)}`);
		lines.push(`location = ${redirect.from} { return 301 ${redirect.to}; }`);
	}
	return `${lines.join('\n')}\n`;
}

/** The `map` block for nginx's `http` context that `nginxConfig`'s `/` rule reads. */
export function nginxLanguageMap(locales: readonly string[], defaultLocale: string): string {
	checkLocales('nginx language map', locales, defaultLocale);
	return `${[
		'# Generated by Bayan: the first language in Accept-Language that the site has, else the default.',
		'map $http_accept_language $bayan_language {',
		`\tdefault ${defaultLocale};`,
		...locales.filter((locale) => locale !== defaultLocale).map((locale) => `\t~*^${locale}\\b ${locale};`),
		'}',
	].join('\n')}\n`;
}
