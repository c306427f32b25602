import { describe, expect, it } from 'vitest';
import { buildRedirectTable, pickLocale, redirectsFile, type PermalinkArticle } from '../../src/features/content/permalinks';
import { goPath } from '../../src/core/urls';
import { replyMarkdown, replyPlainText } from '../../src/features/sharing/reply';
import { duplicateOgPaths, ogImageEntry, ogLabels } from '../../src/features/og/og-images';
import { ogEndpointParam, ogImagePath } from '../../src/core/urls';
import { dictionaries } from '../../src/core/i18n';
import type { Locale } from '../../src/site.config';
import { tempFolder } from '../support/temp-folder';

const options = { locales: ['fa', 'ar', 'en'] as Locale[], defaultLocale: 'fa' as Locale };
const file = (locale: string, slug: string) => `src/content/articles/${locale}/${slug}.mdx`;
const article = (locale: Locale, slug: string, ref: number, aliases: string[] = []): PermalinkArticle => ({
	locale,
	slug,
	ref,
	aliases,
	filePath: file(locale, slug),
});

const site = [
	article('fa', 'track-your-order', 1, ['where-is-my-order']),
	article('en', 'track-your-order', 1, ['where-is-my-order']),
	article('ar', 'track-your-order', 1),
	article('fa', 'metro-lockers', 16),
	article('en', 'english-only', 20),
	article('ar', 'english-only', 20),
];

function target(table: ReturnType<typeof buildRedirectTable>, from: string): string | undefined {
	return table.redirects.find((redirect) => redirect.from === from)?.to;
}

describe('pickLocale', () => {
	it('prefers the language asked for, then the default locale, then site order', () => {
		expect(pickLocale(['fa', 'en'], 'en', options)).toBe('en');
		expect(pickLocale(['fa', 'en'], 'ar', options)).toBe('fa');
		expect(pickLocale(['en', 'ar'], 'fa', options)).toBe('ar');
		expect(pickLocale([], 'fa', options)).toBeUndefined();
	});
});

