import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTerms, cutChunk, RECUT_MARK, recutIndex } from '../../src/features/search/index-chunks';
import { type CborValue, decodeCbor, encodeCbor } from '../../src/features/search/pagefind-cbor';
import { writeIndex } from '../../src/features/search/pagefind-integration';
import type { SearchRecord } from '../../src/features/search/search-records';

/**
 * The re-cut Persian index must change what a search fetches, never what it finds. Checked
 * twice: cheaply, with Pagefind 1.6's chunk choice and word matching written out below, over
 * every beginning, word, suffixed form and typo of a word list; and with the real Pagefind
 * (its browser module and WebAssembly, run in Node), an index it wrote against a re-cut copy,
 * one fresh instance per query (what a search finds depends on the chunks already loaded).
 */

// A small deterministic generator: the same corpus on every run.
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

const SUFFIXES = ['م', 'ت', 'ش', 'مان', 'تان', 'شان', 'ها', 'های', 'ی'];
const LETTERS = 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی';

/** Words sharing beginnings at every depth, and words that are beginnings of others. */
function vocabulary(next: () => number): string[] {
	const stems = ['سفارش', 'سفار', 'سفر', 'پیگیری', 'پیگیر', 'پی', 'ارسال', 'ارس', 'بازگشت', 'باز', 'بازار', 'حساب', 'حسابداری', 'کد', 'رمز', 'ورود', 'ور', 'ورق', 'س', 'و'];
	const words = new Set<string>();
	for (const stem of stems) for (const suffix of ['', 'ها', 'های', 'ی', 'ات', 'ش']) words.add(stem + suffix);
	for (let i = 0; i < 500; i += 1) words.add(`${stems[i % stems.length]}${LETTERS[Math.floor(next() * LETTERS.length)]}${LETTERS[Math.floor(next() * LETTERS.length)]}`);
	return [...words];
}

/** Terms a customer may type: every word, every beginning of one, suffixed forms, a letter dropped or changed. */
function typedTerms(words: readonly string[], next: () => number): string[] {
	const terms = new Set<string>();
	for (const word of words) {
		const points = Array.from(word);
		terms.add(word);
		for (let k = 1; k < points.length; k += 1) terms.add(points.slice(0, k).join(''));
		for (const suffix of SUFFIXES) terms.add(word + suffix);
		const at = Math.floor(next() * points.length);
		terms.add([...points.slice(0, at), ...points.slice(at + 1)].join(''));
		terms.add([...points.slice(0, at), LETTERS[Math.floor(next() * LETTERS.length)]!, ...points.slice(at + 1)].join(''));
	}
	terms.delete('');
	return [...terms];
}

/** A listed chunk for the written-out Pagefind: its range and its words. */
interface Listed {
	from: string;
	to: string;
	words: readonly string[];
}

/**
 * Pagefind 1.6's `request_indexes` (pagefind_web/src/lib.rs): every chunk whose range holds the
 * term; when none does, every chunk whose range holds it once both are cut to the shorter length.
 */
function chunksFor(chunks: readonly Listed[], term: string): Listed[] {
	const strict = chunks.filter((chunk) => compareTerms(term, chunk.from) >= 0 && compareTerms(term, chunk.to) <= 0);
	if (strict.length) return strict;
	const points = Array.from(term);
	const cut = (text: string, length: number) => Array.from(text).slice(0, length).join('');
	return chunks.filter((chunk) => {
		const fromLength = Math.min(points.length, Array.from(chunk.from).length);
		const toLength = Math.min(points.length, Array.from(chunk.to).length);
		return compareTerms(cut(term, fromLength), cut(chunk.from, fromLength)) >= 0 && compareTerms(cut(term, toLength), cut(chunk.to, toLength)) <= 0;
	});
}

/**
 * Pagefind 1.6's `find_word_extensions` (pagefind_web/src/search.rs) for each term of a query,
 * over every word the query loaded: the words starting with the term, or else the longest word
 * the term starts with.
 */
function matches(chunks: readonly Listed[], terms: readonly string[]): string[][] {
	const loaded = new Set(terms.flatMap((term) => chunksFor(chunks, term).flatMap((chunk) => chunk.words)));
	return terms.map((term) => {
		const extensions = [...loaded].filter((word) => word.startsWith(term)).sort();
		if (extensions.length) return extensions;
		const longest = [...loaded].filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length)[0];
		return longest === undefined ? [] : [longest];
	});
}

