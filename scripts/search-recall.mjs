#!/usr/bin/env node
/**
 * Search recall on Persian/Arabic spelling variants, measured against the BUILT index:
 * runs every query of `tests/fixtures/search-recall.json` through Pagefind's own
 * browser code (`<outDir>/pagefind/pagefind.js`, loaded in Node with a file-backed
 * `fetch`) after the same query folding the site's search box applies, and prints
 * recall@3 (the share of queries whose expected article is among the first three
 * articles found).
 *
 * Usage: `node scripts/search-recall.mjs [--dir dist] [--k 3] [--min 0.97] [--json]`; exits 1 when
 * recall is below `--min` (default 0). `npm run bench` imports {@link measureRecall}.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expandQuery } from '../src/lib/normalize.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Serves `fetch` from the files of a built site, so Pagefind's browser module runs in
 * Node unchanged (it fetches its index relative to its own URL).
 */
function installFileFetch(outDir) {
	const original = globalThis.fetch;
	globalThis.fetch = async (input) => {
		const url = new URL(typeof input === 'string' ? input : input.url);
		if (url.protocol !== 'file:') return original(input);
		const path = fileURLToPath(url);
		if (!path.startsWith(outDir)) throw new Error(`Recall: refusing to read ${path} outside ${outDir}`);
		try {
			const body = await readFile(path);
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
 * @typedef {{ query: string, locale: string, slug: string, note?: string }} RecallCase
 * @typedef {{ recall: number, hits: number, total: number, k: number, misses: { query: string, locale: string, slug: string, got: string[] }[] }} RecallResult
 */

/**
 * Runs the recall set against a built site.
 * @param {{ outDir?: string, fixture?: string, k?: number }} [options]
 * @returns {Promise<RecallResult>}
 */
export async function measureRecall(options = {}) {
	const outDir = resolve(root, options.outDir ?? process.env.BAYAN_OUT_DIR ?? 'dist');
	const k = options.k ?? 3;
	/** @type {RecallCase[]} */
	const cases = JSON.parse(await readFile(options.fixture ?? join(root, 'tests/fixtures/search-recall.json'), 'utf8')).cases;
	const restore = installFileFetch(outDir);
	const engines = new Map();
	const misses = [];
	let hits = 0;
	try {
		for (const { query, locale, slug } of cases) {
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
				engine = module;
				engines.set(locale, engine);
			}
			// Articles only: notices and incidents come and go with the clock, and an active
			// delay notice rightly outranks the article for "my order is late".
			const search = await engine.search(expandQuery(query, { lang: locale }), { filters: { type: 'article' } });
			const urls = await Promise.all(search.results.slice(0, k).map(async (result) => (await result.data()).url));
			const expected = `/${locale}/articles/${slug}/`;
			if (urls.includes(expected)) hits++;
			else misses.push({ query, locale, slug, got: urls });
		}
	} finally {
		restore();
	}
	return { recall: cases.length ? hits / cases.length : 0, hits, total: cases.length, k, misses };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	const result = await measureRecall({ outDir: option('dir', undefined), k: Number(option('k', '3')) });
	if (args.includes('--json')) {
		console.log(JSON.stringify(result));
		process.exit(0);
	}
	for (const miss of result.misses) console.log(`miss [${miss.locale}] "${miss.query}" → expected ${miss.slug}, got ${miss.got.join(', ') || 'nothing'}`);
	console.log(`search recall@${result.k}: ${(result.recall * 100).toFixed(1)}% (${result.hits}/${result.total})`);
	if (result.recall < Number(option('min', '0'))) process.exit(1);
}
