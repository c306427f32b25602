import { describe, expect, it } from 'vitest';
import { assertRedirectPath, buildRedirectTable, redirectPathShape, redirectsFile, type PermalinkArticle, type Redirect } from '../../src/features/content/permalinks';
import { formatHeaders, headerRules, parseHeaders, publicPathPatterns } from '../../src/features/site/security-headers';
import type { Locale } from '../../src/site.config';

const locales: Locale[] = ['fa', 'ar', 'en'];
const options = { locales, defaultLocale: 'fa' as Locale };
const article = (slug: string, ref: number, aliases: string[] = [], locale: Locale = 'fa'): PermalinkArticle => ({
	locale,
	slug,
	ref,
	aliases,
	filePath: `src/content/articles/${locale}/${slug}.mdx`,
});

/** Aliases, slugs and refs an attacker might put in frontmatter to write rules of their own. */
const hostileAliases = ['old\n/* https://evil.example/ 302!', 'old\r\n/fa/* /fa/evil/ 200', '\t:splat 302!', 'old slug', '../../admin', 'Old-Slug', 'old/nested', '%0a', ''];

/** Every rule line must be exactly "<path> <path> <status>", nothing else. */
function assertRuleLines(file: string): void {
	for (const line of file.split('\n')) {
		if (line === '' || line.startsWith('#')) continue;
		expect(line).toMatch(/^\/[a-z0-9/*-]* +\/[a-z0-9/-]+ {2}(?:301|404)$/);
	}
	expect(file).not.toMatch(/\r|\t/);
}

describe('_redirects from validated values only', () => {
	it('reports every hostile alias, slug and ref by file and writes no rule from it', () => {
		const table = buildRedirectTable(
			[article('track-your-order', 1, hostileAliases), article('evil\n/* /x 302', 2), article('good-one', Number.NaN), article('good-two', 3, [], 'de' as Locale)],
			options,
		);
		for (const alias of hostileAliases) expect(table.problems.some((problem) => problem.includes(JSON.stringify(alias)))).toBe(true);
		expect(table.problems.some((problem) => problem.includes('evil') && problem.includes('src/content/articles/fa/evil'))).toBe(true);
		expect(table.problems.some((problem) => problem.includes('ref null') || problem.includes('ref NaN'))).toBe(true);
		expect(table.problems.some((problem) => problem.includes('"de"'))).toBe(true);
		// An article with any bad value is left out whole; the clean ones remain.
		expect(table.redirects.map((redirect) => redirect.slug)).toEqual([]);
		const clean = buildRedirectTable([article('track-your-order', 1, ['where-is-my-order'])], options);
		expect(clean.problems).toEqual([]);
		assertRuleLines(redirectsFile(clean.redirects, locales));
	});

	it('the writer checks every path again and stops naming the value', () => {
		const good = buildRedirectTable([article('track-your-order', 1, ['where-is-my-order'])], options).redirects;
		const forged: Redirect[] = [
			{ ...good[0]!, from: '/fa/articles/old\n/* https://evil.example/ 302!/' },
			{ ...good[0]!, to: 'https://evil.example/' },
			{ ...good[0]!, to: '/fa/go/1/' },
			{ ...good[0]!, from: '/fa/articles/old/ :splat/' },
		];
		for (const redirect of forged) {
			expect(() => redirectsFile([redirect], locales)).toThrow(/is not a valid/);
		}
		expect(() => redirectsFile(good, ['fa', 'e n' as Locale])).toThrow(/e n/);
	});

	it('accepts exactly the three redirect path shapes', () => {
		expect(redirectPathShape('/go/12/', locales)).toEqual({ kind: 'go', ref: 12 });
		expect(redirectPathShape('/en/go/12/', locales)).toEqual({ kind: 'go', ref: 12, locale: 'en' });
		expect(redirectPathShape('/ar/articles/a-b/', locales)).toEqual({ kind: 'article', locale: 'ar', slug: 'a-b' });
		for (const path of ['/go/0/', '/go/01/', '/go/1', 'go/1/', '/de/go/1/', '/fa/articles/a--b/', '/fa/articles/a/b/', '//evil.example/', '/fa/articles/a%0a/', 'javascript:alert(1)//']) {
			expect(redirectPathShape(path, locales), path).toBeUndefined();
		}
		expect(() => assertRedirectPath('//evil.example/', locales, 'Redirect page', 'article')).toThrow(/evil\.example/);
		expect(() => assertRedirectPath('/go/1/', locales, 'Redirect page', 'article')).toThrow(/article path/);
	});
});

describe('_headers from validated values only', () => {
	it('stops on a top-level output name that is not plain, naming it', () => {
		expect(() => publicPathPatterns([{ name: 'x\n/*\n  Content-Security-Policy: none', directory: true }])).toThrow(/Content-Security-Policy: none/);
		expect(() => publicPathPatterns([{ name: 'a b.html', directory: false }])).toThrow(/a b\.html/);
		expect(() => publicPathPatterns([{ name: '..', directory: true }])).toThrow();
		expect(
			publicPathPatterns([
				{ name: '.well-known', directory: true },
				{ name: 'fa', directory: true },
			]),
		).toEqual(['/', '/.well-known/*', '/fa/*']);
	});

	it('refuses rule paths, names and values that could break a line', () => {
		expect(() => formatHeaders([{ path: '/x\n/*', headers: {} }])).toThrow(/rule path/);
		expect(() => formatHeaders([{ path: '/*', headers: { 'X-A\nB': '1' } }])).toThrow(/header name/);
		expect(() => formatHeaders([{ path: '/*', headers: { 'X-A': 'ok\n  Content-Security-Policy: none' } }])).toThrow(/value of X-A/);
		expect(() => formatHeaders([{ path: '/*', headers: { 'X-A': 'caf\u00e9' } }])).toThrow(/value of X-A/);
	});

	it('writes the real rules, which read back unchanged', () => {
		const rules = headerRules(
			"default-src 'self'",
			"default-src 'self'",
			publicPathPatterns([
				{ name: 'fa', directory: true },
				{ name: '404.html', directory: false },
			]),
		);
		const text = formatHeaders(rules);
		expect(parseHeaders(text)).toEqual(rules);
		for (const line of text.split('\n')) expect(line).toMatch(/^(?:|\/\S*| {2}[A-Za-z0-9-]+: [\x20-\x7e]+)$/);
	});
});
