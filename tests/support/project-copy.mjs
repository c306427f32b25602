import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a project copy takes from the project: the code, its public files and its configuration (no output, no caches). */
const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project's sources from `from` into `dir`, without `src/content` (each copy brings
 * its own content), and links `node_modules` instead of copying it. Plain JavaScript so that
 * both the build tests (tests/support/tiny-site.ts) and the browser suite's site
 * (tests/support/e2e-site.mjs, run by plain Node before the test runner starts) use it.
 * @param {string} from the project's root
 * @param {string} dir the copy's root (created if missing)
 */
export function copyProjectSources(from, dir) {
	mkdirSync(dir, { recursive: true });
	const content = join(from, 'src/content');
	for (const entry of SOURCES) {
		if (!existsSync(join(from, entry))) continue;
		cpSync(join(from, entry), join(dir, entry), { recursive: true, filter: (source) => source !== content && !source.startsWith(`${content}/`) });
	}
	symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'));
}
