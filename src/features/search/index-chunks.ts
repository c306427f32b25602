/**
 * Smaller Pagefind index chunks for the languages Pagefind does not stem (Persian here).
 *
 * Pagefind closes an index chunk once it holds 20,000 postings (a constant of its indexer, no
 * option), so whatever word a search asks for, it fetches a 20–30 KB chunk on a site of 1,000
 * articles per language. This step runs after Pagefind has written its index and cuts each
 * large chunk into pieces of about {@link PIECE_BYTES}, so that every term finds exactly the
 * pages it found in Pagefind's own index, from a smaller fetch.
 *
 * How Pagefind 1.6's browser code resolves a term t (read in its source, held by
 * tests/unit/index-chunks.test.ts against the real thing):
 * - it loads every chunk whose `from`..`to` range in `pf_meta` holds t (byte order); only when
 *   none does, every chunk whose range holds t once both are cut to the shorter length
 *   ("loose": t is a proper prefix of the chunk's `from`, or t starts with its `to`);
 * - among all the words loaded, it takes every word starting with t; when there is none, the
 *   longest loaded word that t starts with (how «بازگشتم» finds «بازگشت», and a typo finds the
 *   word it begins with).
 * So a term's answer depends on the words of the chunk(s) it loads. The pieces of a chunk C
 * keep that answer the same because:
 * 1. every piece is a subset of C, and the pieces' ranges lie within C's range and together
 *    cover all of it: a term loads pieces of C exactly when Pagefind's index would load C;
 * 2. for every term t in C's range, the pieces whose range holds t hold together every word of
 *    C starting with t and every word of C that t starts with: a piece is a run of C's words
 *    and carries C's words that are beginnings of its `from` (so a suffixed form or a typo
 *    falls back to the same shorter word), and a term whose words a cut divides gets a piece
 *    of its own holding all of them (it costs that term what Pagefind's chunk did);
 * 3. "loose" terms (in no chunk's range) load the same words: a piece's `to` is C's `to` or
 *    is no proper beginning of it, and a piece's `from` lies in C's range, so a piece loads
 *    loosely only when C would (see {@link cutChunk}).
 * A word is never split: postings are copied byte for byte, a word carried into several
 * pieces is the same bytes in each, and Pagefind keeps one copy of a word it loads twice.
 * One difference remains, in queries of several words: Pagefind matches each word against
 * every word the query loaded, so beside a word whose chunk holds more of another word's
 * extensions (its own chunk ended inside them) that word matches more; the pieces give each
 * word what its own chunk gives it.
 *
 * Pieces are named after their chunk (which Pagefind names by its content), a digest of how it
 * was cut and their place: an unchanged chunk keeps its pieces' names and bytes from one build
 * to the next, so a tab opened before a deploy still loads them, and a name never stands for
 * other bytes; fragments are never renamed. The step refuses an index it has already cut (a
 * mark in `pagefind-entry.json`), decodes and checks every file before writing any, and writes
 * the new files before removing the old ones.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type CborValue, cborArrayAt, cborArrayHeader, cborItemEnd, decodeCbor, decodeCborAt, encodeCbor } from './pagefind-cbor.ts';

/** What Pagefind writes before the CBOR of its index and metadata files. */
const SIGNATURE = 'pagefind_dcd';

/**
 * How large a piece may grow, in CBOR bytes before gzip (a single word larger than this is a
 * piece of its own). Every piece costs each first search its line in `pf_meta`, so pieces are
 * not made as small as they could be: README "Search" gives the figures this was chosen by.
 */
export const PIECE_BYTES = 24000;

/** The field of a language in `pagefind-entry.json` that says its index was cut (the limit used). */
export const RECUT_MARK = 'bayan_recut';

/** Follows a range's end that is a proper beginning of the chunk's `to`: no typed term holds it. */
const AFTER = '\u0000';

/**
 * A range's end after `term`: the term itself, or the term followed by U+0000 where the term is
 * a proper beginning of the chunk's `to`. Terms outside every range that start with a piece's
 * `to` load it ("loose"); starting with `term` and lying after the chunk's `to`, they start with
 * that `to` (and load the chunk too) unless `term` is a proper beginning of it.
 */
const endAfter = (term: string, chunkTo: string) => (chunkTo.startsWith(term) && chunkTo !== term ? term + AFTER : term);

/** A chunk as `pf_meta` lists it: the terms it answers for and its file (`index/<hash>.pf_index`). */
export type MetaChunk = [from: string, to: string, hash: string];

/** A piece of a chunk: the chunk's words it holds (indexes, ascending) and the terms it answers for. */
export interface Piece {
	words: number[];
	from: string;
	to: string;
}

