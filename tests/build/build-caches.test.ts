import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SharedSite, sharedSite } from '../support/shared-site';
import { articleFrontmatter, buildProject, copyProject, mdx, removeScratchDirs, scratchDir } from '../support/tiny-site';

/**
 * The build's two content caches across real builds of the tiny site, on the same three
 * builds: the shared build (tests/support/shared-site.ts, which starts with empty caches)
 * draws every Open Graph card and reads every page for search; a copy of that site, with
 * copies of both caches, built again unchanged draws no card and restores the very same
 * `pagefind/` output without running Pagefind; then one English article gets a new title and
 * a word no page has, and the next build draws exactly that article's card again (the others
 * keep their cache files untouched, and their endpoints are restored, not rendered), reads
 * that page again, runs Pagefind, and the index holds the word. (One file since December 2026: the two caches were proved on two copies,
 * four builds, where one copy and two builds show both.)
 */
afterAll(removeScratchDirs, 120_000);

/** The copy's builds: unchanged, then with the English article edited. */
let first: SharedSite;
let dir = '';
let cache = '';
let unchanged = { status: null as number | null, output: '' };
let edited = { status: null as number | null, output: '' };
/** The copied Open Graph cache before the copy's first build: file name → modification time. */
let cacheBefore = new Map<string, number>();
/** The copied Open Graph cache after the unchanged build. */
let cacheUnchanged = new Map<string, number>();
/** The copy's `pagefind/` after the unchanged build (the edited build replaces `dist/`). */
let pagefindUnchanged = new Map<string, Buffer>();

const cacheFiles = (folder: string): Map<string, number> => new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));

/** Every file of a `pagefind/` output, relative path → bytes. */
const files = (folder: string): Map<string, Buffer> =>
	new Map(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(folder.length + 1), readFileSync(path)] as const;
			})
			.sort(([a], [b]) => a.localeCompare(b)),
	);

beforeAll(() => {
	first = sharedSite();
	if (first.status !== 0) return;
	// The same site again, with copies of the caches the first build left.
	dir = copyProject(first.dir);
	cache = join(scratchDir('bayan-og-cache-'), 'cache');
	cpSync(first.ogCache, cache, { recursive: true });
	cpSync(join(first.dir, '.cache/bayan-search'), join(dir, '.cache/bayan-search'), { recursive: true });
	cacheBefore = cacheFiles(cache);
	const env = { BAYAN_OG_CACHE_DIR: cache };
	unchanged = buildProject(dir, { env });
	if (unchanged.status !== 0) return;
	cacheUnchanged = cacheFiles(cache);
	pagefindUnchanged = files(join(dir, 'dist/pagefind'));
	// A new title (its card) and a word no page has (the search index).
	writeFileSync(
		join(dir, 'src/content/articles/en/track-your-order.mdx'),
		mdx(articleFrontmatter(1).replace(/^title: .*$/m, 'title: Where is my parcel now?'), '## English\n\nThe Zanzibarquokka courier brings parcels on Sundays.'),
	);
	// An incremental rebuild: only the edited article's card endpoint is rendered; every other
	// one is restored as it was, so no other card is even asked for.
	edited = buildProject(dir, { env });
}, 900_000);

