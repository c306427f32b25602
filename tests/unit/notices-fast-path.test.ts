import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScope } from '../../src/core/build-scope';
import { chooseBuildScope, fastPathOwner, mergeFastBuild, mergeHeaders } from '../../scripts/lib/fast-path.mjs';
import { tempFolder } from '../support/temp-folder';

type Scope = 'notices' | 'all';
const choose = chooseBuildScope as (input: { changed: readonly string[] | undefined; event: string; hasPrevious: boolean }) => Scope;
const owner = fastPathOwner as (path: string) => string;
const merge = mergeFastBuild as (dirs: { previous: string; fresh: string }) => { fresh: number; linked: number; dropped: number };
const headers = mergeHeaders as (previous: string, fresh: string) => string;

describe('choosing the notices fast path', () => {
	const push = { event: 'push', hasPrevious: true };

	it('takes it when a push changes only notices or incidents and a previous build exists', () => {
		expect(choose({ ...push, changed: ['src/content/notices/fa/flood.mdx'] })).toBe('notices');
		expect(choose({ ...push, changed: ['src/content/notices/en/flood.mdx', 'src/content/incidents/fa/x.mdx'] })).toBe('notices');
	});

	it('builds everything when anything else changed, including code, services and articles', () => {
		expect(choose({ ...push, changed: ['src/content/notices/fa/flood.mdx', 'src/content/articles/fa/a.mdx'] })).toBe('all');
		expect(choose({ ...push, changed: ['src/content/services/website.yaml'] })).toBe('all');
		expect(choose({ ...push, changed: ['src/components/NoticeBanner.astro'] })).toBe('all');
		expect(choose({ ...push, changed: ['src/content/noticesX/a.mdx'] })).toBe('all');
	});

	it('builds everything on a schedule (that is when older pages catch up without JavaScript), first build, or unknown history', () => {
		expect(choose({ event: 'schedule', hasPrevious: true, changed: ['src/content/notices/fa/a.mdx'] })).toBe('all');
		expect(choose({ ...push, hasPrevious: false, changed: ['src/content/notices/fa/a.mdx'] })).toBe('all');
		expect(choose({ ...push, changed: undefined })).toBe('all');
		expect(choose({ ...push, changed: [] })).toBe('all');
	});
});

describe('what the fast path rebuilds', () => {
	it('owns notice, status and contact pages, the API and badges', () => {
		for (const path of [
			'fa/notices/index.html',
			'en/notices/flood/index.html',
			'ar/notices/banner.json',
			'fa/notices/rss.xml',
			'en/status/index.html',
			'en/status/maintenance.ics',
			'fa/contact/index.html',
			'api/v2/summary.json',
			'status/badge.svg',
			'status/website/badge.svg',
		]) {
			expect(owner(path), path).toBe('fresh');
		}
	});

	it('adds content-addressed assets to the previous ones, merges _headers, keeps everything else', () => {
		expect(owner('_astro/index.abc123.css')).toBe('union');
		expect(owner('og/fa/notice/flood.png')).toBe('union');
		expect(owner('_headers')).toBe('headers');
		for (const path of [
			'fa/articles/track/index.html',
			'pagefind/pagefind.js',
			'sitemap-0.xml',
			'_redirects',
			'index.html',
			'fa/index.html',
			'404.html',
			'fa/go/12/index.html',
			'admin/index.html',
			'fa/search/index.html',
		]) {
			expect(owner(path), path).toBe('previous');
		}
	});
});

describe('merging _headers', () => {
	const previous = [
		'/*',
		"  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; connect-src 'self'",
		'/admin/*',
		"  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'",
		'',
	].join('\n');

	it('adds the fast build’s script hashes to the site policy only, never to the CMS policy', () => {
		const fresh = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB=' 'sha256-CCC='\n";
		const merged = headers(previous, fresh);
		expect(merged).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='; connect-src 'self'");
		expect(merged).toContain("script-src 'self' 'unsafe-eval'; connect-src 'self'");
		expect(merged).not.toContain("'unsafe-inline'");
	});

	it('refuses a previous file without hashed script-src', () => {
		expect(() => headers('/*\n  X-Frame-Options: DENY\n', previous)).toThrow(/full build/);
	});
});

