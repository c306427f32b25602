import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { articleFrontmatter, buildProject, copyProject, mdx, removeScratchDirs, scratchDir } from '../support/tiny-site';

/**
 * Real builds of the tiny site sharing one Open Graph cache: the first (the shared build,
 * tests/support/shared-site.ts, which starts with an empty cache) draws every card; a second
 * build of the same site (a copy of it, with a copy of that cache) draws none, and changing
 * one article's title draws exactly that article's card again in an incremental rebuild
 * (the others keep their cache files untouched, and their endpoints are restored, not
 * rendered).
 */
afterAll(removeScratchDirs, 120_000);

const counts = (output: string): { drawn: number; cached: number } => {
	const match = /Open Graph cards: (\d+) drawn, (\d+) from the cache/.exec(output);
	expect(match, output.slice(-3000)).not.toBeNull();
	return { drawn: Number(match?.[1]), cached: Number(match?.[2]) };
};

const cacheFiles = (dir: string): Map<string, number> => new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));

describe('Open Graph cache across builds', () => {
	it('draws every card once, none for an unchanged site, and only the changed one after an edit', { timeout: 900_000 }, () => {
		const first = sharedSite();
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const cold = counts(first.output);
		const cards = readdirSync(join(first.dist, 'og'), { recursive: true }).filter((name) => String(name).endsWith('.png'));
		expect(cold.drawn).toBeGreaterThan(0);
		expect(cold).toEqual({ drawn: cards.length, cached: 0 });
		expect(cacheFiles(first.ogCache).size).toBe(cards.length);

		// The same site again, with the cache the first build left (a copy of it).
		const dir = copyProject(first.dir);
		const cache = join(scratchDir('bayan-og-cache-'), 'cache');
		cpSync(first.ogCache, cache, { recursive: true });
		const before = cacheFiles(cache);
		expect([...before.keys()].sort()).toEqual([...cacheFiles(first.ogCache).keys()].sort());
		const env = { BAYAN_OG_CACHE_DIR: cache };

		const second = buildProject(dir, { env });
		expect(second.status, second.output.slice(-3000)).toBe(0);
		expect(counts(second.output)).toEqual({ drawn: 0, cached: cards.length });
		expect(cacheFiles(cache)).toEqual(before);

		const article = join(dir, 'src/content/articles/en/track-your-order.mdx');
		writeFileSync(article, mdx(articleFrontmatter(1).replace(/^title: .*$/m, 'title: Where is my parcel now?')));
		// An incremental rebuild: only the edited article's card endpoint is rendered; every
		// other one is restored as it was, so no other card is even asked for.
		const third = buildProject(dir, { env });
		expect(third.status, third.output.slice(-3000)).toBe(0);
		const endpoints = [...third.output.matchAll(/[├└]─ (\/og\/\S+\.png) \((restored|\+)/g)];
		expect(endpoints).toHaveLength(cards.length);
		expect(endpoints.filter((line) => line[2] !== 'restored').map((line) => line[1])).toEqual(['/og/en/articles/track-your-order.png']);
		const after = cacheFiles(cache);
		const added = [...after.keys()].filter((name) => !before.has(name));
		expect(added).toHaveLength(1);
		for (const [name, mtime] of before) expect(after.get(name), name).toBe(mtime);
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