describe('Open Graph cache across builds', () => {
	const counts = (output: string): { drawn: number; cached: number } => {
		const match = /Open Graph cards: (\d+) drawn, (\d+) from the cache/.exec(output);
		expect(match, output.slice(-3000)).not.toBeNull();
		return { drawn: Number(match?.[1]), cached: Number(match?.[2]) };
	};

	it('draws every card once, none for an unchanged site, and only the changed one after an edit', () => {
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const cold = counts(first.output);
		const cards = readdirSync(join(first.dist, 'og'), { recursive: true }).filter((name) => String(name).endsWith('.png'));
		expect(cold.drawn).toBeGreaterThan(0);
		expect(cold).toEqual({ drawn: cards.length, cached: 0 });
		expect(cacheFiles(first.ogCache).size).toBe(cards.length);
		expect([...cacheBefore.keys()].sort()).toEqual([...cacheFiles(first.ogCache).keys()].sort());

		expect(unchanged.status, unchanged.output.slice(-3000)).toBe(0);
		expect(counts(unchanged.output)).toEqual({ drawn: 0, cached: cards.length });
		expect(cacheUnchanged).toEqual(cacheBefore);

		expect(edited.status, edited.output.slice(-3000)).toBe(0);
		const endpoints = [...edited.output.matchAll(/[├└]─ (\/og\/\S+\.png) \((restored|\+)/g)];
		expect(endpoints).toHaveLength(cards.length);
		expect(endpoints.filter((line) => line[2] !== 'restored').map((line) => line[1])).toEqual(['/og/en/articles/track-your-order.png']);
		const after = cacheFiles(cache);
		const added = [...after.keys()].filter((name) => !cacheBefore.has(name));
		expect(added).toHaveLength(1);
		for (const [name, mtime] of cacheBefore) expect(after.get(name), name).toBe(mtime);
		// The new card is the one published for that article, and it differs from the old one.
		const published = readFileSync(join(dir, 'dist/og/en/articles/track-your-order.png'));
		expect(published.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
		expect(
			readFileSync(join(cache, added[0] ?? ''))
				.subarray(32)
				.equals(published),
		).toBe(true);
		expect(published.equals(readFileSync(join(first.dist, 'og/en/articles/track-your-order.png')))).toBe(false);
	});
});

describe('search cache across builds (src/features/search/search-cache.ts)', () => {
	/** Whether any English index chunk holds `word` (chunks are gzipped CBOR, whose strings are plain UTF-8). */
	const englishIndexHas = (pagefind: string, word: string): boolean =>
		[...files(join(pagefind, 'index'))].some(([name, bytes]) => name.startsWith('en_') && gunzipSync(bytes).includes(Buffer.from(word)));

	const indexed = (output: string) => {
		const match = /indexed (\d+) pages \([^)]*\); (\d+) pages read anew, (\d+) records from the cache/.exec(output);
		return match ? { pages: Number(match[1]), parsed: Number(match[2]), cached: Number(match[3]) } : undefined;
	};

	const RESTORED = /search index unchanged \(\d+ pages\): restored from the cache, Pagefind not run/;

	it('restores the same index for an unchanged site without Pagefind, and indexes an edited article again', () => {
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const cold = indexed(first.output);
		expect(cold, first.output.slice(-3000)).toBeDefined();
		expect(cold?.pages).toBeGreaterThan(3);
		expect(cold?.cached).toBe(0);
		expect(first.output).not.toMatch(RESTORED);
		const before = files(join(first.dist, 'pagefind'));
		expect([...before.keys()].some((name) => name.startsWith('index/en_'))).toBe(true);
		expect(englishIndexHas(join(first.dist, 'pagefind'), 'zanzibarquokka')).toBe(false);

		expect(unchanged.status, unchanged.output.slice(-3000)).toBe(0);
		expect(unchanged.output).toMatch(RESTORED);
		expect(indexed(unchanged.output)).toBeUndefined();
		expect([...pagefindUnchanged.keys()]).toEqual([...before.keys()]);
		for (const [name, bytes] of before) expect(pagefindUnchanged.get(name)?.equals(bytes), name).toBe(true);

		// The edited article is read again and Pagefind runs.
		expect(edited.status, edited.output.slice(-3000)).toBe(0);
		expect(edited.output).not.toMatch(RESTORED);
		const warm = indexed(edited.output);
		expect(warm?.pages).toBe(cold?.pages);
		expect(warm?.parsed).toBeGreaterThanOrEqual(1);
		expect(warm?.cached).toBeGreaterThan(0);
		expect(englishIndexHas(join(dir, 'dist/pagefind'), 'zanzibarquokka')).toBe(true);
	});
});
