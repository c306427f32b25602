import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf, createCmsProxy, isLocalHost, isLocalOrigin, requestProblem } from '../../scripts/lib/cms-proxy.mjs';

/**
 * The guard with decap-server's local backend running inside it (no port of its own), on a
 * throwaway checkout: allowed writes land under src/content/ and public/media/; refused
 * requests change nothing on disk.
 */
const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(40, 1)]).toString('base64');
const html = Buffer.from('<!doctype html><script>alert(1)</script>').toString('base64');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');

let repo: string;
let proxy: Server;
let proxyPort: number;
const refusals: string[] = [];

beforeAll(async () => {
	repo = mkdtempSync(join(tmpdir(), 'bayan-cms-proxy-'));
	mkdirSync(join(repo, 'src/content/notices/fa'), { recursive: true });
	mkdirSync(join(repo, 'public/media'), { recursive: true });
	writeFileSync(join(repo, 'astro.config.mjs'), 'export default {};\n');
	writeFileSync(join(repo, 'package.json'), '{}\n');
	writeFileSync(join(repo, 'src/content/notices/fa/old.mdx'), '---\ntitle: old\n---\n');
	proxy = createCmsProxy({ repoPath: repo, log: (message: string) => refusals.push(message), logLevel: 'error' });
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	proxyPort = (proxy.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise((r) => proxy.close(r));
	rmSync(repo, { recursive: true, force: true });
});

/** Every file in the throwaway checkout with its content. */
function snapshot(dir = repo, prefix = ''): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = `${prefix}${entry.name}`;
		if (entry.isDirectory()) Object.assign(files, snapshot(join(dir, entry.name), `${path}/`));
		else files[path] = readFileSync(join(dir, entry.name), 'base64');
	}
	return files;
}

function post(body: unknown, headers: Record<string, string> = {}, options: { path?: string; method?: string } = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
		const req = request(
			{
				host: '127.0.0.1',
				port: proxyPort,
				path: options.path ?? '/api/v1',
				method: options.method ?? 'POST',
				headers: { Host: `localhost:${proxyPort}`, 'Content-Type': 'application/json', Origin: 'http://localhost:4321', ...headers },
			},
			(res) => {
				let text = '';
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
			},
		);
		req.on('error', reject);
		req.end(options.method === 'OPTIONS' ? undefined : payload);
	});
}

/** Sends a request that decap-server must answer with 200; returns its parsed answer. */
async function expectPassed(body: unknown, headers: Record<string, string> = {}) {
	const response = await post(body, headers);
	expect(response.status, response.body).toBe(200);
	return JSON.parse(response.body);
}
/** Sends a request the guard must refuse, and checks that nothing on disk changed. */
async function expectRefused(body: unknown, headers: Record<string, string> = {}, pattern?: RegExp, options: { path?: string; method?: string } = {}) {
	const before = snapshot();
	const response = await post(body, headers, options);
	expect(response.status).toBeGreaterThanOrEqual(400);
	if (pattern) expect(JSON.parse(response.body).error).toMatch(pattern);
	expect(snapshot(), 'a refused request must not touch the checkout').toEqual(before);
}

