import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRAND_FILE, demoManifest, emptySite, yamlFolders } from '../../scripts/lib/init-site.mjs';
import projectBrand from '../../src/brand.config';
import { featuredRefProblems } from '../../src/features/articles/featured';
import { demoTraces } from '../support/dist-files';
import { buildProject, projectRoot, removeScratchDirs, scratchDir, tinyProject } from '../support/tiny-site';

afterAll(removeScratchDirs, 120_000);

/** Whether this project is still the demo (its brand file is the demo's byte for byte), not an owner's after `init --empty`. */
const isDemo = (() => {
	const manifest = JSON.parse(readFileSync(join(projectRoot, 'scripts/demo-files.json'), 'utf8')) as Record<string, string>;
	return (
		manifest[BRAND_FILE] ===
		createHash('sha256')
			.update(readFileSync(join(projectRoot, BRAND_FILE)))
			.digest('hex')
	);
})();

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

describe('npm run init -- --empty', () => {
	it('lists every demo content file in its manifest (in the demo; in an owner’s project, the manifest is still well-formed)', () => {
		const manifest = JSON.parse(readFileSync(join(projectRoot, 'scripts/demo-files.json'), 'utf8')) as Record<string, string>;
		// The demo is the project whose brand file is the demo's byte for byte; after `init --empty`
		// (or any edit of the brand) src/content is the owner's, and the manifest only says what the demo was.
		if (isDemo) expect(Object.keys(demoManifest(projectRoot)).sort()).toEqual(Object.keys(manifest).sort());
		for (const [path, hash] of Object.entries(manifest)) expect(`${path} ${hash}`).toMatch(/^(?:src\/content\/[a-z0-9/_.-]+|src\/brand\.config\.ts) [0-9a-f]{64}$/);
		expect(Object.keys(manifest).length).toBeGreaterThan(100);
	});

	it('removes only unchanged demo files, keeps the owner’s and changed ones, and does nothing without --yes', () => {
		const dir = scratchDir('bayan-init-');
		const files: Record<string, string> = {
			'src/content/articles/fa/demo.mdx': 'demo article',
			'src/content/articles/fa/changed.mdx': 'demo text',
			'src/content/categories/orders.yaml': 'demo category',
		};
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		mkdirSync(join(dir, 'src'), { recursive: true });
		writeFileSync(join(dir, 'src/site.config.ts'), 'export const x = {\n\tfeaturedRefs: [1, 2, 3, 4, 5, 6],\n};\n');
		writeFileSync(join(dir, 'src/brand.config.ts'), 'the demo brand');
		const manifest = demoManifest(dir);
		writeFileSync(join(dir, 'src/content/articles/fa/changed.mdx'), 'the owner edited this');
		writeFileSync(join(dir, 'src/content/articles/fa/mine.mdx'), 'the owner’s own article');
		writeFileSync(join(dir, 'outside.txt'), 'secret');
		symlinkSync(join(dir, 'outside.txt'), join(dir, 'src/content/articles/fa/link.mdx'));

		const dry = emptySite(dir, manifest, { apply: false });
		expect(dry).toEqual({
			remove: ['src/content/articles/fa/demo.mdx', 'src/content/categories/orders.yaml'],
			changed: ['src/content/articles/fa/changed.mdx'],
			kept: ['src/content/articles/fa/mine.mdx'],
			featured: 'reset',
			brand: 'reset',
		});
		expect(readFileSync(join(dir, 'src/brand.config.ts'), 'utf8')).toBe('the demo brand');
		expect(existsSync(join(dir, 'src/content/articles/fa/demo.mdx'))).toBe(true);

		emptySite(dir, manifest, { apply: true });
		expect(existsSync(join(dir, 'src/content/articles/fa/demo.mdx'))).toBe(false);
		expect(existsSync(join(dir, 'src/content/categories/orders.yaml'))).toBe(false);
		expect(readFileSync(join(dir, 'src/content/articles/fa/changed.mdx'), 'utf8')).toBe('the owner edited this');
		expect(readFileSync(join(dir, 'src/content/articles/fa/mine.mdx'), 'utf8')).toBe('the owner’s own article');
		expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('secret');
		for (const folder of yamlFolders) expect(existsSync(join(dir, 'src/content', folder, '.gitkeep')), folder).toBe(true);
		expect(readFileSync(join(dir, 'src/site.config.ts'), 'utf8')).toContain('featuredRefs: [],');
		// The demo's brand gave way to the starter's neutral one; an owner's own brand is never touched.
		expect(readFileSync(join(dir, 'src/brand.config.ts'), 'utf8')).toBe(readFileSync(join(projectRoot, 'scripts/starter/src/brand.config.ts'), 'utf8'));
		writeFileSync(join(dir, 'src/brand.config.ts'), 'the owner’s brand');
		expect(emptySite(dir, manifest, { apply: true }).brand).toBe('custom');
		expect(readFileSync(join(dir, 'src/brand.config.ts'), 'utf8')).toBe('the owner’s brand');
		expect(() => emptySite(dir, { '../../etc/passwd': 'x' }, { apply: true })).toThrow(/refusing the path/);
	});

	it('names the file and field of a featured article that does not exist', () => {
		expect(featuredRefProblems([1, 7, 1], [1, 2])).toEqual([
			'src/site.config.ts (field "featuredRefs"): ref 7 is not the ref of any article; remove it or add the article',
			'src/site.config.ts (field "featuredRefs"): ref 1 is listed twice',
		]);
		expect(featuredRefProblems([], [])).toEqual([]);
	});
});

