/**
 * The local static server behind `npm start`, `npm run serve` and the browser tests
 * (scripts/serve.mjs), built on sirv. It behaves like a plain static host and nothing more:
 *
 * - GET and HEAD only; files under `root` only. A path is refused (404) before any file is
 *   looked at if it has a `.` or `..` segment, an empty segment (`//`), a backslash, an
 *   encoded slash or backslash (`%2f`, `%5c`), a NUL or other control character, so
 *   `/..%2fsibling/`, `/%2e%2e/` and `/.//fa` cannot reach outside `root` or confuse it.
 * - Headers from `root/_headers` (security headers, caching), as Netlify or Cloudflare Pages.
 * - `root/_redirects` as Netlify reads it: a 301/302 rule applies when no file exists at the
 *   path (Netlify's "shadowing"; Bayan's redirect rules all have an HTML fallback page,
 *   which the browser tests read), and a 404 rule (`/fa/*  /fa/404/  404`) picks the 404
 *   page of the path's language. Without the file: `/<locale>/404/`, else `/404.html`.
 * - A directory without its trailing slash is redirected to it.
 * - Every `Location` it sends is a path on this origin (one leading `/`, never `//` or
 *   `/\`), so no request can turn it into a redirect to another site.
 * - Text is gzipped on the fly, as every real static host does, so tests and Lighthouse
 *   see real transfer sizes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../../src/features/site/security-headers.ts';

/** Content types by extension; anything else is sent as application/octet-stream. */
export const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.ics': 'text/calendar; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

const compressible = /^(text\/|application\/(json|xml|manifest\+json|javascript)|image\/svg\+xml)/;

/** Files a static host keeps to itself. */
const hidden = new Set(['/_headers', '/_redirects']);

/**
 * The decoded path of a request target, or undefined when it must be refused (see the
 * module comment). Takes the raw target, so nothing has normalised it yet.
 * @param {string} target e.g. `/fa/articles/%D8%A7/?q=1`
 * @returns {{ path: string, search: string } | undefined}
 */
export function safePath(target) {
	if (!target.startsWith('/')) return undefined;
	const cut = target.search(/[?#]/);
	const raw = cut < 0 ? target : target.slice(0, cut);
	const search = cut < 0 || target[cut] === '#' ? '' : target.slice(cut).replace(/#.*$/, '');
	if (/%(2f|5c|00)|\\/i.test(raw)) return undefined;
	let path;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return undefined;
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(path)) return undefined;
	const segments = path.split('/').slice(1);
	if (segments.some((segment, index) => segment === '.' || segment === '..' || (segment === '' && index < segments.length - 1))) return undefined;
	return { path, search };
}

/**
 * A `Location` that stays on this origin: a path with exactly one leading slash.
 * @param {string} path
 */
export function sameOriginLocation(path) {
	const location = `/${path.replace(/^[/\\]+/, '')}`;
	if (/^\/[/\\]/.test(location) || /[\r\n]/.test(location)) throw new Error(`Refusing to redirect to ${JSON.stringify(path)}`);
	return location;
}

/**
 * Reads `_redirects` rules: `from  to  status`, in file order.
 * @param {string} text
 * @returns {{ from: string, to: string, status: number }[]}
 */
export function parseRedirects(text) {
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('#')) continue;
		const [from, to, status] = trimmed.split(/\s+/);
		if (!from || !to) continue;
		rules.push({ from, to, status: Number(status ?? 301) });
	}
	return rules;
}

/**
 * Does a `_redirects` pattern match a path? `*` at the end matches the rest.
 * @param {string} pattern
 * @param {string} path
 */
function redirectMatches(pattern, path) {
	if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
	return pattern === path || (!pattern.endsWith('/') && `${pattern}/` === path);
}

