import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setFeaturedRefs } from '../support/project-copy.mjs';

/** setFeaturedRefs (tests/support/project-copy.mjs) on a copy's src/site.config.ts: the real key, once, or a named failure. */
const root = mkdtempSync(join(tmpdir(), 'bayan-project-copy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let copies = 0;
function copyWith(config: string): { dir: string; file: string } {
	const dir = join(root, String(copies++));
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(join(dir, 'src/site.config.ts'), config);
	return { dir, file: join(dir, 'src/site.config.ts') };
}

describe('setFeaturedRefs', () => {
	it('sets the real key, not one in a comment or a string before it', () => {
		const { dir, file } = copyWith(
			"// featuredRefs: [1, 2] was the old list\nconst note = 'featuredRefs: [3]';\nexport const siteConfig = {\n\tdefaultLocale: 'fa',\n\tfeaturedRefs: [1, 2, 3, 4, 5, 6],\n};\n",
		);
		setFeaturedRefs(dir, [7, 8]);
		expect(readFileSync(file, 'utf8')).toBe(
			"// featuredRefs: [1, 2] was the old list\nconst note = 'featuredRefs: [3]';\nexport const siteConfig = {\n\tdefaultLocale: 'fa',\n\tfeaturedRefs: [7, 8],\n};\n",
		);
	});

	it('fails, naming the file, when there is no key or more than one, and leaves the file as it was', () => {
		const none = "// featuredRefs: [1, 2]\nexport const siteConfig = { defaultLocale: 'fa' };\n";
		const missing = copyWith(none);
		expect(() => setFeaturedRefs(missing.dir, [1])).toThrow(`${missing.file}: featuredRefs`);
		expect(readFileSync(missing.file, 'utf8')).toBe(none);
		const two = 'export const a = { featuredRefs: [1] };\nexport const b = { featuredRefs: [2] };\n';
		const twice = copyWith(two);
		expect(() => setFeaturedRefs(twice.dir, [3])).toThrow(`${twice.file}: featuredRefs`);
		expect(readFileSync(twice.file, 'utf8')).toBe(two);
	});
});
