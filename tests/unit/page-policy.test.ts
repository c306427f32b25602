import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIContext, AstroIntegrationLogger, MiddlewareNext } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { withMetaPolicy } from '../../src/features/site/deploy';
import { builtPageFile, pageMetaPolicy, shareWithMiddleware } from '../../src/features/site/page-policy';
import { onRequest } from '../../src/features/site/page-policy-middleware';
import { PageScriptReader } from '../../src/features/site/page-scripts';
import { securityHeaderSteps } from '../../src/features/site/security-headers-integration';
import { inlineScripts, scriptHash } from '../../src/features/site/security-headers';

/**
 * Pages are written with their `<meta>` policy as Astro renders them (the middleware), and the
 * page step after the build checks them: the two must agree exactly, the middleware must leave
 * alone what is not a page of the site (the CMS, anything but HTML, a dev server), and a page it
 * cannot read must reach the page step unchanged, where the build stops naming the file.
 */
const guard = '(function(){document.documentElement.dataset.js="";})()';
const banner = 'var k="[data-notice-banner]";console.log(k)';
const page = `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><script>${guard}</script><title>راهنما</title></head><body><main>سلام</main><script type="module">${banner}</script><script type="application/ld+json">{"a":1}</script></body></html>`;
const sources = ['https://stats.example'];

function contextFor(path: string, isPrerendered = true): APIContext {
	return { url: new URL(`https://help.example${path}`), isPrerendered } as unknown as APIContext;
}

