import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * One real build of a scratch copy of the project with an incident that is not public yet
 * (its only update is dated after the build clock) and a draft article: neither gets a
 * page nor an Open Graph card. The output goes to /dev/shm (another file system than the
 * project where it is mounted as tmpfs), so the swap must work across file systems.
 */
const root = resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Open Graph cards for published pages only', () => {
	it('draws none for an unpublished incident or a draft, and builds into another file system', { timeout: 400_000 }, () => {
		const project = mkdtempSync(join(tmpdir(), 'bayan-og-published-'));
		dirs.push(project);
		for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			cpSync(join(root, entry), join(project, entry), { recursive: true });
		}
		symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
		writeFileSync(
			join(project, 'src/content/incidents/fa/future-outage.mdx'),
			`---\ntitle: "قطعی آینده"\nkind: incident\nimpact: major\naffected:\n  - service: contact-centre\n    status: major_outage\nupdates:\n  - at: "2026-12-01T10:00:00+03:30"\n    status: investigating\n    text: "بررسی می‌کنیم."\n---\n`,
		);
		writeFileSync(
			join(project, 'src/content/articles/fa/secret-draft.mdx'),
			`---\ntitle: پیش‌نویس\nsummary: هنوز منتشر نشده است و نباید کارت داشته باشد.\ncategory: branches\nupdated: 2026-10-20\nref: 998\ndraft: true\n---\n\nمتن.\n`,
		);
		const outParent = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/bayan-out-') : mkdtempSync(join(tmpdir(), 'bayan-out-'));
		dirs.push(outParent);
		const out = join(outParent, 'site');
		const result = spawnSync(process.execPath, [join(project, 'scripts/build.mjs')], {
			cwd: project,
			encoding: 'utf8',
			env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_OUT_DIR: out, BAYAN_CACHE_DIR: join(project, '.cache'), NO_COLOR: '1' },
			timeout: 380_000,
		});
		expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
		// Published pages have their cards (so this test can tell the difference).
		expect(existsSync(join(out, 'og/fa/status/incidents/phone-system-upgrade.png'))).toBe(true);
		expect(existsSync(join(out, 'fa/status/incidents/phone-system-upgrade/index.html'))).toBe(true);
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
