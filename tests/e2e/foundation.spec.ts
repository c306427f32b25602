import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { categoryId, faqSlug, htmlLangDir, localeDirs, persianOnlySlug, siteDist, translatedSlug, type TestLocale } from './helpers';
import { attribute, elementsOf, type HtmlElement, parseHtml } from '../../src/core/html';
import { axeViolations } from '../support/axe';

const dist = siteDist;

const locales = Object.keys(localeDirs) as TestLocale[];

const pageTypes = (locale: TestLocale) => ({
	home: `/${locale}/`,
	category: `/${locale}/categories/${categoryId}/`,
	article: `/${locale}/articles/${translatedSlug}/`,
	search: `/${locale}/search/`,
	notFound: `/${locale}/no-such-page/`,
});

test.describe('every page type in every language', () => {
	// One test per language visits every page type in one page (each navigation is most of a
	// small test's cost); the messages name the page. At 360 px: the direction and heading facts
	// do not depend on the width, and the narrowest supported screen is where text overflows.
	test.use({ viewport: { width: 360, height: 740 } });
	// Five pages per test: a busy two-core runner needs more than one small test's 30 s.
	test.describe.configure({ timeout: 90_000 });

	for (const locale of locales) {
		test(`${locale}: every page type has lang=${locale} dir=${localeDirs[locale]}, one h1, and no horizontal scroll at 360 px`, async ({ page }) => {
			for (const [type, path] of Object.entries(pageTypes(locale))) {
				const label = `${locale} ${type} ${path}`;
				const response = await page.goto(path);
				expect.soft(response?.status(), label).toBe(type === 'notFound' ? 404 : 200);
				expect.soft(await htmlLangDir(page), label).toEqual({ lang: locale, dir: localeDirs[locale] });
				await expect.soft(page.locator('h1'), label).toHaveCount(1);
				await expect.soft(page.locator('h1').first(), label).not.toBeEmpty();
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect.soft(overflow, `${label}: horizontal overflow in px`).toBeLessThanOrEqual(0);
			}
		});
	}

	test("the root page leads to the visitor's language, and to the default locale when the site does not have it", async ({ browser }) => {
		for (const [browserLocale, expected] of [
			['de-DE', { lang: 'fa', dir: 'rtl' }],
			['en-GB', { lang: 'en', dir: 'ltr' }],
		] as const) {
			const context = await browser.newContext({ locale: browserLocale });
			const page = await context.newPage();
			await page.goto('/');
			await page.waitForURL(`**/${expected.lang}/`);
			expect(await htmlLangDir(page)).toEqual(expected);
			await context.close();
		}
	});
});

test.describe('article page', () => {
	test('has breadcrumbs, a table of contents, heading anchors, a dated update and related articles', async ({ page }) => {
		await page.goto(`/fa/articles/${translatedSlug}/`);
		const crumbs = page.locator('nav.breadcrumbs li');
		await expect(crumbs).toHaveCount(3);
		await expect(crumbs.last().locator('[aria-current="page"]')).toHaveText(await page.locator('h1').innerText());
		const tocLinks = page.locator('nav.toc a');
		expect(await tocLinks.count()).toBeGreaterThan(1);
		// Every TOC link points at a heading that exists.
		for (const href of await tocLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
			await expect(page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`)).toHaveCount(1);
		}
		const anchor = page.locator('.prose h2 + a.heading-anchor').first();
		await expect(anchor).toHaveAttribute('href', /^#/);
		const time = page.locator('.article-header time');
		await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		await expect(time).toHaveText(/[۰-۹]/); // Persian digits, Solar Hijri year
		await expect(time).toHaveText(/۱۴۰۵/);
		await expect(page.locator('section.related li').first()).toBeVisible();
	});

	// One English article page for both: its scripts and its head.
	test('ships at most 6 KB of JavaScript (gzip), all features together, and publishes canonical, hreflang alternates and Article + BreadcrumbList JSON-LD', async ({ page }) => {
		const bodies: Buffer[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') bodies.push(await response.body().catch(() => Buffer.alloc(0)));
		});
		await page.goto(`/en/articles/${translatedSlug}/`);
		await page.waitForLoadState('networkidle');
		const inline = await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').allTextContents();
		const total = [...bodies, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzipSync(body).length, 0);
		expect(total).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(6 * 1024);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/articles/${translatedSlug}/$`));
		const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual(['ar', 'en', 'fa-IR', 'x-default']);
		const types = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((el) => JSON.parse(el.textContent!)['@type']));
		expect(types).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList']));
	});

	// Attributes the build writes and no script changes: read from the built pages through the
	// HTML parser (a browser's tree), which checks every Persian article in a fraction of the time.
	test('keeps Latin runs isolated left-to-right inside Persian text, and code LTR', () => {
		const elementsAt = (path: string) => [...elementsOf(parseHtml(readFileSync(join(dist, decodeURIComponent(path), 'index.html'), 'utf8')))];
		const hasClass = (element: HtmlElement, name: string) => (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
		const urls = new Set(
			elementsAt('/fa/')
				.filter((element) => element.tagName === 'a')
				.flatMap((link) => attribute(link, 'href') ?? [])
				.filter((href) => href.includes('/fa/articles/')),
		);
		expect(urls.size).toBeGreaterThan(1);
		let found = 0;
		for (const url of urls) {
			const inProse = new Set(
				elementsAt(url)
					.filter((element) => hasClass(element, 'prose'))
					.flatMap((prose) => [...elementsOf(prose)]),
			);
			for (const element of inProse) {
				if (element.tagName === 'span' && attribute(element, 'dir') === 'ltr' && attribute(element, 'lang') === 'en') found += 1;
				if (element.tagName === 'code') expect.soft(attribute(element, 'dir'), `${url} <code>`).toBe('ltr');
			}
		}
		expect(found).toBeGreaterThan(0);
	});
});

