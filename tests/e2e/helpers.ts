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