/**
 * Creates the server (not listening yet).
 * @param {{ root: string }} options `root`: the built site
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ root: rootOption }) {
	const root = resolve(rootOption);
	const read = (name) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : undefined);
	const headerRules = parseHeaders(read('_headers') ?? '');
	const redirectRules = parseRedirects(read('_redirects') ?? '');
	// dev: look files up on each request, so a rebuilt dist/ is served without a restart.
	const files = sirv(root, { dev: true, etag: false, dotfiles: false, extensions: ['html'] });

	/** The file a safe path names, if any. */
	function fileFor(path) {
		if (hidden.has(path)) return undefined;
		const candidate = join(root, path);
		if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
		try {
			if (!path.endsWith('/')) return statSync(candidate).isFile() ? candidate : undefined;
			const index = join(candidate, 'index.html');
			return statSync(index).isFile() ? index : undefined;
		} catch {
			return undefined;
		}
	}

	function isDirectory(path) {
		try {
			return statSync(join(root, path)).isDirectory() && existsSync(join(root, path, 'index.html'));
		} catch {
			return false;
		}
	}

	function redirect(response, location, status = 301) {
		response.writeHead(status, { Location: sameOriginLocation(location), 'Content-Type': 'text/plain; charset=utf-8' });
		response.end(`Redirecting to ${location}\n`);
	}

	function notFound(request, response, path) {
		let page;
		const rule = path && redirectRules.find((candidate) => candidate.status === 404 && redirectMatches(candidate.from, path));
		if (rule) page = fileFor(rule.to);
		if (!page && path && !redirectRules.length) {
			const locale = /^\/(fa|ar|en)\//.exec(path)?.[1];
			if (locale) page = fileFor(`/${locale}/404/`);
		}
		page ??= fileFor('/404.html');
		if (!page) {
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Not found\n');
			return;
		}
		send(request, response, page, path ?? '/404.html', 404);
	}

	/** Sends a file this module chose (404 pages) with the same headers and compression as the rest. */
	function send(request, response, file, path, status) {
		const type = contentTypes[extname(file)] ?? 'application/octet-stream';
		const body = readFileSync(file);
		const gzip = wantsGzip(request, type);
		response.writeHead(status, {
			...headersFor(headerRules, path),
			'Content-Type': type,
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': body.length }),
		});
		if (request.method === 'HEAD') response.end();
		else if (gzip) createGzip().end(body).pipe(response);
		else response.end(body);
	}

	return createServer((request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Method not allowed\n');
			return;
		}
		const safe = safePath(request.url ?? '');
		if (!safe) {
			notFound(request, response, undefined);
			return;
		}
		const { path, search } = safe;
		const file = fileFor(path);
		if (!file) {
			if (!path.endsWith('/') && isDirectory(path)) {
				redirect(response, `${request.url?.split(/[?#]/)[0]}/${search}`);
				return;
			}
			const rule = redirectRules.find((candidate) => (candidate.status === 301 || candidate.status === 302) && redirectMatches(candidate.from, path));
			if (rule && rule.to.startsWith('/')) {
				redirect(response, rule.to, rule.status);
				return;
			}
			notFound(request, response, path);
			return;
		}
		const type = contentTypes[extname(file)] ?? 'application/octet-stream';
		for (const [name, value] of Object.entries(headersFor(headerRules, path))) response.setHeader(name, value);
		response.setHeader('Content-Type', type);
		if (wantsGzip(request, type)) gzipBody(response);
		files(request, response, () => notFound(request, response, path));
	});
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string} type
 */
function wantsGzip(request, type) {
	return request.method === 'GET' && compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
}

/**
 * Makes a full (200) response gzip what sirv streams into it; partial (206) and 304
 * responses pass through untouched.
 * @param {import('node:http').ServerResponse} response
 */
function gzipBody(response) {
	const writeHead = response.writeHead.bind(response);
	response.writeHead = (status, ...rest) => {
		if (status !== 200) return writeHead(status, ...rest);
		const headers = typeof rest[0] === 'object' && rest[0] ? rest[0] : typeof rest[1] === 'object' && rest[1] ? rest[1] : {};
		for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-length') delete headers[name];
		response.removeHeader('Content-Length');
		headers['Content-Encoding'] = 'gzip';
		headers.Vary = 'Accept-Encoding';
		const gzip = createGzip();
		const write = response.write.bind(response);
		const end = response.end.bind(response);
		gzip.on('data', (chunk) => write(chunk));
		gzip.on('end', () => end());
		gzip.on('drain', () => response.emit('drain'));
		response.write = (chunk, encoding, callback) => gzip.write(chunk, encoding, callback);
		response.end = (chunk, encoding, callback) => {
			if (typeof chunk === 'function' || chunk === undefined || chunk === null) gzip.end();
			else gzip.end(chunk, encoding);
			if (typeof callback === 'function') gzip.once('end', callback);
			return response;
		};
		return writeHead(status, headers);
	};
}
