import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripFragmentContent, writeIndex } from '../../src/features/search/pagefind-integration';
import type { SearchRecord } from '../../src/features/search/search-records';
import { tempFolder } from '../support/temp-folder';

/** Each fragment file of `dir` as Pagefind will read it (gzip, signature, JSON). */
function fragments(dir: string): { url: string; content: string; meta: Record<string, string> }[] {
	return readdirSync(dir).map((name) => {
		const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
		expect(text.startsWith('pagefind_dcd')).toBe(true);
		return JSON.parse(text.slice('pagefind_dcd'.length));
	});
}

describe('Pagefind fragments without the index text', () => {
	it('keep url and meta (what results show) and drop the folded page text (real Pagefind)', { timeout: 60_000 }, async () => {
		const out = tempFolder('bayan-fragments-');
		const record = (url: string, content: string): SearchRecord => ({
			url,
			content,
			language: 'fa',
			meta: { title: `عنوان ${url}`, summary: 'خلاصه', text: 'متن نویسنده', type: 'article' },
			filters: { type: ['article'] },
		});
		// writeIndex strips as its last step; the page text must be gone from what it wrote.
		await writeIndex([record('/fa/articles/a/', 'پیگیری سفارش ارسال '.repeat(50)), record('/fa/articles/b/', 'بازگشت وجه '.repeat(50))], join(out, 'pagefind'));
		const written = fragments(join(out, 'pagefind', 'fragment'));
		expect(written.map((fragment) => fragment.url).sort()).toEqual(['/fa/articles/a/', '/fa/articles/b/']);
		for (const fragment of written) {
			expect(fragment.content).toBe('');
			expect(fragment.meta.title).toBe(`عنوان ${fragment.url}`);
			expect(fragment.meta.text).toBe('متن نویسنده');
		}
		// Run again on already stripped files: nothing left to drop, nothing broken.
		expect(await stripFragmentContent(join(out, 'pagefind', 'fragment'))).toBe(2);
		expect(fragments(join(out, 'pagefind', 'fragment')).every((fragment) => fragment.meta.summary === 'خلاصه')).toBe(true);
	});

	it('refuses a file that is not a Pagefind fragment rather than rewriting it', async () => {
		const dir = tempFolder('bayan-fragments-');
		writeFileSync(join(dir, 'x.pf_fragment'), gzipSync('{"content":"text"}'));
		await expect(stripFragmentContent(join(dir))).rejects.toThrow(/not a Pagefind fragment/);
	});

	it('has nothing to do without a fragment folder', async () => {
		expect(await stripFragmentContent(join(tmpdir(), 'bayan-no-such-folder'))).toBe(0);
	});
});
