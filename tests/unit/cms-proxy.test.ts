import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf, createCmsProxy, isLocalHost, isLocalOrigin, requestProblem } from '../../scripts/lib/cms-proxy.mjs';

/**
 * The guard in front of decap-server, against a stub backend that records what reaches it:
 * refused requests must never arrive there.
 */
const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(40, 1)]).toString('base64');
const html = Buffer.from('<!doctype html><script>alert(1)</script>').toString('base64');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');

let backend: Server;
let proxy: Server;
let proxyPort: number;
const received: unknown[] = [];
const refusals: string[] = [];

beforeAll(async () => {
	backend = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			received.push(chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : req.method);
			res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': req.headers.origin ?? '*' });
			res.end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
	proxy = createCmsProxy({ target: { host: '127.0.0.1', port: (backend.address() as AddressInfo).port }, log: (message: string) => refusals.push(message) });
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	proxyPort = (proxy.address() as AddressInfo).port;
});

afterAll(async () => {
	await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => backend.close(r))]);
});

function post(body: unknown, headers: Record<string, string> = {}, options: { path?: string; method?: string } = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const payload = typeof body === 'string' ? body : JSON.stringify(body);
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

/** Sends a request and asserts whether it reached the backend. */
async function expectPassed(body: unknown, headers: Record<string, string> = {}) {
	const before = received.length;
	const response = await post(body, headers);
	expect(response.status, response.body).toBe(200);
	expect(received.length).toBe(before + 1);
	expect(received.at(-1)).toEqual(body);
}
async function expectRefused(body: unknown, headers: Record<string, string> = {}, pattern?: RegExp, options: { path?: string; method?: string } = {}) {
	const before = received.length;
	const response = await post(body, headers, options);
	expect(response.status).toBeGreaterThanOrEqual(400);
	if (pattern) expect(JSON.parse(response.body).error).toMatch(pattern);
	expect(received.length, 'the backend must not see a refused request').toBe(before);
}

describe('the CMS proxy lets the CMS work', () => {
	it('passes reads and writes of content and images', async () => {
		await expectPassed({ action: 'info', params: {} });
		await expectPassed({ action: 'entriesByFolder', params: { folder: 'src/content/notices/fa', extension: 'mdx', depth: 1, branch: 'main' } });
		await expectPassed({ action: 'getMedia', params: { mediaFolder: 'public/media', branch: 'main' } });
		await expectPassed({
			action: 'persistEntry',
			params: {
				entry: { slug: 'x', path: 'src/content/notices/fa/x.mdx', raw: '---\ntitle: x\n---\n' },
				assets: [{ path: 'public/media/x.png', content: png, encoding: 'base64' }],
				options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
			},
		});
		await expectPassed({ action: 'persistMedia', params: { asset: { path: 'public/media/2026/chart.png', content: png, encoding: 'base64' }, options: { commitMessage: 'x' } } });
		await expectPassed({ action: 'deleteFile', params: { path: 'public/media/x.png', options: { commitMessage: 'x' } } });
	});

	it('answers CORS preflights from the dev server', async () => {
		const response = await post('', {}, { method: 'OPTIONS' });
		expect(response.status).toBe(200);
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
		for (const path of ['package.json', 'astro.config.mjs', 'src/pages/evil.astro', 'public/evil.html', 'src/content/../pages/x.astro', '/etc/passwd', 'src\\content\\x.mdx', '.git/hooks/pre-commit']) {
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
		await expectRefused({ action: 'info', params: {} }, { 'Content-Type': 'text/plain' }, /application\/json/);
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
