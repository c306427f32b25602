import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkData, readYamlFile } from '../../core/content-file';
import { takePageDigests } from '../../core/built-pages';
import { digestOf } from '../../core/digest';
import { codeKey, SearchCache } from './search-cache';
import { assertNoPagefindErrors, recordForPage, searchTypeOf, type SearchRecord } from './search-records';
import { listYamlFiles, shownFrom } from '../content/content-files';
import { synonymGroupSchema } from './synonyms-schema';
import { buildUnderstanding, splitUnderstanding, WordCounts } from './understanding/resources.ts';
import { understandingFile } from './understanding/understand.ts';

/**
 * Builds the search index when the site is built: one Pagefind index per language, from
 * custom records whose content is the folded text of `src/features/search/normalize.ts` (see
 * `src/features/search/search-records.ts`). Written to `<outDir>/pagefind/`. Any Pagefind error fails
 * the build, so a site never ships with a stale or partial index.
 */
export function pagefindIntegration(): AstroIntegration {
	let root = process.cwd();
	let cacheDir = join(root, 'node_modules/.astro');
	return {
		name: 'bayan:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const outputPath = join(outDir, 'pagefind');
				const cache = new SearchCache(join(cacheDir, 'bayan-search'), await codeKey(root, pagefindVersion(root)));
				const synonyms = await readSynonymGroups(join(root, 'src/content/synonyms'));
				const pages = await searchablePages(outDir, cache, takePageDigests(outDir));
				// Everything the index is made of: each page's record is a function of its key.
				const indexKey = digestOf(
					cache.code,
					synonyms,
					pages.map((page) => [page.path, page.key]),
				);
				const keyed = performance.now();
				if (await cache.restoreIndex(indexKey, outputPath)) {
					await cache.prune();
					logger.info(`search index unchanged (${pages.length} pages): restored from the cache, Pagefind not run`);
					// Reading and hashing the pages, then the copy that stands in for Pagefind.
					logger.info(`phase search records ${Math.round(keyed - started)} ms`);
					logger.info(`phase pagefind ${Math.round(performance.now() - keyed)} ms`);
					return;
				}
				// Pages are parsed while Pagefind (its own process) indexes the ones before them,
				// so the two use both cores instead of taking turns.
				const reading = recordsOf(pages, cache);
				const written = await writeIndex(reading.records, outputPath);
				const { indexed, words, parsed, ms } = reading.done();
				const read = started + ms;
				await writeUnderstanding(words, outputPath, synonyms);
				await cache.storeIndex(indexKey, outputPath);
				await cache.prune();
				const perLanguage = Object.entries(written)
					.map(([language, count]) => `${language} ${count}`)
					.join(', ');
				logger.info(`indexed ${indexed} pages (${perLanguage}); ${parsed} pages read anew, ${pages.length - parsed} records from the cache`);
				// `npm run bench` cuts its per-phase breakdown from these lines.
				logger.info(`phase search records ${Math.round(read - started)} ms`);
				logger.info(`phase pagefind ${Math.round(performance.now() - read)} ms`);
			},
		},
	};
}

