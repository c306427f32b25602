import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, formatHeaders, headerRules, headersFor, inlineScripts, parseHeaders, publicPathPatterns, scriptHash } from '../../src/features/site/security-headers';
import { cacheRules } from '../../src/features/site/deploy';

describe('Content-Security-Policy', () => {
	it('allows inline scripts by hash only, never unsafe-inline', () => {
		const policy = contentSecurityPolicy({ scriptHashes: [scriptHash('console.log(1)')] });
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
		expect(scriptSrc).toContain("'sha256-");
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
	});

	it('hashes script bodies the way browsers do (sha256, base64)', () => {
		// Reference value computed independently: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('finds executable inline scripts and ignores data blocks and external files', () => {
		const html = '<script type="application/ld+json">{}</script><script src="/a.js"></script><script type="module">go()</script><script>x()</script><script type="application/json">[]</script>';
		expect(inlineScripts(html)).toEqual(['go()', 'x()']);
	});
});

describe('_headers', () => {
	const topLevel = [
		{ name: 'fa', directory: true },
		{ name: 'admin', directory: true },
		{ name: '_astro', directory: true },
		{ name: '404.html', directory: false },
		{ name: 'favicon.svg', directory: false },
	];
	const rules = headerRules('PUBLIC', 'ADMIN', publicPathPatterns(topLevel), cacheRules(topLevel));

	it('round-trips through the file format', () => {
		expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
	});

	it('gives public pages the strict policy and the CMS only its own', () => {
		expect(headersFor(rules, '/fa/articles/x/')['Content-Security-Policy']).toBe('PUBLIC');
		expect(headersFor(rules, '/')['Content-Security-Policy']).toBe('PUBLIC');
		expect(headersFor(rules, '/404.html')['Content-Security-Policy']).toBe('PUBLIC');
		expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe('ADMIN');
		// No rule attaches the public policy to the CMS, since hosts would send both.
		expect(rules.filter((rule) => rule.headers['Content-Security-Policy'] && headersFor([rule], '/admin/index.html')['Content-Security-Policy'])).toHaveLength(1);
	});

	it('caches hashed assets for a year and HTML not at all', () => {
		expect(headersFor(rules, '/_astro/app.1a2b.js')['Cache-Control']).toContain('immutable');
		expect(headersFor(rules, '/fa/')['Cache-Control']).toContain('max-age=0');
		// Feeds are revalidated like pages: one rule per path, so no feed-only rule can overlap.
		expect(headersFor(rules, '/fa/notices/rss.xml')['Cache-Control']).toContain('max-age=0');
		expect(headersFor(rules, '/fa/')['X-Content-Type-Options']).toBe('nosniff');
	});
});
