import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';
import { inlineScripts } from '../../src/features/site/security-headers';
import { type SharedSite, sharedSite } from '../support/shared-site';
import { articleFrontmatter, buildProject, copyProject, mdx, removeScratchDirs, tinyProject } from '../support/tiny-site';
import { launchChromium, listenLocally } from '../support/browser';

/**
 * Hostile content end to end, on the tiny fixture site: a few real `npm run build`s. The
 * corpus itself (every construct, with its exact message or inert output) runs in process
 * in `hostile-corpus.test.ts`; this file proves what only a real build and a real browser
 * can: that a refusal stops `npm run build` naming the file and leaves the previous dist/
 * as it was, that nothing in content runs at build time, and that the inert cases build
 * into pages on which, served with the real `_headers`, nothing runs and no request
 * leaves the origin. The inert cases are part of the shared build (tests/support/shared-site.ts).
 */
// Scratch projects are whole copies of the code; deleting them takes a while on a busy machine.
afterAll(removeScratchDirs, 120_000);

/** Hashes of every file under `dir`, to prove a failed build changed nothing. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return files;
}

describe('hostile content, built for real on the tiny site', () => {
	let site: SharedSite;
	let built = { status: null as number | null, output: '' };

	beforeAll(() => {
		site = sharedSite();
		built = site;
	}, 400_000);

	it('the inert cases build', () => {
		expect(built.status, built.output.slice(-3000)).toBe(0);
		expect(readFileSync(join(site.dist, 'fa/articles/hostile/index.html'), 'utf8')).toContain('window.__pwned=1');
		// No text from content became a script the CSP allows by hash.
		for (const page of ['fa/articles/hostile/index.html', 'fa/notices/hostile-notice/index.html', 'fa/index.html']) {
			const scripts = inlineScripts(readFileSync(join(site.dist, page), 'utf8'));
			expect(
				scripts.filter((script) => script.includes('__pwned')),
				page,
			).toEqual([]);
		}
		const headers = readFileSync(join(site.dist, '_headers'), 'utf8');
		expect(headers).toMatch(/script-src 'self'/);
		expect(headers).not.toContain('__pwned');
	});

	it('in Chromium, with the real _headers, nothing runs and no request leaves the origin', { timeout: 180_000 }, async () => {
		expect(built.status).toBe(0);
		const server = createStaticServer({ root: site.dist });
		const origin = await listenLocally(server);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const requests: string[] = [];
			const dialogs: string[] = [];
			const violations: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			page.on('console', (message) => {
				if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
			});
			for (const path of ['/fa/articles/hostile/', '/fa/notices/hostile-notice/', '/fa/categories/orders/', '/fa/notices/', '/fa/search/', '/fa/agent/', '/fa/', '/go/900/']) {
				const response = await page.goto(`${origin}${path}`);
				// Every one of these pages must exist: a routing regression must not skip the check.
				expect(response?.status(), path).toBe(200);
				expect(response?.headers()['content-security-policy'], `${path} is served with the CSP from _headers`).toMatch(/script-src/);
				for (const target of await page.locator('main a, main h1, main summary').all()) await target.hover({ timeout: 1000 }).catch(() => undefined);
				await page.waitForTimeout(200);
				const dom = await page.evaluate(() => ({
					pwned: (window as unknown as { __pwned?: number }).__pwned,
					scripts: [...document.scripts].filter((script) => !/json/i.test(script.type) && script.textContent?.includes('__pwned')).length,
					handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
					urls: [...document.querySelectorAll('[href], [src]')]
						.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
						.filter((url) => /^\s*(javascript|vbscript|data:text|data:image\/svg)/i.test(url)),
				}));
				expect(dom, path).toEqual({ pwned: undefined, scripts: 0, handlers: [], urls: [] });
			}
			expect(dialogs).toEqual([]);
			expect(violations, 'nothing in content even tried to run or load from elsewhere').toEqual([]);
			expect(requests.length).toBeGreaterThan(6);
			expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
		} finally {
			await browser.close();
			await new Promise((resolve) => server.close(resolve));
		}
	});

	it('a refused file stops npm run build, naming it, runs nothing, and leaves the previous dist/ untouched', { timeout: 300_000 }, () => {
		expect(built.status).toBe(0);
		// A copy of the shared project with a copy of its output as the previous dist/.
		const dir = copyProject(site.dir);
		cpSync(site.dist, join(dir, 'dist'), { recursive: true });
		const before = snapshot(join(dir, 'dist'));
		expect(Object.keys(before).length).toBeGreaterThan(20);
		const source = mdx(articleFrontmatter(901), "متن\n\n<a title={require('node:fs').writeFileSync('pwned.txt', 'x')}>x</a>");
		writeFileSync(join(dir, 'src/content/articles/fa/attack.mdx'), source);
		const { status, output } = buildProject(dir);
		expect(status, output.slice(-2000)).not.toBe(0);
		const line = source.split('\n').findIndex((text) => text.includes('title={')) + 1;
		expect(output).toContain(`src/content/articles/fa/attack.mdx (line ${line}, column 4): <a title={…}>: attribute values must be plain text in quotes, not {…} expressions`);
		expect(existsSync(join(dir, 'pwned.txt'))).toBe(false);
		expect(snapshot(join(dir, 'dist'))).toEqual(before);
	});
});

describe('a refused data file stops a real build', () => {
	it('a chat channel with a javascript: link, named with its field and line, and no dist/', { timeout: 300_000 }, () => {
		const channel = 'name:\n  fa: گفت‌وگو\n  ar: دردشة\n  en: Chat\nkind: chat\ncontact: "javascript:window.__pwned=1"\norder: 99\nhours:\n  always: true\n';
		const dir = tinyProject({ 'src/content/channels/hostile-chat.yaml': channel });
		const { status, output } = buildProject(dir);
		expect(status, output.slice(-2000)).not.toBe(0);
		expect(output).toContain('src/content/channels/hostile-chat.yaml (line 6, field "contact"): "javascript:window.__pwned=1" is not an https:// address');
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});
