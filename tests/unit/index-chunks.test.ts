import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor-x';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTerms, pieces, rechunkIndex, shortEnd } from '../../src/features/search/index-chunks';
import { writeIndex } from '../../src/features/search/pagefind-integration';
import type { SearchRecord } from '../../src/features/search/search-records';

/**
 * Slices of Pagefind's index chunks must change what a search fetches, never what it finds.
 * Proven with the real Pagefind: one index written by Pagefind, a copy sliced very finely (so
 * almost every term meets a slice), and Pagefind's own browser code (pagefind.js and its
 * WebAssembly, run in Node) searching both for every word of the index, every beginning of
 * every word and words that are not there, one fresh instance per term and also one instance
 * for a whole run of terms (Pagefind keeps the chunks it loaded). Results must be identical:
 * pages, scores, matched words and their positions.
 */

// A small deterministic generator: the same corpus on every run.
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

const stems = [
	'سفارش',
	'سفار',
	'سفر',
	'پیگیری',
	'پیگیر',
	'پی',
	'ارسال',
	'ارس',
	'بازگشت',
	'باز',
	'بازار',
	'حساب',
	'حسابداری',
	'کد',
	'کدها',
	'رمز',
	'رمزعبور',
	'order',
	'orders',
	'ordering',
	'۱۲',
	'۱۲۳',
	'ورود',
	'ور',
	'ورق',
];
const suffixes = ['', 'ها', 'های', 'ی', 'ات', 'ش', 'تان', 'م'];

function corpus(): SearchRecord[] {
	const next = random(7);
	const words: string[] = [];
	for (const stem of stems) for (const suffix of suffixes) words.push(stem + suffix);
	// More distinct words sharing beginnings, so chunks hold deep and wide word trees.
	for (let i = 0; i < 400; i += 1) words.push(`${stems[i % stems.length]}${'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی'[Math.floor(next() * 32)]}${i % 7}`);
	return Array.from({ length: 260 }, (_, n) => {
		const content = Array.from({ length: 90 }, () => words[Math.floor(next() ** 2 * words.length)]).join(' ');
		return {
			url: `/fa/articles/page-${n}/`,
			content,
			language: 'fa',
			meta: { title: `صفحه ${n}`, summary: 'خلاصه', text: content.slice(0, 30), type: 'article' },
			filters: { type: ['article'] },
		};
	});
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
	search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] } | null>;
}

let instances = 0;
/** A fresh instance of Pagefind's browser module on the index in `dir`. */
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

/** A search's results as pages (their place in `pf_meta`'s page list: the fragment names differ), scores and matched words. */
const found = async (pagefind: Engine, term: string, pages: Map<string, number>) => ((await pagefind.search(term))?.results ?? []).map(({ id, score, words }) => [pages.get(id) ?? id, score, words]);

/** The language's `pf_meta`, decoded. */
function metaOf(dir: string): unknown[] {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
	return decode(gunzipSync(readFileSync(join(dir, `pagefind.${entry.languages.fa!.hash}.pf_meta`))).subarray(12)) as unknown[];
}

/** Each page's fragment name → its place in the page list. */
const pageIndex = (dir: string) => new Map((metaOf(dir)[1] as [string][]).map(([name], i) => [name, i]));

/** The words of every index chunk `pf_meta` lists, and the meta's chunk list. */
function chunkList(dir: string): { from: string; to: string; hash: string; words: string[] }[] {
	const meta = metaOf(dir);
	return (meta[2] as [string, string, string][]).map(([from, to, hash]) => {
		const chunk = decode(gunzipSync(readFileSync(join(dir, 'index', `${hash}.pf_index`))).subarray(12)) as [[string, ...unknown[]][]];
		return { from, to, hash, words: chunk[0].map(([word]) => word) };
	});
}

