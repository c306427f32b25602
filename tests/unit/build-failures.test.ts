import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Real builds of a scratch copy of the project with one broken file: the build must stop,
 * say which file and which field, and leave no output behind.
 */
const root = resolve(__dirname, '../..');
const scratchRoots: string[] = [];

function scratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-build-'));
	scratchRoots.push(dir);
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

function build(dir: string): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs')], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 240_000,
	});
	// Astro prints field names in bold; strip ANSI codes so messages can be matched.
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nمتن.\n`;

afterAll(() => {
	for (const dir of scratchRoots) rmSync(dir, { recursive: true, force: true });
});

describe('a broken article stops the build', () => {
	it('names the file and the mistyped field, and writes no dist/', { timeout: 300_000 }, () => {
		const dir = scratchProject();
		writeFileSync(
			join(dir, 'src/content/articles/fa/broken-ref.mdx'),
			article('title: خراب\nsummary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: twelve'),
		);
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/articles/fa/broken-ref.mdx');
		expect(output).toMatch(/\bref\b.*(number|whole)/);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});

	it('names the file and the field of a cross-file error (unknown category)', { timeout: 300_000 }, () => {
		const dir = scratchProject();
		writeFileSync(
			join(dir, 'src/content/articles/en/lost-category.mdx'),
			article('title: Lost\nsummary: Summary\ncategory: shipping\nupdated: 2026-11-01\nref: 999'),
		);
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/articles/en/lost-category.mdx: category "shipping" is not a known category');
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});
