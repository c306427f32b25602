import { describe, expect, it } from 'vitest';
import { splitLatinRuns } from '../../src/core/latin-runs';
import { editDistance } from '../../src/core/edit-distance';
import { renderBody } from '../../src/features/content/body';
import { parseAndCheck } from '../../src/features/content/check';
import { extractQuestions as questionsOfTree } from '../../src/features/content/render';
import { pickRelated, type RelatedCandidate } from '../../src/features/articles/related';
import { serializeJsonLd } from '../../src/features/site/structured-data';

describe('Latin runs inside RTL text', () => {
	const latin = (text: string) =>
		splitLatinRuns(text)
			.filter((run) => run.latin)
			.map((run) => run.text);

	it('finds product names with versions, units and codes', () => {
		expect(latin('اپ بازارک روی iOS 18 و Android 14 کار می‌کند.')).toEqual(['iOS 18', 'Android 14']);
		expect(latin('حداکثر وزن 12 kg است.')).toEqual(['12 kg']);
		expect(latin('کد BZ-48213 را وارد کنید.')).toEqual(['BZ-48213']);
		expect(latin('به https://bazarak.example/track بروید.')).toEqual(['https://bazarak.example/track']);
	});

	it('leaves bare numbers and Persian text alone, and keeps every character', () => {
		const text = 'سال 2026 و ۱۴۰۵، نسخهٔ iOS 18.';
		expect(latin(text)).toEqual(['iOS 18']);
		expect(
			splitLatinRuns(text)
				.map((run) => run.text)
				.join(''),
		).toBe(text);
	});
});

describe('FAQ detection', () => {
	// The questions come from the checked tree the content pipeline renders, not from the source text.
	const source = { file: 'src/content/articles/fa/faq.mdx', bodyLine: 1, locale: 'fa' as const };
	const extractQuestions = (body: string) => questionsOfTree(parseAndCheck(body, source)).items;
	const faqOf = (body: string) => renderBody(body, source).faq;
	const faqBody = `مقدمه کوتاه.\n\n<Question q="آیا می‌توانم نشانی را عوض کنم؟">بله، تا پیش از **ارسال**.</Question>\n\n<Question q='هزینه دارد؟'>\n\nخیر.\n\nهیچ هزینه‌ای ندارد.\n\n</Question>`;

	it('extracts questions and plain-text answers', () => {
		expect(extractQuestions(faqBody)).toEqual([
			{ question: 'آیا می‌توانم نشانی را عوض کنم؟', answer: 'بله، تا پیش از ارسال.' },
			{ question: 'هزینه دارد؟', answer: 'خیر. هیچ هزینه‌ای ندارد.' },
		]);
	});

	it('treats an article as an FAQ only when questions carry most of it', () => {
		expect(faqOf(faqBody)).toHaveLength(2);
		expect(faqOf(`${'متن طولانی راهنما. '.repeat(40)}\n\n${faqBody}`)).toBeUndefined();
		expect(faqOf('<Question q="one">only one</Question>')).toBeUndefined();
	});
});

