#!/usr/bin/env node
/**
 * Search recall measured against the BUILT index: runs every query of a recall set through
 * Pagefind's own browser code (`<outDir>/pagefind/pagefind.js`, loaded in Node with a
 * file-backed `fetch`) and the same query pipeline the site's search box runs
 * (src/features/search/understanding/pipeline.ts), and prints recall@3 (the share of queries with
 * an acceptable article among the first three articles found) and the zero-result rate.
 *
 * Two sets: `spelling` (tests/fixtures/search-recall.json, spelling variants, must stay at
 * 100%) and `customer` (tests/fixtures/search-customer-recall.json, customer wording),
 * reported per class and separately for the tuned and held-out parts.
 *
 * Usage: `node scripts/search-recall.mjs [--set spelling|customer] [--dir dist] [--k 3] [--min 0.97]
 * [--json] [--misses] [--all-types]`; `--all-types` searches as the search page does, notices and
 * incidents included, and still counts only acceptable articles; `--baseline` runs the search as it
 * was before query understanding (folding only), for comparison; exits 1 when recall is below `--min` (default 0). `npm run bench`
 * imports {@link measureRecall}.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { searchQuery } from '../src/features/search/understanding/pipeline.ts';
import { addVocabularyPart, lexicon, understandingFile } from '../src/features/search/understanding/understand.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Serves `fetch` from the files of a built site, so Pagefind's browser module runs in
 * Node unchanged (it fetches its index relative to its own URL). `onRead` sees every file
 * served (scripts/search-cost.mjs counts them).
 */
export function installFileFetch(outDir, onRead = () => {}) {
	const original = globalThis.fetch;
	globalThis.fetch = async (input) => {
		const url = new URL(typeof input === 'string' ? input : input.url);
		if (url.protocol !== 'file:') return original(input);
		const path = fileURLToPath(url);
		if (!path.startsWith(outDir)) throw new Error(`Recall: refusing to read ${path} outside ${outDir}`);
		try {
			const body = await readFile(path);
			onRead(path, body);
			return new Response(body, { headers: { 'Content-Type': path.endsWith('.json') ? 'application/json' : path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } });
		} catch (cause) {
			return new Response(`not found: ${path} (${cause.code ?? cause})`, { status: 404 });
		}
	};
	return () => {
		globalThis.fetch = original;
	};
}

/**
 * A built site's lexicon for a language as the browser has it: the core file, and each
 * vocabulary part fetched (through `fetch`, so {@link installFileFetch} counts it) when a
 * query first reads it (or all of them at once with `whole`).
 * @param {string} outDir built site
 * @param {string} lang page language
 * @param {{ whole?: boolean }} [options]
 */
export async function builtLexicon(outDir, lang, { whole = false } = {}) {
	const url = (part) => pathToFileURL(join(outDir, 'pagefind', understandingFile(lang, part))).href;
	const response = await fetch(url());
	if (!response.ok) throw Object.assign(new Error(`Recall: ${url()} missing`), { code: 'ENOENT' });
	const lex = lexicon(await response.json(), async (part) => (await fetch(url(part))).json());
	// `whole`: every part at once, for tools that read the vocabulary outside a search.
	if (whole) for (const part of lex.parts?.all ?? []) addVocabularyPart(lex, part, await lex.loadPart(part));
	return lex;
}

/**
 * @typedef {{ query: string, locale: string, slug?: string, slugs?: string[], class?: string, heldOut?: boolean, note?: string }} RecallCase
 * @typedef {{ hits: number, total: number, zero: number }} Tally
 * @typedef {{ recall: number, hits: number, total: number, zero: number, k: number, groups: Record<string, Tally>,
 *   misses: { query: string, locale: string, slug: string, got: string[], group: string }[] }} RecallResult
 */

/** The clock notices are ranked against: the demo's (BAYAN_NOW), as the build used. */
function demoNow() {
	const now = process.env.BAYAN_NOW ? Date.parse(process.env.BAYAN_NOW) : Date.now();
	if (Number.isNaN(now)) throw new Error(`Recall: BAYAN_NOW is not a date: ${process.env.BAYAN_NOW}`);
	return now;
}

/** Recall sets by name. */
export const RECALL_SETS = {
	spelling: 'tests/fixtures/search-recall.json',
	customer: 'tests/fixtures/search-customer-recall.json',
};

/**
 * Runs the recall set against a built site.
 * @param {{ outDir?: string, fixture?: string, set?: keyof typeof RECALL_SETS, k?: number, allTypes?: boolean, baseline?: boolean }} [options]
 * @returns {Promise<RecallResult>}
 */
