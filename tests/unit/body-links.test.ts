import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { yamlFolders } from '../../scripts/lib/init-site.mjs';
import { brokenBodyLinks } from '../support/body-links';
import { loadSite } from '../support/content-harness';
import { articleFrontmatter, incidentFrontmatter, mdx, projectRoot, tinyContent } from '../support/tiny-site';

/**
 * The body-link check (tests/support/body-links.ts) that tests/unit/e2e-site.test.ts runs on the
 * project's own content and on the browser suite's: every kind of broken link named with its
 * file and the link as written, and every kind of good one left alone.
 */

const publicDir = join(projectRoot, 'public');
/** A public folder with files to link to (the project's own holds none but a .gitkeep). */
const scratch = mkdtempSync(join(tmpdir(), 'bayan-body-links-'));
const scratchPublic = join(scratch, 'public');
for (const path of ['media/guide.pdf', 'media/photo.png', 'media/folder.d/inside.txt']) {
	mkdirSync(join(scratchPublic, path, '..'), { recursive: true });
	writeFileSync(join(scratchPublic, path), path);
}
// Beside public/, as package.json is beside the project's: a link must not reach it.
writeFileSync(join(scratch, 'package.json'), '{}');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const article = (body: string, ref = 2) => mdx(articleFrontmatter(ref), body);
const broken = async (files: Record<string, string>) => brokenBodyLinks(await loadSite(files), { publicDir });