/** Compares as Pagefind (Rust) compares strings: by UTF-8 bytes, i.e. by code point, not by UTF-16 unit. */
export function compareTerms(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Cuts one of Pagefind's chunks into runs of neighbouring words of at most `limit` bytes where
 * its words allow, plus the pieces some single terms need.
 *
 * A cut before word w_i (after w_{i-1}) starts a piece at b = the shortest beginning of w_i
 * that sorts after w_{i-1}; the piece before ends at b (b + U+0000 where b is a proper
 * beginning of the chunk's `to`, see {@link endAfter}), so b loads both pieces and no term
 * falls between them. Why each term finds what it finds in the chunk:
 * - the words starting with a term t lie in one run unless t is a beginning shared by w_{i-1}
 *   and w_i for some cut (so also a beginning of b): such a t gets a piece of its own (`from`
 *   t, `to` t + U+0000) holding every word of the chunk starting with t. Cuts are placed
 *   where neighbouring words share the shortest beginning, so few terms need one;
 * - the words a term t of a piece's range starts with are the piece's own words or beginnings
 *   of its `from` b (a word before b that t starts with lies between them), and every piece
 *   carries the chunk's words that are beginnings of its `from`: a suffixed form or a typo
 *   falls back to the same shorter word as in the chunk;
 * - a piece's `to` is the chunk's `to` or no proper beginning of it, and its `from` lies within the chunk's
 *   range, so terms outside every range ("loose") load a piece only when they would load the
 *   chunk, and those that would load it through its `to` load every piece whose range holds it.
 * Ranges are clamped to the chunk's own (the first piece begins at its `from`, the last ends
 * at its `to`); the pieces together cover exactly the chunk's range.
 * @param words the chunk's words, in Pagefind's order (by UTF-8 bytes, no duplicates)
 * @param sizes each word's encoded size in bytes
 * @param range the chunk's `from` and `to` in `pf_meta`
 */
export function cutChunk(words: readonly string[], sizes: readonly number[], range: { from: string; to: string }, limit = PIECE_BYTES): Piece[] {
	const count = words.length;
	const before = [0];
	for (const size of sizes) before.push(before.at(-1)! + size);
	const sizeOf = (start: number, end: number) => before[end]! - before[start]!;
	const points = words.map((word) => Array.from(word));
	const position = new Map(words.map((word, i) => [word, i]));
	// Code points w_{i-1} and w_i share.
	const shared = (i: number) => {
		const [a, b] = [points[i - 1]!, points[i]!];
		let length = 0;
		while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
		return length;
	};
	const inRange = (term: string) => compareTerms(term, range.from) >= 0 && compareTerms(term, range.to) <= 0;
	// The chunk's words that are beginnings of `word` no longer than `length` code points.
	const beginnings = (word: readonly string[], length: number) => {
		const found: number[] = [];
		for (let k = 1; k <= length; k += 1) {
			const at = position.get(word.slice(0, k).join(''));
			if (at !== undefined) found.push(at);
		}
		return found;
	};
	const pieces: Piece[] = [];
	const emit = (members: Iterable<number>, from: string, to: string) => {
		const clampedFrom = compareTerms(from, range.from) < 0 ? range.from : from;
		const clampedTo = compareTerms(to, range.to) > 0 ? range.to : to;
		// Empty once clamped: every term of the range lies outside the chunk's.
		if (compareTerms(clampedFrom, clampedTo) > 0) return;
		pieces.push({ words: [...new Set(members)].sort((a, b) => a - b), from: clampedFrom, to: clampedTo });
	};
	// Terms whose words a cut divides, each given a piece of its own once.
	const own = new Set<string>();
	const ownTerms = (i: number) => {
		const fresh: string[] = [];
		for (let k = 1; k <= shared(i); k += 1) {
			const term = points[i]!.slice(0, k).join('');
			if (!own.has(term) && inRange(term)) fresh.push(term);
		}
		return fresh;
	};
	let start = 0;
	let from = range.from;
	let carried: number[] = [];
	while (start < count) {
		const carriedSize = carried.reduce((sum, i) => sum + sizes[i]!, 0);
		let end = start + 1;
		while (end < count && sizeOf(start, end + 1) + carriedSize <= limit) end += 1;
		if (end < count) {
			// Of the cuts that keep this piece within the limit, the one that adds the fewest
			// lines to `pf_meta`: pieces for single terms, and the share of a piece a short one wastes.
			const room = Math.max(limit - carriedSize, 1);
			const cost = (i: number) => ownTerms(i).length + (1 - sizeOf(start, i) / room);
			let best = end;
			let bestCost = cost(end);
			for (let i = end - 1; i > start; i -= 1) {
				if (1 - sizeOf(start, i) / room >= bestCost) break;
				const value = cost(i);
				if (value < bestCost) [best, bestCost] = [i, value];
			}
			end = best;
		}
		const next = end < count ? points[end]!.slice(0, shared(end) + 1).join('') : undefined;
		const to = next === undefined ? range.to : endAfter(next, range.to);
		emit([...carried, ...Array.from({ length: end - start }, (_, k) => start + k)], from, to);
		if (end < count) {
			for (const term of ownTerms(end)) {
				own.add(term);
				const term_ = Array.from(term);
				let first = end;
				while (first > 0 && words[first - 1]!.startsWith(term)) first -= 1;
				let last = end;
				while (last < count && words[last]!.startsWith(term)) last += 1;
				emit([...beginnings(term_, term_.length - 1), ...Array.from({ length: last - first }, (_, k) => first + k)], term, endAfter(term, range.to));
			}
			from = next!;
			carried = beginnings(points[end]!, shared(end));
		}
		start = end;
	}
	return pieces;
}

/** Reads a Pagefind file: gzip, then the signature, then CBOR (returned undecoded). */
function unpack(bytes: Buffer, file: string): Buffer {
	let raw: Buffer;
	try {
		raw = gunzipSync(bytes);
	} catch (cause) {
		throw new Error(`${file} is not a gzipped Pagefind file`, { cause });
	}
	if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file} is not a Pagefind file this build knows (no "${SIGNATURE}" signature)`);
	return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file's bytes for a CBOR body, compressed as Pagefind compresses (gzip). */
const pack = (body: Uint8Array): Buffer => gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]), { level: 9 });

/** An index chunk read for cutting: its words, and each word's CBOR item as Pagefind wrote it. */
interface ChunkFile {
	words: string[];
	items: Buffer[];
}

/**
 * Reads an index chunk without decoding the postings: `[[word item, ...]]`, each word item an
 * array whose first element is the word. Checks the words come in Pagefind's order and hold
 * no U+0000 (the pieces' range ends rely on both).
 */
function readChunk(body: Buffer, file: string): ChunkFile {
	const outer = cborArrayAt(body, 0, file, 'the chunk');
	if (outer.count !== 1) throw new Error(`${file}: an index chunk of ${outer.count} parts, not the one list of words Pagefind 1.x writes`);
	const list = cborArrayAt(body, outer.start, file, 'the list of words');
	const words: string[] = [];
	const items: Buffer[] = [];
	let at = list.start;
	for (let i = 0; i < list.count; i += 1) {
		const end = cborItemEnd(body, at, file);
		const item = cborArrayAt(body, at, file, `word ${i}`);
		const word = decodeCborAt(body, item.start, file).value;
		if (item.count < 2 || typeof word !== 'string') throw new Error(`${file}: word ${i} is not [word, pages, …] as Pagefind 1.x writes it`);
		if (word.includes(AFTER)) throw new Error(`${file}: the word ${JSON.stringify(word)} holds U+0000`);
		if (words.length && compareTerms(words.at(-1)!, word) >= 0) throw new Error(`${file}: words out of Pagefind's order at ${JSON.stringify(word)}`);
		words.push(word);
		items.push(body.subarray(at, end));
		at = end;
	}
	if (at !== body.length) throw new Error(`${file}: ${body.length - at} bytes after the list of words`);
	return { words, items };
}

