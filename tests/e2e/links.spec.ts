import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteDist, siteOrigin as brandOrigin } from './helpers';
import { attribute, elementsOf, type HtmlElement, parseHtml } from '../../src/core/html';

/**
 * Links never break: every internal link and anchor in every built HTML page resolves —
 * the file exists, `#id` names an element on the target page, and redirect pages
 * (`/go/<ref>/`, retired slugs) lead to pages that exist and carry the anchor. The built
 * site is read from disk, as a static host would serve it (the web server built it), and
 * each page through a real HTML parser (src/core/html.ts), so ids and links are what a
 * browser sees, whatever the quoting or character references.
 */

const dist = siteDist;
const siteOrigin = (process.env.BAYAN_SITE_URL ?? brandOrigin).replace(/\/+$/, '');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** The file a site path is served from, or undefined. */
function fileOf(pathname: string): string | undefined {
	const path = decodeURIComponent(pathname);
	const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

// Each file is parsed once: as a page whose links are checked and as a link's target.
const parsed = new Map<string, HtmlElement[]>();
function elementsIn(file: string) {
	let elements = parsed.get(file);
	if (!elements) {
		elements = [...elementsOf(parseHtml(readFileSync(file, 'utf8')))];
		parsed.set(file, elements);
	}
	return elements;
}

const pages = new Map<string, { ids: Set<string>; refresh?: string }>();
function pageInfo(file: string) {
	let info = pages.get(file);
	if (!info) {
		const elements = elementsIn(file);
		const ids = new Set(elements.flatMap((element) => attribute(element, 'id') ?? []));
		const meta = elements.find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh');
		const refresh = /^\d+;\s*url=(.+)$/i.exec(meta ? (attribute(meta, 'content') ?? '') : '')?.[1];
		info = { ids, ...(refresh ? { refresh } : {}) };
		pages.set(file, info);
	}
	return info;
}

/** Checks one link from `fromPath`; returns a problem or undefined. */
function checkLink(fromPath: string, href: string, hops = 0): string | undefined {
	if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined;
	const url = new URL(href, `${siteOrigin}${fromPath}`);
	if (url.origin !== siteOrigin && !href.startsWith('/') && !href.startsWith('#')) {
		if (/^https?:/i.test(href)) return undefined; // another site
	}
	if (url.origin !== siteOrigin) return undefined;
	const file = fileOf(url.pathname);
	if (!file) return `${href}: no page at ${url.pathname}`;
	if (!file.endsWith('.html')) return undefined;
	const info = pageInfo(file);
	if (info.refresh) {
		if (hops > 3) return `${href}: redirect loop`;
		const target = new URL(info.refresh, url);
		return checkLink(url.pathname, `${target.pathname}${url.hash}`, hops + 1);
	}
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (fragment && !info.ids.has(fragment)) return `${href}: ${url.pathname} has no element with id "${fragment}"`;
	return undefined;
}

test('every internal link and anchor in the built site resolves', () => {
	const files = htmlFiles(dist);
	expect(files.length).toBeGreaterThan(50);
	const problems: string[] = [];
	let checked = 0;
	let goLinks = 0;
	for (const file of files) {
		const path = `/${file.slice(dist.length + 1).replace(/\\/g, '/')}`.replace(/index\.html$/, '');
		for (const element of elementsIn(file)) {
			if (!['a', 'link', 'area'].includes(element.tagName)) continue;
			const href = attribute(element, 'href');
			if (!href) continue;
			checked++;
			if (/\/go\/\d+\//.test(href) && file.includes('/articles/')) goLinks++;
			const problem = checkLink(path, href);
			if (problem) problems.push(`${path} → ${problem}`);
		}
	}
	expect(checked).toBeGreaterThan(1000);
	// Articles link to each other through permanent /go/ links; those must be crawled too.
	expect(goLinks).toBeGreaterThan(0);
	expect([...new Set(problems)]).toEqual([]);
});

test('a link to a missing page or anchor is reported (the crawler can fail)', () => {
	expect(checkLink('/fa/', '/fa/articles/no-such-article/')).toMatch(/no page/);
	expect(checkLink('/fa/', '/fa/go/1/#no-such-section')).toMatch(/no element with id "no-such-section"/);
	expect(checkLink('/fa/', '/fa/go/1/')).toBeUndefined();
});

test('_redirects sends every rule to a page that exists, with per-language 404s last', () => {
	const rules = readFileSync(join(dist, '_redirects'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() && !line.startsWith('#'))
		.map((line) => line.trim().split(/\s+/));
	const redirects = rules.filter(([, , status]) => status === '301');
	expect(redirects.length).toBeGreaterThan(10);
	for (const [from, to] of redirects) {
		expect(fileOf(to!), `${from} → ${to}`).toBeDefined();
		// The HTML fallback page for hosts that ignore _redirects leads to the same place.
		expect(pageInfo(fileOf(from!)!).refresh, from).toBe(to);
	}
	expect(rules.slice(-3).map((rule) => rule.join(' '))).toEqual(['/fa/* /fa/404/ 404', '/ar/* /ar/404/ 404', '/en/* /en/404/ 404']);
	for (const locale of ['fa', 'ar', 'en']) expect(fileOf(`/${locale}/404/`)).toBeDefined();
});

test('the agent console and redirect pages stay out of the sitemap', () => {
	const sitemaps = readdirSync(dist).filter((name) => /^sitemap.*\.xml$/.test(name));
	const xml = sitemaps.map((name) => readFileSync(join(dist, name), 'utf8')).join('\n');
	expect(xml).toContain('<loc>');
	expect(xml).not.toMatch(/\/agent\/|\/go\/|where-is-my-order/);
});
