import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/features/site/security-headers-integration';
import { inlineScripts, isHashedPage, parseHeaders, scriptHash } from '../../src/features/site/security-headers';

describe('inlineScripts reads HTML as a browser does', () => {
	it('hashes nothing written inside an attribute of a <noscript> child, or inside a <template>', () => {
		const html = [
			'<!doctype html><html><head><title>t</title></head><body>',
			'<noscript><p title="<script>alert(1)</script>">x</p></noscript>',
			'<template><script>alert(2)</script></template>',
			'<script>real()</script>',
			'</body></html>',
		].join('');
		expect(inlineScripts(html)).toEqual(['real()']);
	});

	it('ignores script-looking text in attributes, comments, textarea, title, style and iframe', () => {
		const html = [
			'<p data-x="<script>a()</script>">',
			'<!-- <script>b()</script> -->',
			'<textarea><script>c()</script></textarea>',
			'<title><script>d()</script></title>',
			'<style>/*<script>e()</script>*/</style>',
			'<iframe srcdoc="<script>f()</script>"><script>g()</script></iframe>',
			'<noscript><script>h()</script></noscript>',
			'<svg><script>i()</script></svg>',
		].join('');
		expect(inlineScripts(html)).toEqual([]);
	});

	it('keeps only inline classic and module scripts, with the type rules of the standard', () => {
		const html = [
			'<script type="application/ld+json">{}</script>',
			'<script type="application/json">[]</script>',
			'<script type="importmap">{}</script>',
			'<script src="/a.js"></script>',
			'<script src="">empty-src()</script>',
			'<script type="text/plain">plain()</script>',
			'<script nomodule>legacy()</script>',
			'<script language="vbscript">vb()</script>',
			'<script type=" MODULE ">go()</script>',
			'<script type="">empty()</script>',
			'<script type="TEXT/JavaScript">x()</script>',
			'<script language="javascript">lang()</script>',
			'<script>plain()</script>',
		].join('');
		expect(inlineScripts(html)).toEqual(['go()', 'empty()', 'x()', 'lang()', 'plain()']);
	});

	it('takes the text exactly as the parser does: CRLF normalised, entities left alone', () => {
		expect(inlineScripts('<script>a();\r\nb("&amp;</p>")</script>')).toEqual(['a();\nb("&amp;</p>")']);
		// A script whose "</script>" sits in a string ends there, as in the browser.
		expect(inlineScripts('<script>var s="</script><script>evil()</script>')).toEqual(['var s="', 'evil()']);
	});
});

describe('which built files are hashed', () => {
	it('only the site’s HTML pages: never uploads under media/ or the CMS', () => {
		expect(isHashedPage('fa/index.html')).toBe(true);
		expect(isHashedPage('404.html')).toBe(true);
		expect(isHashedPage('media/evil.html')).toBe(false);
		expect(isHashedPage('media/sub/evil.html')).toBe(false);
		expect(isHashedPage('admin/index.html')).toBe(false);
		expect(isHashedPage('fa/media/page.html')).toBe(true);
		expect(isHashedPage('status/badge.svg')).toBe(false);
	});

	it('the integration writes a policy with the page’s script and without the upload’s or the noscript’s', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'bayan-csp-'));
		try {
			await mkdir(join(dir, 'fa'), { recursive: true });
			await mkdir(join(dir, 'media'), { recursive: true });
			await writeFile(
				join(dir, 'fa', 'index.html'),
				'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>page()</script><noscript><p title="<script>alert(1)</script>"></p></noscript><template><script>alert(2)</script></template></body></html>',
			);
			await writeFile(join(dir, 'media', 'upload.html'), '<script>alert(3)</script>');
			const hook = securityHeaders().hooks['astro:build:done']!;
			const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} };
			await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });
			const rules = parseHeaders(await readFile(join(dir, '_headers'), 'utf8'));
			const policy = rules.find((rule) => rule.path === '/fa/*')!.headers['Content-Security-Policy']!;
			expect(policy).toContain(scriptHash('page()'));
			for (const body of ['alert(1)', 'alert(2)', 'alert(3)']) expect(policy).not.toContain(scriptHash(body));
			expect(policy.match(/'sha256-/g)).toHaveLength(1);
			// Hosts without headers get the same page's policy in a <meta>, and the upload none.
			const page = await readFile(join(dir, 'fa', 'index.html'), 'utf8');
			expect(page).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scriptHash('page()')};`);
			expect(await readFile(join(dir, 'media', 'upload.html'), 'utf8')).toBe('<script>alert(3)</script>');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
