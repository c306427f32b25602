import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The hostile-content corpus: malformed or malicious content, each fixture built for real in
 * a scratch copy of the project. A fixture either stops the build with a message naming the
 * file and the field (and leaves no dist/), or renders inert as documented in the README
 * ("Hostile content"), which is checked in Chromium: nothing executes.
 */
const root = resolve(__dirname, '../..');
const scratchDirs: string[] = [];

function scratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-hostile-'));
	scratchDirs.push(dir);
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

function write(dir: string, files: Record<string, string>) {
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
}

function build(dir: string): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs')], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 240_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

afterAll(() => {
	for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const fm = (fields: string, body = 'متن.') => `---\n${fields}\n---\n\n${body}\n`;
const article = (extra = '', body?: string) => fm(`title: عنوان\nsummary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: 900\n${extra}`.trim(), body);
const A = 'src/content/articles/fa/hostile.mdx';
const N = 'src/content/notices/fa/hostile-notice.mdx';
const I = 'src/content/incidents/fa/hostile-incident.mdx';
const notice = (extra: string) => fm(`title: اطلاعیه\nsummary: خلاصه\n${extra}`);
const incident = (extra: string) => fm(`title: اختلال\n${extra}`);

/** Fixtures that must stop the build: files to add, and what the message must say. */
const failing: { name: string; files: Record<string, string>; expect: (string | RegExp)[]; absent?: string[]; notInOutput?: string[] }[] = [
	{ name: 'missing title', files: { [A]: fm('summary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: 900') }, expect: [A, /\btitle\b/] },
	{ name: 'mistyped ref', files: { [A]: article().replace('ref: 900', 'ref: "nine"') }, expect: [A, /\bref\b/] },
	{ name: 'negative ref', files: { [A]: article().replace('ref: 900', 'ref: -3') }, expect: [A, /\bref\b.*positive/] },
	{ name: 'impossible date', files: { [A]: article().replace('updated: 2026-11-01', 'updated: "2026-02-30"') }, expect: [A, /\bupdated\b/] },
	{ name: 'unknown field', files: { [A]: article('colour: red') }, expect: [A, 'colour'] },
	{ name: 'huge title', files: { [A]: article().replace('title: عنوان', `title: ${'خیلی '.repeat(80)}`) }, expect: [A, /\btitle\b.*at most 160/] },
	{ name: 'bidi override in title', files: { [A]: article().replace('title: عنوان', 'title: "abc\u202Eabc"') }, expect: [A, /\btitle\b.*bidi-override/] },
	{ name: 'unknown category', files: { [A]: article().replace('category: orders', 'category: rockets') }, expect: [`${A}: category "rockets"`] },
	{ name: 'duplicate ref', files: { [A]: article().replace('ref: 900', 'ref: 1') }, expect: [A, /\bref 1\b/] },
	{ name: 'translations with different refs', files: { 'src/content/articles/ar/track-your-order.mdx': article().replace('ref: 900', 'ref: 901') }, expect: ['src/content/articles/ar/track-your-order.mdx', /\bref 90?1\b/] },
	{ name: 'related slug that does not exist', files: { [A]: article('related: [no-such-article]') }, expect: [`${A}: related[0] "no-such-article"`] },
	{ name: 'alias that is a live slug', files: { [A]: article('aliases: [track-your-order]') }, expect: [`${A}: aliases[0] "track-your-order"`] },
	{ name: 'file name that is not a slug', files: { 'src/content/articles/fa/Hostile File.mdx': article() }, expect: ['Hostile File', /slug/] },
	{ name: 'folder that is not a locale', files: { 'src/content/articles/de/hostile.mdx': article() }, expect: ['folder "de" is not a site locale'] },
	{ name: 'broken frontmatter YAML', files: { [A]: '---\ntitle: [unclosed\nsummary: x\n---\n\nبدنه\n' }, expect: ['hostile.mdx'] },
	{ name: 'broken MDX', files: { [A]: article('', '<Callout type="info">\n\nنیمه‌کاره') }, expect: ['hostile.mdx'] },
	{ name: '<script> in the body', files: { [A]: article('', '<script>window.__xss=1</script>') }, expect: [A, '<script> is not allowed'] },
	{ name: 'event handler in the body', files: { [A]: article('', '<Callout type="info" onClick="window.__xss=1">متن</Callout>') }, expect: [A, 'event-handler attributes are not allowed'] },
	{ name: 'javascript: URL in JSX', files: { [A]: article('', '<a href="javascript:window.__xss=1">link</a>') }, expect: [A, 'URL scheme runs code'] },
	{ name: 'javascript: URL disguised with a tab', files: { [A]: article('', '<a href="jav\tascript:window.__xss=1">link</a>') }, expect: [A, 'URL scheme runs code'] },
	{ name: 'javascript: URL disguised with a character reference', files: { [A]: article('', '<a href="jav&#x09;ascript:window.__xss=1">link</a>') }, expect: [A, 'URL scheme runs code'] },
	{ name: 'import in the body', files: { [A]: article('', "import fs from 'node:fs'\n\nمتن") }, expect: [A, 'import/export statements are not allowed'] },
	{ name: 'expression in the body', files: { [A]: article('', "{process.exit(0)}") }, expect: [A, 'expressions are not allowed'] },
	{ name: 'iframe in the body', files: { [A]: article('', '<iframe src="https://evil.example"></iframe>') }, expect: [A, '<iframe> is not allowed'] },
	// Attacks that got through the old deny-list; the body is now data checked against an allow-list.
	{ name: 'attribute-value expression that would run Node code at build', files: { [A]: article('', "<a title={require('node:fs').writeFileSync('pwned.txt', 'x')}>x</a>") }, expect: [A, 'not {…} expressions'], absent: ['pwned.txt'] },
	{ name: 'javascript: URL in an attribute expression', files: { [A]: article('', "<a href={'javascript:window.__xss=1'}>link</a>") }, expect: [A, 'not {…} expressions'] },
	{ name: 'javascript: URL with a decimal character reference', files: { [A]: article('', '<a href="&#106;avascript:window.__xss=1">link</a>') }, expect: [A, 'URL scheme runs code'] },
	{ name: 'set:html on an element', files: { [A]: article('', '<div set:html="<img src=x onerror=window.__xss=1>" />') }, expect: [A, 'directive and namespaced attributes'] },
	{ name: 'set:html on a Fragment', files: { [A]: article('', '<Fragment set:html="<script>window.__xss=1</script>" />') }, expect: [A, 'directive and namespaced attributes'] },
	{ name: 'a script hidden in a noscript child attribute', files: { [A]: article('', '<noscript><p title="</noscript><script>window.__xss=1</script>">x</p></noscript>') }, expect: [A, '<noscript> is not allowed'] },
	{ name: 'style overlay', files: { [A]: article('', '<div style="position:fixed;inset:0;background:red">x</div>') }, expect: [A, 'style attributes are not allowed'] },
	{ name: 'plaintext', files: { [A]: article('', 'متن\n\n<plaintext>x</plaintext>') }, expect: [A, '<plaintext> is not allowed'] },
	{ name: 'namespaced svg:script', files: { [A]: article('', '<svg:script>window.__xss=1</svg:script>') }, expect: [A, 'namespaced element names'] },
	{ name: '10,000 nested list items', files: { [A]: article('', `${Array.from({ length: 10_000 }, () => '-').join(' ')} x`) }, expect: [A, /at most 32 levels/], notInOutput: ['Maximum call stack size exceeded'] },
	{ name: 'unknown Callout type', files: { [A]: article('', '<Callout type="tip">متن</Callout>') }, expect: [A, '<Callout type="tip">'] },
	{ name: 'unknown ServiceStatus id', files: { [A]: article('', '<ServiceStatus id="teleporter" />') }, expect: [`${A}: <ServiceStatus id="teleporter"/> names an unknown service`] },
	{ name: 'notice end before start', files: { [N]: notice('kind: delay\nseverity: warning\nstart: 2026-11-22T10:00:00+03:30\nend: 2026-11-21T10:00:00+03:30') }, expect: ['hostile-notice', /\bend\b/] },
	{ name: 'notice of unknown kind', files: { [N]: notice('kind: party\nseverity: info\nstart: 2026-11-22T10:00:00+03:30') }, expect: ['hostile-notice', /\bkind\b/] },
	{ name: 'hours change without hours', files: { [N]: notice('kind: hours-change\nseverity: info\nstart: 2026-11-22T10:00:00+03:30') }, expect: ['hostile-notice', /\bhours\b/] },
	{ name: 'notice naming an unknown service', files: { [N]: notice('kind: outage\nseverity: critical\nstart: 2026-11-22T10:00:00+03:30\nservices: [teleporter]') }, expect: ['hostile-notice', 'teleporter'] },
	{ name: 'notice time without offset', files: { [N]: notice('kind: delay\nseverity: info\nstart: 2026-11-22T10:00:00') }, expect: ['hostile-notice', /\bstart\b.*must be a date-time with an offset, e\.g\. 2026-11-22T09:00:00\+03:30/] },
	{ name: 'incident naming an unknown service', files: { [I]: incident('kind: incident\nimpact: minor\naffected:\n  - service: teleporter\n    status: partial_outage\nupdates:\n  - at: 2026-11-20T10:00:00+03:30\n    status: investigating\n    text: بررسی') }, expect: ['hostile-incident', 'teleporter'] },
	{ name: 'incident updates out of order', files: { [I]: incident('kind: incident\nimpact: minor\naffected:\n  - service: website\n    status: partial_outage\nupdates:\n  - at: 2026-11-20T10:00:00+03:30\n    status: investigating\n    text: یک\n  - at: 2026-11-20T09:00:00+03:30\n    status: resolved\n    text: دو') }, expect: ['hostile-incident', /updates/] },
	{ name: 'incident time without offset', files: { [I]: incident('kind: incident\nimpact: minor\naffected:\n  - service: website\n    status: partial_outage\nupdates:\n  - at: 2026-11-20T10:00:00\n    status: investigating\n    text: بررسی') }, expect: ['hostile-incident', /\bat\b.*must be a date-time with an offset/] },
	{ name: 'chat channel with a javascript: link', files: { 'src/content/channels/hostile-chat.yaml': 'name:\n  fa: گفت‌وگو\n  ar: دردشة\n  en: Chat\nkind: chat\ncontact: "javascript:window.__xss=1"\norder: 99\nhours:\n  always: true\n' }, expect: ['hostile-chat', /\bcontact\b/] },
	{ name: 'maintenance without a window', files: { [I]: incident('kind: maintenance\nimpact: none\naffected:\n  - service: website\n    status: under_maintenance\nupdates:\n  - at: 2026-11-20T10:00:00+03:30\n    status: scheduled\n    text: برنامه') }, expect: ['hostile-incident', /window/] },
];

describe('hostile content that must stop the build', () => {
	it.each(failing)('$name', { timeout: 240_000 }, ({ files, expect: expected, absent = [], notInOutput = [] }) => {
		const dir = scratchProject();
		write(dir, files);
		const { status, output } = build(dir);
		expect(status, output.slice(-2000)).not.toBe(0);
		for (const part of expected) {
			if (typeof part === 'string') expect(output, output.slice(-1500)).toContain(part);
			else expect(output, output.slice(-1500)).toMatch(part);
		}
		expect(existsSync(join(dir, 'dist')), 'no partial dist/').toBe(false);
		// Nothing the content wrote ran: files it would have created do not exist.
		for (const path of absent) expect(existsSync(join(dir, path)), path).toBe(false);
		for (const text of notInOutput) expect(output).not.toContain(text);
	});
});

describe('hostile content that renders inert', () => {
	it('escapes markup in frontmatter, drops javascript: links, and executes nothing in a browser', { timeout: 300_000 }, async () => {
		const dir = scratchProject();
		write(dir, {
			[A]: fm(
				[
					'title: "<script>window.__xss=1</script> <img src=x onerror=window.__xss=2>"',
					"summary: \"</p><svg onload=window.__xss=3> '\\\"><script>window.__xss=4</script>\"",
					'category: orders',
					'updated: 2026-11-01',
					'ref: 900',
					'tags: ["<b onmouseover=window.__xss=5>tag</b>"]',
				].join('\n'),
				'[click me](javascript:window.__xss=6) and [data](data:text/html,<script>window.__xss=7</script>) and ![img](javascript:window.__xss=8)\n\n`<script>window.__xss=9</script>` stays code.\n\n&lt;script&gt;window.__xss=10&lt;/script&gt;',
			),
		});
		const { status, output } = build(dir);
		expect(status, output.slice(-2000)).toBe(0);
		// Payloads may survive as text, including inside quoted attribute values, which HTML
		// never executes; what matters is the DOM a browser builds from the page, checked below.
		expect(readFileSync(join(dir, 'dist/fa/articles/hostile/index.html'), 'utf8')).toContain('window.__xss=1');

		// A port from a range no other test uses; a collision fails loudly at the readiness check.
		const port = 4470 + (process.pid % 20);
		const server = spawn(process.execPath, [join(dir, 'scripts/serve.mjs'), '--port', String(port), '--dir', join(dir, 'dist')], { stdio: 'ignore' });
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
			args: ['--no-sandbox', '--disable-gpu'],
		});
		try {
			// Wait until the server answers (a fixed sleep is flaky on a busy machine).
			for (let attempt = 0; ; attempt += 1) {
				const ok = await fetch(`http://localhost:${port}/fa/`).then((r) => r.ok, () => false);
				if (ok) break;
				if (attempt > 100) throw new Error(`the scratch site never came up on port ${port}`);
				await new Promise((r) => setTimeout(r, 100));
			}
			const page = await browser.newPage();
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs += 1;
				void dialog.dismiss();
			});
			for (const path of ['/fa/articles/hostile/', '/fa/categories/orders/', '/fa/search/', '/fa/agent/', '/go/900/']) {
				const response = await page.goto(`http://localhost:${port}${path}`);
				// Every one of these pages must exist: a routing regression must not skip the check.
				expect(response?.status(), path).toBe(200);
				await page.locator('a, h1').first().hover().catch(() => undefined);
				await page.waitForTimeout(300);
				const dom = await page.evaluate(() => ({
					executed: (window as unknown as { __xss?: number }).__xss,
					scripts: [...document.scripts]
						.filter((script) => !/json/i.test(script.type))
						.filter((script) => script.textContent?.includes('__xss')).length,
					handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
					urls: [...document.querySelectorAll('[href], [src]')]
						.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
						.filter((url) => /^\s*(javascript|vbscript|data:text)/i.test(url)),
				}));
				expect(dom, path).toEqual({ executed: undefined, scripts: 0, handlers: [], urls: [] });
			}
			expect(dialogs).toBe(0);
		} finally {
			await browser.close();
			server.kill();
		}
	});
});