describe('links in content bodies', () => {
	it('names each link that leads nowhere, with its file and the link as written', async () => {
		const problems = await broken({
			'src/content/articles/fa/links.mdx': article(
				[
					'[gone](/fa/go/99/)',
					'[gone, no locale](/go/98)',
					'[no such article](/en/articles/no-such-article/)',
					'[no such category](/fa/categories/no-such-category/)',
					'[no such page](/fa/pricing/)',
					'[relative, no such article](../no-such-sibling/)',
					'[no such file](/media/no-such-file.pdf)',
				].join('\n\n'),
			),
		});
		expect(problems).toEqual([
			'src/content/articles/fa/links.mdx: links to "/fa/go/99/", but no published article has ref 99',
			'src/content/articles/fa/links.mdx: links to "/go/98" (/go/98/), but no published article has ref 98',
			'src/content/articles/fa/links.mdx: links to "/en/articles/no-such-article/", but no published article has the slug or retired slug "no-such-article"',
			'src/content/articles/fa/links.mdx: links to "/fa/categories/no-such-category/", which is no page of the site and no file of public/',
			'src/content/articles/fa/links.mdx: links to "/fa/pricing/", which is no page of the site and no file of public/',
			'src/content/articles/fa/links.mdx: links to "../no-such-sibling/" (/fa/articles/no-such-sibling/), but no published article has the slug or retired slug "no-such-sibling"',
			'src/content/articles/fa/links.mdx: links to "/media/no-such-file.pdf", which is no page of the site and no file of public/',
		]);
	});

	it('names a link in a notice, and a /go/ link to a draft (a draft has no page)', async () => {
		const problems = await broken({
			'src/content/articles/fa/draft.mdx': mdx(articleFrontmatter(7, 'draft: true')),
			'src/content/notices/fa/tiny-notice.mdx': mdx('title: اطلاعیه\nsummary: خلاصه\nkind: delay\nseverity: warning\nstart: "2026-11-21T09:00:00+03:30"', '[draft](/fa/go/7/)'),
		});
		expect(problems).toEqual(['src/content/notices/fa/tiny-notice.mdx: links to "/fa/go/7/", but no published article has ref 7']);
	});

	it('leaves alone links that resolve: /go/ in every form, articles in any language, retired slugs, site pages, public files, other sites', async () => {
		const problems = await broken({
			'src/content/articles/fa/cancel-an-order.mdx': mdx(articleFrontmatter(2, 'aliases:\n  - old-cancel\n'), 'لغو.'),
			'src/content/articles/en/links.mdx': article(
				[
					'[go](/go/1/)',
					'[go fa](/fa/go/2/)',
					'[go without the slash](/en/go/1)',
					'[go with a section](/en/go/1/#top)',
					'[untranslated](/en/articles/cancel-an-order/)',
					'[retired](/ar/articles/old-cancel/)',
					'[sibling](../track-your-order/)',
					'[category](/en/categories/orders/)',
					'[status](/en/status/website/)',
					'[contact](/en/contact/)',
					'[search](/en/search/?q=refund)',
					'[notice](/en/notices/tiny-notice/)',
					'[kind](/en/notices/kind/safety/)',
					'[incident](/en/status/incidents/tiny-incident/)',
					'[feed](/en/notices/rss.xml)',
					'[section](#top)',
					'[other site](https://example.com/fa/go/99/)',
					'[mail](mailto:help@example.com)',
					'[phone](tel:+982100000000)',
				].join('\n\n'),
				3,
			),
		});
		expect(problems).toEqual([]);
	});

	it('checks no draft (its body is never published): a draft may link to another draft or to what is not written yet', async () => {
		const problems = await broken({
			'src/content/articles/fa/draft.mdx': mdx(articleFrontmatter(7, 'draft: true'), '[other draft](/fa/go/8/)\n\n[not written yet](/fa/articles/later/)'),
			'src/content/articles/fa/draft2.mdx': mdx(articleFrontmatter(8, 'draft: true'), '[first draft](/fa/go/7/)'),
		});
		expect(problems).toEqual([]);
	});

	it('knows the routes the site builds beside its pages: status API, Open Graph cards, sitemap, CMS, encoded and index.html spellings', async () => {
		const problems = await broken({
			'src/content/articles/en/links.mdx': article(
				[
					'[api](/api/v2/summary.json)',
					'[api incidents](/api/v2/incidents/unresolved.json)',
					'[home card](/og/fa/home.png)',
					'[article card](/og/fa/articles/track-your-order.png)',
					'[service card](/og/en/status/website.png)',
					'[incident card](/og/ar/status/incidents/tiny-incident.png)',
					'[sitemap](/sitemap-index.xml)',
					'[cms](/admin/fa/)',
					'[encoded](/fa/articles/%74rack-your-order/)',
					'[index.html](/en/articles/track-your-order/index.html)',
				].join('\n\n'),
				3,
			),
		});
		expect(problems).toEqual([]);
	});

	it('knows an incident page only once the build clock has reached its first update, as the incident route builds it', async () => {
		const problems = await broken({
			'src/content/incidents/fa/future-incident.mdx': mdx(incidentFrontmatter().replace('2026-11-20T10:00:00+03:30', '2999-11-20T10:00:00+03:30')),
			'src/content/articles/fa/links.mdx': article(
				'[future](/fa/status/incidents/future-incident/)\n\n[its card](/og/fa/status/incidents/future-incident.png)\n\n[published](/fa/status/incidents/tiny-incident/)',
			),
		});
		expect(problems).toEqual([
			'src/content/articles/fa/links.mdx: links to "/fa/status/incidents/future-incident/", which is no page of the site and no file of public/',
			'src/content/articles/fa/links.mdx: links to "/og/fa/status/incidents/future-incident.png", which is no page of the site and no file of public/',
		]);
	});

	it('checks full links to the site’s own origin as its paths, and images and media like any link', async () => {
		const site = await loadSite({
			'src/content/articles/fa/links.mdx': article(
				[
					'[own origin, gone](https://help.example.test/fa/go/99/)',
					'[own origin, fine](https://help.example.test/fa/go/2/)',
					`[configured origin, gone](${siteConfig.url}/fa/articles/nope/)`,
					'![a missing photo](/media/missing.png)',
					'<img src="/media/missing-too.png" alt="a photo" />',
					'<blockquote cite="/fa/articles/gone/">quoted</blockquote>',
					'![a photo](/media/photo.png)',
				].join('\n\n'),
			),
		});
		expect(brokenBodyLinks(site, { publicDir: scratchPublic, origins: ['https://help.example.test', siteConfig.url] })).toEqual([
			'src/content/articles/fa/links.mdx: links to "https://help.example.test/fa/go/99/" (/fa/go/99/), but no published article has ref 99',
			`src/content/articles/fa/links.mdx: links to "${siteConfig.url}/fa/articles/nope/" (/fa/articles/nope/), but no published article has the slug or retired slug "nope"`,
			'src/content/articles/fa/links.mdx: shows "/media/missing.png", which is no page of the site and no file of public/',
			'src/content/articles/fa/links.mdx: shows "/media/missing-too.png", which is no page of the site and no file of public/',
			'src/content/articles/fa/links.mdx: cites "/fa/articles/gone/", but no published article has the slug or retired slug "gone"',
		]);
		// By default the configured origin is the site's own.
		expect(brokenBodyLinks(site, { publicDir: scratchPublic }).filter((line) => line.includes('https://'))).toEqual([
			`src/content/articles/fa/links.mdx: links to "${siteConfig.url}/fa/articles/nope/" (/fa/articles/nope/), but no published article has the slug or retired slug "nope"`,
		]);
	});

	it('takes a regular file of public/ only: nothing that climbs out of it once decoded, no backslash, no folder', async () => {
		const links = [
			'[climbs](/..%2Fpackage.json)',
			'[climbs from media](/media/..%2F..%2Fsrc%2Fbrand.config.ts)',
			'[backslash](/media/%5C..%5Cphoto.png)',
			'[folder](/media/folder.d)',
			'[file](/media/guide.pdf)',
			'[file in the folder](/media/folder.d/inside.txt)',
		];
		const problems = brokenBodyLinks(await loadSite({ 'src/content/articles/fa/links.mdx': article(links.join('\n\n')) }), { publicDir: scratchPublic });
		expect(problems).toEqual(links.slice(0, 4).map((link) => `src/content/articles/fa/links.mdx: links to "${/\((.*)\)/.exec(link)?.[1]}", which is no page of the site and no file of public/`));
	});

	it('an empty site has no links to break', async () => {
		// As `npm run init -- --empty` leaves it: no entries, the YAML collections' folders kept by a .gitkeep.
		const empty = {
			...Object.fromEntries(Object.keys(tinyContent()).map((path) => [path, null])),
			...Object.fromEntries(yamlFolders.map((folder) => [`src/content/${folder}/.gitkeep`, ''])),
		};
		expect(brokenBodyLinks(await loadSite(empty), { publicDir })).toEqual([]);
	});
});
