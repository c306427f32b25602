/**
 * The one lister of a folder for the build (the CMS bundle's input hash), the scripts
 * (`init --empty`, the notices fast path's merge) and the tests. Plain JavaScript typed by
 * JSDoc: the scripts run it in Node directly, and Node 20 (package.json `engines`) runs no
 * TypeScript; it imports nothing but Node's own modules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Does the lister keep a directory entry? Regular files; with `links`, symbolic links too, as
 * links (never followed, not even to a folder). Exported so a walk of its own (the fast path's merge) keeps exactly
 * what the lister keeps.
 * @param {import('node:fs').Dirent} entry
 * @param {{ links?: boolean }} [options]
 * @returns {boolean}
 */
export function listedEntry(entry, { links = false } = {}) {
	return entry.isFile() || (links && entry.isSymbolicLink());
}

/**
 * Every regular file under `dir`, as paths relative to it with `/` separators, sorted (so
 * whatever hashes or lists them sees the same order on every machine). Folders, special
 * files and, unless `links`, symbolic links are left out; a link to a folder is listed as a
 * link, not walked into. A missing `dir` has no files.
 * @param {string} dir the folder to list (absolute, or relative to the working directory)
 * @param {{ links?: boolean }} [options] `links`: list symbolic links as well (a build's output, which publishes them)
 * @returns {string[]}
 */
export function filesUnder(dir, options = {}) {
	if (!existsSync(dir)) return [];
	/** @type {string[]} */
	const found = [];
	// Walked one folder at a time: `readdirSync`'s `recursive` walks into links to folders
	// (listing a file twice, or through a link out of `dir`, or round a loop of links).
	/** @param {string} relative folder, '' or ending with '/' */
	const visit = (relative) => {
		for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
			if (entry.isDirectory()) visit(`${relative}${entry.name}/`);
			else if (listedEntry(entry, options)) found.push(`${relative}${entry.name}`);
		}
	};
	visit('');
	return found.sort();
}
