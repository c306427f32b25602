import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ownerBrand, { origin as ownerOrigin } from '../../src/brand.config';
import { parseBrand } from '../../src/core/brand-schema';
import { filesUnder } from '../../src/core/files-under.mjs';
import { locales, siteConfig } from '../../src/site.config';
import { brand as suiteBrand, featuredRefs, origin as suiteOrigin } from '../e2e/site/site';
import { brokenBodyLinks } from '../support/body-links';
import { loadSite } from '../support/content-harness';
import { demoTrace } from '../support/dist-files';
import { projectReads } from '../support/project-reads';
import { projectRoot, tinyContent } from '../support/tiny-site';

/**
 * The browser suite tests its own site (tests/e2e/site, built by tests/support/e2e-site.mjs),
 * so `npm test` keeps passing after an owner replaces the demo (README, "Start empty"). These
 * cheap checks keep that true, and load both the suite's content and the project's own
 * `src/content` (the demo, or the owner's) through the schemas and cross-file rules, and
 * check every link in their bodies (tests/support/body-links.ts), in process, since no full
 * build of the latter runs in the suite.
 */

/** A content folder as `loadSite` files: its own files (a `.gitkeep` keeps an empty YAML folder, as in the project), and none of the tiny site's. */
function contentOf(folder: string): Record<string, string | null> {
	const files: Record<string, string | null> = Object.fromEntries(Object.keys(tinyContent()).map((path) => [path, null]));
	for (const path of filesUnder(folder)) files[`src/content/${path}`] = readFileSync(join(folder, path), 'utf8');
	return files;
}

const e2e = join(projectRoot, 'tests/e2e');
/** The files a body may link to besides pages (the suite's site is a copy of the project's code: same public/). */
const publicDir = join(projectRoot, 'public');

describe('the browser suite’s own site', () => {
	it('is another business than the project’s brand: no name, company or origin in common', () => {
		for (const locale of locales) {
			expect(suiteBrand.name[locale], locale).not.toBe(ownerBrand.name[locale]);
			expect(suiteBrand.company[locale], locale).not.toBe(ownerBrand.company[locale]);
		}
		expect(suiteOrigin).not.toBe(ownerOrigin);
	});

	it('its brand passes the brand schema (names, colour contrast, safe logos)', () => {
		const checked = parseBrand({ ...suiteBrand, logo: { light: 'sarvestan.svg', dark: 'sarvestan-dark.svg' } }, locales, { where: 'tests/e2e/site/site.ts', root: join(e2e, 'site') });
		expect(checked.company.en).toBe('Sarvestan');
		expect(checked.logo.light).toMatch(/^<svg /);
	});

	it('no file of tests/e2e names the demo business, nor reads the project’s content or brand (tests/support/project-reads.ts, with the helpers it imports)', () => {
		const offenders: string[] = [];
		const code: string[] = [];
		for (const path of filesUnder(e2e)) {
			const text = readFileSync(join(e2e, path), 'utf8');
			if (demoTrace.test(text)) offenders.push(`${path}: names the demo business`);
			if (/\.(?:ts|mts|mjs|js)$/.test(path)) code.push(`tests/e2e/${path}`);
		}
		expect(code.length).toBeGreaterThan(10);
		offenders.push(...projectReads(projectRoot, code));
		expect(offenders).toEqual([]);
	});

	it('its content loads through the schemas and every cross-file rule, has the articles it features, and every link in its bodies resolves', async () => {
		const site = await loadSite(contentOf(join(e2e, 'site/content')));
		expect(site.articles.size).toBeGreaterThan(30);
		const refs = new Set([...site.articles.values()].map((entry) => entry.data.ref));
		for (const ref of featuredRefs) expect(refs.has(ref), `featured ref ${ref}`).toBe(true);
		expect(brokenBodyLinks(site, { publicDir, origins: [suiteOrigin], fileName: (path) => path.replace(/^src\/content\//, 'tests/e2e/site/content/') })).toEqual([]);
	});
});

describe('the project’s own content (the demo, or the owner’s after `npm run init -- --empty`)', () => {
	it('every file of src/content loads through the schemas and every cross-file rule, every featured article exists, and every link in its bodies resolves', async () => {
		const folder = join(projectRoot, 'src/content');
		const files = contentOf(folder);
		const site = await loadSite(files);
		const loaded = Object.values(site).reduce((sum, store) => sum + store.size, 0);
		// Every file is an entry: none silently dropped (YAML files are one entry each, MDX one per language).
		expect(loaded).toBe(Object.entries(files).filter(([path, text]) => text !== null && !path.endsWith('/.gitkeep')).length);
		const refs = new Set([...site.articles.values()].map((entry) => entry.data.ref));
		for (const ref of siteConfig.featuredRefs) expect(refs.has(ref), `featured ref ${ref} (src/site.config.ts)`).toBe(true);
		// `/go/<ref>/` and other internal links in bodies: no build in the suites reads this content (an empty folder has none).
		// Full links to the site's own origin are its pages too: the configured one (BAYAN_SITE_URL may override) and the brand's.
		expect(brokenBodyLinks(site, { publicDir, origins: [siteConfig.url, ownerOrigin] })).toEqual([]);
	});
});
