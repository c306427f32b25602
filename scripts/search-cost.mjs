#!/usr/bin/env node
/**
 * What query understanding adds to a reader's FIRST search, in bytes over the wire, per
 * language and query: the same search run twice against the built index in fresh Pagefind
 * instances, once folded only (the search before understanding) and once through the
 * pipeline with the language's `understanding.<lang>.json`; the difference is the
 * understanding file plus any extra index chunks, filter and fragment files its extra
 * terms pull. Text files count gzipped (hosts compress them), Pagefind's own files as they
 * are (already gzipped). Both sides load the data of the first page of results, as the
 * search page does; those fragments are reported apart and not counted as added, since they
 * are the answers themselves (a search that found nothing fetched none). Our code for
 * understanding is added, measured by bundling it ({@link understandingCodeBytes}).
 *
 * Usage: `node scripts/search-cost.mjs [--dir dist] [--json]`; `npm run bench` imports
 * {@link measureSearchCost}.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { RERANK, searchQuery } from '../src/features/search/understanding/pipeline.ts';
import { builtLexicon, installFileFetch } from './search-recall.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Typical first searches, in customers' words (not taken from the recall set's held-out part). */
export const COST_QUERIES = {
	fa: ['چرا سفارشم نرسید', 'کد تخفیفم کار نمیکنه', 'پولم برنگشته'],
	ar: ['شلون ارجع الطلب', 'ليش الطلب متأخر', 'نسيت كلمة المرور'],
	en: ['where is my order', 'cant log in', 'refund for damaged item'],
};

// The search page's first page of results (src/features/search/browser/engine.ts, FIRST_PAGE).
const FIRST_PAGE = RERANK;
let instance = 0;

/**
 * Bytes one first search fetches.
 * @param {string} outDir built site
 * @param {string} lang page language
 * @param {string} query what the reader typed
 * @param {boolean} understanding whether to run query understanding
 */
async function firstSearchBytes(outDir, lang, query, understanding) {
	const files = new Map();
	const restore = installFileFetch(outDir, (path, body) => files.set(path, /\.(json|js|css)$/.test(path) ? gzipSync(body).length : body.length));
	try {
		const module = await import(`${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?cost=${instance++}`);
		await module.options({ basePath: pathToFileURL(join(outDir, 'pagefind')).href + '/', baseUrl: '/' });
		globalThis.document = { querySelector: (selector) => (selector === 'html' ? { getAttribute: (name) => (name === 'lang' ? lang : null) } : null) };
		await module.init();
		delete globalThis.document;
		let lex;
		// The core file, then the vocabulary parts this query reads, fetched (and counted) as in the browser.
		if (understanding) lex = await builtLexicon(outDir, lang);
		const { results, terms } = await searchQuery(module, query, { lang, lexicon: lex, rerank: FIRST_PAGE });
		await Promise.all(results.slice(0, FIRST_PAGE).map((result) => result.data()));
		// Result fragments apart: they are the answers shown, which a search that found nothing did not fetch.
		const sum = (pick) => [...files].filter(([path]) => pick(path)).reduce((total, [, size]) => total + size, 0);
		const fragments = sum((path) => path.includes(`${sep}fragment${sep}`));
		return { bytes: sum(() => true) - fragments, fragments, results: results.length, terms: terms.length };
	} finally {
		restore();
	}
}

/**
 * Our code that understanding adds to the search bundle, gzipped: the understanding modules
 * (src/features/search/understanding/) bundled and minified as Vite would, less the spelling folding
 * they import, which the search shipped before. Loaded with the first search, as the data.
 * Undefined when esbuild (Vite's) is not installed.
 */
export async function understandingCodeBytes() {
	let esbuild;
	try {
		esbuild = await import('esbuild');
	} catch {
		return undefined;
	}
	const size = async (contents) => {
		const built = await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
		return gzipSync(built.outputFiles[0].contents).length;
	};
	const folding = "export { expandQuery, normalizeForSearch } from './src/features/search/normalize.ts';";
	const understanding = `${folding}\nexport { searchQuery } from './src/features/search/understanding/pipeline.ts';\nexport { lexicon } from './src/features/search/understanding/understand.ts';`;
	return (await size(understanding)) - (await size(folding));
}

/**
 * Added first-search bytes per language and query.
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ lang: string, query: string, addedBytes: number, understandingBytes: number, terms: number }[]>}
 */
export async function measureSearchCost(options = {}) {
	const outDir = resolve(root, options.outDir ?? process.env.BAYAN_OUT_DIR ?? 'dist');
	const rows = [];
	const codeBytes = (await understandingCodeBytes()) ?? 0;
	for (const [lang, queries] of Object.entries(COST_QUERIES)) {
		// The whole data, core and every vocabulary part (a query fetches the core and the parts it reads).
		let understandingBytes = 0;
		for (const name of await readdir(join(outDir, 'pagefind'))) if (name.startsWith(`understanding.${lang}.`)) understandingBytes += gzipSync(await readFile(join(outDir, 'pagefind', name))).length;
		for (const query of queries) {
			const before = await firstSearchBytes(outDir, lang, query, false);
			const after = await firstSearchBytes(outDir, lang, query, true);
			rows.push({
				lang,
				query,
				// Data and index chunks as fetched, plus our code.
				addedBytes: after.bytes - before.bytes + codeBytes,
				codeBytes,
				understandingBytes,
				terms: after.terms,
				beforeBytes: before.bytes,
				afterBytes: after.bytes,
				fragmentBytes: { before: before.fragments, after: after.fragments },
				results: { before: before.results, after: after.results },
			});
		}
	}
	return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const dirAt = args.indexOf('--dir');
	const rows = await measureSearchCost({ outDir: dirAt >= 0 ? args[dirAt + 1] : undefined });
	const kb = (bytes) => (bytes / 1024).toFixed(1);
	if (args.includes('--json')) console.log(JSON.stringify(rows));
	else
		for (const row of rows)
			console.log(
				`${row.lang} «${row.query}»: +${kb(row.addedBytes)} KB (code ${kb(row.codeBytes)} KB, understanding file ${kb(row.understandingBytes)} KB, ${row.terms} terms searched; ${kb(row.beforeBytes)} → ${kb(row.afterBytes)} KB); results ${row.results.before} → ${row.results.after}, their fragments ${kb(row.fragmentBytes.before)} → ${kb(row.fragmentBytes.after)} KB`,
			);
}