async function render(path: string, body: string | Uint8Array<ArrayBuffer>, contentType = 'text/html', isPrerendered = true): Promise<{ response: Response; bytes: Buffer }> {
	const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
	const next = (async () => new Response(body, { status: 200, headers: { 'content-type': contentType, 'content-length': String(length), 'x-kept': 'yes' } })) as MiddlewareNext;
	const response = (await onRequest(contextFor(path, isPrerendered), next)) as Response;
	return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

afterEach(() => shareWithMiddleware(undefined));

describe('builtPageFile', () => {
	it('names the file a prerendered page is written to, in the directory format', () => {
		expect(builtPageFile('/')).toBe('index.html');
		expect(builtPageFile('/fa/articles/track-your-order/')).toBe('fa/articles/track-your-order/index.html');
		expect(builtPageFile('/404.html')).toBe('404.html');
		expect(builtPageFile('/admin/')).toBe('admin/index.html');
		expect(builtPageFile('/ar/articles/%D8%A7%D9%84%D8%AF%D9%81%D8%B9/')).toBe('ar/articles/%D8%A7%D9%84%D8%AF%D9%81%D8%B9/index.html');
	});

	it('takes the base path off first, so the CMS under a base is still the CMS', () => {
		expect(builtPageFile('/help/admin/', '/help/')).toBe('admin/index.html');
		expect(builtPageFile('/help/', '/help')).toBe('index.html');
		expect(builtPageFile('/help/fa/', '/help/')).toBe('fa/index.html');
		expect(builtPageFile('/fa/', '/help/')).toBeUndefined();
	});

	it('names nothing for a path it cannot map for sure, so the page step handles that page alone', () => {
		for (const path of ['/404', '/fa/rss.xml', 'fa/', '/fa/../admin/', '/fa\\..\\admin/', '/ADMIN/', '/Admin/ar/', '//admin/', '/%61dmin/', '/admin%2F']) {
			expect(builtPageFile(path), path).toBeUndefined();
		}
	});
});

describe('the page-policy middleware', () => {
	it('writes the policy allowing exactly the page’s own inline scripts, as the page step would', async () => {
		shareWithMiddleware({ connectSources: sources });
		const { response, bytes } = await render('/fa/', page);
		const hashes = inlineScripts(page).map(scriptHash);
		expect(hashes).toHaveLength(2);
		expect(bytes.toString('utf8')).toBe(withMetaPolicy(page, pageMetaPolicy(hashes, sources)));
		expect(bytes.toString('utf8')).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`);
		expect(bytes.toString('utf8')).toContain("connect-src 'self' https://stats.example");
		expect(response.status).toBe(200);
		expect(response.headers.get('x-kept')).toBe('yes');
		expect(response.headers.get('content-length')).toBeNull();
	});

	it('leaves alone the CMS, what is not HTML, pages not prerendered, and every page when no build shared its settings', async () => {
		expect((await render('/fa/', page)).bytes.toString('utf8')).toBe(page);
		shareWithMiddleware({ connectSources: [] });
		for (const path of ['/admin/', '/admin/ar/', '/404', '/ADMIN/', '//admin/', '/%61dmin/']) expect((await render(path, page)).bytes.toString('utf8'), path).toBe(page);
		expect((await render('/fa/notices/feed.xml', page, 'application/xml')).bytes.toString('utf8')).toBe(page);
		expect((await render('/fa/', page, 'text/html', false)).bytes.toString('utf8')).toBe(page);
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
		expect([...(await render('/og/fa/home.png', png, 'image/png')).bytes]).toEqual([...png]);
	});

	it('passes a page it cannot read through unchanged', async () => {
		shareWithMiddleware({ connectSources: [] });
		// A policy of the page's own (content can never write one: the body sanitiser drops <meta>).
		const hostile = page.replace('<title>', '<meta http-equiv="content-security-policy" content="script-src *"><title>');
		expect((await render('/fa/', hostile)).bytes.toString('utf8')).toBe(hostile);
		expect(() => new PageScriptReader().readBuilt(Buffer.from(hostile)).withPolicy('x')).toThrow(/already has a <meta> Content-Security-Policy/);
	});

	it('passes through a page whose policy the page step would not take for its own (not a plain opening)', async () => {
		shareWithMiddleware({ connectSources: [] });
		const unusual = page.replace('<head>', '<head prefix="og: https://ogp.me/ns#">');
		expect((await render('/fa/', unusual)).bytes.toString('utf8')).toBe(unusual);
		// A plain opening whose script the quick scan cannot vouch for still gets it (through the full parse).
		const parsed = page.replace('console.log(k)', 'console.log(1)').replace('var k="[data-notice-banner]";', '');
		const { bytes } = await render('/fa/', parsed);
		expect(bytes.toString('utf8')).toBe(withMetaPolicy(parsed, pageMetaPolicy(inlineScripts(parsed).map(scriptHash), [])));
	});
});

describe('the page step after a build of pages the middleware wrote', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('reads every page, writes none, and still rewrites one that was changed after rendering', async () => {
		dir = mkdtempSync(join(tmpdir(), 'bayan-page-policy-'));
		shareWithMiddleware({ connectSources: sources });
		const write = (file: string, text: string | Buffer) => {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		};
		const home = (await render('/fa/', page)).bytes;
		const article = (await render('/fa/articles/a/', page.replace('سلام', 'مقاله'))).bytes;
		write('fa/index.html', home);
		write('fa/articles/a/index.html', article);
		// Changed after rendering (an integration writing HTML later): its scripts are not the policy's.
		const rendered = (await render('/fa/articles/b/', page)).bytes.toString('utf8');
		write('fa/articles/b/index.html', rendered.replace('</body>', '<script>console.log(2)</script></body>'));
		// Passed through by the middleware: the step gives it its policy.
		const unusual = page.replace('<head>', '<head prefix="og: https://ogp.me/ns#">');
		write('fa/articles/c/index.html', (await render('/fa/articles/c/', unusual)).bytes);
		const logs: string[] = [];
		const logger = { info: (message: string) => logs.push(message) } as unknown as AstroIntegrationLogger;
		const { pages } = securityHeaderSteps({ connectSources: sources });
		await (pages.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
		expect(logs.find((line) => line.startsWith('page policies:'))).toMatch(/; 2 already carried their policy; 2 written with it here$/);
		expect(readFileSync(join(dir, 'fa/articles/c/index.html'), 'utf8')).toBe(withMetaPolicy(unusual, pageMetaPolicy(inlineScripts(unusual).map(scriptHash), sources)));
		expect(readFileSync(join(dir, 'fa/index.html')).equals(home)).toBe(true);
		expect(readFileSync(join(dir, 'fa/articles/a/index.html')).equals(article)).toBe(true);
		const fixed = readFileSync(join(dir, 'fa/articles/b/index.html'), 'utf8');
		expect(fixed).toContain(scriptHash('console.log(2)'));
		expect(fixed.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
	});

	it('stops the build naming a page it cannot give its policy, as the middleware left it', async () => {
		dir = mkdtempSync(join(tmpdir(), 'bayan-page-policy-'));
		shareWithMiddleware({ connectSources: [] });
		const hostile = page.replace('<title>', '<meta http-equiv="content-security-policy" content="script-src *"><title>');
		mkdirSync(join(dir, 'fa'), { recursive: true });
		writeFileSync(join(dir, 'fa/index.html'), (await render('/fa/', hostile)).bytes);
		const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
		const { pages } = securityHeaderSteps({ connectSources: [] });
		const run = (pages.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
		await expect(run).rejects.toThrow(join(dir, 'fa/index.html'));
	});
});
