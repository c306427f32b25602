import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfigDirFor } from '../../scripts/lib/server-config.mjs';
import { cacheControl } from '../../src/features/site/deploy';
import { contentSecurityPolicy, headersFor, inlineScripts, isHashedPage, matchesPattern, parseHeaders, scriptHash } from '../../src/features/site/security-headers';
import { demoTraces, files } from '../support/dist-files';
import { sharedSite } from '../support/shared-site';
import { removeScratchDirs, scratchDir } from '../support/tiny-site';
import { launchChromium, listenLocally } from '../support/browser';

/**
 * A second business, built for real on the tiny site: its own brand file and logo, and the
 * tiny content (no demo article, notice or incident), in the shared build
 * (tests/support/shared-site.ts). Then every deploy target is checked
 * against what this build generated: `_headers` (one Cache-Control per path), `_redirects`,
 * the `<meta>` policies and root 404 a GitHub Pages visitor gets (in Chromium, on a server
 * that behaves like GitHub Pages), and a real nginx serving `dist/` with the generated
 * configuration.
 */
afterAll(removeScratchDirs, 120_000);

describe('a second brand on the tiny site, and every deploy target it generates', () => {
	let dist = '';
	let built = { status: null as number | null, output: '' };

	beforeAll(() => {
		const site = sharedSite();
		built = site;
		dist = site.dist;
	}, 400_000);

	it('builds, with no trace of the demo business anywhere in dist/ (Pagefind index included)', () => {
		expect(built.status, built.output.slice(-3000)).toBe(0);
		expect(demoTraces(dist)).toEqual([]);
		const home = readFileSync(join(dist, 'en/index.html'), 'utf8');
		expect(home).toContain('<title>Nilufar Support</title>');
		expect(home).toContain('<meta property="og:site_name" content="Nilufar Support">');
		expect(home).toContain('href="https://support.nilufar.example/en/"');
		expect(home).toContain('--accent:#6b21a8;');
		expect(home).toContain('<a href="tel:+97141234567">Call <bdi dir="ltr">+971 4 123 4567</bdi></a>');
		expect(home).not.toContain('Terms of service');
		expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#6b21a8"></circle></svg>');
		expect(readFileSync(join(dist, 'brand/logo-dark.svg'), 'utf8')).toBe(readFileSync(join(dist, 'brand/logo.svg'), 'utf8'));
		expect(readFileSync(join(dist, 'fa/notices/rss.xml'), 'utf8')).toContain('پشتیبانی نیلوفر');
		expect(readFileSync(join(dist, 'admin/index.html'), 'utf8')).toContain('https://support.nilufar.example');
	});

	it('_headers: exactly one Cache-Control and no header twice for every file; a year for hashed assets', () => {
		expect(built.status).toBe(0);
		const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
		const assets = files(dist).filter(([site]) => !site.startsWith('/_headers') && !site.startsWith('/_redirects') && !site.startsWith('/_nginx'));
		expect(assets.filter(([site]) => site.startsWith('/_astro/')).length).toBeGreaterThan(3);
		for (const [site] of assets) {
			const path = site.replace(/index\.html$/, '');
			const matching = rules.filter((rule) => matchesPattern(rule.path, path));
			const setters = (name: string) => matching.filter((rule) => name in rule.headers).map((rule) => rule.path);
			expect(setters('Cache-Control'), path).toHaveLength(1);
			for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Robots-Tag', 'Access-Control-Allow-Origin']) {
				expect(setters(name).length, `${name} on ${path}`).toBeLessThanOrEqual(1);
			}
			const expected = path.startsWith('/_astro/') ? cacheControl.hashed : path.startsWith('/pagefind/') ? cacheControl.search : path.startsWith('/api/') ? cacheControl.api : cacheControl.revalidate;
			expect(headersFor(rules, path)['Cache-Control'], path).toBe(expected);
		}
	});

	it('_redirects: the permanent links, a 404 per language, and "/" by Accept-Language with the default last', () => {
		const redirects = readFileSync(join(dist, '_redirects'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(redirects.filter((line) => /^\/go\/1\/ +\/fa\/articles\/track-your-order\/ {2}301$/.test(line))).toHaveLength(1);
		for (const locale of ['fa', 'ar', 'en']) expect(redirects.some((line) => new RegExp(`^/${locale}/\\* +/${locale}/404/  404$`).test(line))).toBe(true);
		// Before the per-language 404 catch-alls, which stay last.
		expect(redirects.slice(-6, -3)).toEqual(['/  /ar/  302!  Language=ar', '/  /en/  302!  Language=en', '/  /fa/  302!']);
	});

	it('every page is written once, by Astro, with its policy: the page step after the build checks them all and writes none', () => {
		expect(built.status).toBe(0);
		const line = built.output.split('\n').find((text) => text.includes('page policies:'));
		expect(line, built.output.slice(-3000)).toMatch(/; (\d+) already carried their policy; 0 written with it here/);
		const kept = Number(/; (\d+) already carried their policy/.exec(line!)![1]);
		expect(kept).toBe(files(dist).filter(([site]) => isHashedPage(site.slice(1))).length);
	});

	it('GitHub Pages: every page carries a <meta> policy allowing exactly its own inline scripts, without frame-ancestors', () => {
		const pages = files(dist).filter(([site]) => isHashedPage(site.slice(1)));
		expect(pages.length).toBeGreaterThan(20);
		for (const [site, path] of pages) {
			const source = readFileSync(path, 'utf8');
			const metas = [...source.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
			expect(metas, site).toHaveLength(1);
			const policy = metas[0]![1]!;
			const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'))!;
			expect(scriptSrc, site).not.toContain('unsafe-inline');
			expect(policy, site).not.toContain('frame-ancestors');
			const own = inlineScripts(source).map(scriptHash);
			expect(new Set(scriptSrc.match(/'sha256-[^']+'/g) ?? []), site).toEqual(new Set(own));
			expect(policy).toBe(contentSecurityPolicy({ scriptHashes: own }).replace("; frame-ancestors 'none'", ''));
		}
	});

	it('GitHub Pages in Chromium: "/" follows the browser language, the root 404 sends /ar/… to the Arabic 404 page, search works with one article, and no policy is violated', {
		timeout: 180_000,
	}, async () => {
		// Like GitHub Pages: files as they are, /404.html for anything missing, no _headers, no _redirects.
		const server: Server = createServer((request, response) => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
			const found = file.startsWith(dist) && existsSync(file) && !file.endsWith(sep);
			const types: Record<string, string> = {
				'.html': 'text/html; charset=utf-8',
				'.js': 'text/javascript',
				'.css': 'text/css',
				'.svg': 'image/svg+xml',
				'.json': 'application/json',
				'.woff2': 'font/woff2',
				'.wasm': 'application/wasm',
			};
			const served = found ? file : join(dist, '404.html');
			response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
			response.end(readFileSync(served));
		});
		const origin = await listenLocally(server);
		const browser = await launchChromium();
		try {
			for (const [locale, expected] of [
				['ar-AE', '/ar/'],
				['en-GB', '/en/'],
				['de-DE', '/fa/'],
			] as const) {
				const context = await browser.newContext({ locale });
				const page = await context.newPage();
				const violations: string[] = [];
				page.on('console', (message) => {
					if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
				});
				await page.goto(`${origin}/`);
				await page.waitForURL(`${origin}${expected}`);
				expect(new URL(page.url()).pathname, locale).toBe(expected);
				await page.goto(`${origin}/ar/no-such-page/`);
				await page.waitForURL(`${origin}/ar/404/`);
				await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
				await page.goto(`${origin}/fa/no-such-page/`);
				expect(new URL(page.url()).pathname).toBe('/fa/no-such-page/');
				expect(await page.locator('html').getAttribute('lang')).toBe('fa');
				expect(violations, locale).toEqual([]);
				await context.close();
			}
			// Search works on a site of one article (per language), under the <meta> policy alone.
			const searching = await browser.newPage();
			await searching.goto(`${origin}/en/search/`);
			await searching.locator('#search-page-input').fill('عنوان');
			await expect.poll(() => searching.locator('[data-search-results] a[data-result-link]').first().getAttribute('href'), { timeout: 20_000 }).toBe('/en/articles/track-your-order/');
			await searching.close();
			// Without JavaScript, "/" leads to the default language.
			const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
			const page = await noJs.newPage();
			await page.goto(`${origin}/`);
			await page.waitForURL(`${origin}/fa/`);
			await noJs.close();
		} finally {
			await browser.close();
			server.close();
		}
	});

	it('any server: a real nginx serving dist/ with the generated configuration keeps the same promises', { timeout: 60_000 }, async () => {
		expect(built.status).toBe(0);
		const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
		expect(nginx, 'nginx is needed for this test: apt-get install nginx-light').toBeDefined();
		const port = 20_000 + Math.floor(Math.random() * 20_000);
		const dir = scratchDir('bayan-nginx-');
		// The generated configuration is beside the site, never inside it (no host may serve it).
		const serverDir = serverConfigDirFor(dist);
		expect(files(dist).filter(([site]) => /^\/_(?:server|nginx)/.test(site))).toEqual([]);
		const conf = join(dir, 'nginx-test.conf');
		writeFileSync(
			conf,
			[
				'user root;',
				`pid ${join(dir, 'nginx.pid')};`,
				'error_log stderr;',
				'events {}',
				'http {',
				'\tinclude /etc/nginx/mime.types;',
				'\taccess_log off;',
				`\tclient_body_temp_path ${dir}/nginx-body; proxy_temp_path ${dir}/nginx-proxy; fastcgi_temp_path ${dir}/nginx-fcgi; uwsgi_temp_path ${dir}/nginx-uwsgi; scgi_temp_path ${dir}/nginx-scgi;`,
				`\tinclude ${join(serverDir, 'nginx-http.conf')};`,
				`\tserver {\n\t\tlisten 127.0.0.1:${port};\n\t\troot ${dist};\n\t\tinclude ${join(serverDir, 'nginx.conf')};\n\t}`,
				'}',
			].join('\n'),
		);
		const check = spawnSync(nginx!, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
		expect(check.status, check.stderr).toBe(0);
		const server: ChildProcess = spawn(nginx!, ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' });
		try {
			const origin = `http://127.0.0.1:${port}`;
			await expect.poll(async () => (await fetch(`${origin}/fa/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
			const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { redirect: 'manual', headers });

			const home = await get('/fa/');
			expect(home.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(home.headers.get('cache-control')).toBe(cacheControl.revalidate);
			expect(home.headers.get('x-content-type-options')).toBe('nosniff');

			const asset = files(dist).find(([site]) => site.startsWith('/_astro/'))![0];
			expect((await get(asset)).headers.get('cache-control'), asset).toBe(cacheControl.hashed);

			const admin = await get('/admin/');
			expect(admin.headers.get('content-security-policy')).toContain("'unsafe-eval'");
			expect(admin.headers.get('content-security-policy')).not.toContain('wasm-unsafe-eval');
			// Decap fetches the media an editor picked through blob: URLs when it saves.
			expect(admin.headers.get('content-security-policy')).toMatch(/connect-src 'self' blob: /);

			const go = await get('/go/1/');
			expect([go.status, go.headers.get('location')]).toEqual([301, '/fa/articles/track-your-order/']);

			for (const [accept, target] of [
				['ar-SA,ar;q=0.9,en;q=0.5', '/ar/'],
				['en-US,en;q=0.9', '/en/'],
				['fr-FR', '/fa/'],
				['', '/fa/'],
			] as const) {
				const root = await get('/', accept ? { 'Accept-Language': accept } : {});
				expect([root.status, root.headers.get('location')], accept).toEqual([302, target]);
				expect(root.headers.get('vary')).toContain('Accept-Language');
			}

			for (const locale of ['fa', 'ar', 'en']) {
				const missing = await get(`/${locale}/no-such-page/`);
				expect(missing.status).toBe(404);
				expect(await missing.text()).toContain(`<html lang="${locale}"`);
			}
			const slashless = await get('/fa/articles/track-your-order');
			expect([slashless.status, slashless.headers.get('location')]).toEqual([301, '/fa/articles/track-your-order/']);
			expect((await get('/_headers')).status).toBe(404);
			expect((await get('/_nginx.conf')).status).toBe(404);
			expect((await get('/_server/nginx.conf')).status).toBe(404);
		} finally {
			server.kill('SIGTERM');
		}
	});
});
