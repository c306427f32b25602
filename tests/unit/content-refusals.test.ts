import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusal } from '../support/content-harness';
import { fixtureContent, mdx } from '../support/tiny-site';

/**
 * Broken content stops the build naming the file and the field: checked in process through
 * the same loaders, schemas and cross-file rules a build runs (tests/support/content-harness.ts).
 * The real `npm run build` that proves the end-to-end path (non-zero exit, no dist/) is in
 * tests/build/article-failures.test.ts and tests/build/notice-failures.test.ts.
 */
describe('a broken article is refused', () => {
	it('names the file and the field of a cross-file error (unknown category)', async () => {
		const message = await refusal({ 'src/content/articles/en/lost-category.mdx': mdx('title: Lost\nsummary: Summary\ncategory: shipping\nupdated: 2026-11-01\nref: 999') });
		expect(message).toContain('src/content/articles/en/lost-category.mdx: category "shipping" is not a known category');
	});
});

describe('a broken notice is refused', () => {
	const noticeFile = 'src/content/notices/en/north-tehran-delivery-delay.mdx';

	it('names an offset-less start: the file, its line and the field', async () => {
		// The strict content reader keeps an unquoted time as the text written (no YAML
		// timestamps), so the schema itself refuses it, at its line, before any page renders.
		// The demo's notice as the browser suite keeps it: src/content is the owner's after `init --empty`.
		const source = readFileSync(join(fixtureContent, noticeFile.replace('src/content/', '')), 'utf8');
		const line = source.split('\n').findIndex((text) => text.startsWith('start: ')) + 1;
		expect(line).toBeGreaterThan(1);
		const broken = source.replace('start: "2026-11-21T18:00:00+03:30"', 'start: 2026-11-21T18:00:00');
		expect(broken).not.toBe(source);
		const message = await refusal({ [noticeFile]: broken });
		expect(message).toContain(`${noticeFile} (line ${line}, field "start"): the frontmatter does not match the schema: start: `);
		expect(message).toMatch(/start: .*must be a date-time with an offset/);
	});
});
