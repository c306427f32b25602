#!/usr/bin/env node
/**
 * A small static server for `dist/` that behaves like a plain static host: directory
 * indexes, a localised 404 (`/<locale>/404/`, else `/404.html`), and no rewriting. Used by
 * `npm start` and the browser tests. It applies `dist/_headers` (security headers, caching)
 * as Netlify or Cloudflare Pages would. Options: `--port N` (default 4321), `--dir D`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaders } from '../src/lib/security-headers.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4321'));
const root = resolve(option('dir', 'dist'));
// Apply the site's generated `_headers` (CSP, caching) like Netlify or Cloudflare Pages would.
const headerRules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.ics': 'text/calendar; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Maps a URL path to a file in `root`, or undefined. Never leaves `root`. */
function resolveFile(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const candidate = normalize(join(root, decoded));
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	let file = resolveFile(url.pathname);
	// A directory without its trailing slash redirects, as static hosts do.
	if (file?.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
		response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
		response.end();
		return;
	}
	let status = 200;
	if (!file) {
		status = 404;
		const locale = /^\/(fa|ar|en)\//.exec(url.pathname)?.[1];
		file = (locale && resolveFile(`/${locale}/404/`)) || resolveFile('/404.html');
	}
	if (!file) {
		response.writeHead(404, { 'Content-Type': 'text/plain' });
		response.end('Not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	// Compress text as every real static host does, so tests and Lighthouse see real transfer sizes.
	const gzip = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
	response.writeHead(status, {
		...headersFor(headerRules, url.pathname),
		'Content-Type': type,
		...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
	});
	if (request.method === 'HEAD') response.end();
	else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
	else createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} on http://localhost:${port}/`);
});
