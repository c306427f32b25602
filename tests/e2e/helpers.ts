import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The site's languages with their direction, as the tests expect them. */
export const localeDirs = { fa: 'rtl', ar: 'rtl', en: 'ltr' } as const;
export type TestLocale = keyof typeof localeDirs;

/** An article that exists in all three languages, and one that exists only in Persian. */
export const translatedSlug = 'track-your-order';
export const persianOnlySlug = 'tehran-metro-pickup-lockers';
export const categoryId = 'delivery';
/** An article written as a list of questions (published as FAQPage). */
export const faqSlug = 'delivery-fees';

/** Reads `lang` and `dir` of the document element. */
export async function htmlLangDir(page: Page): Promise<{ lang: string | null; dir: string | null }> {
	return page.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir') }));
}

/**
 * The suite's own site (tests/e2e/site, built by tests/support/e2e-site.mjs): its brand, origin,
 * content folder and built output. Specs read brand strings and files from here, never from
 * the owner's `src/brand.config.ts` or `src/content`.
 */
export { brand as siteBrand, origin as siteOrigin } from './site/site';
export { e2eDist as siteDist, e2eProject as siteProject, e2eCache as siteCache } from '../support/e2e-site.mjs';
/** The suite's content (the fixture, as the site was built from it). */
export const siteContent = fileURLToPath(new URL('./site/content', import.meta.url));