/** Pagefind's chunks for a sorted word list: runs of about `size` bytes, ranges trimmed as its indexer trims them. */
function pagefindChunks(words: readonly string[], sizes: readonly number[], size: number): Listed[] {
	const runs: string[][] = [];
	let run: string[] = [];
	let total = 0;
	for (const [i, word] of words.entries()) {
		run.push(word);
		total += sizes[i]!;
		if (total >= size) {
			runs.push(run);
			run = [];
			total = 0;
		}
	}
	if (run.length) runs.push(run);
	const listed = runs.map((words) => ({ from: words[0]!, to: words.at(-1)!, words }));
	// pagefind/src/index/mod.rs `chunk_meta`: a chunk's `to` and the next one's `from` cut to one code point past what they share.
	for (let i = 0; i + 1 < listed.length; i += 1) {
		const [a, b] = [Array.from(listed[i]!.to), Array.from(listed[i + 1]!.from)];
		let shared = 0;
		while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
		const to = a.slice(0, shared + 1).join('');
		if (compareTerms(to, listed[i]!.from) >= 0) listed[i]!.to = to;
		listed[i + 1]!.from = b.slice(0, shared + 1).join('');
	}
	return listed;
}

/** Each chunk cut into pieces (of the chunk's words) as the re-cut does, with the given piece limit. */
function cut(chunks: readonly Listed[], sizes: ReadonlyMap<string, number>, limit: number, cutter = cutChunk): Listed[] {
	return chunks.flatMap((chunk) =>
		cutter(
			chunk.words,
			chunk.words.map((word) => sizes.get(word)!),
			chunk,
			limit,
		).map((piece) => ({ from: piece.from, to: piece.to, words: piece.words.map((i) => chunk.words[i]!) })),
	);
}

describe('cutChunk, with Pagefind`s chunk choice and matching written out', () => {
	const next = random(11);
	const words = vocabulary(next).sort(compareTerms);
	const sizes = new Map(words.map((word) => [word, 20 + Math.floor(next() * 200) + (word.length <= 2 ? 2000 : 0)]));
	const chunks = pagefindChunks(
		words,
		words.map((word) => sizes.get(word)!),
		6000,
	);
	const pieces = cut(chunks, sizes, 700);
	const terms = typedTerms(words, next);

	it('cuts the chunks into many pieces', () => {
		expect(chunks.length).toBeGreaterThan(3);
		expect(pieces.length).toBeGreaterThan(chunks.length * 5);
		expect(terms.length).toBeGreaterThan(5000);
	});

	it('gives every term the words it matches in Pagefind`s chunks: beginnings, words, suffixed forms, typos', () => {
		const differing = terms.filter((term) => JSON.stringify(matches(pieces, [term])) !== JSON.stringify(matches(chunks, [term])));
		expect(differing).toEqual([]);
		// Many of them are suffixed forms and typos that begin no word and fall back to a shorter one.
		const fallingBack = terms.filter((term) => !words.some((word) => word.startsWith(term)) && matches(pieces, [term])[0]!.length === 1);
		expect(fallingBack.length).toBeGreaterThan(1000);
	});

	it('finds nothing more or less without carrying the beginnings and the terms` own pieces (the design this replaces)', () => {
		// Runs of whole subtrees, nothing carried, no piece for a term a cut divides: a suffixed form
		// whose word ends the piece before finds nothing, a beginning finds half its words.
		const bare: typeof cutChunk = (chunkWords, chunkSizes, range, limit) =>
			cutChunk(chunkWords, chunkSizes, range, limit)
				.filter((piece) => piece.to !== piece.from && piece.to !== `${piece.from}\u0000`)
				.map((piece) => ({ ...piece, words: piece.words.filter((i) => compareTerms(chunkWords[i]!, piece.from) >= 0) }));
		const without = cut(chunks, sizes, 700, bare);
		const differing = terms.filter((term) => JSON.stringify(matches(without, [term])) !== JSON.stringify(matches(chunks, [term])));
		expect(differing.length).toBeGreaterThan(100);
	});

	it('answers two-word queries as Pagefind`s chunks do wherever those answer each word as they answer it alone', () => {
		const pick = random(5);
		let consistent = 0;
		let checked = 0;
		for (let i = 0; i < 3000; i += 1) {
			const query = [terms[Math.floor(pick() * terms.length)]!, words[Math.floor(pick() * words.length)]!];
			const whole = matches(chunks, query);
			// Pagefind matches each word against everything the query loaded, so a word may match more
			// beside another word whose chunk holds more of its extensions: there its answer is not its own.
			if (JSON.stringify(whole) !== JSON.stringify(query.map((term) => matches(chunks, [term])[0]))) continue;
			consistent += 1;
			expect(matches(pieces, query), query.join(' ')).toEqual(whole);
			checked += 1;
		}
		expect(checked).toBe(consistent);
		expect(consistent).toBeGreaterThan(2500);
	});

	it('lists pieces that together cover exactly each chunk`s range, every word of the chunk in one at least', () => {
		for (const chunk of chunks) {
			const own = cut([chunk], sizes, 700);
			expect(own[0]!.from).toBe(chunk.from);
			expect(own.some((piece) => piece.to === chunk.to)).toBe(true);
			for (const piece of own) {
				expect(compareTerms(piece.from, chunk.from)).toBeGreaterThanOrEqual(0);
				expect(compareTerms(piece.to, chunk.to)).toBeLessThanOrEqual(0);
			}
			expect(new Set(own.flatMap((piece) => piece.words))).toEqual(new Set(chunk.words));
		}
	});
});