describe('buildRedirectTable', () => {
	const table = buildRedirectTable(site, options);

	it('has no problems for a consistent site', () => {
		expect(table.problems).toEqual([]);
	});

	it('sends /<locale>/go/<ref>/ to the article in that language', () => {
		expect(target(table, '/fa/go/1/')).toBe('/fa/articles/track-your-order/');
		expect(target(table, '/ar/go/1/')).toBe('/ar/articles/track-your-order/');
		expect(target(table, '/en/go/1/')).toBe('/en/articles/track-your-order/');
	});

	it('falls back to the default locale, then to a language the article exists in', () => {
		expect(target(table, '/en/go/16/')).toBe('/fa/articles/metro-lockers/');
		expect(target(table, '/go/16/')).toBe('/fa/articles/metro-lockers/');
		expect(target(table, '/fa/go/20/')).toBe('/ar/articles/english-only/');
		expect(target(table, '/go/20/')).toBe('/ar/articles/english-only/');
		expect(target(table, '/en/go/20/')).toBe('/en/articles/english-only/');
	});

	it('keeps a retired slug working in every language, once', () => {
		for (const locale of options.locales) {
			expect(target(table, `/${locale}/articles/where-is-my-order/`)).toBe(`/${locale}/articles/track-your-order/`);
		}
		const froms = table.redirects.map((redirect) => redirect.from);
		expect(new Set(froms).size).toBe(froms.length);
	});

	it('never redirects a real article page', () => {
		expect(table.redirects.some((redirect) => redirect.from.includes('/articles/track-your-order/'))).toBe(false);
	});

	it('rejects an alias that is the slug of an article, naming the file', () => {
		const { problems } = buildRedirectTable([...site, article('fa', 'old-name', 30, ['metro-lockers'])], options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(file('fa', 'old-name'));
		expect(problems[0]).toContain('aliases[0] "metro-lockers"');
		expect(problems[0]).toContain(file('fa', 'metro-lockers'));
	});

	it('rejects an article listing its own slug as an alias', () => {
		const { problems } = buildRedirectTable([article('fa', 'a', 1, ['a'])], options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('aliases[0] "a"');
	});

	it('rejects an alias used by two articles, naming both files', () => {
		const { problems } = buildRedirectTable([...site, article('fa', 'other', 31, ['where-is-my-order'])], options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(file('fa', 'other'));
		expect(problems[0]).toContain(file('fa', 'track-your-order'));
	});

	it('rejects a ref shared by two articles (an ambiguous /go/ link), naming both files', () => {
		const { problems } = buildRedirectTable([...site, article('en', 'another', 16)], options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(file('en', 'another'));
		expect(problems[0]).toContain(file('fa', 'metro-lockers'));
		expect(problems[0]).toContain(goPath(16));
	});
});

describe('redirectsFile', () => {
	it('writes one 301 per redirect, then the per-language 404 rules last', () => {
		const { redirects } = buildRedirectTable(site, options);
		const lines = redirectsFile(redirects, options.locales)
			.trim()
			.split('\n')
			.filter((line) => !line.startsWith('#'))
			.map((line) => line.split(/\s+/));
		expect(lines).toContainEqual(['/go/1/', '/fa/articles/track-your-order/', '301']);
		expect(lines).toContainEqual(['/en/articles/where-is-my-order/', '/en/articles/track-your-order/', '301']);
		expect(lines.slice(-3)).toEqual([
			['/fa/*', '/fa/404/', '404'],
			['/ar/*', '/ar/404/', '404'],
			['/en/*', '/en/404/', '404'],
		]);
		expect(lines).toHaveLength(redirects.length + 3);
	});
});

describe('reply', () => {
	const parts = { title: 'سفارشم کجاست؟', summary: 'وضعیت سفارش را\nدر اپ ببینید.', url: 'https://help.example/fa/go/1/' };

	it('puts title, one-line summary and link on three lines', () => {
		expect(replyPlainText(parts)).toBe('سفارشم کجاست؟\nوضعیت سفارش را در اپ ببینید.\nhttps://help.example/fa/go/1/');
	});

	it('links the title in Markdown and escapes Markdown syntax', () => {
		expect(replyMarkdown(parts)).toBe('[سفارشم کجاست؟](https://help.example/fa/go/1/)\nوضعیت سفارش را در اپ ببینید.');
		expect(replyMarkdown({ title: 'Use [code] *now*', summary: '1_2', url: 'https://x.example/a (b)/' })).toBe('[Use \\[code\\] \\*now\\*](https://x.example/a%20%28b%29/)\n1\\_2');
	});
});

describe('og image paths', () => {
	it('mirror the page URLs and round-trip through the endpoint param', () => {
		expect(ogImagePath('fa', 'home')).toBe('/og/fa/home.png');
		expect(ogImagePath('ar', 'article', 'refund-times')).toBe('/og/ar/articles/refund-times.png');
		expect(ogImagePath('en', 'incident', 'gateway')).toBe('/og/en/status/incidents/gateway.png');
		expect(ogImagePath('en', 'service', 'website')).toBe('/og/en/status/website.png');
		expect(ogEndpointParam(ogImagePath('fa', 'notice', 'snow'))).toBe('fa/notices/snow');
		expect(() => ogImagePath('fa', 'article')).toThrow(/needs the id/);
	});

	it('carry the labels into the image input and catch duplicates', () => {
		const entry = ogImageEntry({ locale: 'fa', kind: 'notice', id: 'a', title: 'T', severity: 'critical' }, { siteName: 'S', kindLabel: 'K' });
		expect(entry.input).toEqual({ title: 'T', kind: 'notice', locale: 'fa', siteName: 'S', kindLabel: 'K', severity: 'critical' });
		expect(duplicateOgPaths([entry, entry])).toEqual(['Two pages want the Open Graph image /og/fa/notices/a.png']);
	});

	it('take the site name and the kind label from the dictionaries, in the page language', () => {
		expect(ogLabels('fa', 'article')).toEqual({ siteName: dictionaries.fa['core.siteName'], kindLabel: dictionaries.fa['agent.ogKindArticle'] });
		expect(ogLabels('en', 'service').kindLabel).toBe(dictionaries.en['agent.ogKindService']);
		expect(ogLabels('ar', 'home').siteName).toBe(dictionaries.ar['core.siteName']);
	});
});

describe('the redirects integration', () => {
	it('reads refs and aliases from article files, skipping drafts, and sees their collisions', async () => {
		const { mkdirSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { readArticles } = await import('../../src/features/content/article-files');
		const dir = tempFolder('bayan-permalinks-');
		mkdirSync(join(dir, 'fa'));
		mkdirSync(join(dir, 'en'));
		const write = (path: string, frontmatter: string) => writeFileSync(join(dir, path), `---\n${frontmatter}\n---\n\nBody.\n`);
		write('fa/new-name.mdx', 'title: T\nref: 4\naliases: [old-name]');
		write('en/other.mdx', 'title: T\nref: 5\naliases:\n  - new-name');
		write('en/draft.mdx', 'title: T\nref: 6\ndraft: true\naliases: [old-name]');
		const articles = readArticles(dir);
		expect(articles.map((a) => `${a.locale}/${a.slug}:${a.ref}:${a.aliases?.join('|')}`).sort()).toEqual(['en/other:5:new-name', 'fa/new-name:4:old-name']);
		const { problems } = buildRedirectTable(articles, options);
		expect(problems).toEqual([`${join(dir, 'en/other.mdx')}: aliases[0] "new-name" is the slug of ${join(dir, 'fa/new-name.mdx')}; an alias must be a retired slug`]);
	});
});
