import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { metaPolicyElement, withMetaPolicy } from '../../src/features/site/deploy';
import { PageScriptReader } from '../../src/features/site/page-scripts';
import { inlineScripts } from '../../src/features/site/security-headers';

/**
 * The header scan's quick path must find what the full parse finds: each page below is read
 * by a reader that has already seen the site's real scripts (`primer`), and its scripts and
 * its page-with-policy are compared with `inlineScripts` and `withMetaPolicy`.
 */
const opening = '<!DOCTYPE html><html lang="fa" dir="rtl" data-astro-cid-x><head><meta charset="utf-8">';
const guard = '(function(){document.documentElement.dataset.js="";})()';
const search = 'var e="[data-search-input]";console.log(e)';
const page = (head: string, body: string) => `${opening}${head}<title>t</title></head><body>${body}</body></html>`;
const primer = page(`<script>${guard}</script>`, `<main>x</main><script type="module">${search}</script>`);
const policy = "default-src 'self'; script-src 'self' 'sha256-x'";

/** A reader that has parsed the primer page, as a build's first page would be. */
function primedReader(): PageScriptReader {
	const reader = new PageScriptReader();
	reader.read(Buffer.from(primer));
	expect(reader.parsed).toBe(1);
	return reader;
}

/** Reads `source` with a primed reader and checks it against the full parse. */
function readLikeTheParser(source: string): { scanned: boolean } {
	const reader = primedReader();
	const result = reader.read(Buffer.from(source));
	expect(result.scripts).toEqual(inlineScripts(source));
	expect(result.withPolicy(policy).toString('utf8')).toBe(withMetaPolicy(source, policy));
	return { scanned: reader.scanned === 1 };
}

