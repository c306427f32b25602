import { describe, expect, it } from 'vitest';
import { checkArticles, ContentIntegrityError, assertNoProblems, type ArticleRecord } from '../../src/features/content/integrity';

function article(id: string, data: Partial<ArticleRecord['data']> = {}): ArticleRecord {
	return {
		id,
		filePath: `src/content/articles/${id}.mdx`,
		data: { title: 't', summary: 's', category: 'orders', updated: new Date(0), ref: 1, ...data },
	};
}
const known = { categories: ['orders', 'delivery'] };

describe('cross-file article rules', () => {
	it('accepts translations that share slug and ref', () => {
		expect(checkArticles([article('fa/a', { ref: 1 }), article('en/a', { ref: 1 }), article('fa/b', { ref: 2 })], known)).toEqual([]);
	});

	it('refuses an unknown category, naming file and field', () => {
		expect(checkArticles([article('fa/a', { category: 'shipping' })], known)).toEqual(['src/content/articles/fa/a.mdx: category "shipping" is not a known category (known: orders, delivery)']);
	});

	it('refuses the same ref on two different slugs', () => {
		const problems = checkArticles([article('fa/a', { ref: 7 }), article('fa/b', { ref: 7 })], known);
		expect(problems).toEqual(['src/content/articles/fa/b.mdx: ref 7 is already used by "a" (src/content/articles/fa/a.mdx); every article needs its own ref']);
	});

	it('refuses different refs on translations of one slug', () => {
		const problems = checkArticles([article('fa/a', { ref: 1 }), article('ar/a', { ref: 2 })], known);
		expect(problems).toEqual(['src/content/articles/ar/a.mdx: ref 2 differs from ref 1 in src/content/articles/fa/a.mdx; translations of one article share its ref']);
	});

	it('refuses a related slug that does not exist, and a self-reference', () => {
		const problems = checkArticles([article('fa/a', { related: ['b', 'ghost', 'a'] }), article('fa/b', { ref: 2 })], known);
		expect(problems).toEqual(['src/content/articles/fa/a.mdx: related[1] "ghost" is not the slug of any article', 'src/content/articles/fa/a.mdx: related[2] "a" is the article itself']);
	});

	it('accepts a related article that exists in another language only', () => {
		expect(checkArticles([article('en/a', { related: ['b'] }), article('fa/b', { ref: 2 })], known)).toEqual([]);
	});

	it('refuses a folder that is not a locale and a file name that is not a slug', () => {
		const problems = checkArticles([article('de/a'), article('fa/Track Order', { ref: 2 })], known);
		expect(problems[0]).toContain('folder "de" is not a site locale');
		expect(problems[1]).toContain('file name "Track Order" must be a lower-case Latin slug');
	});

	it('refuses a slug file name longer than a folder name may safely be', () => {
		const long = 'a'.repeat(81);
		const problems = checkArticles([article(`fa/${long}`)], known);
		expect(problems).toEqual([`src/content/articles/fa/${long}.mdx: file name "${'a'.repeat(40)}…" is 81 characters long; at most 80 are allowed (it becomes a folder name in the built site)`]);
	});

	it('refuses aliases that collide with a slug or with another article’s alias', () => {
		const problems = checkArticles([article('fa/a', { aliases: ['b', 'old'] }), article('fa/b', { ref: 2 }), article('fa/c', { ref: 3, aliases: ['old'] })], known);
		expect(problems).toEqual([
			'src/content/articles/fa/a.mdx: aliases[0] "b" is the slug of an existing article; an alias must be a retired slug',
			'src/content/articles/fa/c.mdx: aliases[0] "old" is already an alias of "a" (src/content/articles/fa/a.mdx)',
		]);
	});

	it('refuses unknown services', () => {
		expect(checkArticles([article('fa/a', { services: ['website', 'paymnt'] })], { ...known, services: ['website'] })).toEqual([
			'src/content/articles/fa/a.mdx: services[1] "paymnt" is not a known service (known: website)',
		]);
	});

	it('throws one error listing every problem', () => {
		expect(() => assertNoProblems(['x: one', 'y: two'])).toThrow(ContentIntegrityError);
		expect(() => assertNoProblems(['x: one', 'y: two'])).toThrow(/2 problems:\n {2}- x: one\n {2}- y: two/);
		expect(() => assertNoProblems([])).not.toThrow();
	});
});
