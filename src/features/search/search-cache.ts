import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, cp, link, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { SearchRecord } from './search-records';
import { codeDigest } from '../../core/code-digest';
import { bytesDigest } from '../../core/digest';

/**
 * What the search step keeps between builds, in `<cacheDir>/bayan-search/`, so a rebuild in
 * which few pages changed neither parses every page again nor runs Pagefind:
 *
 * - `records/<key>.json`: the search record of one page (or `null` for a page that is not
 *   searchable), named by the hash of the page's URL path, its built HTML and the code that
 *   reads pages ({@link SearchCache.code}). Reading and hashing a page is cheap; parsing it is not.
 * - `index/`: the last `pagefind/` output, with `index/key`, the hash of everything that output
 *   is made of (the key of every searchable page's record, the editors' synonyms, the code and
 *   Pagefind's version). When the key is unchanged the folder is put into the site instead
 *   of running Pagefind: Pagefind's output is a function of its records alone. Its files are
 *   hard-linked, not copied (thousands of files a rebuild neither writes nor, once the output
 *   is replaced, frees), and `index/files.json` lists each one's size, modification time and
 *   hash when it was stored: a file changed in place since, through the published copy or
 *   here (they share one inode), no longer matches, and Pagefind runs again. A file whose
 *   time alone changed (a cache restored by CI) is checked by its hash.
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
	recordKey(path: string, html: Uint8Array): string {
		return this.recordKeyOf(path, bytesDigest(html));
	}

	/** The key of a page's record from its path and the `bytesDigest` of its HTML (given by the step that read the page). */
	recordKeyOf(path: string, htmlDigest: string): string {
		const key = createHash('sha256').update(this.code).update('\0').update(path).update('\0').update(htmlDigest).digest('hex');
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
		if (storedKey !== key) return false;
		const files = await unchangedFiles(join(stored, 'pagefind'), join(stored, INDEX_LISTING));
		if (!files) return false;
		await rm(outputPath, { recursive: true, force: true });
		await linkFiles(join(stored, 'pagefind'), outputPath, files);
		return true;
	}

	/** Keeps a copy of the `pagefind/` output just written, made from `key`, for the next build. */
	async storeIndex(key: string, outputPath: string): Promise<void> {
		const next = join(this.dir, 'index.next');
		await rm(next, { recursive: true, force: true });
		await cp(outputPath, join(next, 'pagefind'), { recursive: true });
		await writeFile(join(next, INDEX_LISTING), JSON.stringify(await listing(join(next, 'pagefind'))));
		// The key is written last and the folder swapped in whole: an interrupted build leaves
		// either the previous index with its own key or no usable index, never a mix.
		await writeFile(join(next, 'key'), key);
		await rm(join(this.dir, 'index'), { recursive: true, force: true });
		await rename(next, join(this.dir, 'index'));
	}
}

/** The stored index's files, as `[path, size, modification time, SHA-256]` (`index/files.json`). */
const INDEX_LISTING = 'files.json';
type Listing = [path: string, size: number, mtimeMs: number, sha256: string][];

/** Every file under `dir` with its size, modification time and hash, by path relative to `dir` (`/`-separated). */
async function listing(dir: string): Promise<Listing> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const files: Listing = [];
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const stat = await lstat(path);
		files.push([relative(dir, path).split(sep).join('/'), stat.size, stat.mtimeMs, bytesDigest(await readFile(path))]);
	}
	return files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * The stored index's files when every one is still as `storeIndex` listed it, else
 * `undefined` (the listing is missing or damaged, or a file was changed or removed since).
 * A plain file of the same size and modification time is taken as it is; one whose time
 * differs (a cache restored by a CI step that does not keep times) is read and must have
 * the listed hash, and the listing is then updated with its time, so the next build does not
 * read it again.
 */
async function unchangedFiles(dir: string, listingFile: string): Promise<string[] | undefined> {
	let listed: Listing;
	let retimed = false;
	try {
		listed = JSON.parse(await readFile(listingFile, 'utf8')) as Listing;
		if (!Array.isArray(listed) || listed.length === 0) return undefined;
		for (const item of listed) {
			const [path, size, mtimeMs, sha256] = item;
			// Listed paths are relative and downward only: a damaged listing must not reach outside the folder.
			if (typeof path !== 'string' || typeof sha256 !== 'string' || path.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
			const stat = await lstat(join(dir, path));
			if (!stat.isFile() || stat.size !== size) return undefined;
			if (stat.mtimeMs === mtimeMs) continue;
			if (bytesDigest(await readFile(join(dir, path))) !== sha256) return undefined;
			item[2] = stat.mtimeMs;
			retimed = true;
		}
	} catch {
		return undefined;
	}
	if (retimed) {
		await writeFile(`${listingFile}.part`, JSON.stringify(listed));
		await rename(`${listingFile}.part`, listingFile);
	}
	return listed.map(([path]) => path);
}

/**
 * Puts `files` (paths under `from`) into `to` as hard links to the same files, or copies where
 * the file system cannot link (another device, or none).
 */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
	const made = new Set<string>();
	for (const file of files) {
		const target = join(to, file);
		const folder = dirname(target);
		if (!made.has(folder)) {
			await mkdir(folder, { recursive: true });
			made.add(folder);
		}
		try {
			await link(join(from, file), target);
		} catch (cause) {
			const code = (cause as NodeJS.ErrnoException).code;
			if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw new Error(`Cannot put the stored search index file ${file} into ${to}`, { cause });
			await copyFile(join(from, file), target);
		}
	}
}

/**
 * The hash of the files whose code or data decide what a page's record and the index are
 * (every file under `src/features/search/` and `src/core/`, which holds the HTML reader), and of Pagefind's version,
 * so a change to any of them parses and indexes again.
 * @param root the project root
 * @param pagefindVersion the installed Pagefind's version
 */
export function codeKey(root: string, pagefindVersion: string): Promise<string> {
	return codeDigest(root, ['src/features/search', 'src/core'], `pagefind ${pagefindVersion}`);
}