/** The installed Pagefind's version (part of the cache key: another version may write another index). */
function pagefindVersion(root: string): string {
	try {
		return (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
	} catch {
		return 'unknown';
	}
}

/** A built page of a searchable kind: its URL path, file and record key. */
interface BuiltPage {
	path: string;
	file: string;
	key: string;
}

/**
 * Every page of a searchable kind in a built site, keyed (not parsed), by URL path: by the
 * digest of its bytes the header step left (`digests`, src/core/built-pages.ts), or else read
 * and hashed here. The HTML is not kept: a page whose record is not cached is read again when
 * it is parsed, so the step holds one page at a time, not the whole site (182 MB at 1,000
 * articles/locale).
 */
async function searchablePages(outDir: string, cache: SearchCache, digests: ReadonlyMap<string, string>): Promise<BuiltPage[]> {
	const pages: BuiltPage[] = [];
	for (const file of await htmlFiles(outDir)) {
		const path = urlPathOf(outDir, file);
		// Only pages of a searchable kind are read at all (lists, archives and /go/ stubs are most files).
		if (!searchTypeOf(path)) continue;
		const digest = digests.get(file);
		pages.push({ path, file, key: digest === undefined ? cache.recordKey(path, await readPage(file)) : cache.recordKeyOf(path, digest) });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

async function readPage(file: string): Promise<Buffer> {
	try {
		return await readFile(file);
	} catch (cause) {
		throw new Error(`Search index: cannot read ${file}`, { cause });
	}
}

/**
 * The records of `pages`, from the cache where a page is unchanged, else parsed (and cached),
 * yielded one by one as `records`; once they are all consumed, `done()` gives how many were
 * indexed, the words of each language counted for query understanding, how many pages were
 * parsed and the milliseconds spent producing them. Records are not kept once yielded.
 */
function recordsOf(
	pages: readonly BuiltPage[],
	cache: SearchCache,
): { records: AsyncIterable<SearchRecord>; done: () => { indexed: number; words: Map<string, WordCounts>; parsed: number; ms: number } } {
	const words = new Map<string, WordCounts>();
	let indexed = 0;
	let parsed = 0;
	let ms = 0;
	async function* produce(): AsyncGenerator<SearchRecord> {
		for (const page of pages) {
			const started = performance.now();
			let record = await cache.record(page.key);
			if (record === undefined) {
				record = recordForPage(page.path, (await readPage(page.file)).toString('utf8')) ?? null;
				await cache.storeRecord(page.key, record);
				parsed += 1;
			}
			if (record) {
				indexed += 1;
				(words.get(record.language) ?? words.set(record.language, new WordCounts()).get(record.language)!).add(record.content);
			}
			ms += performance.now() - started;
			if (record) yield record;
		}
	}
	return { records: produce(), done: () => ({ indexed, words, parsed, ms }) };
}

const urlPathOf = (outDir: string, file: string) => `/${relative(outDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/');

async function htmlFiles(dir: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		// /admin/ (the CMS) and Pagefind's own output are never indexed.
		if (entry.isDirectory() && !['admin', 'pagefind', '_astro'].includes(entry.name)) found.push(...(await htmlFiles(full)));
		else if (entry.isFile() && entry.name === 'index.html') found.push(full);
	}
	return found;
}

/** Pagefind's bundled UI files, which Bayan's own search UI replaces. */
export const unusedPagefindFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** How many records are sent to Pagefind before waiting for its answers. */
const ADD_BATCH = 64;

/** `pagefind-entry.json`: what the browser reads first; one `languages` entry per index. */
interface PagefindEntry {
	version: string;
	languages: Record<string, unknown>;
	include_characters?: unknown;
}

/**
 * Writes the records as Pagefind indexes (one per language); returns the page count per language.
 * `records` may be produced while Pagefind works: one batch is indexed while the next is made.
 *
 * Records must arrive grouped by language (the build sends them in URL order, and a page's
 * language is its URL's first segment): each language's index is written as soon as the
 * next language starts, by a Pagefind process of its own, so no process holds more than one
 * language. One process holding all three grew with the site, to 0.63 GB at 1,000
 * articles/locale and 1.8 GB at 3,000, the largest process of a cold build. Pagefind builds
 * each language's index from that language's pages alone, so the files are the same; only
 * `pagefind-entry.json`, which each write fills with its own languages, is merged here.
 */
export async function writeIndex(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>, outputPath: string): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	const entries: PagefindEntry[] = [];
	try {
		let current: { language: string; index: pagefind.PagefindIndex } | undefined;
		// In batches, not one awaited round trip per page: Pagefind's service takes requests
		// while it works on earlier ones, and a bounded batch keeps the pipe's buffer small.
		const send = async (index: pagefind.PagefindIndex, batch: readonly SearchRecord[]): Promise<void> => {
			const added = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta } })));
			for (const [i, result] of added.entries()) assertNoPagefindErrors('indexing a page', result.errors, batch[i]!.url);
			for (const record of batch) counts[record.language] = (counts[record.language] ?? 0) + 1;
		};
		// At most one batch in flight: Pagefind indexes it while the next one is made.
		let inFlight: Promise<void> = Promise.resolve();
		let batch: SearchRecord[] = [];
		const flush = async (): Promise<void> => {
			await inFlight;
			if (current && batch.length) await send(current.index, batch);
			batch = [];
		};
		const finish = async (): Promise<void> => {
			if (!current) return;
			await flush();
			const result = await current.index.writeFiles({ outputPath });
			assertNoPagefindErrors('writing the index', result.errors, `${outputPath}, language ${current.language}`);
			entries.push(readEntry(outputPath));
			// A new Pagefind process for the next language: dropping the index alone
			// (`deleteIndex`) left the process at half the size of all three at once (its
			// allocator keeps the freed memory); a fresh one holds only its own language.
			await pagefind.close();
			current = undefined;
		};
		for await (const record of records) {
			if (record.language !== current?.language) {
				await finish();
				if (counts[record.language] !== undefined) {
					throw new Error(`the records of language "${record.language}" did not arrive together (${record.url} came after another language's); each language's index is written once`);
				}
				const created = await pagefind.createIndex({});
				assertNoPagefindErrors('creating the index', created.errors);
				if (!created.index) throw new Error('Pagefind returned no index');
				current = { language: record.language, index: created.index };
				counts[record.language] = 0;
			}
			batch.push(record);
			if (batch.length < ADD_BATCH) continue;
			await inFlight;
			inFlight = send(current.index, batch);
			// Handled when awaited; until then a failure must not count as unhandled.
			inFlight.catch(() => {});
			batch = [];
		}
		await finish();
		if (entries.length === 0) {
			// No searchable page: still an (empty) index, so the search UI loads and finds nothing.
			const created = await pagefind.createIndex({});
			assertNoPagefindErrors('creating the index', created.errors);
			assertNoPagefindErrors('writing the index', (await created.index?.writeFiles({ outputPath }))?.errors, outputPath);
		}
		if (entries.length > 1) await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(mergeEntries(entries)));
		// Pagefind also writes its ready-made UIs (~430 KB); Bayan has its own, so they never ship.
		await Promise.all(unusedPagefindFiles.map((file) => rm(join(outputPath, file), { force: true })));
		await stripFragmentContent(join(outputPath, 'fragment'));
	} catch (cause) {
		throw new Error(`Search index could not be built: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
	} finally {
		await pagefind.close();
	}
	return counts;
}

/** The `pagefind-entry.json` Pagefind has just written to `outputPath`. */
function readEntry(outputPath: string): PagefindEntry {
	const file = join(outputPath, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry;
	if (typeof entry?.version !== 'string' || typeof entry.languages !== 'object' || entry.languages === null) {
		throw new Error(`${file} is not a Pagefind entry file this build knows (no version or languages)`);
	}
	return entry;
}

/**
 * One entry file for indexes written one language at a time: every language, in the order
 * Pagefind itself lists them (by code), with the fields common to all (version, characters).
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
	const [first] = entries;
	if (!first) throw new Error('no Pagefind entry to merge');
	for (const entry of entries) {
		if (entry.version !== first.version || JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)) {
			throw new Error(`Pagefind wrote entry files that disagree (version ${first.version} and ${entry.version}, or their characters)`);
		}
	}
	const languages = Object.fromEntries(entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	return { ...first, languages };
}

/** What Pagefind writes before the JSON of each (gzipped) fragment file. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Empties the `content` of every fragment Pagefind wrote: the folded index text of the whole
 * page, which Pagefind keeps only to cut excerpts, and the search UI shows none of Pagefind's
 * (it asks for `excerptLength: 0` and shows `meta.text`, the author's own words). Each result
 * of a first search fetches its fragment, so this is most of what ten results cost. The index
 * chunks hold the words and positions searching uses; they are left as they are.
 * @returns how many fragments were rewritten
 */
export async function stripFragmentContent(dir: string): Promise<number> {
	let names: string[];
	try {
		names = await readdir(dir);
	} catch (cause) {
		if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return 0;
		throw cause;
	}
	let stripped = 0;
	for (const name of names.filter((file) => file.endsWith('.pf_fragment'))) {
		const file = join(dir, name);
		const text = gunzipSync(await readFile(file)).toString('utf8');
		if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this build knows (no "${FRAGMENT_SIGNATURE}" signature)`);
		const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { content?: unknown };
		if (typeof fragment.content !== 'string') throw new Error(`${file}: a Pagefind fragment without text content`);
		fragment.content = '';
		await writeFile(file, gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify(fragment)}`, { level: 9 }));
		stripped += 1;
	}
	return stripped;
}

/**
 * The editors' synonym groups (`<dir>/<id>.yaml`, the `synonyms` collection) by language.
 * Read here rather than from the content layer, which build hooks cannot reach; checked
 * with the collection's own schema, so a file the build accepts here is one Astro accepts.
 */
export async function readSynonymGroups(dir: string): Promise<Record<string, string[][]>> {
	if (!existsSync(dir)) return {};
	const groups: Record<string, string[][]> = {};
	// Listed as the content layer lists the collection, then the one strict reader (no links or special files, no anchors, tags
	// or odd numbers) and the collection schema, naming file, field and line.
	for (const filePath of listYamlFiles(dir, shownFrom(process.cwd(), dir)).values()) {
		const checked = checkData(readYamlFile(resolve(filePath), filePath), synonymGroupSchema);
		if (checked.problems.length) throw checked.problems[0];
		(groups[checked.data!.locale] ??= []).push(checked.data!.terms);
	}
	return groups;
}

/**
 * Writes `understanding.<lang>.json` next to the index for every language indexed: the
 * stop words, spoken forms and synonyms the query side needs
 * (src/features/search/understanding/resources.ts), fetched with the first search; and the
 * vocabulary with page counts by first letter, `understanding.<lang>.<part>.json`, each
 * fetched when a query first reads a word of that letter.
 * @param words the words of each language's indexed records, counted page by page
 * @param editorSynonyms synonym groups per language from the `synonyms` collection
 */
export async function writeUnderstanding(words: ReadonlyMap<string, WordCounts>, outputPath: string, editorSynonyms: Record<string, string[][]> = {}): Promise<void> {
	await Promise.all(
		[...words].flatMap(([language, counted]) => {
			const { core, parts } = splitUnderstanding(buildUnderstanding(language, counted, editorSynonyms[language] ?? []));
			return [
				writeFile(join(outputPath, understandingFile(language)), JSON.stringify(core)),
				// Part keys are hex code points (partOf), so the names are plain ASCII.
				...[...parts].map(([key, text]) => writeFile(join(outputPath, understandingFile(language, key)), JSON.stringify(text))),
			];
		}),
	);
}
