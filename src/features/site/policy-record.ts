import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * What the header step (security-headers-integration.ts) learnt of each page it gave a
 * policy, kept in the cache folder for the next build, so a page Astro restores unchanged is
 * neither read nor scanned again.
 *
 * The step writes each page, with its `<meta>` policy, into Astro's incremental cache too
 * (`<cacheDir>/dist/<page>`, the copy Astro restores an unchanged page from). For each such
 * copy that holds exactly the page as published, this record keeps the copy's identity (size,
 * modification time to the nanosecond, inode), the hashes of the page's inline scripts, its
 * policy and the digest of its bytes. In the next build, a page whose copy still has that
 * identity and whose published file has that size is that copy, restored by Astro: Astro
 * writes the copy again whenever it renders the page, and anything else that writes it
 * changes its modification time. Its scripts, policy and digest are then the recorded ones.
 * A record that is missing, damaged, of another version or made by other code of the header
 * step (its `code` key: a fix to the script reader or the hashing must reach restored pages
 * too, and Astro's cache does not look at integrations' code) is no record: every page is read.
 */

/** Bumped when what a record means changes: an older record is then ignored. */
const RECORD_VERSION = 1;

/** What is known of one page whose cached copy is unchanged. */
export interface KnownPage {
	/** The hashes of its inline scripts, in document order. */
	scripts: string[];
	/** The policy of its `<meta>`. */
	policy: string;
	/** `bytesDigest` of the page as published. */
	digest: string;
}

/** A page's entry: its copy's size, modification time (ns) and inode, the index of its scripts and policy in `sets`, its digest. */
type Entry = [size: number, mtimeNs: string, ino: string, set: number, digest: string];
interface RecordFile {
	version: number;
	/** The digest of the code that made the record (`load`'s `code`). */
	code: string;
	/** `[policy, ...script hashes]`: few distinct ones, shared by many pages. */
	sets: string[][];
	pages: Record<string, Entry>;
}

/** The identity of a file (`lstat`), or `undefined` when it is not a plain file. */
function identity(path: string): { size: number; mtimeNs: string; ino: string } | undefined {
	const stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
	if (!stat?.isFile()) return undefined;
	return { size: Number(stat.size), mtimeNs: String(stat.mtimeNs), ino: String(stat.ino) };
}

/** The header step's record of one build, and the next one it makes. */
export class PolicyRecord {
	readonly #previous: RecordFile;
	readonly #next: RecordFile;
	readonly #setIndex = new Map<string, number>();

	private constructor(
		private readonly file: string,
		previous: RecordFile,
		code: string,
	) {
		this.#previous = previous;
		this.#next = { version: RECORD_VERSION, code, sets: [], pages: {} };
	}

	/**
	 * The record at `file`, or an empty one when it is missing, damaged, of another version or
	 * made by other code.
	 * @param code the digest of the header step's code in this build (`codeDigest`)
	 */
	static load(file: string, code: string): PolicyRecord {
		const empty: RecordFile = { version: RECORD_VERSION, code, sets: [], pages: {} };
		try {
			const read = JSON.parse(readFileSync(file, 'utf8')) as RecordFile;
			const usable = read?.version === RECORD_VERSION && read.code === code && Array.isArray(read.sets) && typeof read.pages === 'object' && read.pages !== null;
			return new PolicyRecord(file, usable ? read : empty, code);
		} catch {
			return new PolicyRecord(file, empty, code);
		}
	}

	/**
	 * What is known of `page` (its path in the output) when Astro's copy `copy` is still the
	 * one recorded and the published file `published` is that copy; else `undefined`.
	 */
	unchanged(page: string, copy: string, published: string): KnownPage | undefined {
		const entry = Object.hasOwn(this.#previous.pages, page) ? this.#previous.pages[page] : undefined;
		if (!Array.isArray(entry) || entry.length !== 5) return undefined;
		const [size, mtimeNs, ino, set, digest] = entry;
		const stored = this.#previous.sets[set];
		if (!Array.isArray(stored) || stored.length < 1 || typeof digest !== 'string') return undefined;
		const now = identity(copy);
		if (!now || now.size !== size || now.mtimeNs !== mtimeNs || now.ino !== ino) return undefined;
		if (identity(published)?.size !== size) return undefined;
		const [policy = '', ...scripts] = stored;
		return { scripts, policy, digest };
	}

	/** Records `page`, whose copy `copy` now holds exactly the page as published, with what the step found in it. */
	remember(page: string, copy: string, known: KnownPage): void {
		const now = identity(copy);
		if (!now) return;
		const setKey = [known.policy, ...known.scripts].join('\n');
		let set = this.#setIndex.get(setKey);
		if (set === undefined) {
			set = this.#next.sets.push([known.policy, ...known.scripts]) - 1;
			this.#setIndex.set(setKey, set);
		}
		this.#next.pages[page] = [now.size, now.mtimeNs, now.ino, set, known.digest];
	}

	/** Writes the record made in this build in place of the previous one (whole or not at all). */
	save(): void {
		const part = `${this.file}.${process.pid}.part`;
		try {
			writeFileSync(part, JSON.stringify(this.#next));
			renameSync(part, this.file);
		} catch (cause) {
			rmSync(part, { force: true });
			throw new Error(`Cannot write the header step's record ${this.file}`, { cause });
		}
	}
}
