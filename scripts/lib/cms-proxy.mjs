/**
 * A guard around decap-server, Decap's local backend for `npm run cms` (scripts/cms.mjs).
 * decap-server writes whatever path a request names inside the checkout and answers any
 * page that can reach it, so it gets no port of its own: its file-system middleware
 * (decap-server/dist/middlewares.js, `registerLocalFs`) runs in this process, on an express
 * app that only this guard calls, and receives the body exactly as the guard parsed and
 * checked it (it never re-reads the bytes, so no charset or encoding can make it see
 * something else). The guard lets through only what the CMS needs:
 *
 * - requests whose Host is localhost/127.0.0.1/[::1] (a DNS-rebinding page has its own
 *   host name in Host) and whose Origin, if any, is a page on this machine (a cross-site
 *   page has its own origin in Origin);
 * - POST /api/v1 with a JSON body (`application/json`, no charset or `charset=utf-8`, no
 *   Content-Encoding, valid UTF-8) whose `action` is one the CMS uses (an allow-list);
 * - paths (read or written, deleted) under `src/content/` or `public/media/` only, with no
 *   `..`, backslash or absolute path;
 * - files written under `public/media/` only when they are images named for what they
 *   are (src/features/content/media.ts); entry files only under `src/content/`.
 *
 * Everything else gets 403 with a JSON `{ error }` naming the reason, which Decap shows.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { posix, resolve } from 'node:path';
import { mediaProblem } from '../../src/features/content/media.ts';

/** Folders the CMS may touch, relative to the checkout. */
export const CONTENT_FOLDER = 'src/content/';
export const MEDIA_FOLDER_PREFIX = 'public/media/';

/** decap-server's own limit for a request body. */
const MAX_BODY = 50 * 1024 * 1024;

/** The only body types accepted: JSON in UTF-8 (decap-server would also decode utf-7 etc.). */
const JSON_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Is a Host header (`name[:port]`) this machine?
 * @param {string | undefined} host
 */
export function isLocalHost(host) {
	if (!host) return false;
	const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
	return !!match && localHosts.has(match[1] ?? '');
}

/**
 * Is an Origin header a page served from this machine over http(s)? `null` (sandboxed or
 * file pages) is not.
 * @param {string} origin
 */
export function isLocalOrigin(origin) {
	try {
		const url = new URL(origin);
		return (url.protocol === 'http:' || url.protocol === 'https:') && localHosts.has(url.hostname) && url.origin === origin.toLowerCase();
	} catch {
		return false;
	}
}

/**
 * The folder a repository path lies in (`content` or `media`), or undefined when it is
 * outside both, absolute, or not in normal form.
 * @param {unknown} path
 * @returns {'content' | 'media' | undefined}
 */
export function areaOf(path) {
	if (typeof path !== 'string' || !path || path.includes('\\') || path.includes('\0') || path.startsWith('/')) return undefined;
	if (posix.normalize(path) !== path || path.split('/').includes('..')) return undefined;
	if (path.startsWith(CONTENT_FOLDER) && path.length > CONTENT_FOLDER.length) return 'content';
	if (path.startsWith(MEDIA_FOLDER_PREFIX) && path.length > MEDIA_FOLDER_PREFIX.length) return 'media';
	return undefined;
}

/**
 * Like {@link areaOf}, for a folder to list: the two folders themselves count too.
 * @param {unknown} path
 */
export function folderAreaOf(path) {
	if (typeof path !== 'string') return undefined;
	const trimmed = path.replace(/\/$/, '');
	if (`${trimmed}/` === CONTENT_FOLDER) return 'content';
	if (`${trimmed}/` === MEDIA_FOLDER_PREFIX) return 'media';
	return areaOf(trimmed);
}

/**
 * Why an uploaded asset may not be written, or undefined.
 * @param {unknown} asset `{ path, content, encoding: 'base64' }`
 */