/** A name from the content, as Pagefind names its metadata file (language, underscore, hex). */
const contentName = (language: string, body: Uint8Array, length: number) => `${language}_${createHash('sha256').update(body).digest('hex').slice(0, length)}`;

function isMetaChunk(value: unknown): value is MetaChunk {
	return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
}

/** What cutting did to one language's index. */
export interface Recut {
	language: string;
	/** Pagefind's chunks. */
	before: number;
	/** The chunks listed after: pieces, and Pagefind's chunks within the limit kept as they were. */
	after: number;
}

interface EntryFile {
	languages: Record<string, { hash: string; wasm?: string | null; [RECUT_MARK]?: number }>;
}

/**
 * Cuts the index chunks of every language Pagefind does not stem (its entry's `wasm` is null)
 * in `outputPath` (Pagefind's output folder) into pieces of at most `limit` bytes: writes the
 * pieces to `index/`, a new `pf_meta` listing them and `pagefind-entry.json` pointing to it and
 * marked, then removes the chunk files and `pf_meta` it replaced. A chunk within the limit and
 * every stemmed language stay as Pagefind wrote them (Pagefind looks a stemmed language's chunk
 * up by the term as typed and by its stem, which this cut does not model).
 */
export async function recutIndex(outputPath: string, limit = PIECE_BYTES): Promise<Recut[]> {
	const entryFile = join(outputPath, 'pagefind-entry.json');
	let entry: EntryFile;
	try {
		entry = JSON.parse(await readFile(entryFile, 'utf8')) as EntryFile;
	} catch (cause) {
		throw new Error(`${entryFile} could not be read as Pagefind's entry file`, { cause });
	}
	if (typeof entry?.languages !== 'object' || entry.languages === null) throw new Error(`${entryFile}: no languages`);
	const marked = Object.entries(entry.languages).filter(([, info]) => info[RECUT_MARK] !== undefined);
	if (marked.length)
		throw new Error(`${entryFile}: the index of ${marked.map(([language]) => language).join(', ')} is already cut into pieces; cutting it again would cut pieces, not Pagefind's chunks`);

	// Everything is read, decoded and checked before anything is written.
	const plans: { language: string; metaFile: string; meta: CborValue[]; chunks: MetaChunk[]; listed: MetaChunk[]; files: Map<string, Buffer>; replaced: string[] }[] = [];
	for (const [language, info] of Object.entries(entry.languages)) {
		if (info.wasm !== null) continue;
		const metaFile = join(outputPath, `pagefind.${info.hash}.pf_meta`);
		const metaBody = unpack(await readFile(metaFile), metaFile);
		const meta = decodeCbor(metaBody, metaFile);
		// Only a file that comes back byte for byte is rewritten: the shape is one this step knows.
		if (Buffer.compare(Buffer.from(encodeCbor(meta)), metaBody) !== 0)
			throw new Error(`${metaFile}: Pagefind's CBOR does not come back byte for byte; this Pagefind version's metadata is not one this build can rewrite`);
		if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isMetaChunk)) throw new Error(`${metaFile}: no list of index chunks where Pagefind 1.x keeps it`);
		const chunks = meta[2] as MetaChunk[];
		const listed: MetaChunk[] = [];
		const files = new Map<string, Buffer>();
		const replaced: string[] = [];
		for (const [from, to, hash] of chunks) {
			const file = join(outputPath, 'index', `${hash}.pf_index`);
			const chunk = readChunk(unpack(await readFile(file), file), file);
			const sizes = chunk.items.map((item) => item.length);
			if (sizes.reduce((sum, size) => sum + size, 0) <= limit) {
				listed.push([from, to, hash]);
				continue;
			}
			const pieces = cutChunk(chunk.words, sizes, { from, to }, limit);
			// Named after the chunk (Pagefind names it by its content), how it was cut and the
			// piece's place: the same chunk cut the same way gives the same names and bytes, any
			// other chunk or cut other names. Sharing most of their name with their neighbours in
			// `pf_meta` (which every first search fetches), pieces cost it about half what a digest
			// of their own would.
			const layout = createHash('sha256').update(JSON.stringify(pieces)).digest('hex').slice(0, 3);
			const named = new Map<string, string>();
			for (const [i, piece] of pieces.entries()) {
				const body = Buffer.concat([cborArrayHeader(1), cborArrayHeader(piece.words.length), ...piece.words.map((k) => chunk.items[k]!)]);
				const key = body.toString('latin1');
				let name = named.get(key);
				if (name === undefined) {
					name = `${hash}-${layout}${i.toString(36)}`;
					named.set(key, name);
					if (files.has(name)) throw new Error(`two pieces of the ${language} index would both be named ${name}`);
					files.set(name, pack(body));
				}
				listed.push([piece.from, piece.to, name]);
			}
			replaced.push(file);
		}
		const kept = new Set(listed.map(([, , hash]) => hash).filter((hash) => !files.has(hash)));
		for (const name of files.keys()) if (kept.has(name)) throw new Error(`a piece of the ${language} index would take the name of Pagefind's chunk ${name}`);
		plans.push({ language, metaFile, meta, chunks, listed, files, replaced });
	}

	const done: Recut[] = [];
	for (const plan of plans) {
		for (const [name, bytes] of plan.files) await writeFile(join(outputPath, 'index', `${name}.pf_index`), bytes);
		plan.meta[2] = plan.listed;
		const body = encodeCbor(plan.meta);
		const hash = contentName(plan.language, body, 10);
		await writeFile(join(outputPath, `pagefind.${hash}.pf_meta`), pack(body));
		const info = entry.languages[plan.language]!;
		info.hash = hash;
		info[RECUT_MARK] = limit;
		done.push({ language: plan.language, before: plan.chunks.length, after: plan.listed.length });
	}
	// Languages without a chunk to cut are marked too: the whole index has been through this step.
	for (const info of Object.values(entry.languages)) if (info.wasm === null) info[RECUT_MARK] = limit;
	await writeFile(entryFile, JSON.stringify(entry));
	for (const plan of plans) {
		const listedFiles = new Set(plan.listed.map(([, , hash]) => join(outputPath, 'index', `${hash}.pf_index`)));
		for (const file of plan.replaced) if (!listedFiles.has(file)) await rm(file);
		if (join(outputPath, `pagefind.${entry.languages[plan.language]!.hash}.pf_meta`) !== plan.metaFile) await rm(plan.metaFile);
	}
	return done;
}
