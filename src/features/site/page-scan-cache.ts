import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What the header scan (security-headers-integration.ts) learns from one built page: the
 * CSP hashes of its inline scripts and where its `<meta>` policy goes. Both are pure
 * functions of the page's bytes (and of the scanning code), so they are kept per page
 * content between builds: a page that Astro restored unchanged from its incremental cache
 * costs a read and a hash instead of two HTML parses.
 */
export interface PageScan {
	/** `scriptHash()` of each inline script, in page order. */
	scripts: string[];
	/** `metaPolicyOffset()` of the page. */
	at: number;
}

interface StoredScans {
	fingerprint: string;
	pages: Record<string, PageScan>;
}

/** The key of a page's bytes. */
export function pageDigest(source: string): string {
	return createHash('sha256').update(source, 'utf8').digest('base64url');
}

/**
 * The scans of the last build kept in `file`, valid only for the same `fingerprint` (the
 * scanning code and the lockfile: a new parser version may read a page differently).
 * `scan(source)` answers from them or runs `compute`; `save()` keeps this build's scans only.
 */
export class PageScanCache {
	private readonly previous: Record<string, PageScan>;
	private readonly next: Record<string, PageScan> = {};
	/** Pages answered from the previous build / scanned now. */
	readonly counts = { reused: 0, scanned: 0 };

	/** `file` undefined: nothing is kept between builds (the integration run outside Astro, by a test). */
	constructor(
		private readonly file: string | undefined,
		private readonly fingerprint: string,
	) {
		let stored: StoredScans | undefined;
		try {
			if (file) stored = JSON.parse(readFileSync(file, 'utf8')) as StoredScans;
		} catch {
			// No cache yet, or a damaged one: every page is scanned.
		}
		this.previous = stored?.fingerprint === fingerprint && stored.pages && typeof stored.pages === 'object' ? stored.pages : {};
	}

	/** The scan of `source`, from the last build's when its bytes are the same. */
	scan(source: string, compute: (source: string) => PageScan): PageScan {
		const digest = pageDigest(source);
		const found = this.next[digest] ?? this.previous[digest];
		if (found && Array.isArray(found.scripts) && Number.isInteger(found.at)) {
			this.counts.reused++;
			this.next[digest] = found;
			return found;
		}
		const scanned = compute(source);
		this.counts.scanned++;
		this.next[digest] = scanned;
		return scanned;
	}

	/** Writes this build's scans (replacing the file in one rename, so a crash never leaves half of it). */
	save(): void {
		if (!this.file) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const partial = `${this.file}.${process.pid}.tmp`;
		writeFileSync(partial, JSON.stringify({ fingerprint: this.fingerprint, pages: this.next } satisfies StoredScans));
		renameSync(partial, this.file);
	}
}

/**
 * A fingerprint of the contents of `code` (the scanning modules: one missing means they are
 * not where this module thinks, so the fingerprint is never the same twice and nothing is
 * reused) and of `optional` files (a project without a lockfile simply has none).
 */
export function filesFingerprint(code: readonly string[], optional: readonly string[] = []): string {
	const hash = createHash('sha256');
	for (const file of [...code, ...optional]) {
		try {
			hash.update(readFileSync(file));
		} catch {
			hash.update(code.includes(file) ? `missing ${file} ${process.hrtime.bigint()} ${Math.random()}` : `no ${file}`);
		}
		hash.update('\u0000');
	}
	return hash.digest('hex');
}
