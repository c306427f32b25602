import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';

/**
 * The shared build of the tiny fixture site (tests/support/shared-site.ts) holds an incident
 * that is not public yet (its only update is dated after the build clock) and a draft
 * article: neither gets a page nor an Open Graph card, while the tiny site's published
 * incident and article get both. The output goes to /dev/shm (another file system than the
 * project where it is mounted as tmpfs), so the swap must work across file systems.
 */
describe('Open Graph cards for published pages only', () => {
	it('draws none for an unpublished incident or a draft, and builds into another file system', { timeout: 400_000 }, () => {
		const { dir: project, dist: out, outParent, status, output } = sharedSite();
		expect(status, output.slice(-3000)).toBe(0);
		// The fixture is there (so this test can tell the difference).
		expect(existsSync(join(project, 'src/content/incidents/fa/future-outage.mdx'))).toBe(true);
		expect(existsSync(join(project, 'src/content/articles/fa/secret-draft.mdx'))).toBe(true);
		// Published pages have their cards.
		expect(existsSync(join(out, 'og/fa/status/incidents/tiny-incident.png'))).toBe(true);
		expect(existsSync(join(out, 'fa/status/incidents/tiny-incident/index.html'))).toBe(true);
		expect(existsSync(join(out, 'og/fa/articles/track-your-order.png'))).toBe(true);
		for (const locale of ['fa', 'ar', 'en']) {
			expect(existsSync(join(out, `og/${locale}/status/incidents/future-outage.png`)), `${locale} card of the unpublished incident`).toBe(false);
			expect(existsSync(join(out, `${locale}/status/incidents/future-outage`))).toBe(false);
		}
		expect(existsSync(join(out, 'og/fa/articles/secret-draft.png'))).toBe(false);
		// Every card belongs to a page that was built: none for the /go/ redirect stubs, a draft
		// or a language's placeholder (an untranslated notice shows its original's card).
		const cards = readdirSync(join(out, 'og'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png'));
		expect(cards.length).toBeGreaterThan(3);
		for (const card of cards) {
			const page = relative('.', card.replace(/\.png$/, '').replace(/\/home$/, ''));
			expect(existsSync(join(out, decodeURIComponent(page), 'index.html')), `the page of og/${card}`).toBe(true);
		}
		expect(existsSync(join(out, 'fa/articles/secret-draft'))).toBe(false);
		// Nothing left beside the output but the server configuration, which is put there on
		// purpose (never inside the published folder): no scratch or set-aside folder.
		expect(readdirSync(outParent).sort()).toEqual(['site', 'site-server']);
		expect(existsSync(join(outParent, 'site-server/nginx.conf'))).toBe(true);
		// The scratch folder was in the project (Astro renames into it from .astro/) and is gone.
		expect(readdirSync(join(project, '.cache/builds'))).toEqual([]);
	});
});