describe('the CBOR Pagefind writes', () => {
	it('decodes and encodes back byte for byte, and refuses what Pagefind does not write', () => {
		const value: CborValue = [
			'1.6.0',
			[
				['fa_1', 300],
				['fa_2', 70000],
			],
			[['a', 'b', 'fa_3']],
			[],
			[-1, -25, 2 ** 40],
		];
		expect(decodeCbor(encodeCbor(value), 'x')).toEqual(value);
		expect(() => decodeCbor(Uint8Array.of(0xa0), 'map.cbor')).toThrow(/map\.cbor: CBOR major type 5/);
		expect(() => decodeCbor(Uint8Array.of(0x9f, 0xff), 'x')).toThrow(/no definite length/);
		expect(() => decodeCbor(Uint8Array.of(0x18, 0x05), 'x')).toThrow(/longer than needed/);
		expect(() => decodeCbor(Uint8Array.of(0x01, 0x02), 'x')).toThrow(/1 bytes after/);
	});
});

/** Records of a Persian site (and a few English pages, a stemmed language the re-cut leaves alone). */
function corpus(): SearchRecord[] {
	const next = random(7);
	const words = vocabulary(next);
	const persian = Array.from({ length: 240 }, (_, n) => {
		const content = Array.from({ length: 90 }, () => words[Math.floor(next() ** 2 * words.length)]).join(' ');
		return {
			url: `/fa/articles/page-${n}/`,
			content,
			language: 'fa',
			meta: { title: `صفحه ${n}`, summary: 'خلاصه', text: content.slice(0, 30), type: n % 5 ? ('article' as const) : ('notice' as const) },
			filters: { type: [n % 5 ? 'article' : 'notice'], category: [`c${n % 3}`] },
		};
	});
	const english = persian
		.slice(0, 40)
		.map((record, n) => ({ ...record, url: `/en/articles/page-${n}/`, language: 'en', content: record.content.replace(/\S+/g, (word) => `w${word.length}x${word.codePointAt(0)! % 97}`) }));
	return [...english, ...persian];
}

/** Serves `fetch` of file: URLs from disk, as a static host serves the index. */
function fileFetch(): () => void {
	const original = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request) => {
		const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
		if (url.protocol !== 'file:') return original(input);
		try {
			return new Response(await readFile(fileURLToPath(url)));
		} catch {
			return new Response('not found', { status: 404 });
		}
	};
	return () => {
		globalThis.fetch = original;
	};
}

interface Engine {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; score: number; words: number[] }[] } | null>;
}

let instances = 0;
/** A fresh instance of Pagefind's browser module on the index in `dir` (nothing loaded yet). */
async function engine(dir: string): Promise<Engine> {
	instances += 1;
	const module = (await import(/* @vite-ignore */ `${pathToFileURL(join(dir, 'pagefind.js')).href}?instance=${instances}`)) as Engine;
	await module.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/', excerptLength: 0, noWorker: true });
	const global = globalThis as { document?: unknown };
	global.document = { querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? 'fa' : null) } : null) };
	try {
		await module.init();
	} finally {
		delete global.document;
	}
	return module;
}

/** What a query finds in a fresh instance: pages (fragment names, never renamed), scores and matched word positions. */
async function found(dir: string, query: string, filters?: Record<string, string>): Promise<unknown[]> {
	const search = await (await engine(dir)).search(query, filters ? { filters } : {});
	return (search?.results ?? []).map(({ id, score, words }) => [id, score, words]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

const entryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null; [RECUT_MARK]?: number }> };

/** The language's `pf_meta`, decoded. */
const metaOf = (dir: string, language = 'fa') => decodeCbor(gunzipSync(readFileSync(join(dir, `pagefind.${entryOf(dir).languages[language]!.hash}.pf_meta`))).subarray(12), 'pf_meta') as CborValue[];

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (name.isFile()) {
			const path = join(name.parentPath, name.name);
			found.set(path.slice(dir.length + 1), readFileSync(path));
		}
	}
	return found;
}