describe('merging the fast build into the last good build', () => {
	function tree(files: Record<string, string>): string {
		const dir = tempFolder('bayan-fast-');
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	}
	const csp = (hash: string) => `/*\n  Content-Security-Policy: script-src 'self' '${hash}'\n`;

	it('takes the new notice outputs, drops deleted notices, keeps articles by hard link and never writes into the previous site', () => {
		const previous = tree({
			'index.html': 'root',
			_headers: csp('sha256-OLD='),
			'fa/index.html': 'old home',
			'fa/articles/a/index.html': 'article',
			'fa/notices/ended/index.html': 'deleted notice',
			'fa/notices/banner.json': '{"old":true}',
			'_astro/old.css': 'old css',
			'_astro/new.css': 'new css, as the previous build wrote it',
			'pagefind/index.js': 'index',
		});
		const fresh = tree({
			'index.html': 'root rebuilt',
			_headers: csp('sha256-NEW='),
			'fa/notices/flood/index.html': 'new notice',
			'fa/notices/banner.json': '{"new":true}',
			'_astro/new.css': 'new css',
			'sitemap-index.xml': 'partial sitemap',
		});
		const counts = merge({ previous, fresh });
		const read = (path: string) => readFileSync(join(fresh, path), 'utf8');
		expect(read('fa/notices/flood/index.html')).toBe('new notice');
		expect(read('fa/notices/banner.json')).toBe('{"new":true}');
		// The home pages list every article's category; the fast build makes none and keeps the last full build's.
		expect(read('fa/index.html')).toBe('old home');
		expect(existsSync(join(fresh, 'fa/notices/ended/index.html'))).toBe(false);
		// Not even as an empty folder, which some hosts would list or serve as a page.
		expect(existsSync(join(fresh, 'fa/notices/ended'))).toBe(false);
		expect(statSync(join(fresh, '_astro/new.css')).ino).not.toBe(statSync(join(previous, '_astro/old.css')).ino);
		expect(read('fa/articles/a/index.html')).toBe('article');
		expect(statSync(join(fresh, 'fa/articles/a/index.html')).ino).toBe(statSync(join(previous, 'fa/articles/a/index.html')).ino);
		expect(read('index.html')).toBe('root');
		expect(read('pagefind/index.js')).toBe('index');
		expect(existsSync(join(fresh, 'sitemap-index.xml'))).toBe(false);
		expect(read('_astro/old.css')).toBe('old css');
		expect(read('_astro/new.css')).toBe('new css');
		expect(read('_headers')).toContain("'sha256-NEW=' 'sha256-OLD='");
		// The previous site is untouched (readers keep it until the swap).
		expect(readFileSync(join(previous, '_headers'), 'utf8')).toBe(csp('sha256-OLD='));
		expect(readFileSync(join(previous, 'fa/notices/banner.json'), 'utf8')).toBe('{"old":true}');
		// Linked: index.html, the home page, the article, old.css, the search index; dropped: the partial sitemap and the rebuilt root page.
		expect(counts).toEqual({ fresh: 3, linked: 5, dropped: 2 });
	});

	it('treats symbolic links alike in both builds: the previous site’s link is kept, the fast build’s copy of it dropped, a fresh one taken', () => {
		const files = { 'index.html': 'root', 'media/real.pdf': 'pdf', 'fa/notices/flood/index.html': 'notice' };
		const previous = tree({ ...files, _headers: csp('sha256-OLD=') });
		const fresh = tree({ ...files, _headers: csp('sha256-NEW=') });
		for (const dir of [previous, fresh]) {
			// As the public folder may have them (Astro copies public/ into the output as it is).
			symlinkSync('real.pdf', join(dir, 'media/alias.pdf'));
			symlinkSync('index.html', join(dir, 'fa/notices/flood/alias.html'));
			// A link to a folder is a link too, never walked into (nor anything removed through it).
			symlinkSync('media', join(dir, 'files'));
		}
		const counts = merge({ previous, fresh });
		// The previous site's own link, hard-linked like any of its files: still a link to the same name.
		expect(lstatSync(join(fresh, 'media/alias.pdf')).isSymbolicLink()).toBe(true);
		expect(lstatSync(join(fresh, 'media/alias.pdf')).ino).toBe(lstatSync(join(previous, 'media/alias.pdf')).ino);
		expect(readFileSync(join(fresh, 'media/alias.pdf'), 'utf8')).toBe('pdf');
		expect(lstatSync(join(fresh, 'files')).isSymbolicLink()).toBe(true);
		expect(readFileSync(join(fresh, 'files/real.pdf'), 'utf8')).toBe('pdf');
		// In a folder the fast build owns: its own link, not the previous one.
		expect(lstatSync(join(fresh, 'fa/notices/flood/alias.html')).ino).not.toBe(lstatSync(join(previous, 'fa/notices/flood/alias.html')).ino);
		expect(readlinkSync(join(fresh, 'fa/notices/flood/alias.html'))).toBe('index.html');
		// Fresh: the notice and its link; linked: index.html, real.pdf, both links; dropped: the fast build's own four.
		expect(counts).toEqual({ fresh: 2, linked: 4, dropped: 4 });
	});

	it('refuses to merge into something that is not a complete build', () => {
		expect(() => merge({ previous: tree({ 'fa/index.html': 'x' }), fresh: tree({}) })).toThrow(/not a complete build/);
	});
});

describe('build scope', () => {
	it('is the whole site unless the fast path asks for notices; anything else stops the build', () => {
		expect(buildScope({})).toBe('all');
		expect(buildScope({ BAYAN_BUILD_SCOPE: 'notices' })).toBe('notices');
		expect(() => buildScope({ BAYAN_BUILD_SCOPE: 'articles' })).toThrow(/BAYAN_BUILD_SCOPE="articles"/);
	});
});
