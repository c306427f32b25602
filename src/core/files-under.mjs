/**
 * The one lister of a folder for the build (the CMS bundle's input hash), the scripts
 * (`init --empty`, the notices fast path's merge) and the tests. Plain JavaScript typed by
 * JSDoc: the scripts run it in Node directly, and Node 20 (package.json `engines`) runs no
 * TypeScript; it imports nothing but Node's own modules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every regular file under `dir`, as paths relative to it with `/` separators, sorted (so
 * whatever hashes or lists them sees the same order on every machine). Folders, symbolic
 * links and special files are left out; a missing `dir` has no files.
 * @param {string} dir the folder to list (absolute, or relative to the working directory)
 * @returns {string[]}
 */
export function filesUnder(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