test.describe('language switcher', () => {
	test('lands on the same article in the other language, both ways', async ({ page }) => {
		await page.goto(`/fa/articles/${translatedSlug}/`);
		const faTitle = await page.locator('h1').innerText();
		await page.locator('.lang-switch a[data-lang-link="en"]').click();
		await expect(page).toHaveURL(new RegExp(`/en/articles/${translatedSlug}/$`));
		expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
		const ref = await page.locator('article').getAttribute('data-article-ref');
		await page.locator('.lang-switch a[data-lang-link="fa"]').click();
		await expect(page).toHaveURL(new RegExp(`/fa/articles/${translatedSlug}/$`));
		await expect(page.locator('h1')).toHaveText(faTitle);
		await expect(page.locator('article')).toHaveAttribute('data-article-ref', ref!);
	});

	test('explains an untranslated article and offers the languages it exists in', async ({ page }) => {
		await page.goto(`/fa/articles/${persianOnlySlug}/`);
		await page.locator('.lang-switch a[data-lang-link="en"]').click();
		await expect(page).toHaveURL(new RegExp(`/en/articles/${persianOnlySlug}/$`));
		expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
		await expect(page.locator('[data-not-translated] h1')).toHaveText('This article is not in English yet');
		// Its own search box is the page's only one (the header has none here).
		await expect(page.locator('form[role="search"]')).toHaveCount(1);
		await expect(page.locator('#not-translated-search')).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		const offered = page.locator('[data-translation-link]');
		await expect(offered).toHaveCount(1);
		await expect(offered).toHaveAttribute('hreflang', 'fa');
		await offered.click();
		await expect(page).toHaveURL(new RegExp(`/fa/articles/${persianOnlySlug}/$`));
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.describe.configure({ timeout: 90_000 });

	for (const locale of locales) {
		// English also carries the two no-JS interactions, on pages it visits anyway.
		const title = locale === 'en' ? 'en pages are readable, the search page lists every article by category, and a question opens and closes' : `${locale} pages are readable`;
		test(title, async ({ page }) => {
			for (const [type, path] of Object.entries(pageTypes(locale))) {
				await page.goto(path);
				await expect.soft(page.locator('h1'), path).toBeVisible();
				await expect.soft(page.locator('main'), path).toContainText(/\S{3,}/);
				if (type === 'search' && locale === 'en') {
					await expect(page.locator('[data-search-fallback]'), path).toBeVisible();
					expect(await page.locator('[data-search-fallback] .article-list li').count(), path).toBeGreaterThanOrEqual(12);
				}
			}
			await page.goto(`/${locale}/articles/${translatedSlug}/`);
			await expect(page.locator('.prose p').first()).toBeVisible();
			if (locale !== 'en') return;
			await page.goto(`/en/articles/${faqSlug}/`);
			const question = page.locator('details.question').first();
			await expect(question.locator('.answer')).toBeHidden();
			await question.locator('summary').click();
			await expect(question.locator('.answer')).toBeVisible();
			await question.locator('summary').click();
			await expect(question.locator('.answer')).toBeHidden();
		});
	}
});

test('an article made of questions is published as FAQPage with every question', async ({ page }) => {
	await page.goto(`/fa/articles/${faqSlug}/`);
	const questions = await page.locator('details.question summary').allInnerTexts();
	expect(questions.length).toBeGreaterThanOrEqual(2);
	const faq = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)).find((data) => data['@type'] === 'FAQPage'));
	expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(questions.map((q) => q.trim()));
	expect(faq.mainEntity[0].acceptedAnswer.text.length).toBeGreaterThan(10);
});

test.describe('accessibility (axe)', () => {
	// One pass per page type and direction: Persian for right-to-left, English for left-to-right
	// (Arabic shares Persian's layout). The search page's states are checked in search.spec.ts.
	// Four or five analyses per test, 1–4 s each on a quiet machine: a busy one needs minutes.
	test.describe.configure({ timeout: 180_000 });
	for (const locale of ['fa', 'en'] as const) {
		const paths = Object.entries(pageTypes(locale)).filter(([type]) => type !== 'search');
		test(`${locale} ${paths.map(([type]) => type).join(', ')} have no axe violations`, async ({ page }) => {
			for (const [type, path] of paths) {
				await page.goto(path);
				// Every rule: WCAG 2.2 A/AA and axe's best practices (landmarks, heading order …).
				expect.soft(await axeViolations(page), `${locale} ${type} ${path}`).toEqual([]);
			}
			if (locale === 'en') {
				// The page for an article not yet in English (a page type of its own).
				await page.goto(`/en/articles/${persianOnlySlug}/`);
				expect.soft(await axeViolations(page), 'en not-translated article').toEqual([]);
			}
		});
	}
});

test('the sitemap lists pages with language alternates', async ({ request }) => {
	const index = await request.get('/sitemap-index.xml');
	expect(index.ok()).toBe(true);
	const sitemap = await request.get('/sitemap-0.xml');
	const xml = await sitemap.text();
	expect(xml).toContain(`/fa/articles/${translatedSlug}/`);
	expect(xml).toMatch(/<xhtml:link[^>]+hreflang="en"/);
	expect(xml).not.toContain(`/en/articles/${persianOnlySlug}/`);
	expect(xml).not.toContain('/404/');
});