describe('pieces', () => {
	const words = ['سفار', 'سفارش', 'سفارشات', 'سفارشها', 'سفاری', 'سفر', 'سفرها', 'سلام'];
	const sizes = [10, 30, 15, 15, 10, 40, 30, 10];
	const beginnings = [
		...new Set(
			words.flatMap((word) =>
				Array.from(word).map((_, i) =>
					Array.from(word)
						.slice(0, i + 1)
						.join(''),
				),
			),
		),
	];
	const answering = (cut: ReturnType<typeof pieces>, term: string) => cut.filter((piece) => compareTerms(term, piece.from) >= 0 && compareTerms(term, piece.to) <= 0);

	it('gives every term the chunk holds words for pieces that hold all of them', () => {
		const cut = pieces(words, sizes, 'س', 40);
		expect(cut.length).toBeGreaterThan(3);
		for (const term of [...beginnings, 'سفارشا', 'سفب', 'سل', 'سم']) {
			const held = answering(cut, term).flatMap((piece) => words.slice(piece.start, piece.end));
			expect(
				held.filter((word) => word.startsWith(term)),
				term,
			).toEqual(words.filter((word) => word.startsWith(term)));
		}
	});

	it('answers a beginning too large for one piece with its whole subtree, and a word with its own piece', () => {
		const cut = pieces(words, sizes, 'س', 40);
		const own = (term: string) => answering(cut, term).map((piece) => words.slice(piece.start, piece.end));
		expect(own('سفار')).toEqual([words.slice(0, 5)]);
		expect(own('سفارش')).toEqual([['سفارش', 'سفارشات', 'سفارشها']]);
		expect(own('سفر')).toEqual([['سفر', 'سفرها']]);
	});

	it('begins no range before the chunk`s own, and keeps a chunk within the limit whole', () => {
		expect(pieces(words, sizes, 'سفارش', 40).every((piece) => compareTerms(piece.from, 'سفارش') >= 0)).toBe(true);
		expect(pieces(words, sizes, 'س', 1000).filter((piece) => piece.start === 0 && piece.end === words.length).length).toBeGreaterThan(0);
	});

	it('ends a range at the shortest string between its last word and the next piece', () => {
		const between = (last: string, next: string) => {
			const end = shortEnd(last, next);
			expect(compareTerms(last, end), `${last} ≤ ${end}`).toBeLessThanOrEqual(0);
			expect(compareTerms(end, next), `${end} < ${next}`).toBeLessThan(0);
			return end;
		};
		expect(between('apple', 'banana')).toBe('aq');
		expect(between('apple', 'cherry')).toBe('b');
		expect(between('سفارشات', 'سفر')).toBe('سفب');
		expect(between('ab', 'ac')).toBe('ab');
		expect(between('\uD7FFz', '\uE001')).toBe('\uD7FF{');
	});

	it('compares as Pagefind does, by code point (UTF-8), not by UTF-16 unit', () => {
		expect(compareTerms('\u{1F600}', '\uFF21')).toBeGreaterThan(0);
		expect('\u{1F600}' < '\uFF21').toBe(true);
	});
});

