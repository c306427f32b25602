import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchRecord } from './search-records';

/**
 * What the search step keeps between builds, in `<cacheDir>/bayan-search/`, so a rebuild in
 * which few pages changed neither parses every page again nor runs Pagefind:
 *
 * - `records/<key>.json`: the search record of one page (or `null` for a page that is not
 *   searchable), named by the hash of the page's URL path, its built HTML and the code that
 *   reads pages ({@link SearchCache.code}). Reading and hashing a page is cheap; parsing it is not.
 * - `index/`: the last `pagefind/` output, with `index/key`, the hash of everything that output
 *   is made of (the key of every searchable page's record, the editors' synonyms, the code and
 *   Pagefind's version). When the key is unchanged the folder is copied into the site instead
 *   of running Pagefind: Pagefind's output is a function of its records alone.
 *
 * Entries no build uses any more are removed, so the cache stays the size of one site.
 */
export class SearchCache {
	/** Record keys seen in this build (the others are removed by {@link prune}). */
	private readonly used = new Set<string>();

	/**
	 * @param dir the cache folder (`<cacheDir>/bayan-search`)
	 * @param code hash of the code and data that shape records and the index
	 */
	constructor(
		readonly dir: string,
		readonly code: string,
	) {}

	/** The key of a page's record: its path and HTML, under this code. */
	recordKey(path: string, html: Buffer): string {
		const key = createHash('sha256').update(this.code).update('\0').update(path).update('\0').update(html).digest('hex');
		this.used.add(key);
		return key;
	}

	private recordFile(key: string): string {
		return join(this.dir, 'records', `${key}.json`);
	}

	/** The record stored under `key`: `null` for a page found not searchable, `undefined` when not cached (or unreadable). */
	async record(key: string): Promise<SearchRecord | null | undefined> {
		try {
			return JSON.parse(await readFile(this.recordFile(key), 'utf8')) as SearchRecord | null;
		} catch {
			// A missing or damaged entry only costs parsing the page again.
			return undefined;
		}
	}

	/** Stores a page's record (or `null`) under `key`. */
	async storeRecord(key: string, record: SearchRecord | null): Promise<void> {
		await mkdir(join(this.dir, 'records'), { recursive: true });
		await writeFile(this.recordFile(key), JSON.stringify(record));
	}

	/** Removes the records of pages no longer in the site (or built by other code). */
	async prune(): Promise<void> {
		const dir = join(this.dir, 'records');
		if (!existsSync(dir)) return;
		const stale = (await readdir(dir)).filter((name) => !this.used.has(name.replace(/\.json$/, '')));
		await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
	}

	/**
	 * Copies the cached `pagefind/` output into `outputPath` when it was made from exactly `key`;
	 * @returns whether it was restored
	 */
	async restoreIndex(key: string, outputPath: string): Promise<boolean> {
		const stored = join(this.dir, 'index');
		let storedKey: string;
		try {
			storedKey = (await readFile(join(stored, 'key'), 'utf8')).trim();
		} catch {
			return false;
		}
		if (storedKey !== key || !existsSync(join(stored, 'pagefind'))) return false;
		await rm(outputPath, { recursive: true, force: true });
		await cp(join(stored, 'pagefind'), outputPath, { recursive: true });
		return true;
	}

	/** Keeps a copy of the `pagefind/` output just written, made from `key`, for the next build. */
	async storeIndex(key: string, outputPath: string): Promise<void> {
		const next = join(this.dir, 'index.next');
		await rm(next, { recursive: true, force: true });
		await cp(outputPath, join(next, 'pagefind'), { recursive: true });
		// The key is written last and the folder swapped in whole: an interrupted build leaves
		// either the previous index with its own key or no usable index, never a mix.
		await writeFile(join(next, 'key'), key);
		await rm(join(this.dir, 'index'), { recursive: true, force: true });
		await rename(next, join(this.dir, 'index'));
	}
}

/**
 * The hash of the files whose code or data decide what a page's record and the index are
 * (every file under `src/features/search/` and `src/core/`, which holds the HTML reader), and of Pagefind's version,
 * so a change to any of them parses and indexes again.
 * @param root the project root
 * @param pagefindVersion the installed Pagefind's version
 */
export async function codeKey(root: string, pagefindVersion: string): Promise<string> {
	const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\0`);
	const files = [...(await listFiles(join(root, 'src/features/search'))), ...(await listFiles(join(root, 'src/core')))].sort();
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
