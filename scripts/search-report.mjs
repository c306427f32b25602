#!/usr/bin/env node
/**
 * `npm run search-report -- <export> [--dir dist] [--top 20] [--locale fa] [--json]`: what
 * customers searched for and did not find, as a list an editor can act on. Reads an export
 * of the `search_no_results` custom event from a self-hosted Plausible or Umami (README,
 * "What did customers search for and not find?"), merges the rows that fold to the same
 * query, and runs each of the most frequent through the site's own query pipeline against
 * the BUILT index, printing what the search finds for it today and, per word, whether the
 * index knows it, so the editor sees whether to add a synonym group, retitle or tag an
 * article, or write one.
 *
 * Accepted exports (the format is recognised from its content):
 * - CSV with a header row: the query in a column named `query`, `value` or `name`
 *   (Plausible's property breakdown, Umami's event-data values), a count in `events`,
 *   `total`, `count` or `visitors` (1 per row when absent), the page language in an optional
 *   `locale` column.
 * - JSON: an array of rows with those fields, or `{ "results": [...] }` (Plausible's Stats
 *   API breakdown by `event:props:query`); each row may also be one raw event
 *   (`{ "name": "search_no_results", "props": { "query": …, "locale": … } }`), counted once.
 * Rows of other events (a `name`/`event` of anything but `search_no_results` beside a
 * `query`) are skipped. Without a locale the script is guessed from the letters.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeForSearch } from '../src/features/search/normalize.ts';
import { searchQuery } from '../src/features/search/understanding/pipeline.ts';
import { knows } from '../src/features/search/understanding/understand.ts';
import { builtLexicon, installFileFetch } from './search-recall.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVENT = 'search_no_results';

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, newlines
 * and doubled quotes).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			if (row.some((value) => value !== '')) rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	row.push(field);
	if (row.some((value) => value !== '')) rows.push(row);
	return rows;
}

/** The language of a query from its letters, when the export does not say. */
export function guessLocale(query) {
	if (/[پچژگ]/.test(query) || /[یک]/.test(query)) return 'fa';
	if (/[\u0600-\u06FF]/.test(query)) return 'ar';
	return 'en';
}

const pick = (row, names) => {
	for (const name of names) if (row[name] !== undefined && row[name] !== '') return row[name];
	return undefined;
};

/**
 * Reads an export (see the file's header for the formats) into `{ query, locale, count }`
 * rows, one per row of the export.
 * @param {string} text the export's content
 * @returns {{ query: string, locale: string, count: number }[]}
 */
export function parseExport(text) {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	/** @type {Record<string, unknown>[]} */
	let rows;
	if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
		const data = JSON.parse(trimmed);
		rows = Array.isArray(data) ? data : Array.isArray(data.results) ? data.results : Array.isArray(data.data) ? data.data : [];
	} else {
		const [header = [], ...body] = parseCsv(trimmed);
		const names = header.map((name) => name.trim().toLowerCase());
		rows = body.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i]?.trim() ?? ''])));
	}
	const out = [];
	for (const raw of rows) {
		const row = { ...raw, ...(raw.props && typeof raw.props === 'object' ? raw.props : {}) };
		const event = pick(row, ['event', 'event_name', 'eventname', 'goal']) ?? (row.query !== undefined ? pick(row, ['name']) : undefined);
		if (event !== undefined && String(event) !== EVENT && String(event) !== `bayan:${EVENT}`) continue;
		const query = String(pick(row, ['query', 'event:props:query', 'value', 'name']) ?? '').trim();
		if (!query) continue;
		const count = Number(pick(row, ['events', 'total', 'count', 'visitors']) ?? 1);
		const locale = String(pick(row, ['locale', 'lang', 'language']) ?? guessLocale(query))
			.slice(0, 2)
			.toLowerCase();
		out.push({ query, locale, count: Number.isFinite(count) && count > 0 ? count : 1 });
	}
	return out;
}

/**
 * Merges rows that fold to the same query in the same language (ي/ی, ZWNJ, case, digits),
 * most frequent first; the spelling shown is the most frequent one.
 * @param {{ query: string, locale: string, count: number }[]} rows
 * @param {number} [top]
 */
export function topQueries(rows, top = 20) {
	const merged = new Map();
	for (const { query, locale, count } of rows) {
		const key = `${locale}\u0000${normalizeForSearch(query)}`;
		const entry = merged.get(key) ?? { locale, count: 0, spellings: new Map() };
		entry.count += count;
		entry.spellings.set(query, (entry.spellings.get(query) ?? 0) + count);
		merged.set(key, entry);
	}
	return [...merged.values()]
		.map(({ locale, count, spellings }) => ({ query: [...spellings].sort((a, b) => b[1] - a[1])[0][0], locale, count, spellings: spellings.size }))
		.sort((a, b) => b.count - a.count || a.query.localeCompare(b.query))
		.slice(0, top);
}

/**
 * What the site's search makes of one failed query today: the first results (any type, as
 * the search page searches), each meaningful word with whether the index knows it (as
 * typed or by a written form, stem, synonym or correction), and the advice that follows.
 * @param {import('../src/features/search/understanding/pipeline.ts').PagefindLike} pagefind
 * @param {import('../src/features/search/understanding/understand.ts').Lexicon} lex
 * @param {string} query
 */