describe('re-chunked index (real Pagefind)', () => {
	let out: string;
	let original: string;
	let sliced: string;
	let restore: () => void;
	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'bayan-index-chunks-'));
		original = join(out, 'original');
		sliced = join(out, 'sliced');
		// A few English pages too: Pagefind stems English, and such a language keeps its chunks.
		const english = corpus()
			.slice(0, 40)
			.map((record, n) => ({ ...record, url: `/en/articles/page-${n}/`, language: 'en', content: record.content.replace(/[^\s]+/g, (word) => `w${word.length}x${word.codePointAt(0)! % 97}`) }));
		await writeIndex([...english, ...corpus()], original);
		cpSync(original, sliced, { recursive: true });
		await rechunkIndex(sliced, 300);
		restore = fileFetch();
	}, 120_000);
	afterAll(() => {
		restore?.();
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it('cuts Pagefind`s chunks into many smaller pieces of the same words', () => {
		const before = chunkList(original);
		const after = chunkList(sliced);
		expect(before.length).toBeGreaterThan(1);
		expect(after.length).toBeGreaterThan(before.length * 5);
		const all = (list: typeof before) => [...new Set(list.flatMap((chunk) => chunk.words))].sort(compareTerms);
		expect(all(after)).toEqual(all(before));
		// Each piece is a run of one of Pagefind's chunks, in its order.
		for (const piece of after) expect(before.some((chunk) => chunk.words.join(' ').includes(piece.words.join(' ')))).toBe(true);
		// Pagefind's chunk files are gone: every file of index/ is listed.
		expect(
			readdirSync(join(sliced, 'index'))
				.filter((name) => name.startsWith('fa_'))
				.sort(),
		).toEqual([...new Set(after.map((chunk) => `${chunk.hash}.pf_index`))].sort());
	});

	it('keeps the chunks of a language Pagefind stems (English), renaming only its fragments', () => {
		const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
		expect(entry(sliced).languages.en!.wasm).toBe('en');
		const english = (dir: string) => decode(gunzipSync(readFileSync(join(dir, `pagefind.${entry(dir).languages.en!.hash}.pf_meta`))).subarray(12)) as unknown[];
		expect(english(sliced)[2]).toEqual(english(original)[2]);
		expect((english(sliced)[1] as [string][]).map(([name]) => name)).not.toEqual((english(original)[1] as [string][]).map(([name]) => name));
	});

	it('renames each page`s fragment to a short name and lists it so, the fragment unchanged', async () => {
		const before = metaOf(original)[1] as [string, number][];
		const after = metaOf(sliced)[1] as [string, number][];
		expect(after.map(([, words]) => words)).toEqual(before.map(([, words]) => words));
		// One shared prefix (a digest of all the fragments), then the page's place in base 36.
		const prefix = after[0]![0].slice(0, -1);
		expect(prefix).toMatch(/^fa_[0-9a-f]{6,}$/);
		expect(after.map(([name]) => name)).toEqual(after.map((_, i) => `${prefix}${i.toString(36)}`));
		expect(new Set(after.map(([name]) => name)).size).toBe(after.length);
		for (const [i, [name]] of after.entries()) {
			expect(readFileSync(join(sliced, 'fragment', `${name}.pf_fragment`)).equals(readFileSync(join(original, 'fragment', `${before[i]![0]}.pf_fragment`))), name).toBe(true);
		}
		expect(readdirSync(join(sliced, 'fragment')).length).toBe(readdirSync(join(original, 'fragment')).length);
	});

	it('finds exactly what the unsliced index finds, term by term and over a session', { timeout: 240_000 }, async () => {
		const vocabulary = [...new Set(chunkList(original).flatMap((chunk) => chunk.words))];
		const beginnings = [
			...new Set(
				vocabulary.flatMap((word) =>
					Array.from(word).map((_, i) =>
						Array.from(word)
							.slice(0, i + 1)
							.join(''),
					),
				),
			),
		];
		const absent = vocabulary.slice(0, 60).map((word) => `${word}ژ`);
		// Every word, and every third beginning of a word (they are the ones that cross slices).
		const terms = [...new Set([...vocabulary, ...beginnings.filter((_, i) => i % 3 === 0), ...absent])];
		expect(terms.length).toBeGreaterThan(600);
		// One instance per side for the whole run: later searches see every chunk loaded before.
		const [before, after] = [await engine(original), await engine(sliced)];
		const [pagesBefore, pagesAfter] = [pageIndex(original), pageIndex(sliced)];
		let matched = 0;
		for (const term of terms) {
			const expected = await found(before, term, pagesBefore);
			expect(await found(after, term, pagesAfter), term).toEqual(expected);
			if (expected.length) matched += 1;
		}
		expect(matched).toBeGreaterThan(terms.length / 2);
		// A fresh instance per term: each search sees only the chunk (or slice) it loaded.
		for (const term of terms.filter((_, i) => i % 40 === 0)) {
			expect(await found(await engine(sliced), term, pagesAfter), term).toEqual(await found(await engine(original), term, pagesBefore));
		}
	});
});
