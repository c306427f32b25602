import { describe, expect, it } from 'vitest';
import { dictionaries, formatNumber, isLocale, t } from '../../src/core/i18n';
import { locales } from '../../src/site.config';
import { swapLocale, articlePath, searchPath, absoluteUrl } from '../../src/core/urls';

describe('dictionaries', () => {
	it('give every locale exactly the same keys', () => {
		const reference = Object.keys(dictionaries.en).sort();
		expect(reference.length).toBeGreaterThan(20);
		for (const locale of locales) expect(Object.keys(dictionaries[locale]).sort(), locale).toEqual(reference);
	});

	it('keep the same placeholders in every translation', () => {
		const placeholders = (message: unknown) =>
			JSON.stringify(message)
				.match(/\{\w+\}/g)
				?.sort() ?? [];
		for (const key of Object.keys(dictionaries.en)) {
			const expected = new Set(placeholders(dictionaries.en[key]));
			for (const locale of locales) {
				for (const name of placeholders(dictionaries[locale][key])) expect(expected.has(name), `${locale} ${key} ${name}`).toBe(true);
			}
		}
	});
});

describe('t', () => {
	it('fills placeholders with numbers in the locale’s digits', () => {
		expect(t('fa', 'core.articleCount', { count: 12 })).toBe('۱۲ مقاله');
		expect(t('ar', 'core.articleCount', { count: 12 })).toBe('١٢ مقالة');
		expect(t('en', 'core.articleCount', { count: 12 })).toBe('12 articles');
	});

	it('picks plural forms with Intl.PluralRules', () => {
		expect(t('en', 'core.articleCount', { count: 1 })).toBe('1 article');
		expect(t('en', 'core.articleCount', { count: 0 })).toBe('No articles');
		expect(t('ar', 'core.articleCount', { count: 2 })).toBe('مقالتان');
		expect(t('ar', 'core.articleCount', { count: 5 })).toBe('٥ مقالات');
	});

	it('fails loudly on a missing key, naming the file to fix', () => {
		expect(() => t('fa', 'core.nope')).toThrow('Missing UI string "core.nope" in src/core/strings/fa.json');
	});

	it('formats numbers in each locale’s digits', () => {
		expect(formatNumber('fa', 1405)).toBe('۱٬۴۰۵');
		expect(formatNumber('ar', 72)).toBe('٧٢');
		expect(isLocale('fa')).toBe(true);
		expect(isLocale('de')).toBe(false);
	});
});

describe('urls', () => {
	it('swaps the locale of a path, keeping the rest', () => {
		expect(swapLocale('/fa/articles/track-your-order/', 'en')).toBe('/en/articles/track-your-order/');
		expect(swapLocale('/fa/', 'ar')).toBe('/ar/');
		expect(swapLocale('/404.html', 'ar')).toBe('/ar/');
	});

	it('builds contract URLs', () => {
		expect(articlePath('ar', 'return-policy')).toBe('/ar/articles/return-policy/');
		expect(searchPath('fa', 'سفارش ۱۲')).toBe('/fa/search/?q=%D8%B3%D9%81%D8%A7%D8%B1%D8%B4%20%DB%B1%DB%B2');
		expect(absoluteUrl('/fa/')).toMatch(/^https:\/\/[^/]+\/fa\/$/);
	});
});

describe('site configuration from the environment', () => {
	it('rejects an unknown calendar, naming the variable', async () => {
		const { vi } = await import('vitest');
		vi.resetModules();
		process.env.BAYAN_AR_CALENDAR = 'martian';
		try {
			await expect(import('../../src/site.config')).rejects.toThrow('BAYAN_AR_CALENDAR="martian" is not supported');
		} finally {
			delete process.env.BAYAN_AR_CALENDAR;
			vi.resetModules();
		}
	});

	it('treats an empty variable as unset (CI passes unset variables as "")', async () => {
		const { vi } = await import('vitest');
		vi.resetModules();
		process.env.BAYAN_SITE_URL = '';
		try {
			const { siteConfig } = await import('../../src/site.config');
			expect(siteConfig.url).toMatch(/^https:\/\//);
		} finally {
			delete process.env.BAYAN_SITE_URL;
			vi.resetModules();
		}
	});
});

describe('site URL', () => {
	it('refuses an origin with a path, naming the variable (pages link root-relatively)', async () => {
		const { vi } = await import('vitest');
		vi.resetModules();
		process.env.BAYAN_SITE_URL = 'https://owner.github.io/help';
		try {
			await expect(import('../../src/site.config')).rejects.toThrow('BAYAN_SITE_URL="https://owner.github.io/help" has a path');
		} finally {
			delete process.env.BAYAN_SITE_URL;
			vi.resetModules();
		}
	});
});
