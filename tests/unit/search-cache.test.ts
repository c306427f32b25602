import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeKey, SearchCache } from '../../src/features/search/search-cache';
import type { SearchRecord } from '../../src/features/search/search-records';
import { bytesDigest } from '../../src/core/digest';
import { sharePageDigests, takePageDigests } from '../../src/core/built-pages';

const scratch = mkdtempSync(join(tmpdir(), 'bayan-search-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
const cacheDir = () => join(scratch, `cache-${made++}`);

const record: SearchRecord = {
	url: '/en/articles/a/',
	content: 'track order',
	language: 'en',
	meta: { title: 'Track', summary: 'Where it is', text: 'Track your order.', type: 'article' },
	filters: { type: ['article'] },
};

/** A `pagefind/` output folder with `files` (relative path → text). */
function output(files: Record<string, string>): string {
	const dir = join(scratch, `out-${made++}`, 'pagefind');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('SearchCache', () => {
	it('keys a record by its path, its HTML and the code, and stores it, or null, under that key', async () => {
		const cache = new SearchCache(cacheDir(), 'code-1');
		const html = Buffer.from('<html lang="en"><main>x</main></html>');
		const key = cache.recordKey('/en/articles/a/', html);
		expect(cache.recordKey('/en/articles/a/', Buffer.from(html))).toBe(key);
		expect(cache.recordKey('/en/articles/b/', html)).not.toBe(key);
		expect(cache.recordKey('/en/articles/a/', Buffer.from('<html lang="en"><main>y</main></html>'))).not.toBe(key);
		expect(new SearchCache(cache.dir, 'code-2').recordKey('/en/articles/a/', html)).not.toBe(key);
		// The same key from the digest the header step left, without the page's bytes.
		expect(cache.recordKeyOf('/en/articles/a/', bytesDigest(html))).toBe(key);
		expect(cache.recordKeyOf('/en/articles/a/', bytesDigest(Buffer.from('other')))).not.toBe(key);

		expect(await cache.record(key)).toBeUndefined();
		await cache.storeRecord(key, record);
		expect(await cache.record(key)).toEqual(record);
		const excluded = cache.recordKey('/en/articles/b/', html);
		await cache.storeRecord(excluded, null);
		expect(await cache.record(excluded)).toBeNull();
		// A damaged entry is a miss (the page is parsed again), not an error.
		writeFileSync(join(cache.dir, 'records', `${key}.json`), '{"url":');
		expect(await cache.record(key)).toBeUndefined();
	});

	it('prunes the records no page of this build used', async () => {
		const dir = cacheDir();
		const first = new SearchCache(dir, 'code');
		const kept = first.recordKey('/en/articles/a/', Buffer.from('a'));
		const gone = first.recordKey('/en/articles/b/', Buffer.from('b'));
		await first.storeRecord(kept, record);
		await first.storeRecord(gone, record);
		const next = new SearchCache(dir, 'code');
		next.recordKey('/en/articles/a/', Buffer.from('a'));
		await next.prune();
		expect(readdirSync(join(dir, 'records')).sort()).toEqual([`${kept}.json`]);
	});

	it('restores the stored index only for the same key, replacing what was there', async () => {
		const cache = new SearchCache(cacheDir(), 'code');
		const built = output({ 'pagefind.js': 'js', 'index/en_1.pf_index': 'chunk' });
		expect(await cache.restoreIndex('key-1', join(scratch, 'nowhere', 'pagefind'))).toBe(false);
		await cache.storeIndex('key-1', built);

		const target = output({ 'stale.txt': 'old' });
		expect(await cache.restoreIndex('key-2', target)).toBe(false);
		expect(readFileSync(join(target, 'stale.txt'), 'utf8')).toBe('old');
		expect(await cache.restoreIndex('key-1', target)).toBe(true);
		expect(existsSync(join(target, 'stale.txt'))).toBe(false);
		expect(readFileSync(join(target, 'index/en_1.pf_index'), 'utf8')).toBe('chunk');
		expect(readFileSync(join(target, 'pagefind.js'), 'utf8')).toBe('js');

		// A newer index replaces the stored one whole.
		await cache.storeIndex('key-3', output({ 'pagefind.js': 'js 3' }));
		expect(await cache.restoreIndex('key-1', target)).toBe(false);
		const third = output({});
		expect(await cache.restoreIndex('key-3', third)).toBe(true);
		expect(readdirSync(third)).toEqual(['pagefind.js']);
	});

	it('links the stored files into the site, and runs Pagefind again once one of them was changed in place', async () => {
		const cache = new SearchCache(cacheDir(), 'code');
		await cache.storeIndex('key', output({ 'pagefind.js': 'js', 'fragment/en_1.pf_fragment': 'fragment' }));
		const site = output({});
		expect(await cache.restoreIndex('key', site)).toBe(true);
		const stored = join(cache.dir, 'index', 'pagefind', 'fragment', 'en_1.pf_fragment');
		// The same file, not a copy: nothing was written, and replacing the site frees nothing.
		expect(statSync(join(site, 'fragment/en_1.pf_fragment')).ino).toBe(statSync(stored).ino);

		// Whatever writes into the published file writes into the cache's: that index is not used again.
		appendFileSync(join(site, 'fragment/en_1.pf_fragment'), ' changed');
		expect(await cache.restoreIndex('key', output({}))).toBe(false);

		// A cache restored without its files' times (as some CI caches are) is checked by hash and used.
		await cache.storeIndex('key', output({ 'pagefind.js': 'js', 'pagefind-entry.json': '{"a":1}' }));
		const entry = join(cache.dir, 'index', 'pagefind', 'pagefind-entry.json');
		utimesSync(entry, new Date(2000, 0, 1), new Date(2000, 0, 1));
		const again = output({});
		expect(await cache.restoreIndex('key', again)).toBe(true);
		expect(readFileSync(join(again, 'pagefind-entry.json'), 'utf8')).toBe('{"a":1}');
		// Not when a file of the same size holds other bytes, nor when one is gone.
		writeFileSync(entry, '{"b":2}');
		expect(await cache.restoreIndex('key', output({}))).toBe(false);
		rmSync(entry);
		expect(await cache.restoreIndex('key', output({}))).toBe(false);
	});

	it('has a code key that changes with the search code and with Pagefind’s version', async () => {
		const root = join(scratch, `root-${made++}`);
		for (const [path, text] of Object.entries({ 'src/features/search/a.ts': 'a', 'src/features/search/understanding/data/b.json': '{}', 'src/core/html.ts': 'html' })) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const key = await codeKey(root, '1.6.0');
		expect(await codeKey(root, '1.6.0')).toBe(key);
		expect(await codeKey(root, '1.7.0')).not.toBe(key);
		writeFileSync(join(root, 'src/features/search/understanding/data/b.json'), '{"x":1}');
		const edited = await codeKey(root, '1.6.0');
		expect(edited).not.toBe(key);
		writeFileSync(join(root, 'src/core/html.ts'), 'html 2');
		expect(await codeKey(root, '1.6.0')).not.toBe(edited);
	});
});

describe('page digests shared between build steps', () => {
	it('are taken once, for the output folder they were left for', () => {
		sharePageDigests('/site/dist', new Map([['/site/dist/en/index.html', 'abc']]));
		expect(takePageDigests('/other/dist').size).toBe(0);
		expect([...takePageDigests('/site/dist')]).toEqual([['/site/dist/en/index.html', 'abc']]);
		// A later build in the same process finds none: its pages are read.
		expect(takePageDigests('/site/dist').size).toBe(0);
	});
});
