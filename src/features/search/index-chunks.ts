/**
 * Smaller Pagefind index chunks.
 *
 * Pagefind closes an index chunk once it holds 20,000 postings (a constant of its indexer, no
 * option), so whatever word a search asks for, it fetches a 20–30 KB chunk on a site of 1,000
 * articles per language: the largest file of a first search after Pagefind's WebAssembly.
 * This step runs after Pagefind has written its index and cuts each of its chunks again into
 * pieces of about {@link CHUNK_BYTES}, so that a search finds exactly the words it found
 * before, with the same postings, from a smaller fetch.
 *
 * How Pagefind 1.6's browser code uses chunks (observed, and held by
 * tests/unit/index-chunks.test.ts against the real thing): for a term it loads every chunk
 * whose `from`..`to` range in `pf_meta` holds the term, then matches every loaded word that
 * starts with the term. A piece may therefore answer for a term only if it holds all of the
 * chunk's words starting with that term. Pieces are cut along the words' shared beginnings
 * (a trie): a piece holds whole subtrees below one node, its range runs from its first
 * subtree's beginning to its last word, and every term in that range starts with that
 * beginning, so the words it matches are in the piece (see {@link pieces}). A beginning too
 * large to be one piece (searching «س» or «سفار» as typed matches all of its subtree) gets a
 * piece of its own holding that subtree, answering for that one term only. Words stay as
 * Pagefind wrote them and in its order; a word is never split.
 *
 * The files are Pagefind's own format (gzip of `pagefind_dcd` followed by CBOR, decoded and
 * re-encoded with cbor-x, which gives back Pagefind's bytes unchanged: checked on every file
 * before anything is written, so an index of another shape fails the build instead of being
 * rewritten wrongly).
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Encoder } from 'cbor-x';

/** What Pagefind writes before the CBOR of its index and metadata files. */
const SIGNATURE = 'pagefind_dcd';

/**
 * How large a piece may grow, in CBOR bytes before gzip (a word larger than this is a piece
 * of its own). Each piece costs every first search its line in `pf_meta`, so pieces are not
 * made as small as they could be: README "Search" gives the figures this was chosen by.
 */
export const CHUNK_BYTES = 12000;

/** A chunk as `pf_meta` lists it: the terms it answers for and its file (`index/<hash>.pf_index`). */
export type MetaChunk = [from: string, to: string, hash: string];

/** One word of an index chunk: the word, then its postings (kept as Pagefind wrote them). */
type PackedWord = [word: string, ...postings: unknown[]];

/** A piece of a chunk: words `start`..`end` (exclusive) of the chunk, answering for terms `from`..`to`. */
export interface Piece {
	start: number;
	end: number;
	from: string;
	to: string;
}

// Pagefind encodes with minicbor: arrays, text strings and integers, which cbor-x gives back
// byte for byte with records and map-objects off.
const cbor = new Encoder({ useRecords: false, mapsAsObjects: false, variableMapSize: true });

/** Compares as Pagefind (Rust) compares strings: by UTF-8 bytes, i.e. by code point, not by UTF-16 unit. */
export function compareTerms(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Cuts one of Pagefind's chunks into pieces of at most `limit` bytes where its words allow.
 * Why each piece holds every word of the chunk starting with a term of its range: a piece is
 * one or more neighbouring subtrees below a node p (all their words start with p + a letter),
 * its range runs from the first subtree's beginning to the last word, so every term in it
 * starts with p + a letter of that run, and the words starting with such a term are one
 * subtree, which sort among the piece's own words. The terms that are p itself or shorter
 * match words of many pieces: p gets a piece holding its whole subtree, for the term p alone
 * (and so on up), which costs no more than the chunk did. Where a chunk starts inside a
 * subtree (Pagefind cut there), ranges begin no earlier than the chunk's own `from`: terms
 * before it never reached this chunk.
 * @param words the chunk's words, in Pagefind's order (by UTF-8 bytes)
 * @param sizes each word's encoded size in bytes
 * @param from the chunk's `from` in `pf_meta`
 */
export function pieces(words: readonly string[], sizes: readonly number[], from: string, limit = CHUNK_BYTES): Piece[] {
	const before = [0];
	for (const size of sizes) before.push(before.at(-1)! + size);
	const sizeOf = (start: number, end: number) => before[end]! - before[start]!;
	const points = words.map((word) => Array.from(word));
	const cut: Piece[] = [];
	const emit = (start: number, end: number, first: string, last: string) => {
		const clamped = compareTerms(first, from) >= 0 ? first : from;
		// Empty once clamped: every term of the range lies before the chunk's own range.
		if (compareTerms(clamped, last) <= 0) cut.push({ start, end, from: clamped, to: last });
	};
	// Words [start, end) share their first `depth` code points.
	const split = (start: number, end: number, depth: number) => {
		const prefix = points[start]!.slice(0, depth).join('');
		// The beginning itself, typed as it is, matches the whole subtree.
		if (depth > 0) emit(start, end, prefix, prefix);
		let child = points[start]!.length === depth ? start + 1 : start;
		let group: number | undefined;
		const close = (at: number) => {
			if (group !== undefined) emit(group, at, prefix + points[group]![depth]!, words[at - 1]!);
			group = undefined;
		};
		while (child < end) {
			const letter = points[child]![depth];
			let next = child + 1;
			while (next < end && points[next]![depth] === letter) next += 1;
			if (sizeOf(child, next) > limit && next - child > 1) {
				close(child);
				split(child, next, depth + 1);
			} else {
				// Neighbouring subtrees share a piece while it stays within the limit.
				if (group !== undefined && sizeOf(group, next) > limit) close(child);
				group ??= child;
			}
			child = next;
		}
		close(end);
	};
	if (words.length > 0) split(0, words.length, 0);
	// Every piece's range ends at its last word; what lies between that and the next piece's
	// beginning holds no word of the chunk, so a shorter end there lists the same pieces in fewer
	// bytes of `pf_meta` (which every first search fetches). The last piece keeps its last word.
	for (const [i, piece] of cut.entries()) {
		const next = cut[i + 1];
		if (next) piece.to = shortEnd(piece.to, next.from);
	}
	return cut;
}

/** Whether a code point may stand in a string (not a lone surrogate, not past Unicode). */
const isScalar = (point: number) => point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);