describe('related articles', () => {
	const make = (slug: string, category: string, tags: string[] = [], related: string[] = [], day = 1): RelatedCandidate => ({
		slug,
		data: { category, tags, related, updated: new Date(Date.UTC(2026, 0, day)) },
	});

	it('puts explicit related first, then same category by shared tags, then tag matches elsewhere', () => {
		const self = make('a', 'orders', ['x', 'y'], ['z']);
		const pool = [self, make('b', 'orders', [], [], 9), make('c', 'orders', ['x'], [], 1), make('d', 'payment', ['y']), make('e', 'payment'), make('z', 'returns')];
		expect(pickRelated(self, pool).map((a) => a.slug)).toEqual(['z', 'c', 'b', 'd']);
	});

	it('skips explicit related slugs missing in this language and respects the limit', () => {
		const self = make('a', 'orders', [], ['ghost', 'b']);
		expect(pickRelated(self, [self, make('b', 'x'), make('c', 'orders'), make('d', 'orders')], 2).map((a) => a.slug)).toEqual(['b', 'c']);
	});

	// The ranking as first written: scan and sort every candidate per article. The index must
	// pick exactly what it picked, on pools with shared tags, duplicate tags, ties and drafts' gaps.
	function scanAndSort(article: RelatedCandidate, candidates: readonly RelatedCandidate[], limit: number): string[] {
		const bySlug = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
		const chosen: string[] = [];
		const taken = new Set([article.slug]);
		const take = (candidate: RelatedCandidate | undefined) => {
			if (candidate && !taken.has(candidate.slug) && chosen.length < limit) {
				chosen.push(candidate.slug);
				taken.add(candidate.slug);
			}
		};
		for (const slug of article.data.related ?? []) take(bySlug.get(slug));
		const tags = new Set(article.data.tags ?? []);
		const ranked = candidates
			.filter((candidate) => !taken.has(candidate.slug))
			.map((candidate) => ({ candidate, same: candidate.data.category === article.data.category ? 1 : 0, shared: (candidate.data.tags ?? []).filter((tag) => tags.has(tag)).length }))
			.filter((entry) => entry.same || entry.shared)
			.sort((a, b) => b.same - a.same || b.shared - a.shared || b.candidate.data.updated.getTime() - a.candidate.data.updated.getTime() || a.candidate.slug.localeCompare(b.candidate.slug));
		for (const entry of ranked) take(entry.candidate);
		return chosen;
	}

	it('picks exactly what scanning and sorting every candidate picks', () => {
		let state = 7;
		const next = (n: number) => {
			state = (state * 1103515245 + 12345) % 2 ** 31;
			return state % n;
		};
		let compared = 0;
		for (let round = 0; round < 20; round += 1) {
			const size = 5 + next(60);
			const pool = Array.from({ length: size }, (_, i) =>
				make(
					`s${i}`,
					`c${next(4)}`,
					Array.from({ length: next(4) }, () => `t${next(6)}`),
					Array.from({ length: next(3) }, () => `s${next(size + 3)}`),
					1 + next(10),
				),
			);
			for (const limit of [1, 4, 6]) {
				for (const article of pool) {
					expect(
						pickRelated(article, pool, limit).map((a) => a.slug),
						`${article.slug} limit ${limit}`,
					).toEqual(scanAndSort(article, pool, limit));
					compared += 1;
				}
			}
		}
		expect(compared).toBeGreaterThan(300);
	});
});

describe('JSON-LD serialisation', () => {
	it('cannot be broken out of by content', () => {
		const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(out).not.toContain('<');
		expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
	});
});

describe('edit distance (for "did you mean" suggestions)', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('paymnt', 'payment')).toBe(1);
		expect(editDistance('website', 'website')).toBe(0);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('unsafe URLs in content', () => {
	it('catches scripting schemes however they are disguised', async () => {
		const { isUnsafeUrl } = await import('../../src/features/content/url-policy');
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:x',
			' javascript:x',
			'jav\tascript:x',
			'java\nscript:x',
			'\u0001javascript:x',
			'vbscript:x',
			'data:text/html,<script>',
			'blob:x',
			'file:///etc/passwd',
		]) {
			expect(isUnsafeUrl(url), JSON.stringify(url)).toBe(true);
		}
	});

	it('lets ordinary links through', async () => {
		const { isUnsafeUrl } = await import('../../src/features/content/url-policy');
		for (const url of [
			'https://bazarak.example/track',
			'http://x.example',
			'/fa/go/1/',
			'#section',
			'?q=1',
			'mailto:help@bazarak.example',
			'tel:+982191002040',
			'data:image/png;base64,AAAA',
			'track-your-order/',
		]) {
			expect(isUnsafeUrl(url), url).toBe(false);
		}
	});
});
