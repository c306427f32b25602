import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The hash of every file under `folders` (relative to `root`), by path and bytes, with
 * `extra` first: the key of a cache whose entries were made by that code, so a change to
 * any of those files makes the cache's entries count for nothing. (Astro's own incremental
 * cache does not look at integrations' code, so each of our caches keys itself.)
 * @param root the project root
 * @param folders folders whose files decide what the cache holds
 * @param extra anything else that decides it (a tool's version)
 */
export async function codeDigest(root: string, folders: readonly string[], extra = ''): Promise<string> {
	const hash = createHash('sha256').update(`${extra}\0`);
	const files = (await Promise.all(folders.map((folder) => listFiles(join(root, folder))))).flat().sort();
	for (const file of files)
		hash
			.update(file.slice(root.length))
			.update('\0')
			.update(await readFile(file))
			.update('\0');
	return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...(await listFiles(full)));
		else if (entry.isFile()) files.push(full);
	}
	return files;
}