export async function diagnose(pagefind, lex, query) {
	const { results, understood } = await searchQuery(pagefind, query, { lang: lex.lang, lexicon: lex });
	const found = await Promise.all(
		results.slice(0, 3).map(async (result) => {
			const { url, meta } = await result.data();
			return { url, title: meta.title ?? url };
		}),
	);
	const words = (understood?.units ?? [])
		.filter((unit) => !unit.optional)
		// A typo correction is a guess, not knowledge of the word: the editor should see it.
		.map((unit) => ({
			word: unit.source,
			known: unit.alternatives.some((a) => a.kind !== 'correction' && a.term.split(' ').every((w) => knows(lex, w))),
			...(unit.correction ? { correctedTo: unit.correction } : {}),
			via: unit.alternatives.map((a) => `${a.term} (${a.kind})`),
		}));
	const unknown = words.filter((word) => !word.known).map((word) => word.word);
	let advice;
	if (found.length && !unknown.length) advice = 'found now: check the first result answers it; if not, retitle it or add these words to its tags';
	else if (found.length)
		advice = `found now on the other words; add a synonym group linking ${unknown.map((w) => `«${w}»`).join(', ')} to the word the article uses (src/content/synonyms/${lex.lang}-….yaml), or add it to the article's tags`;
	else if (unknown.length) advice = `the index knows none of ${unknown.map((w) => `«${w}»`).join(', ')}: add a synonym group to the article's word, or write the article`;
	else advice = 'no page has these words together or apart: write the article';
	return { results: found, words, advice };
}

/** Loads the built site's Pagefind and lexicon for a language (fresh instance each). */
async function engineFor(outDir, locale) {
	const module = await import(`${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?report=${locale}`);
	await module.options({ basePath: pathToFileURL(join(outDir, 'pagefind')).href + '/', baseUrl: '/' });
	globalThis.document = { querySelector: (selector) => (selector === 'html' ? { getAttribute: (name) => (name === 'lang' ? locale : null) } : null) };
	await module.init();
	delete globalThis.document;
	const lex = await builtLexicon(outDir, locale, { whole: true });
	return { module, lex };
}

/**
 * The report: the top failed queries of an export, each diagnosed against a built site.
 * @param {{ file: string, outDir?: string, top?: number, locale?: string }} options
 */
export async function searchReport(options) {
	const outDir = resolve(root, options.outDir ?? process.env.BAYAN_OUT_DIR ?? 'dist');
	const rows = parseExport(await readFile(resolve(options.file), 'utf8')).filter((row) => !options.locale || row.locale === options.locale);
	const queries = topQueries(rows, options.top ?? 20);
	const restore = installFileFetch(outDir);
	const engines = new Map();
	try {
		const report = [];
		for (const entry of queries) {
			if (!engines.has(entry.locale)) engines.set(entry.locale, await engineFor(outDir, entry.locale).catch(() => undefined));
			const engine = engines.get(entry.locale);
			report.push({ ...entry, ...(engine ? await diagnose(engine.module, engine.lex, entry.query) : { results: [], words: [], advice: `no index for ${entry.locale} in ${outDir}` }) });
		}
		return { searches: rows.reduce((sum, row) => sum + row.count, 0), report };
	} finally {
		restore();
	}
}

/**
 * A string from an analytics export (or the index) made safe to print to a terminal: anyone
 * on the internet chooses the queries, so escape sequences (CSI, OSC, and other ESC-led
 * ones, 7- or 8-bit), every other C0/C1 control and DEL, and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that could recolour, rewrite or reorder what
 * the editor sees are removed. ZWNJ (U+200C), which Persian spelling needs, and the
 * LRM/RLM marks are kept.
 * @param {unknown} text
 * @returns {string}
 */
export function terminalSafe(text) {
	return String(text ?? '')
		.replace(/(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?/g, '')
		.replace(/(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g, '')
		.replace(/\x1b[ -/]*[0-~]?/g, '')
		.replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (name) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 ? args[index + 1] : undefined;
	};
	const valued = new Set(['--dir', '--top', '--locale'].flatMap((flag) => [flag, option(flag.slice(2))]));
	const file = args.find((arg) => !arg.startsWith('--') && !valued.has(arg));
	if (!file) {
		console.error('Usage: npm run search-report -- <plausible-or-umami-export.csv|json> [--dir dist] [--top 20] [--locale fa] [--json]');
		process.exit(2);
	}
	const { searches, report } = await searchReport({ file, outDir: option('dir'), top: Number(option('top') ?? 20), locale: option('locale') });
	if (args.includes('--json')) {
		console.log(JSON.stringify({ searches, report }, null, 2));
		process.exit(0);
	}
	console.log(`${searches} searches found nothing; the ${report.length} most frequent queries:\n`);
	const safe = terminalSafe;
	for (const [index, entry] of report.entries()) {
		console.log(`${index + 1}. [${safe(entry.locale)}] «${safe(entry.query)}» × ${entry.count}${entry.spellings > 1 ? ` (${entry.spellings} spellings)` : ''}`);
		for (const word of entry.words)
			console.log(
				`   ${word.known ? '✓' : '✗'} ${safe(word.word)}${word.known ? ` → ${word.via.slice(0, 4).map(safe).join(', ')}` : word.correctedTo ? ` (not in the index; read as «${safe(word.correctedTo)}», a typo guess)` : ' (not in the index)'}`,
			);
		if (entry.results.length) console.log(`   search finds now: ${entry.results.map((r) => `${safe(r.title)} <${safe(r.url)}>`).join(' · ')}`);
		console.log(`   → ${safe(entry.advice)}\n`);
	}
}