/** Headings in `main` with nothing after them in their section: an empty heading a reader would meet. */
function emptyHeadings(html: string): string[] {
	const found: string[] = [];
	const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');
	const visit = (node: Node, inMain: boolean) => {
		if (!('childNodes' in node)) return;
		const main = inMain || ('tagName' in node && node.tagName === 'main');
		const elements = node.childNodes.filter((child): child is Element => 'tagName' in child);
		elements.forEach((element, index) => {
			if (main && /^h[2-6]$/.test(element.tagName)) {
				const rest = elements.slice(index + 1);
				const next = rest[0];
				// Nothing after it, or a heading of the same or a higher level: the section is empty.
				if (!next || (/^h[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= Number(element.tagName[1]))) found.push(text(element).trim());
			}
			visit(element, main);
		});
	};
	visit(parse(html), false);
	return found;
}

describe('the empty-heading check', () => {
	it('flags a heading with nothing after it, or followed by a heading of its level, and nothing else', () => {
		expect(emptyHeadings('<main><section><h2>Empty</h2></section><h2>Next</h2><p>x</p><h2>Sub</h2><h3>Part</h3><p>y</p></main>')).toEqual(['Empty']);
		expect(emptyHeadings('<main><h2>A</h2><h2>B</h2><ul><li>z</li></ul></main>')).toEqual(['A']);
		expect(emptyHeadings('<header><h2>Outside main</h2></header><main><p>x</p></main>')).toEqual([]);
	});
});

describe('an empty site, built for real', () => {
	let dir = '';
	let built = { status: null as number | null, output: '' };

	beforeAll(() => {
		dir = tinyProject();
		rmSync(join(dir, 'src/content'), { recursive: true, force: true });
		mkdirSync(join(dir, 'src/content'));
		cpSync(join(projectRoot, 'src/site.config.ts'), join(dir, 'src/site.config.ts'));
		// The command as an owner runs it on the demo: the demo's brand file is replaced too (an owner's own brand is kept).
		const manifest = JSON.parse(readFileSync(join(projectRoot, 'scripts/demo-files.json'), 'utf8')) as Record<string, string>;
		expect(emptySite(dir, manifest, { apply: true }).brand).toBe(isDemo ? 'reset' : 'custom');
		built = buildProject(dir);
	}, 400_000);

	it('builds every page type with no empty heading', () => {
		expect(built.status, built.output.slice(-3000)).toBe(0);
		const dist = join(dir, 'dist');
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name === 'index.html' && !entry.parentPath.includes(`${sep}admin`))
			.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
		for (const type of ['fa/index.html', 'ar/search/index.html', 'en/status/index.html', 'en/notices/index.html', 'fa/contact/index.html', 'en/404/index.html', 'en/agent/index.html'])
			expect(pages).toContain(type);
		for (const page of pages) expect(emptyHeadings(readFileSync(join(dist, page), 'utf8')), page).toEqual([]);
	});

	it('has no trace of the demo business in any file (its brand was replaced by the neutral starter brand)', () => {
		expect(built.status).toBe(0);
		expect(demoTraces(join(dir, 'dist'))).toEqual([]);
		expect(readFileSync(join(dir, 'dist/en/index.html'), 'utf8')).toContain(isDemo ? 'Help Centre' : projectBrand.name.en);
	});

	it('says what is missing instead: no services yet, no articles yet', () => {
		expect(built.status).toBe(0);
		const dist = join(dir, 'dist');
		expect(readFileSync(join(dist, 'en/status/index.html'), 'utf8')).toContain('No services are listed here yet.');
		expect(readFileSync(join(dist, 'fa/status/index.html'), 'utf8')).toContain('هنوز سرویسی در این صفحه فهرست نشده است.');
		// Nothing is vouched for: not in the page, the home page's line, the Statuspage API or the badge.
		for (const page of ['en/status/index.html', 'en/index.html']) {
			expect(readFileSync(join(dist, page), 'utf8'), page).toContain('No services listed yet');
			expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('All systems operational');
			// Nor by icon or colour: the neutral empty circle, not the green tick.
			expect(readFileSync(join(dist, page), 'utf8'), page).toMatch(/class="status-icon level-empty"/);
			expect(readFileSync(join(dist, page), 'utf8'), page).not.toMatch(/status-icon level-none/);
		}
		const api = JSON.parse(readFileSync(join(dist, 'api/v2/status.json'), 'utf8')) as { status: { indicator: string; description: string } };
		expect(api.status).toEqual({ indicator: 'none', description: 'No Services Listed Yet' });
		expect(readFileSync(join(dist, 'status/badge.svg'), 'utf8')).toContain('هنوز سرویسی فهرست نشده است');
		expect(readFileSync(join(dist, 'en/search/index.html'), 'utf8')).toContain('No articles have been published yet.');
		expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).not.toContain('id="categories-title"');
		expect(readFileSync(join(dist, 'fa/notices/rss.xml'), 'utf8')).toContain('<channel>');
	});
});