function assetProblem(asset) {
	if (!asset || typeof asset !== 'object') return 'an upload without a path';
	const { path, content, encoding } = /** @type {{ path?: unknown, content?: unknown, encoding?: unknown }} */ (asset);
	if (areaOf(path) !== 'media') return `uploads go to ${MEDIA_FOLDER_PREFIX} only, not ${JSON.stringify(path)}`;
	if (typeof content !== 'string') return `${path}: no content`;
	const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
	const problem = mediaProblem(/** @type {string} */ (path), bytes);
	return problem ? `${path} ${problem}` : undefined;
}

/**
 * Why an entry file may not be written, or undefined.
 * @param {unknown} file `{ path, newPath? }`
 */
function dataFileProblem(file) {
	if (!file || typeof file !== 'object') return 'an entry without a path';
	const { path, newPath } = /** @type {{ path?: unknown, newPath?: unknown }} */ (file);
	for (const candidate of newPath === undefined ? [path] : [path, newPath]) {
		if (areaOf(candidate) !== 'content') return `entries are written under ${CONTENT_FOLDER} only, not ${JSON.stringify(candidate)}`;
	}
	return undefined;
}

/** Requires a file path in the content or media folder. */
const inArea = (path) => (areaOf(path) ? undefined : `${JSON.stringify(path)} is outside ${CONTENT_FOLDER} and ${MEDIA_FOLDER_PREFIX}`);

/**
 * Why a decap-server request must not be forwarded, or undefined. Unknown actions are refused.
 * @param {unknown} body the parsed JSON body
 * @returns {string | undefined}
 */
export function requestProblem(body) {
	if (!body || typeof body !== 'object') return 'the request is not a JSON object';
	const { action, params = {} } = /** @type {{ action?: unknown, params?: any }} */ (body);
	if (typeof params !== 'object' || params === null) return 'params must be an object';
	switch (action) {
		case 'info':
		case 'unpublishedEntries':
		case 'unpublishedEntry':
		case 'deleteUnpublishedEntry':
		case 'updateUnpublishedEntryStatus':
		case 'publishUnpublishedEntry':
		case 'getDeployPreview':
			// Work on entries by collection and slug: what they touch was checked when written.
			return undefined;
		case 'unpublishedEntryDataFile':
		case 'unpublishedEntryMediaFile':
		case 'getEntry':
		case 'getMediaFile':
			return inArea(params.path);
		case 'entriesByFolder':
			return folderAreaOf(params.folder) ? undefined : `${JSON.stringify(params.folder)} is outside ${CONTENT_FOLDER} and ${MEDIA_FOLDER_PREFIX}`;
		case 'getMedia':
			return folderAreaOf(params.mediaFolder) === 'media' ? undefined : `media are listed from ${MEDIA_FOLDER_PREFIX} only`;
		case 'entriesByFiles':
			if (!Array.isArray(params.files)) return 'files must be a list';
			for (const file of params.files) {
				const problem = inArea(file?.path);
				if (problem) return problem;
			}
			return undefined;
		case 'persistEntry': {
			const files = [...(params.entry ? [params.entry] : []), ...(Array.isArray(params.dataFiles) ? params.dataFiles : [])];
			if (!files.length) return 'persistEntry without an entry';
			for (const file of files) {
				const problem = dataFileProblem(file);
				if (problem) return problem;
			}
			for (const asset of Array.isArray(params.assets) ? params.assets : []) {
				const problem = assetProblem(asset);
				if (problem) return problem;
			}
			return undefined;
		}
		case 'persistMedia':
			return assetProblem(params.asset);
		case 'deleteFile':
			return inArea(params.path);
		case 'deleteFiles':
			if (!Array.isArray(params.paths)) return 'paths must be a list';
			for (const path of params.paths) {
				const problem = inArea(path);
				if (problem) return problem;
			}
			return undefined;
		default:
			return `unknown action ${JSON.stringify(action)}`;
	}
}

/**
 * decap-server's local file-system backend for `repoPath`, in this process: an express app
 * (express resolved as decap-server's own dependency) with decap-server's common
 * middlewares (CORS for localhost pages, a JSON body parser that skips bodies already
 * parsed) and its local_fs handlers with their joi schema. It listens nowhere; call
 * `handle(request, response, body)` with the body already parsed.
 * @param {{ repoPath: string, logLevel?: string }} options
 */
