import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, mdx, removeScratchDirs, tinyProject } from '../support/tiny-site';

/**
 * A broken article stops the build, names the file and the field, and leaves no output.
 * One real `npm run build` on the tiny fixture site proves the path an editor meets end to
 * end; the other rules are checked in process (tests/unit/content-refusals.test.ts).
 */
// Scratch projects are whole copies of the code; deleting them takes a while on a busy machine.
afterAll(removeScratchDirs, 120_000);

const article = (frontmatter: string) => mdx(frontmatter, 'متن.');

describe('a broken article stops the build', () => {
	it('names the file and the mistyped field, and writes no dist/ (real build)', { timeout: 300_000 }, () => {
		const dir = tinyProject({ 'src/content/articles/fa/broken-ref.mdx': article('title: خراب\nsummary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: twelve') });
		const { status, output } = buildProject(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/articles/fa/broken-ref.mdx');
		expect(output).toMatch(/\bref\b.*(number|whole)/);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});