/**
 * The shortest string `s` with `last` ≤ `s` < `next` found by raising one code point: where
 * the two first differ, the next code point after `last`'s if it is still below `next`'s, or
 * else one code point further on. `last` itself when neither works.
 */
export function shortEnd(last: string, next: string): string {
	const a = Array.from(last);
	const b = Array.from(next);
	let shared = 0;
	while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
	if (shared >= a.length || shared >= b.length) return last;
	const raised = a[shared]!.codePointAt(0)! + 1;
	if (raised < b[shared]!.codePointAt(0)! && isScalar(raised)) return a.slice(0, shared).join('') + String.fromCodePoint(raised);
	if (a.length === shared + 1) return last;
	const further = a[shared + 1]!.codePointAt(0)! + 1;
	return isScalar(further) ? a.slice(0, shared + 1).join('') + String.fromCodePoint(further) : last;
}

/** Reads a Pagefind file: gzip, then the signature, then CBOR. */
function decodeFile(bytes: Buffer, file: string): { raw: Buffer; value: unknown } {
	let raw: Buffer;
	try {
		raw = gunzipSync(bytes);
	} catch (cause) {
		throw new Error(`${file} is not a gzipped Pagefind file`, { cause });
	}
	if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file} is not a Pagefind file this build knows (no "${SIGNATURE}" signature)`);
	const body = raw.subarray(SIGNATURE.length);
	const value = cbor.decode(body) as unknown;
	// Only a file cbor-x gives back byte for byte is rewritten: the shape is one this step knows.
	if (Buffer.compare(Buffer.from(cbor.encode(value)), body) !== 0)
		throw new Error(`${file}: Pagefind's CBOR does not survive decoding and encoding again; this Pagefind version's index is not one this build can slice`);
	return { raw: body, value };
}

/** A Pagefind file's bytes for `value`, compressed as Pagefind compresses (gzip). */
function encodeFile(value: unknown): { body: Buffer; gzipped: Buffer } {
	const body = Buffer.from(cbor.encode(value));
	return { body, gzipped: gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]), { level: 9 }) };
}

/** A file name from the content, as Pagefind names its files (language, underscore, hex). */
const hashName = (language: string, body: Buffer, length: number) => `${language}_${createHash('sha256').update(body).digest('hex').slice(0, length)}`;

function isMetaChunk(value: unknown): value is MetaChunk {
	return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
}

function isWordList(value: unknown): value is [PackedWord[]] {
	return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].every((word: unknown) => Array.isArray(word) && typeof word[0] === 'string');
}

/** What re-chunking did to one language's index. */
export interface Rechunked {
	language: string;
	/** Pagefind's chunks. */
	before: number;
	/** The pieces written instead (a small chunk stays one piece). */
	after: number;
}

/**
 * Cuts every language index in `outputPath` (Pagefind's output folder) into pieces of at most
 * `limit` bytes: writes them to `index/` (Pagefind's chunk files removed), a new `pf_meta`
 * listing them (named from its content, the old file removed) and `pagefind-entry.json`
 * pointing to it. A chunk within the limit stays as Pagefind wrote it.
 */
export async function rechunkIndex(outputPath: string, limit = CHUNK_BYTES): Promise<Rechunked[]> {
	const entryFile = join(outputPath, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm?: string | null }> };
	const done: Rechunked[] = [];
	for (const [language, info] of Object.entries(entry.languages)) {
		// A language Pagefind has a stemmer for (its own WebAssembly, `wasm` in the entry file)
		// keeps Pagefind's chunks: Pagefind looks a term's chunk up as typed but matches its stem,
		// and a beginning such as «التت» found its words in Pagefind's chunk by that chunk's width
		// alone; in a piece it found none. Only its fragments are renamed.
		const stemmed = typeof info.wasm === 'string';
		const metaFile = join(outputPath, `pagefind.${info.hash}.pf_meta`);
		const meta = decodeFile(await readFile(metaFile), metaFile).value;
		if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isMetaChunk)) throw new Error(`${metaFile}: no list of index chunks where Pagefind 1.x keeps it`);
		const chunks = meta[2] as MetaChunk[];
		// Pieces are named after the whole language's pieces (a digest of them all) and their
		// place in the list: every name changes whenever any piece does, so a cached file is never
		// taken for another, and `pf_meta`, which lists them all and which every first search
		// fetches, repeats one prefix instead of a random name per piece (1.7 KB less at 1,000
		// articles per language).
		const listed: (MetaChunk | { from: string; to: string; body: Buffer; gzipped: Buffer })[] = [];
		const kept = new Set<string>();
		for (const [from, to, hash] of chunks) {
			const file = join(outputPath, 'index', `${hash}.pf_index`);
			const chunk = decodeFile(await readFile(file), file).value;
			if (!isWordList(chunk)) throw new Error(`${file}: not a list of words where Pagefind 1.x keeps them`);
			const words = chunk[0];
			const sizes = words.map((word) => cbor.encode(word).length);
			if (stemmed || sizes.reduce((sum, size) => sum + size, 0) <= limit) {
				listed.push([from, to, hash]);
				kept.add(hash);
				continue;
			}
			for (const piece of pieces(
				words.map(([word]) => word),
				sizes,
				from,
				limit,
			)) {
				listed.push({ from: piece.from, to: piece.to, ...encodeFile([words.slice(piece.start, piece.end)]) });
			}
			await rm(file);
		}
		const digest = createHash('sha256');
		for (const item of listed) if (!Array.isArray(item)) digest.update(item.body);
		const all = digest.digest('hex');
		let length = 6;
		const nameOf = (i: number) => `${language}_${all.slice(0, length)}${i.toString(36)}`;
		// A name that could be one of Pagefind's own (kept) chunks' takes a longer prefix.
		while (listed.some((_, i) => kept.has(nameOf(i)))) length += 1;
		const named: MetaChunk[] = [];
		for (const [i, item] of listed.entries()) {
			if (Array.isArray(item)) {
				named.push(item);
				continue;
			}
			await writeFile(join(outputPath, 'index', `${nameOf(i)}.pf_index`), item.gzipped);
			named.push([item.from, item.to, nameOf(i)]);
		}
		meta[2] = named;
		await renameFragments(outputPath, language, meta);
		const { body, gzipped } = encodeFile(meta);
		const hash = hashName(language, body, 10);
		await rm(metaFile);
		await writeFile(join(outputPath, `pagefind.${hash}.pf_meta`), gzipped);
		info.hash = hash;
		done.push({ language, before: chunks.length, after: named.length });
	}
	await writeFile(entryFile, JSON.stringify(entry));
	return done;
}

/**
 * Renames the language's fragment files (one per page, `fragment/<name>.pf_fragment`) as the
 * pieces are named: a digest of all of them and the page's place in `pf_meta`'s page list,
 * which is rewritten to match. Pagefind names each after its own content, so that list, about
 * 8 bytes gzipped per page and fetched by every first search, was mostly random digits. A
 * result's `id` is this name; it stays unique and stable within one build.
 */
async function renameFragments(outputPath: string, language: string, meta: unknown[]): Promise<void> {
	const pages = meta[1];
	if (!Array.isArray(pages) || !pages.every((page: unknown) => Array.isArray(page) && typeof page[0] === 'string'))
		throw new Error(`pf_meta of ${language}: no list of pages where Pagefind 1.x keeps it`);
	const listed = pages as [string, ...unknown[]][];
	const file = (name: string) => join(outputPath, 'fragment', `${name}.pf_fragment`);
	const digest = createHash('sha256');
	for (const [name] of listed) digest.update(await readFile(file(name)));
	const all = digest.digest('hex');
	const old = new Set(listed.map(([name]) => name));
	let length = 6;
	const nameOf = (i: number) => `${language}_${all.slice(0, length)}${i.toString(36)}`;
	// Never a name another page's file still has while files are being renamed.
	while (listed.some((_, i) => old.has(nameOf(i)))) length += 1;
	for (const [i, page] of listed.entries()) {
		await rename(file(page[0]), file(nameOf(i)));
		page[0] = nameOf(i);
	}
}
