import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/core/files-under.mjs';

/** The one folder lister of the build, the scripts and the tests (src/core/files-under.mjs). */
const dir = mkdtempSync(join(tmpdir(), 'bayan-files-under-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
	it('lists every regular file, relative and /-separated, in one order whatever the disk’s', () => {
		for (const path of ['b/z.txt', 'a.txt', 'b/a/deep.mdx', 'c/.gitkeep']) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), path);
		}
		mkdirSync(join(dir, 'empty'));
		symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
		expect(filesUnder(dir)).toEqual(['a.txt', 'b/a/deep.mdx', 'b/z.txt', 'c/.gitkeep']);
		// A link to a folder is never walked into (Node's recursive readdir does: files twice, or out of the folder).
		symlinkSync(join(dir, 'b'), join(dir, 'folder-link'));
		expect(filesUnder(dir)).toEqual(['a.txt', 'b/a/deep.mdx', 'b/z.txt', 'c/.gitkeep']);
		// A build's output publishes its links: asked for, they are listed, as links.
		expect(filesUnder(dir, { links: true })).toEqual(['a.txt', 'b/a/deep.mdx', 'b/z.txt', 'c/.gitkeep', 'folder-link', 'link.txt']);
	});

	it('has no files in a folder that does not exist', () => {
		expect(filesUnder(join(dir, 'missing'))).toEqual([]);
	});
});