describe('re-cut index (real Pagefind, a fresh instance per query)', () => {
	let out: string;
	let original: string;
	let recut: string;
	let restore: () => void;
	const LIMIT = 400;
	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'bayan-index-chunks-'));
		original = join(out, 'original');
		recut = join(out, 'recut');
		// What the build writes before it cuts the index: Pagefind's own.
		await writeIndex(corpus(), original);
		cpSync(original, recut, { recursive: true });
		await recutIndex(recut, LIMIT);
		restore = fileFetch();
	}, 120_000);
	afterAll(() => {
		restore?.();
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it('cuts the Persian chunks into pieces, leaves the English index and every fragment as Pagefind wrote them', () => {
		const [before, after] = [metaOf(original)[2] as string[][], metaOf(recut)[2] as string[][]];
		expect(after.length).toBeGreaterThan(before.length * 5);
		expect(metaOf(recut)[1]).toEqual(metaOf(original)[1]);
		expect(metaOf(recut, 'en')).toEqual(metaOf(original, 'en'));
		expect(entryOf(recut).languages.en).toEqual(entryOf(original).languages.en);
		expect(entryOf(recut).languages.fa![RECUT_MARK]).toBe(LIMIT);
		const [a, b] = [files(original), files(recut)];
		for (const [path, bytes] of a) if (path.startsWith('fragment/') || path.startsWith('filter/')) expect(b.get(path)?.equals(bytes), path).toBe(true);
		// Every index file is listed, and none is left over.
		const listed = new Set([...after, ...(metaOf(recut, 'en')[2] as string[][])].map(([, , hash]) => `${hash}.pf_index`));
		expect(new Set(readdirSync(join(recut, 'index')))).toEqual(listed);
	});

	it('finds the same pages, scores and words as Pagefind`s own index for every kind of term', { timeout: 600_000 }, async () => {
		const next = random(3);
		const words = [
			...new Set(
				(metaOf(original)[2] as [string, string, string][]).flatMap(([, , hash]) =>
					(decodeCbor(gunzipSync(readFileSync(join(original, 'index', `${hash}.pf_index`))).subarray(12), hash) as [[[string]]])[0].map(([word]) => word),
				),
			),
		];
		const terms = typedTerms(words, next);
		// A sample of each kind: the whole list would take an instance pair per term.
		const sample = terms.filter((_, i) => i % 50 === 0);
		expect(sample.length).toBeGreaterThan(100);
		let matched = 0;
		for (const term of [...sample, 'بازگشتم', 'سفارشمان', 'س', 'سفار', 'پیگیریتان']) {
			const expected = await found(original, term);
			expect(await found(recut, term), term).toEqual(expected);
			if (expected.length) matched += 1;
		}
		expect(matched).toBeGreaterThan(sample.length / 2);
		// Suffixed forms find the pages of the word they begin with.
		expect((await found(recut, 'بازگشتم')).length).toBeGreaterThan(0);
	});

	it('finds the same for two-word queries, and with filters', { timeout: 300_000 }, async () => {
		const queries = ['پیگیری سفارش', 'سفارشمان ارسال', 'بازگشتم حساب', 'ورود رمزها', 'کد سفارشی', 'حسابداری بازار', 'پیگیرم سفر'];
		for (const query of queries) expect(await found(recut, query), query).toEqual(await found(original, query));
		for (const filters of [{ type: 'notice' }, { category: 'c1' }] as Record<string, string>[]) {
			for (const query of ['سفارش', 'بازگشتم', 'پی']) expect(await found(recut, query, filters), `${query} ${JSON.stringify(filters)}`).toEqual(await found(original, query, filters));
		}
	});

	it('names pieces by their content: the same index cut again gives the same files', async () => {
		const again = join(out, 'again');
		cpSync(original, again, { recursive: true });
		await recutIndex(again, LIMIT);
		expect(files(again)).toEqual(files(recut));
	});

	it('refuses an index it has already cut, changing nothing', async () => {
		const before = files(recut);
		await expect(recutIndex(recut, LIMIT)).rejects.toThrow(/already cut into pieces/);
		expect(files(recut)).toEqual(before);
	});

	it('refuses a chunk it cannot read before writing anything', async () => {
		const broken = join(out, 'broken');
		cpSync(original, broken, { recursive: true });
		const [, , hash] = (metaOf(broken)[2] as string[][]).at(-1)!;
		writeFileSync(join(broken, 'index', `${hash}.pf_index`), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Uint8Array.of(0xa0)])));
		const before = files(broken);
		await expect(recutIndex(broken, LIMIT)).rejects.toThrow(new RegExp(`${hash}\\.pf_index: CBOR major type 5`));
		expect(files(broken)).toEqual(before);
	});
});