describe('PageScriptReader', () => {
	it('reads a page that repeats known scripts without the parser, with the same result', () => {
		const source = page(
			`<script>${guard}</script><script type="application/ld+json">{"name":"فروشگاه \\u003c/script>"}</script>`,
			`<p title="متن">سلام</p><script type="module">${search}</script><script type="module" src="/_astro/a.js"></script>`,
		);
		expect(readLikeTheParser(source)).toEqual({ scanned: true });
	});

	it('gives the parser a script text no page has been seen running yet', () => {
		expect(readLikeTheParser(page(`<script>${guard}</script>`, '<script>other()</script>'))).toEqual({ scanned: false });
	});

	it('never hashes unknown script-looking text in attributes, comments, noscript, template, textarea or svg', () => {
		const hostile = [
			'<p title="<script>a()</script>">x</p>',
			'<!-- <script>b()</script> -->',
			'<noscript><script>c()</script></noscript>',
			'<template><script>d()</script></template>',
			'<textarea><script>e()</script></textarea>',
			'<svg><script>f()</script></svg>',
			'<meta name="description" content="<SCRIPT>g()</SCRIPT>">',
		];
		for (const bit of hostile) {
			const source = page(`<script>${guard}</script>`, bit);
			readLikeTheParser(source);
			expect(new PageScriptReader().read(Buffer.from(source)).scripts).toEqual([guard]);
		}
	});

	it('hands the parser what the quick scan cannot vouch for, with the same result', () => {
		const cases = [
			// Escaped script-data states: the text does not end at the first </script>, so the
			// module script after it is text of the JSON block and must not be hashed.
			page(`<script>${guard}</script>`, `<script type="application/ld+json"><!--<script></script><script type="module">${search}</script>`),
			page(`<script>${guard}</script>`, `<script>var s="<!--<script>";</script>x</script><script type="module">${search}</script>`),
			// CR LF is normalised by the parser; NUL replaced.
			page(`<script>${guard}\r\n</script>`, ''),
			// A start tag whose attribute value holds ">" or a quote.
			page(`<script>${guard}</script>`, `<script type="module" data-x="a>b">${search}</script>`),
			page(`<script>${guard}</script>`, `<script type='module'>${search}</script>`),
			// Upper case, and an end tag followed by a slash.
			page(`<SCRIPT>${guard}</SCRIPT >`, `<script type="module">${search}</script/>`),
			// A "</scriptx>" is text inside a script.
			page(`<script>${guard}</scriptx></script>`, ''),
			// Not the plain opening: a comment before <html>, a different charset declaration.
			`<!DOCTYPE html><!-- c --><html><head><meta charset="utf-8"></head><body><script>${guard}</script></body></html>`,
			`<!DOCTYPE html><html><head><meta charset=utf-8></head><body><script>${guard}</script></body></html>`,
			`<!DOCTYPE html><html><head><title>t</title><meta charset="utf-8"></head><body><script>${guard}</script></body></html>`,
			// An unclosed script.
			page('', `<script>${guard}`),
		];
		for (const source of cases) readLikeTheParser(source);
	});

	it('reads a page with nothing to hash', () => {
		expect(readLikeTheParser(page('', '<p>بدون اسکریپت</p>'))).toEqual({ scanned: true });
	});

	it('refuses a page that already has a <meta> policy, as the parser does, however it is spelled', () => {
		for (const name of ['content-security-policy', 'Content&#x2D;Security-Policy']) {
			const source = page(`<meta http-equiv="${name}" content="default-src 'none'"><script>${guard}</script>`, '');
			expect(() => primedReader().read(Buffer.from(source)).withPolicy(policy)).toThrow(/already has/);
		}
	});

	it('reads a redirect page (a plain meta refresh) without the parser', () => {
		const source = page('<meta http-equiv="refresh" content="0; url=/fa/">', `<script type="module">${search}</script>`);
		expect(readLikeTheParser(source)).toEqual({ scanned: true });
	});

	it('only hashes script-looking text outside a script when it is byte for byte a script the site runs', () => {
		// The documented difference from the parser: such text is hashed on this page too, but
		// only when the site really runs that exact script, whose hash the site-wide policy has.
		const source = page('', `<p title="<script>${guard}</script>">x</p>`);
		expect(inlineScripts(source)).toEqual([]);
		expect(primedReader().read(Buffer.from(source)).scripts).toEqual([guard]);
		expect(new PageScriptReader().read(Buffer.from(source)).scripts).toEqual([]);
	});

	it('a non-running <script> look-alike in an attribute cannot hide a later real script', () => {
		for (const tag of ['<script nomodule>', '<script src>', '<script type="text/plain">', '<script type="application/ld+json">'])
			readLikeTheParser(page('', `<meta name="description" content="${tag}"><script>other()</script>`));
	});

	it('sees a running script whose start tag has a tab, newline, form feed or slash after the name', () => {
		for (const separator of ['\t', '\n', '\f', '/', ' ']) readLikeTheParser(page('', `<script${separator}type="module">other()</script>`));
	});

	it('puts the policy after the real charset declaration, not after a look-alike before it', () => {
		readLikeTheParser(`<!DOCTYPE html><html><head><!-- <meta charset="utf-8"> --><meta charset="utf-8"><script>${guard}</script></head></html>`);
		readLikeTheParser(`<!DOCTYPE html><html><head><title>&lt;meta charset="utf-8"&gt; <meta charset="utf-8"></title><meta charset="utf-8"></head></html>`);
		readLikeTheParser(`<!DOCTYPE html><html><head><meta charset="windows-1252"><script>${guard}</script></head></html>`);
	});

	it('does not take a known script with other surrounding whitespace for the known script', () => {
		readLikeTheParser(page('', `<script> ${guard}</script><script>${guard}\n</script>`));
	});

	it('never hashes a look-alike of a known script written by content, whichever page is read first', () => {
		// Content reaches a page only through Astro's escaping, which writes every & and " of an
		// attribute value or text as a reference: such text never equals a script holding either.
		const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
		for (const inert of [`<p title="<script>${escaped(guard)}</script>">x</p>`, `<img alt="<script type=module>${escaped(search)}</script>" src="/a.png">`]) {
			const source = page('', inert);
			expect(primedReader().read(Buffer.from(source)).scripts, inert).toEqual([]);
			expect(new PageScriptReader().read(Buffer.from(source)).scripts, inert).toEqual([]);
		}
		// A site script with neither character could be spelt by content: its pages go to the parser.
		const plain = 'known()';
		const reader = new PageScriptReader();
		reader.read(Buffer.from(page(`<script>${plain}</script>`, '')));
		expect(reader.read(Buffer.from(page('', `<p title="<script>${plain}</script>">x</p>`))).scripts).toEqual([]);
		expect(reader.read(Buffer.from(page(`<script>${plain}</script>`, ''))).scripts).toEqual([plain]);
		expect(reader.parsed).toBe(3);
	});

	it('relies on Astro writing every & and " of an attribute value or text as a reference (the guard above)', () => {
		// Should an Astro upgrade stop escaping either, this fails before a look-alike could be hashed.
		expect(String(addAttribute('known() & "x" <script>', 'title'))).toBe(' title="known() &amp; &quot;x&quot; <script>"');
		expect(String(escapeHTML('known() & "x"'))).toBe('known() &amp; &quot;x&quot;');
	});

	describe("readBuilt: a page restored from Astro's cache with the policy an earlier build gave it", () => {
		const source = page(`<script>${guard}</script>`, `<script type="module">${search}</script>`);
		const restored = (earlier: string) => withMetaPolicy(source, earlier);

		it('finds the same scripts as in the bare page, reports the earlier policy and replaces only that element', () => {
			const reader = primedReader();
			const read = reader.readBuilt(Buffer.from(restored('old policy')));
			expect(read.previousPolicy).toBe('old policy');
			expect(read.scripts).toEqual(inlineScripts(source));
			expect(read.withPolicy(policy).toString('utf8')).toBe(withMetaPolicy(source, policy));
			expect(reader.scanned).toBe(1);
		});

		it('reads a page without a policy as read() does, with no earlier policy', () => {
			const read = primedReader().readBuilt(Buffer.from(source));
			expect(read.previousPolicy).toBeUndefined();
			expect(read.scripts).toEqual(inlineScripts(source));
			expect(read.withPolicy(policy).toString('utf8')).toBe(withMetaPolicy(source, policy));
		});

		it('sets aside only the element this step writes, where it writes it: any other policy is still refused', () => {
			const elsewhere = page(`<script>${guard}</script>${metaPolicyElement('theirs')}`, '');
			const second = restored('ours').replace(metaPolicyElement('ours'), `${metaPolicyElement('ours')}${metaPolicyElement('theirs')}`);
			const escaped = page('', '').replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="a &amp; b">');
			const otherCase = restored('ours').replace('http-equiv="Content-Security-Policy"', 'http-equiv="content-security-policy"');
			for (const hostile of [elsewhere, second, escaped, otherCase]) {
				// Refused when read (the caller may keep the page as it is) or at the latest when written.
				expect(() => primedReader().readBuilt(Buffer.from(hostile)).withPolicy(policy), hostile).toThrow(/already has a <meta> Content-Security-Policy/);
			}
			// A second policy after ours is refused on reading, before the caller could keep the page.
			expect(() => primedReader().readBuilt(Buffer.from(second)), second).toThrow(/already has a <meta> Content-Security-Policy/);
		});
	});
});
