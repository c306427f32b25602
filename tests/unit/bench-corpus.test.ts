import { describe, expect, it } from 'vitest';
import { corpus, countWords, vocabulary } from '../../scripts/bench-corpus.mjs';
import { parseContentFile } from '../../src/core/content-file';
import { articleSchema } from '../../src/features/articles/article-schema';
import { incidentSchema } from '../../src/features/status/incident-schema';
import { noticeSchema } from '../../src/features/notices/notice-schema';

const ids = {
	categories: ['orders', 'payment', 'delivery'],
	services: ['website', 'live-chat', 'payment-gateway'],
	regions: ['tehran', 'shiraz'],
	channels: ['live-chat', 'isfahan'],
};
const files: Map<string, string> = corpus(100, { seed: 1, ids });

describe('bench corpus', () => {
	it('is the same for the same seed, and different for another', () => {
		expect([...corpus(100, { seed: 1, ids })]).toEqual([...files]);
		expect(corpus(100, { seed: 2, ids }).get('src/content/articles/fa/synthetic-article-1.mdx')).not.toBe(files.get('src/content/articles/fa/synthetic-article-1.mdx'));
	});

	it('has articles in every locale and one notice and incident per 50 articles', () => {
		const count = (pattern: RegExp) => [...files.keys()].filter((path) => pattern.test(path)).length;
		expect(count(/articles\/(fa|ar|en)\//)).toBe(300);
		expect(count(/notices\/fa\//)).toBe(2);
		expect(count(/incidents\/ar\//)).toBe(2);
	});

	it('passes the strict reader and the schemas, with every instant quoted with an offset', () => {
		for (const [path, text] of files) {
			const { data } = parseContentFile(text, path);
			const schema = path.includes('/articles/') ? articleSchema : path.includes('/notices/') ? noticeSchema : incidentSchema;
			const result = schema.safeParse(data);
			expect(result.success, `${path}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
			expect(text).not.toMatch(/[&*]\w+\s*$|<<:/m);
			for (const instant of text.matchAll(/^\s*(?:- )?(?:at|start|end): (.*)$/gm)) expect(instant[1]).toMatch(/^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+03:30"$/);
		}
	});

	it('writes articles of 400–700 words with headings, lists, links and the editor components', () => {
		for (const [path, text] of files) {
			if (!path.includes('/articles/')) continue;
			const body = parseContentFile(text, path).body;
			const words = countWords(body);
			expect(words, path).toBeGreaterThanOrEqual(400);
			expect(words, path).toBeLessThanOrEqual(700);
			expect(body).toMatch(/^## /m);
			expect(body).toMatch(/^### /m);
			expect(body).toMatch(/^- /m);
			expect(body).toMatch(/<Steps>\n\n1\. [^\n]+\n2\. /);
			expect(body).toMatch(/<Callout type="info">[^<]+<\/Callout>/);
			expect(body).toMatch(/<Question q="[^"*]+">[^<]+<\/Question>/);
			expect(body).toMatch(/\]\(\/(fa|ar|en)\/(go\/\d+|articles\/synthetic-article-\d+)\/\)/);
		}
	});

	it('writes Persian and Arabic in their own letters, from a vocabulary of thousands of words', () => {
		const fa = files.get('src/content/articles/fa/synthetic-article-3.mdx')!;
		const ar = files.get('src/content/articles/ar/synthetic-article-3.mdx')!;
		const letters = (text: string, pattern: RegExp) => (parseContentFile(text, 'x').body.match(pattern) ?? []).length;
		expect(letters(fa, /[\u0600-\u06ff]/g)).toBeGreaterThan(1500);
		expect(letters(fa, /[a-z]/gi)).toBeLessThan(200); // link targets, tags and markup only
		expect(fa).toMatch(/[پچژگ]/);
		expect(letters(ar, /[\u0600-\u06ff]/g)).toBeGreaterThan(1500);
		expect(ar).not.toMatch(/[پچژگ]/);
		expect(new Set(vocabulary('fa')).size).toBe(3000);
	});
});
