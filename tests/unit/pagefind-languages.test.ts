import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { mergeEntries, stripFragmentContent, unusedPagefindFiles, writeIndex } from '../../src/features/search/pagefind-integration';
import type { SearchRecord } from '../../src/features/search/search-records';
import { tempFolder } from '../support/temp-folder';

/**
 * `writeIndex` builds one language at a time (so Pagefind's process holds one language's
 * index, not the site's). These prove, with the real Pagefind, that this writes exactly
 * the files one index of every language writes, and that it refuses records it could
 * only index wrongly.
 */

const words: Record<string, string[]> = {
	ar: ['تتبع', 'الطلب', 'الشحن', 'استرداد', 'المبلغ', 'الحساب'],
	en: ['track', 'order', 'shipping', 'refund', 'payment', 'account'],
	fa: ['پیگیری', 'سفارش', 'ارسال', 'بازگشت', 'وجه', 'حساب'],
};

function record(language: string, n: number): SearchRecord {
	const vocabulary = words[language] ?? [];
	const content = Array.from({ length: 40 }, (_, i) => vocabulary[(n * 7 + i * 3) % vocabulary.length]).join(' ');
	return {
		url: `/${language}/articles/page-${n}/`,
		content,
		language,
		meta: { title: `${language} ${n}`, summary: `summary ${n}`, text: content.slice(0, 40), type: 'article' },
		filters: { type: ['article'], category: [`c${n % 3}`] },
	};
}

/** Every file under `dir` with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	const walk = (at: string): void => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else found.set(relative(dir, path), readFileSync(path));
		}
	};
	walk(dir);
	return found;
}

/** What one Pagefind index of all languages writes, finished as `writeIndex` finishes its output. */
async function oneIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
	try {
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('no index');
		for (const item of records) await index.addCustomRecord({ ...item, meta: { ...item.meta } });
		await index.writeFiles({ outputPath });
	} finally {
		await pagefind.close();
	}
	const { rm } = await import('node:fs/promises');
	await Promise.all(unusedPagefindFiles.map((file) => rm(join(outputPath, file), { force: true })));
	await stripFragmentContent(join(outputPath, 'fragment'));
}

describe('writeIndex, one language at a time', () => {
	it('writes byte for byte what one index of every language writes (real Pagefind)', { timeout: 120_000 }, async () => {
		const out = tempFolder('bayan-pagefind-languages-');
		const records = ['ar', 'en', 'fa'].flatMap((language) => Array.from({ length: 12 }, (_, n) => record(language, n)));
		const counts = await writeIndex(records, join(out, 'split'));
		expect(counts).toEqual({ ar: 12, en: 12, fa: 12 });
		await oneIndex(records, join(out, 'whole'));
		const split = files(join(out, 'split'));
		const whole = files(join(out, 'whole'));
		expect([...split.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [path, bytes] of whole) expect(split.get(path)?.equals(bytes), path).toBe(true);
		const entry = JSON.parse(readFileSync(join(out, 'split', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages)).toEqual(['ar', 'en', 'fa']);
		expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([12, 12, 12]);
	});

	it('refuses records whose language comes back after another language was written', { timeout: 60_000 }, async () => {
		const out = tempFolder('bayan-pagefind-languages-');
		await expect(writeIndex([record('fa', 1), record('en', 1), record('fa', 2)], join(out, 'pagefind'))).rejects.toThrow(
			/records of language "fa" did not arrive together \(\/fa\/articles\/page-2\/ came after/,
		);
	});

	it('merges entry files in language order and refuses ones from different Pagefind versions', () => {
		const entry = (version: string, language: string) => ({ version, languages: { [language]: { hash: `${language}_1`, page_count: 1 } }, include_characters: ['_'] });
		expect(mergeEntries([entry('1.6.0', 'fa'), entry('1.6.0', 'ar')])).toEqual({
			version: '1.6.0',
			languages: { ar: { hash: 'ar_1', page_count: 1 }, fa: { hash: 'fa_1', page_count: 1 } },
			include_characters: ['_'],
		});
		expect(() => mergeEntries([entry('1.6.0', 'fa'), entry('1.5.0', 'ar')])).toThrow(/disagree/);
	});
});
