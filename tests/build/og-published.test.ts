import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, mdx, removeScratchDirs, tinyProject } from '../support/tiny-site';

/**
 * One real build of the tiny fixture site with an incident that is not public yet (its only
 * update is dated after the build clock) and a draft article: neither gets a page nor an
 * Open Graph card, while the tiny site's published incident and article get both. The output
 * goes to /dev/shm (another file system than the project where it is mounted as tmpfs), so
 * the swap must work across file systems.
 */
const outParents: string[] = [];
afterAll(() => {
	for (const dir of outParents) rmSync(dir, { recursive: true, force: true });
	removeScratchDirs();
}, 120_000);

describe('Open Graph cards for published pages only', () => {
	it('draws none for an unpublished incident or a draft, and builds into another file system', { timeout: 400_000 }, () => {
		const project = tinyProject({
			'src/content/incidents/fa/future-outage.mdx': mdx(
				'title: "قطعی آینده"\nkind: incident\nimpact: major\naffected:\n  - service: website\n    status: major_outage\nupdates:\n  - at: "2026-12-01T10:00:00+03:30"\n    status: investigating\n    text: "بررسی می‌کنیم."',
				'',
			),
			'src/content/articles/fa/secret-draft.mdx': mdx('title: پیش‌نویس\nsummary: هنوز منتشر نشده است و نباید کارت داشته باشد.\ncategory: orders\nupdated: 2026-10-20\nref: 998\ndraft: true'),
		});
		const outParent = mkdtempSync(existsSync('/dev/shm') ? '/dev/shm/bayan-out-' : join(tmpdir(), 'bayan-out-'));
		outParents.push(outParent);
		const out = join(outParent, 'site');
		const { status, output } = buildProject(project, { outDir: out });
		expect(status, output.slice(-3000)).toBe(0);
		// Published pages have their cards (so this test can tell the difference).
		expect(existsSync(join(out, 'og/fa/status/incidents/tiny-incident.png'))).toBe(true);
		expect(existsSync(join(out, 'fa/status/incidents/tiny-incident/index.html'))).toBe(true);
		expect(existsSync(join(out, 'og/fa/articles/track-your-order.png'))).toBe(true);
		for (const locale of ['fa', 'ar', 'en']) {
			expect(existsSync(join(out, `og/${locale}/status/incidents/future-outage.png`)), `${locale} card of the unpublished incident`).toBe(false);
			expect(existsSync(join(out, `${locale}/status/incidents/future-outage`))).toBe(false);
		}
		expect(existsSync(join(out, 'og/fa/articles/secret-draft.png'))).toBe(false);
		expect(existsSync(join(out, 'fa/articles/secret-draft'))).toBe(false);
		// Nothing left beside the output: no scratch or set-aside folder.
		expect(readdirSync(outParent)).toEqual(['site']);
		// The scratch folder was in the project (Astro renames into it from .astro/) and is gone.
		expect(readdirSync(join(project, '.cache/builds'))).toEqual([]);
	});
});
