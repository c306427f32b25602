#!/usr/bin/env node
/**
 * Checks the Persian index re-cut (src/features/search/index-chunks.ts) on a real index: cuts
 * a copy of an index as Pagefind wrote it, then searches both with Pagefind's own browser
 * module and WebAssembly (in Node, one fresh instance per query: what a search finds depends
 * on the chunks already loaded) and counts the queries whose results differ: in pages or
 * matched positions, or in scores beyond float rounding (counted apart). Queries: words of the index, suffixed forms (م ت ش مان تان شان ها های ی),
 * typos (a letter dropped or changed), beginnings and two-word queries, drawn at random
 * (`--seed`). Also prints the bytes each side's one-word searches fetch from `index/`.
 *
 *   node scripts/search-recut-check.mjs <pagefind dir, uncut> [--queries 2000] [--seed 1] [--language fa]
 *
 * The uncut index is what `writeIndex` writes before the build cuts it, e.g. a bench build's
 * `dist/pagefind` made before the re-cut existed. Prints JSON; exits 1 when a one-word query
 * differs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { recutIndex } from '../src/features/search/index-chunks.ts';
import { decodeCbor } from '../src/features/search/pagefind-cbor.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? fallback : args[at + 1];
};
const source = args[0];
if (!source || source.startsWith('--')) {
	console.error('Usage: node scripts/search-recut-check.mjs <pagefind dir, uncut> [--queries 2000] [--seed 1] [--language fa]');
	process.exit(2);
}
const count = Number(option('queries', '2000'));
const language = option('language', 'fa');
let state = Number(option('seed', '1'));
const random = () => {
	state = (state * 1103515245 + 12345) % 2 ** 31;
	return state / 2 ** 31;
};

const scratch = mkdtempSync(join(tmpdir(), 'bayan-recut-check-'));
const original = join(scratch, 'original');
const recut = join(scratch, 'recut');
cpSync(resolve(source), original, { recursive: true });
cpSync(resolve(source), recut, { recursive: true });
const started = performance.now();
const done = await recutIndex(recut);
const cutMs = Math.round(performance.now() - started);

const entryOf = (dir) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
const metaFile = (dir) => join(dir, `pagefind.${entryOf(dir).languages[language].hash}.pf_meta`);
const chunksOf = (dir) => decodeCbor(gunzipSync(readFileSync(metaFile(dir))).subarray(12), metaFile(dir))[2];

// The index's words, most pages first.
const words = [];
for (const [, , hash] of chunksOf(original)) {
	const file = join(original, 'index', `${hash}.pf_index`);
	for (const [word, pages] of decodeCbor(gunzipSync(readFileSync(file)).subarray(12), file)[0]) words.push([word, pages.length]);
}
words.sort((a, b) => b[1] - a[1]);
const letters = [...new Set(words.flatMap(([word]) => Array.from(word)))].filter((letter) => /\p{L}/u.test(letter));
const suffixes = ['م', 'ت', 'ش', 'مان', 'تان', 'شان', 'ها', 'های', 'ی'];
// Customers type common words more often: words drawn with a bias to the frequent ones.
const word = () => words[Math.floor(random() ** 2 * words.length)][0];
const typo = (text) => {
	const points = Array.from(text);
	const at = Math.floor(random() * points.length);
	return random() < 0.5
		? [...points.slice(0, at), ...points.slice(at + 1)].join('') || text
		: [...points.slice(0, at), letters[Math.floor(random() * letters.length)], ...points.slice(at + 1)].join('');
};
const kinds = {
	word: () => word(),
	suffixed: () => word() + suffixes[Math.floor(random() * suffixes.length)],
	typo: () => typo(word()),
	beginning: () => {
		const points = Array.from(word());
		return points.slice(0, 1 + Math.floor(random() * points.length)).join('');
	},
	'two words': () => `${word()} ${[word, () => word() + suffixes[Math.floor(random() * suffixes.length)], () => typo(word())][Math.floor(random() * 3)]()}`,
};

const originalFetch = globalThis.fetch;
globalThis.fetch = async (input) => {
	const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
	if (url.protocol !== 'file:') return originalFetch(input);
	try {
		return new Response(await readFile(fileURLToPath(url)));
	} catch {
		return new Response('not found', { status: 404 });
	}
};
let instances = 0;
async function engine(dir) {
	instances += 1;
	const pagefind = await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?instance=${instances}`);
	await pagefind.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/', excerptLength: 0, noWorker: true });
	globalThis.document = { querySelector: (selector) => (selector === 'html' ? { getAttribute: (name) => (name === 'lang' ? language : null) } : null) };
	try {
		await pagefind.init();
	} finally {
		delete globalThis.document;
	}
	return pagefind;
}
/** A query's results in a fresh instance: [page, score, matched positions], by page. */
async function search(dir, query) {
	const found = await (await engine(dir)).search(query);
	return (found?.results ?? []).map(({ id, score, words }) => [id, score, words]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * Whether two answers differ: in pages or matched positions, or in a score by more than float
 * rounding. Pagefind sums a page's word scores in 32-bit floats in an order that depends on
 * what is loaded, so the same words can score a page 1e-7 apart (and swap equal results).
 */
function differ(a, b) {
	if (a.length !== b.length) return 'pages';
	for (const [i, [page, score, words]] of a.entries()) {
		const [otherPage, otherScore, otherWords] = b[i];
		if (page !== otherPage || JSON.stringify(words) !== JSON.stringify(otherWords)) return 'pages';
		if (Math.abs(score - otherScore) > 1e-6 * Math.abs(score)) return 'scores';
	}
	return a.some(([, score], i) => score !== b[i][1]) ? 'rounding' : undefined;
}

/** The bytes of `index/` files a one-word search loads, by Pagefind 1.6's rule (strict ranges, else loose). */
function fetchedBytes(dir, term) {
	const chunks = chunksOf(dir);
	const compare = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
	let hit = chunks.filter(([from, to]) => compare(term, from) >= 0 && compare(term, to) <= 0);
	if (!hit.length) {
		const cut = (text, length) => Array.from(text).slice(0, length).join('');
		const length = Array.from(term).length;
		hit = chunks.filter(
			([from, to]) => compare(cut(term, Math.min(length, Array.from(from).length)), cut(from, length)) >= 0 && compare(cut(term, Math.min(length, Array.from(to).length)), cut(to, length)) <= 0,
		);
	}
	return [...new Set(hit.map(([, , hash]) => hash))].reduce((sum, hash) => sum + statSync(join(dir, 'index', `${hash}.pf_index`)).size, 0);
}

const report = { language, cut: done, cutMs, queries: {}, differing: [], oneWordBytes: {} };
const names = Object.keys(kinds);
for (let i = 0; i < count; i += 1) {
	const kind = names[i % names.length];
	const query = kinds[kind]();
	const [a, b] = [await search(original, query), await search(recut, query)];
	const tally = (report.queries[kind] ??= { queries: 0, found: 0, differing: 0, roundingOnly: 0 });
	tally.queries += 1;
	if (a.length) tally.found += 1;
	const difference = differ(a, b);
	if (difference === 'rounding') tally.roundingOnly += 1;
	else if (difference) {
		tally.differing += 1;
		// A word of a two-word query matches against every word the query loaded, its own chunk's
		// and the other word's: whether Pagefind's own answer depends on the other word shows here.
		const alone = kind === 'two words' ? (await Promise.all(query.split(' ').map((part) => search(original, part)))).map((result) => result.length) : undefined;
		if (report.differing.length < 20) report.differing.push({ kind, query, difference, original: a.length, recut: b.length, ...(alone ? { alone } : {}) });
	}
}
const sample = words.filter((_, i) => i % 10 === 0).map(([text]) => text);
const frequent = words.slice(20, 220).map(([text]) => text);
const average = (dir, list) => Math.round(list.reduce((sum, term) => sum + fetchedBytes(dir, term), 0) / list.length);
report.oneWordBytes = {
	pfMeta: { original: statSync(metaFile(original)).size, recut: statSync(metaFile(recut)).size },
	'every tenth word': { original: average(original, sample), recut: average(recut, sample) },
	'200 frequent words': { original: average(original, frequent), recut: average(recut, frequent) },
};
globalThis.fetch = originalFetch;
rmSync(scratch, { recursive: true, force: true });
console.log(JSON.stringify(report, null, 2));
const oneWord = Object.entries(report.queries).filter(([kind]) => kind !== 'two words');
process.exit(oneWord.some(([, tally]) => tally.differing > 0) ? 1 : 0);
