import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { articleFrontmatter, buildProject, copyProject, mdx, removeScratchDirs } from '../support/tiny-site';

/**
 * Real builds of the tiny site sharing one search cache (src/features/search/search-cache.ts):
 * the shared build (tests/support/shared-site.ts, empty caches) reads every page and runs
 * Pagefind; the same site built again with a copy of that cache restores the very same
 * `pagefind/` output without running Pagefind; an article given a new word is read again,
 * Pagefind runs, and the index holds the word.
 */
afterAll(removeScratchDirs, 120_000);

/** Every file of a `pagefind/` output, relative path → bytes. */
const files = (dir: string): Map<string, Buffer> =>
	new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(dir.length + 1), readFileSync(path)] as const;
			})
			.sort(([a], [b]) => a.localeCompare(b)),
	);

/** Whether any English index chunk holds `word` (chunks are gzipped CBOR, whose strings are plain UTF-8). */
const englishIndexHas = (pagefind: string, word: string): boolean =>
	[...files(join(pagefind, 'index'))].some(([name, bytes]) => name.startsWith('en_') && gunzipSync(bytes).includes(Buffer.from(word)));

const indexed = (output: string) => {
	const match = /indexed (\d+) pages \([^)]*\); (\d+) pages read anew, (\d+) records from the cache/.exec(output);
	return match ? { pages: Number(match[1]), parsed: Number(match[2]), cached: Number(match[3]) } : undefined;
};

const RESTORED = /search index unchanged \(\d+ pages\): restored from the cache, Pagefind not run/;

describe('search cache across builds', () => {
	it('restores the same index for an unchanged site without Pagefind, and indexes an edited article again', { timeout: 900_000 }, () => {
		const first = sharedSite();
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const cold = indexed(first.output);
		expect(cold, first.output.slice(-3000)).toBeDefined();
		expect(cold?.pages).toBeGreaterThan(3);
		expect(cold?.cached).toBe(0);
		expect(first.output).not.toMatch(RESTORED);
		const before = files(join(first.dist, 'pagefind'));
		expect([...before.keys()].some((name) => name.startsWith('index/en_'))).toBe(true);
		expect(englishIndexHas(join(first.dist, 'pagefind'), 'zanzibarquokka')).toBe(false);

		// The same site again, with (a copy of) the search cache the first build left.
		const dir = copyProject(first.dir);
		cpSync(join(first.dir, '.cache/bayan-search'), join(dir, '.cache/bayan-search'), { recursive: true });
		const second = buildProject(dir);
		expect(second.status, second.output.slice(-3000)).toBe(0);
		expect(second.output).toMatch(RESTORED);
		expect(indexed(second.output)).toBeUndefined();
		const restored = files(join(dir, 'dist/pagefind'));
		expect([...restored.keys()]).toEqual([...before.keys()]);
		for (const [name, bytes] of before) expect(restored.get(name)?.equals(bytes), name).toBe(true);

		// One article gains a word no page has: that page is read again and Pagefind runs.
		writeFileSync(join(dir, 'src/content/articles/en/track-your-order.mdx'), mdx(articleFrontmatter(1), '## English\n\nThe Zanzibarquokka courier brings parcels on Sundays.'));
		const third = buildProject(dir);
		expect(third.status, third.output.slice(-3000)).toBe(0);
		expect(third.output).not.toMatch(RESTORED);
		const warm = indexed(third.output);
		expect(warm?.pages).toBe(cold?.pages);
		expect(warm?.parsed).toBeGreaterThanOrEqual(1);
		expect(warm?.cached).toBeGreaterThan(0);
		expect(englishIndexHas(join(dir, 'dist/pagefind'), 'zanzibarquokka')).toBe(true);
	});
});
