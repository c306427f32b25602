import { describe, expect, it } from 'vitest';
import { claimEntryOf } from '../../src/features/cms/article-claims';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { adminWording } from '../../src/features/cms/browser/wording';
import { takeOffBlockers, takeOffRefusal, type TakeOffWording } from '../../src/features/cms/take-off';
import { featuredRefProblems } from '../../src/features/articles/featured';
import { fillPlaceholders } from '../../src/core/message-format';

/**
 * Taking an article off the site in the CMS (Unpublish, Delete; browser/cms.ts `preUnpublish`):
 * everything that would stop the next build without it, found before Decap deletes its files,
 * in one message, each name isolated so it keeps its order in a Persian or Arabic sentence.
 */
type Listed = { slug: string; data: Record<string, unknown>; i18n?: Record<string, { data: Record<string, unknown> }> };
const articles: Listed[] = [
	{ slug: 'track-your-order', data: { ref: 1 } },
	{ slug: '2-step-login', data: { ref: 2, related: ['track-your-order'] } },
	{ slug: 'returns', data: { ref: 3 } },
	{ slug: 'gift-cards', data: { ref: 9 } },
];
const notices: Listed[] = [{ slug: 'rice-shortage', data: {}, i18n: { en: { data: { related: ['track-your-order'] } } } }];
const claims = (list: Listed[]) => list.map((entry) => claimEntryOf(entry, entry.slug, 'fa'));
const featuredRefs = [1, 3, 7];

function wording(uiLocale: 'fa' | 'ar' | 'en'): TakeOffWording {
	const admin = buildAdminData({ env: {}, uiLocale, previewStyles: [] });
	// A missing string fails the test instead of showing its key.
	return adminWording(admin, (key, vars = {}) => {
		const message = admin.strings[key];
		if (message === undefined) throw new Error(`no string ${key}`);
		return fillPlaceholders(message, vars);
	});
}

describe('what stops an article from leaving the site', () => {
	it('names the articles and notices that list it as related, and the featured refs only it holds', () => {
		expect(takeOffBlockers('track-your-order', claims(articles), claims(notices), featuredRefs)).toEqual({ articles: ['2-step-login'], notices: ['rice-shortage'], featured: [1] });
		expect(takeOffBlockers('returns', claims(articles), claims(notices), featuredRefs)).toEqual({ articles: [], notices: [], featured: [3] });
		// Ref 7 is featured and no article has it: the build already says so; taking gift-cards off changes nothing there.
		expect(takeOffBlockers('gift-cards', claims(articles), claims(notices), featuredRefs)).toEqual({ articles: [], notices: [], featured: [] });
	});

	it('refuses exactly what the build would then refuse for the featured articles', () => {
		const refs = (gone: string) => articles.filter((article) => article.slug !== gone).map((article) => Number(article.data.ref));
		const newProblems = (gone: string) => featuredRefProblems(featuredRefs, refs(gone)).filter((problem) => !featuredRefProblems(featuredRefs, refs('')).includes(problem));
		expect(newProblems('returns')).toEqual(['src/site.config.ts (field "featuredRefs"): ref 3 is not the ref of any article; remove it or add the article']);
		expect(newProblems('gift-cards')).toEqual([]);
	});

	it('refuses an unpublish of a featured article, naming where it is featured, in the three languages', () => {
		const blockers = takeOffBlockers('returns', claims(articles), claims(notices), featuredRefs);
		const fa = takeOffRefusal('returns', 'articles', blockers, [], true, wording('fa'));
		expect(fa).toBe(
			'مقاله روی سایت ماند. شمارهٔ ثابت آن (۳) در فهرست مقاله‌های برگزیده است (\u2068featuredRefs\u2069 در \u2068src/site.config.ts\u2069) که صفحهٔ اصلی و صفحهٔ جست‌وجوی هر زبان نشان می‌دهند، و سایت بی آن ساخته نمی‌شود. نخست آن شماره را از \u2068featuredRefs\u2069 بردارید (تغییری در کد سایت)، سپس مقاله را بردارید.',
		);
		expect(takeOffRefusal('returns', 'articles', blockers, [], false, wording('ar'))).toMatch(
			/^رقمها الثابت \(٣\) من المقالات المميّزة \(\u2068featuredRefs\u2069 في \u2068src\/site\.config\.ts\u2069\)/,
		);
		expect(takeOffRefusal('returns', 'articles', blockers, [], true, wording('en'))).toMatch(/^The article stays on the site\. Its number \(3\) is one of the featured articles/);
	});

	it('names the entry that stays by its own noun: a notice or an incident is not "the article"', () => {
		const none = { articles: [], notices: [], featured: [] };
		const problems = ['problem'];
		expect(takeOffRefusal('rice-shortage', 'notices', none, problems, true, wording('en'))).toMatch(/^The notice stays on the site\. /);
		expect(takeOffRefusal('outage', 'incidents', none, problems, true, wording('ar'))).toMatch(/^بقيت الحادثة على الموقع\. /);
		expect(takeOffRefusal('rice-shortage', 'notices', none, problems, true, wording('fa'))).toMatch(/^اطلاعیه روی سایت ماند\. /);
		expect(takeOffRefusal('shipping', 'categories', none, problems, true, wording('en'))).toMatch(/^The entry stays on the site\. /);
	});

	it('tells every reason at once: related, featured and the draft’s own problems', () => {
		const blockers = takeOffBlockers('track-your-order', claims(articles), claims(notices), featuredRefs);
		const message = takeOffRefusal('track-your-order', 'articles', blockers, ['«شماره ثابت»: شمارهٔ ثابت ۱ مال مقالهٔ «x» است.'], true, wording('fa'))!;
		expect(message).toContain('«\u20682-step-login\u2069» و «\u2068rice-shortage\u2069» (اطلاعیه)');
		expect(message).toContain('فهرست مقاله‌های برگزیده');
		expect(message).toContain('پیش‌نویسش ذخیره نمی‌شد؛ نخست این‌ها را درست کنید: «شماره ثابت»');
		expect(takeOffRefusal('gift-cards', 'articles', takeOffBlockers('gift-cards', claims(articles), claims(notices), featuredRefs), [], true, wording('fa'))).toBeUndefined();
	});

	it('isolates each name, and shows a name’s own directional controls as escapes (they cannot reorder the message)', () => {
		const blockers = { articles: ['evil\u2069\u202Egro'], notices: [], featured: [] };
		const message = takeOffRefusal('2-step-login', 'articles', blockers, [], false, wording('fa'))!;
		expect(message).toContain('«\u20682-step-login\u2069»');
		expect(message).toContain('«\u2068evil\\u{2069}\\u{202E}gro\u2069»');
		// Every isolate opened is closed, in order.
		let depth = 0;
		for (const char of message) {
			if (char === '\u2068') depth++;
			if (char === '\u2069') depth--;
			expect(depth).toBeGreaterThanOrEqual(0);
		}
		expect(depth).toBe(0);
	});
});
