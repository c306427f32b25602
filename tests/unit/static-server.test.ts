import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, safePath, sameOriginLocation } from '../../scripts/lib/static-server.mjs';

/**
 * The local static server on a tiny site, probed with raw request targets (nothing between
 * the test and the server normalises them): it serves files under its root and nothing
 * else, and never redirects off its origin.
 */
const parent = mkdtempSync(join(tmpdir(), 'bayan-serve-'));
const root = join(parent, 'site');
let server: Server;
let port: number;

function file(path: string, body: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), body);
}

beforeAll(async () => {
	file('index.html', '<p>root</p>');
	file('fa/index.html', '<p>fa home</p>');
	file('fa/404/index.html', '<p>fa 404</p>');
	file('en/404/index.html', '<p>en 404</p>');
	file('404.html', '<p>global 404</p>');
	file('fa/articles/old-slug/index.html', '<meta http-equiv="refresh" content="0; url=/fa/">');
	file('fa/articles/%D9%86/index.html', '<p>encoded name</p>');
	file('fa/articles/ن/index.html', '<p>persian slug</p>');
	file('style.css', `body{color:red}${' '.repeat(2000)}`);
	file('media/a.png', '\x89PNG\r\n\x1a\n');
	file(
		'_headers',
		"/*\n  X-Content-Type-Options: nosniff\n  Cache-Control: public, max-age=0, must-revalidate\n\n/fa/*\n  Content-Security-Policy: default-src 'self'\n\n/media/*\n  Content-Security-Policy: default-src 'none'; sandbox\n",
	);
	file('_redirects', '/fa/articles/old-slug/  /fa/  301\n/fa/go/9/  /fa/  301\n/fa/evil/  //evil.example/  301\n/fa/*  /fa/404/  404\n/en/*  /en/404/  404\n');
	mkdirSync(join(parent, 'site-secret'));
	writeFileSync(join(parent, 'site-secret', 'secret.txt'), 'SECRET');
	writeFileSync(join(parent, 'secret.txt'), 'SECRET');
	server = createStaticServer({ root });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(parent, { recursive: true, force: true });
});

/** One request with the target exactly as given. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('serving', () => {
	it('serves files and directory indexes with headers from _headers', async () => {
		const home = await raw('/fa/');
		expect(home.status).toBe(200);
		expect(home.body.toString()).toBe('<p>fa home</p>');
		expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(home.headers['content-security-policy']).toBe("default-src 'self'");
		expect(home.headers['x-content-type-options']).toBe('nosniff');
		expect(home.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		expect((await raw('/fa/articles/%D9%86/')).body.toString()).toBe('<p>persian slug</p>');
		const png = await raw('/media/a.png');
		expect(png.headers['content-type']).toBe('image/png');
		expect(png.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
	});

	it('gzips text when asked, and only then', async () => {
		const zipped = await raw('/style.css', { headers: { 'Accept-Encoding': 'gzip, br' } });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.headers['content-length']).toBeUndefined();
		expect(gunzipSync(zipped.body).toString()).toMatch(/^body\{color:red\}/);
		const plain = await raw('/style.css');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toMatch(/^body\{color:red\}/);
		const png = await raw('/media/a.png', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(png.headers['content-encoding']).toBeUndefined();
		const notFound = await raw('/fa/nothing/', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(notFound.status).toBe(404);
		expect(gunzipSync(notFound.body).toString()).toBe('<p>fa 404</p>');
	});

	it('answers HEAD without a body and refuses other methods', async () => {
		const head = await raw('/fa/', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect((await raw('/fa/', { method: 'POST' })).status).toBe(405);
		expect((await raw('/fa/', { method: 'PUT' })).status).toBe(405);
	});

	it("gives the 404 page of the path's language, else the global one", async () => {
		for (const [path, body] of [
			['/fa/no-such-page/', '<p>fa 404</p>'],
			['/en/no/such/', '<p>en 404</p>'],
			['/ar/nothing/', '<p>global 404</p>'],
			['/nothing', '<p>global 404</p>'],
		] as const) {
			const response = await raw(path);
			expect(response.status, path).toBe(404);
			expect(response.body.toString(), path).toBe(body);
		}
	});

	it('applies 301s from _redirects where no file exists, and serves the fallback page where one does', async () => {
		const missing = await raw('/fa/go/9/');
		expect(missing.status).toBe(301);
		expect(missing.headers.location).toBe('/fa/');
		const shadowed = await raw('/fa/articles/old-slug/');
		expect(shadowed.status).toBe(200);
		expect(shadowed.body.toString()).toContain('http-equiv="refresh"');
	});

	it('redirects a directory to its trailing slash, keeping the query', async () => {
		const response = await raw('/fa?x=1');
		expect(response.status).toBe(301);
		expect(response.headers.location).toBe('/fa/?x=1');
	});

	it('does not serve _headers or _redirects', async () => {
		expect((await raw('/_headers')).status).toBe(404);
		expect((await raw('/_redirects')).status).toBe(404);
	});
});

describe('no path escape', () => {
	const escapes = [
		'/../secret.txt',
		'/..%2fsite-secret/secret.txt',
		'/..%2Fsecret.txt',
		'/%2e%2e/secret.txt',
		'/%2E%2E/site-secret/secret.txt',
		'/%2e%2e%2fsecret.txt',
		'/fa/..%2f..%2fsecret.txt',
		'/fa/%2e%2e/%2e%2e/secret.txt',
		'/..%5csecret.txt',
		'/..\\secret.txt',
		'/%5c..%5csecret.txt',
		'/fa/..%5c..%5csecret.txt',
		'/%c0%ae%c0%ae/secret.txt',
		'/fa/%00/../../secret.txt',
		'/./fa/',
		'/fa/./',
	];
	for (const path of escapes) {
		it(`${path} is a 404`, async () => {
			const response = await raw(path);
			expect(response.status).toBe(404);
			expect(response.body.toString()).not.toContain('SECRET');
			expect(response.headers.location).toBeUndefined();
		});
	}
});

describe('no redirect off the origin', () => {
	const targets = [
		'//evil.example/',
		'//evil.example',
		'/.//fa',
		'/.//evil.example/',
		'///evil.example/',
		'/\\evil.example/',
		'/%5cevil.example/',
		'/%2f%2fevil.example/',
		'/%2F/evil.example',
		'//fa',
		'/fa//',
		'/fa/evil/',
	];
	for (const path of targets) {
		it(`${path} stays here`, async () => {
			const response = await raw(path);
			const location = response.headers.location;
			if (location !== undefined) {
				expect(location).toMatch(/^\/(?![/\\])/);
				expect(new URL(location, 'http://localhost').origin).toBe('http://localhost');
			}
			expect([301, 404]).toContain(response.status);
		});
	}

	it('helpers refuse what the server refuses', () => {
		expect(safePath('//evil.example/')).toBeUndefined();
		expect(safePath('/.//fa')).toBeUndefined();
		expect(safePath('http://evil.example/')).toBeUndefined();
		expect(safePath('/fa/?q=//x')).toEqual({ path: '/fa/', search: '?q=//x' });
		expect(sameOriginLocation('//evil.example/')).toBe('/evil.example/');
		expect(sameOriginLocation('/\\evil.example/')).toBe('/evil.example/');
	});
});
