import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFrontmatter, buildProject, mdx, noticeFrontmatter, removeScratchDirs, tinyProject, writeFiles } from '../support/tiny-site';

/**
 * The notices fast path for real (`npm run build -- --only notices` after a full build of the
 * tiny site): a new notice reaches `dist/` with the title of the article it lists, while every
 * other article is never read (one is broken before the fast build, which a full build would
 * refuse) and the last full build's pages stay. The merge rules themselves are checked in
 * process (tests/unit/notices-fast-path.test.ts).
 */
afterAll(removeScratchDirs, 120_000);

describe('the notices fast path', () => {
	it('publishes a notice without reading the articles it does not show (real builds)', { timeout: 600_000 }, () => {
		const dir = tinyProject({ 'src/content/articles/fa/unrelated.mdx': mdx(articleFrontmatter(2).replace('عنوان 2', 'مقاله بی‌ربط'), 'متن.') });
		const full = buildProject(dir);
		expect(full.status, full.output.slice(-3000)).toBe(0);
		const dist = join(dir, 'dist');
		const home = join(dist, 'fa/index.html');
		const homeBefore = readFileSync(home, 'utf8');
		expect(existsSync(join(dist, 'fa/articles/unrelated/index.html'))).toBe(true);

		writeFiles(dir, {
			'src/content/notices/fa/flood.mdx': mdx(noticeFrontmatter('related: [track-your-order]').replace('title: اطلاعیه', 'title: آب‌گرفتگی انبار')),
			// Not valid YAML: reading this file at all would stop the build.
			'src/content/articles/fa/unrelated.mdx': '---\ntitle: [unclosed\n---\n\nمتن.\n',
		});
		const fast = buildProject(dir, { args: ['--only', 'notices'] });
		expect(fast.status, fast.output.slice(-3000)).toBe(0);
		expect(fast.output).toContain('Notices fast path:');

		const notice = readFileSync(join(dist, 'fa/notices/flood/index.html'), 'utf8');
		expect(notice).toContain('آب‌گرفتگی انبار');
		// The related article's title, from the one article file the fast path read.
		expect(notice).toContain('عنوان 1');
		expect(readFileSync(join(dist, 'fa/notices/banner.json'), 'utf8')).toContain('flood');
		expect(readFileSync(join(dist, 'fa/notices/index.html'), 'utf8')).toContain('/fa/notices/flood/');
		// The last full build's pages are kept as they were, the broken article's included.
		expect(readFileSync(join(dist, 'fa/articles/unrelated/index.html'), 'utf8')).toContain('مقاله بی‌ربط');
		expect(readFileSync(home, 'utf8')).toBe(homeBefore);
		expect(statSync(join(dist, 'pagefind')).isDirectory()).toBe(true);
	});
});