describe('the CMS proxy lets the CMS work', () => {
	it('passes reads and writes of content and images to the in-process decap-server', async () => {
		expect(await expectPassed({ action: 'info', params: {} })).toMatchObject({ type: 'local_fs' });
		const listed = await expectPassed({ action: 'entriesByFolder', params: { folder: 'src/content/notices/fa', extension: 'mdx', depth: 1, branch: 'main' } });
		expect(listed.map((entry: { file: { path: string } }) => entry.file.path)).toEqual(['src/content/notices/fa/old.mdx']);
		await expectPassed({
			action: 'persistEntry',
			params: {
				branch: 'main',
				entry: { slug: 'x', path: 'src/content/notices/fa/x.mdx', raw: '---\ntitle: x\n---\n' },
				assets: [{ path: 'public/media/x.png', content: png, encoding: 'base64' }],
				options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
			},
		});
		expect(readFileSync(join(repo, 'src/content/notices/fa/x.mdx'), 'utf8')).toBe('---\ntitle: x\n---\n');
		expect(readFileSync(join(repo, 'public/media/x.png')).toString('base64')).toBe(png);
		await expectPassed({ action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/2026/chart.png', content: png, encoding: 'base64' }, options: { commitMessage: 'x' } } });
		expect(snapshot()['public/media/2026/chart.png']).toBe(png);
		expect((await expectPassed({ action: 'getMedia', params: { mediaFolder: 'public/media', branch: 'main' } })).length).toBe(1);
		await expectPassed({ action: 'deleteFile', params: { branch: 'main', path: 'public/media/x.png', options: { commitMessage: 'x' } } });
		expect(snapshot()['public/media/x.png']).toBeUndefined();
	});

	it('accepts application/json with charset=utf-8 in any case', async () => {
		await expectPassed({ action: 'info', params: {} }, { 'Content-Type': 'application/json; charset=UTF-8' });
		await expectPassed({ action: 'info', params: {} }, { 'Content-Type': 'Application/JSON;charset="utf-8"' });
	});

	it('answers CORS preflights from the dev server', async () => {
		const response = await post('', {}, { method: 'OPTIONS' });
		expect(response.status).toBeLessThan(300);
		expect(response.headers['access-control-allow-origin']).toBe('http://localhost:4321');
	});
});

describe('the CMS proxy refuses', () => {
	it('a Host that is not this machine (DNS rebinding)', async () => {
		await expectRefused({ action: 'info', params: {} }, { Host: 'attacker.example:8081' }, /Host/);
		await expectRefused({ action: 'info', params: {} }, { Host: 'localhost.attacker.example' }, /Host/);
	});

	it('an Origin that is not a page on this machine (cross-site)', async () => {
		await expectRefused({ action: 'info', params: {} }, { Origin: 'https://attacker.example' }, /Origin/);
		await expectRefused({ action: 'info', params: {} }, { Origin: 'http://localhost.attacker.example' }, /Origin/);
		await expectRefused({ action: 'info', params: {} }, { Origin: 'null' }, /Origin/);
		await expectRefused('', { Origin: 'https://attacker.example' }, /Origin/, { method: 'OPTIONS' });
	});

	it('writes outside src/content/ and public/media/', async () => {
		for (const path of [
			'package.json',
			'astro.config.mjs',
			'src/pages/evil.astro',
			'public/evil.html',
			'src/content/../pages/x.astro',
			'/etc/passwd',
			'src\\content\\x.mdx',
			'.git/hooks/pre-commit',
		]) {
			await expectRefused({ action: 'persistEntry', params: { entry: { slug: 'x', path, raw: 'x' }, assets: [], options: {} } }, {}, /src\/content/);
		}
		await expectRefused({ action: 'persistEntry', params: { entry: { slug: 'x', path: 'src/content/a.mdx', newPath: 'src/pages/a.astro', raw: 'x' }, assets: [], options: {} } });
		await expectRefused({ action: 'deleteFile', params: { path: 'package.json', options: {} } });
		await expectRefused({ action: 'deleteFiles', params: { paths: ['src/content/a.mdx', 'README.md'], options: {} } });
		await expectRefused({ action: 'deleteFile', params: { path: 'src/content', options: {} } });
	});

	it('uploads that are not images named for what they are', async () => {
		const upload = (path: string, content: string) => ({ action: 'persistMedia', params: { asset: { path, content, encoding: 'base64' }, options: { commitMessage: 'x' } } });
		await expectRefused(upload('public/media/page.png', html), {}, /not a PNG/);
		await expectRefused(upload('public/media/logo.svg', svg), {}, /SVG/);
		await expectRefused(upload('public/media/photo.jpg', png), {}, /rename it to \.png/);
		await expectRefused(upload('public/page.png', png), {}, /public\/media/);
		await expectRefused(upload('src/content/x.png', png), {}, /public\/media/);
		// An entry smuggling a non-image asset along.
		await expectRefused({
			action: 'persistEntry',
			params: { entry: { slug: 'x', path: 'src/content/notices/fa/x.mdx', raw: 'x' }, assets: [{ path: 'public/media/x.html', content: html, encoding: 'base64' }], options: {} },
		});
	});

	it('unknown actions, other paths and methods, and bodies that are not JSON', async () => {
		await expectRefused({ action: 'runCommand', params: {} }, {}, /unknown action/);
		await expectRefused({ action: 'info', params: {} }, {}, /only \/api\/v1/, { path: '/api/v1/../x' });
		await expectRefused({ action: 'info', params: {} }, {}, /POST/, { method: 'PUT' });
		await expectRefused('not json', {}, /not JSON/);
		await expectRefused({ action: 'getEntry', params: { branch: 'main', path: 'package.json' } }, {}, /outside/);
		await expectRefused({ action: 'info', params: {} }, { 'Content-Type': 'text/plain' }, /application\/json/);
	});

	it('bodies in another charset or with a Content-Encoding (what the guard reads must be what decap-server gets)', async () => {
		// In UTF-7, `+ACIALAAi-` is `","`: read as UTF-8 the path below is under src/content/,
		// decoded as UTF-7 it would end the string and name astro.config.mjs.
		const utf7 =
			'{"action":"persistEntry","params":{"branch":"main","entry":{"slug":"x","path":"src/content/x+ACIALAAi-path+ACIAOgAi-astro.config.mjs","raw":"pwned"},"assets":[],"options":{"commitMessage":"x","useWorkflow":false,"status":"draft"}}}';
		for (const type of [
			'application/json; charset=utf-7',
			'application/json;charset=UTF-7',
			'application/json; charset=utf-16le',
			'application/json; charset=latin1',
			'application/json; charset=utf-8; charset=utf-7',
			'application/jsonx',
			'application/json-patch+json',
		]) {
			await expectRefused(utf7, { 'Content-Type': type }, /application\/json/);
		}
		const info = JSON.stringify({
			action: 'persistEntry',
			params: { branch: 'main', entry: { slug: 'x', path: 'src/content/gz.mdx', raw: 'x' }, assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'draft' } },
		});
		await expectRefused(gzipSync(info), { 'Content-Encoding': 'gzip' }, /encoded/);
		await expectRefused(info, { 'Content-Encoding': 'identity' }, /encoded/);
		// Bytes that are not UTF-8 are refused rather than read as U+FFFD.
		await expectRefused(Buffer.from('{"action":"info","params":{},"x":"\xff\xfe"}', 'latin1'), {}, /UTF-8/);
		expect(readFileSync(join(repo, 'astro.config.mjs'), 'utf8')).toBe('export default {};\n');
	});

	it('logs every refusal', () => {
		expect(refusals.length).toBeGreaterThan(10);
	});
});

describe('helpers', () => {
	it('recognise this machine', () => {
		expect(isLocalHost('localhost:8081')).toBe(true);
		expect(isLocalHost('127.0.0.1')).toBe(true);
		expect(isLocalHost('[::1]:8081')).toBe(true);
		expect(isLocalHost('evil.example')).toBe(false);
		expect(isLocalHost(undefined)).toBe(false);
		expect(isLocalOrigin('http://127.0.0.1:4321')).toBe(true);
		expect(isLocalOrigin('http://localhost:4321/')).toBe(false);
		expect(isLocalOrigin('file://')).toBe(false);
	});
	it('place paths', () => {
		expect(areaOf('src/content/a/b.mdx')).toBe('content');
		expect(areaOf('public/media/a.png')).toBe('media');
		expect(areaOf('src/content/./a.mdx')).toBeUndefined();
		expect(areaOf('src/contentx/a.mdx')).toBeUndefined();
		expect(requestProblem({ action: 'getEntry', params: { path: 'src/content/a.mdx' } })).toBeUndefined();
		expect(requestProblem({ action: 'getEntry', params: { path: '.env' } })).toMatch(/outside/);
	});
});