export async function measureRecall(options = {}) {
	const outDir = resolve(root, options.outDir ?? process.env.BAYAN_OUT_DIR ?? 'dist');
	const k = options.k ?? 3;
	/** @type {RecallCase[]} */
	const cases = JSON.parse(await readFile(options.fixture ?? join(root, RECALL_SETS[options.set ?? 'spelling']), 'utf8')).cases;
	const restore = installFileFetch(outDir);
	const engines = new Map();
	const misses = [];
	/** @type {Record<string, Tally>} */
	const groups = {};
	let hits = 0;
	let zero = 0;
	try {
		for (const { query, locale, slug, slugs, class: kind, heldOut } of cases) {
			let engine = engines.get(locale);
			if (!engine) {
				// A fresh module instance per language: Pagefind keeps one primary language per instance.
				const module = await import(`${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?lang=${locale}`);
				await module.options({ basePath: pathToFileURL(join(outDir, 'pagefind')).href + '/', baseUrl: '/' });
				// Pagefind picks its language from <html lang>, as it does on the site.
				globalThis.document = { querySelector: (selector) => (selector === 'html' ? { getAttribute: (name) => (name === 'lang' ? locale : null) } : null) };
				await module.init();
				await module.filters();
				delete globalThis.document;
				// The lexicon the browser fetches with the first search; absent in builds from before it existed.
				let lex;
				try {
					lex = await builtLexicon(outDir, locale);
				} catch (cause) {
					if (cause.code !== 'ENOENT') throw cause;
				}
				engine = { module, lex };
				engines.set(locale, engine);
			}
			// Articles only: notices and incidents come and go with the clock, and an active
			// delay notice rightly outranks the article for "my order is late".
			const { results } = await searchQuery(engine.module, query, {
				lang: locale,
				filters: options.allTypes ? {} : { type: 'article' },
				lexicon: options.baseline ? undefined : engine.lex,
				now: demoNow(),
			});
			const urls = await Promise.all(results.slice(0, k).map(async (result) => (await result.data()).url));
			const acceptable = (slugs ?? [slug]).map((s) => `/${locale}/articles/${s}/`);
			const hit = urls.some((url) => acceptable.includes(url));
			const group = `${heldOut ? 'held-out' : 'tuned'} ${locale} ${kind ?? 'spelling'}`;
			const tally = (groups[group] ??= { hits: 0, total: 0, zero: 0 });
			tally.total++;
			if (hit) tally.hits++;
			if (!results.length) tally.zero++;
			if (!results.length) zero++;
			if (hit) hits++;
			else misses.push({ query, locale, slug: (slugs ?? [slug]).join('|'), got: urls, group });
		}
	} finally {
		restore();
	}
	return { recall: cases.length ? hits / cases.length : 0, hits, total: cases.length, zero, k, groups, misses };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	const set = option('set', 'spelling');
	if (!(set in RECALL_SETS)) throw new Error(`Recall: unknown set ${set} (${Object.keys(RECALL_SETS).join(', ')})`);
	// `--fixture`: another file of the same shape (the browser suite's, whose business has another name).
	const result = await measureRecall({
		outDir: option('dir', undefined),
		set,
		fixture: option('fixture', undefined),
		k: Number(option('k', '3')),
		allTypes: args.includes('--all-types'),
		baseline: args.includes('--baseline'),
	});
	if (args.includes('--json')) {
		console.log(JSON.stringify(result));
		process.exit(0);
	}
	const percent = (part, whole) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;
	if (set === 'spelling' || args.includes('--misses')) {
		for (const miss of result.misses) console.log(`miss [${miss.group}] "${miss.query}" → expected ${miss.slug}, got ${miss.got.join(', ') || 'nothing'}`);
	}
	if (set !== 'spelling') {
		// Per class, then the tuned and held-out parts as wholes.
		const parts = {};
		for (const [group, tally] of Object.entries(result.groups).sort()) {
			console.log(`${group.padEnd(30)} recall@${result.k} ${percent(tally.hits, tally.total).padStart(6)} (${tally.hits}/${tally.total})  zero results ${tally.zero}`);
			const part = (parts[group.split(' ')[0]] ??= { hits: 0, total: 0, zero: 0 });
			part.hits += tally.hits;
			part.total += tally.total;
			part.zero += tally.zero;
		}
		for (const [part, tally] of Object.entries(parts)) {
			console.log(`${part}: recall@${result.k} ${percent(tally.hits, tally.total)} (${tally.hits}/${tally.total}), zero-result rate ${percent(tally.zero, tally.total)} (${tally.zero})`);
		}
	}
	console.log(`${set} search recall@${result.k}: ${percent(result.hits, result.total)} (${result.hits}/${result.total}), zero-result rate ${percent(result.zero, result.total)}`);
	if (result.recall < Number(option('min', '0'))) process.exit(1);
}