export function createLocalBackend({ repoPath, logLevel = 'warn' }) {
	const requireFromDecap = createRequire(createRequire(import.meta.url).resolve('decap-server/package.json'));
	const express = requireFromDecap('express');
	const { registerLocalFs } = requireFromDecap('./dist/middlewares.js');
	const app = express();
	app.disable('x-powered-by');
	// decap-server takes the repository from GIT_REPO_DIRECTORY, read while registering
	// (synchronously, before registerLocalFs's first await): set it just for that call.
	const saved = process.env.GIT_REPO_DIRECTORY;
	process.env.GIT_REPO_DIRECTORY = resolve(repoPath);
	let registered;
	try {
		registered = registerLocalFs(app, { logLevel });
	} finally {
		if (saved === undefined) delete process.env.GIT_REPO_DIRECTORY;
		else process.env.GIT_REPO_DIRECTORY = saved;
	}
	return {
		ready: registered,
		/**
		 * @param {import('node:http').IncomingMessage & { body?: unknown, _body?: boolean }} request
		 * @param {import('node:http').ServerResponse} response
		 * @param {unknown} body the parsed, checked JSON body (undefined for a preflight)
		 */
		async handle(request, response, body) {
			await registered;
			if (body !== undefined) {
				request.body = body;
				request._body = true; // body-parser: already parsed, do not read the stream
			}
			app(request, response, () => {
				if (!response.headersSent) {
					response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
					response.end(JSON.stringify({ error: 'not found' }));
				}
			});
		},
	};
}

/**
 * Creates the guard (not listening yet) with decap-server's local backend for `repoPath`
 * inside it.
 * @param {{ repoPath: string, log?: (message: string) => void, logLevel?: string }} options
 * @returns {import('node:http').Server}
 */
export function createCmsProxy({ repoPath, log = (message) => console.error(message), logLevel }) {
	const backend = createLocalBackend({ repoPath, logLevel });
	return createServer((request, response) => {
		const refuse = (status, reason) => {
			log(`cms proxy: refused ${request.method} ${request.url}: ${reason}`);
			response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
			response.end(JSON.stringify({ error: reason }));
		};
		const pass = (body) =>
			backend.handle(request, response, body).catch((error) => {
				log(`cms proxy: decap-server failed: ${error?.message ?? error}`);
				if (!response.headersSent) refuse(500, 'the local backend failed');
				else response.destroy();
			});
		if (!isLocalHost(request.headers.host)) return refuse(403, `Host ${JSON.stringify(request.headers.host ?? '')} is not this machine`);
		const origin = request.headers.origin;
		if (origin !== undefined && !isLocalOrigin(origin)) return refuse(403, `Origin ${JSON.stringify(origin)} is not a page on this machine`);
		const path = (request.url ?? '').split('?')[0];
		if (path !== '/api/v1') return refuse(404, 'only /api/v1 is served');
		if (request.method === 'OPTIONS') return pass(undefined);
		if (request.method !== 'POST') return refuse(405, 'only POST is accepted');
		if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) return refuse(415, 'the body must be application/json in UTF-8 (no other charset)');
		if (request.headers['content-encoding'] !== undefined) return refuse(415, 'compressed or encoded bodies are not accepted');
		const chunks = [];
		let size = 0;
		request.on('data', (chunk) => {
			if (response.headersSent) return;
			size += chunk.length;
			if (size > MAX_BODY) {
				refuse(413, 'the body is larger than 50 MB');
				request.destroy();
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => {
			if (response.headersSent) return;
			let parsed;
			try {
				parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Buffer.concat(chunks)));
			} catch {
				return refuse(400, 'the body is not JSON in UTF-8');
			}
			const problem = requestProblem(parsed);
			if (problem) return refuse(403, problem);
			pass(parsed);
		});
	});
}
