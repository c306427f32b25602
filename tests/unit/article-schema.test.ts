import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/features/articles/article-schema';
import { categorySchema } from '../../src/features/articles/category-schema';

const valid = {
	title: 'سفارشم کجاست؟',
	summary: 'پیگیری سفارش در اپ و سایت.',
	category: 'orders',
	// As the content reader gives it: dates stay the strings written.
	updated: '2026-10-01',
	ref: 1,
};

/** The paths of the issues Zod reports, as Astro prints them ("updated", "tags.1"). */
function issuePaths(input: unknown): string[] {
	const result = articleSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('article frontmatter', () => {
	it('accepts the contract’s required fields, and every optional one', () => {
		expect(issuePaths(valid)).toEqual([]);
		expect(issuePaths({ ...valid, tags: ['ارسال'], related: ['x'], aliases: ['old-slug'], draft: true, services: ['website'] })).toEqual([]);
	});

	it.each(['title', 'summary', 'category', 'updated', 'ref'])('reports a missing %s at that field', (field) => {
		const input: Record<string, unknown> = { ...valid };
		delete input[field];
		expect(issuePaths(input)).toEqual([field]);
	});

	it.each([
		['ref', 'one', 'ref'],
		['ref', 0, 'ref'],
		['ref', 1.5, 'ref'],
		['updated', 'yesterday', 'updated'],
		['updated', '2026-02-30', 'updated'],
		['updated', new Date('2026-10-01T00:00:00Z'), 'updated'],
		['aliases', ['a'.repeat(81)], 'aliases.0'],
		['title', 42, 'title'],
		['title', '   ', 'title'],
		['category', 'Orders!', 'category'],
		['tags', 'orders', 'tags'],
		['related', ['Not A Slug'], 'related.0'],
		['draft', 'yes', 'draft'],
	])('reports a mistyped %s (%j) at %s', (field, value, path) => {
		expect(issuePaths({ ...valid, [field]: value })).toEqual([path]);
	});

	it('names an unknown field in its own path and message', () => {
		const result = articleSchema.safeParse({ ...valid, colour: 'red' });
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect(issue.path).toEqual(['colour']);
		expect(issue.message).toContain('unknown field "colour"');
	});

	it('refuses bidi-override characters in titles (they can disguise text)', () => {
		expect(issuePaths({ ...valid, title: 'abc\u202Edef' })).toEqual(['title']);
	});

	it('turns the date into midnight UTC of that day', () => {
		const result = articleSchema.safeParse(valid);
		expect(result.success && result.data.updated.toISOString()).toBe('2026-10-01T00:00:00.000Z');
	});

	it('accepts a quoted date that is a real day', () => {
		const result = articleSchema.safeParse({ ...valid, updated: '2026-02-28' });
		expect(result.success && result.data.updated.toISOString()).toBe('2026-02-28T00:00:00.000Z');
	});
});

describe('category file', () => {
	const category = { name: { fa: 'سفارش‌ها', ar: 'الطلبات', en: 'Orders' }, order: 1, icon: 'box' };

	it('accepts a category named in every language', () => {
		expect(categorySchema.safeParse(category).success).toBe(true);
	});

	it('requires a name in every language', () => {
		const result = categorySchema.safeParse({ ...category, name: { fa: 'سفارش‌ها', en: 'Orders' } });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name.ar']);
	});

	it('refuses an unknown icon', () => {
		const result = categorySchema.safeParse({ ...category, icon: 'rocket' });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['icon']);
	});
});
