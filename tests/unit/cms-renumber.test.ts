import { describe, expect, it, vi } from 'vitest';
import { buildAdminData } from '../../src/features/cms/cms-config';
import type { AdminContext, DecapCms, Formatter } from '../../src/features/cms/browser/types';

/**
 * A new article renumbered at save (two editors given the same number, browser/cms.ts) must get
 * the new number in every language's file, not only the Persian one: Decap lets `preSave`
 * replace only the default language's data, and writes each translation from its own copy of
 * the number. The write path (browser/formats.ts with browser/renumber.ts) is run here on what
 * Decap hands it for each language; tests/e2e/cms-workflow.spec.ts shows the Persian file
 * through the form.
 */
// Decap's reading side is not used by writing; its modules need a browser, so stand-ins here.
vi.mock('decap-cms-core/dist/esm/backend', () => ({ Backend: class {} }));
vi.mock('decap-cms-core/dist/esm/formats/frontmatter', () => ({ frontmatterYAML: () => ({ fromFile: () => ({}), toFile: () => '' }) }));
vi.mock('decap-cms-core/dist/esm/formats/yaml', () => ({ default: { fromFile: () => ({}), toFile: () => '' } }));
const { registerFormats } = await import('../../src/features/cms/browser/formats');
const { renumberDone, renumberWrites } = await import('../../src/features/cms/browser/renumber');

const admin = buildAdminData({ env: {}, previewStyles: [] });
const context: AdminContext = { ...admin, s: (key) => admin.strings[key] ?? key };
const formats = new Map<string, Formatter>();
registerFormats({ registerCustomFormat: (name: string, _extension: string, format: Formatter) => formats.set(name, format) } as unknown as DecapCms, admin.config.collections, context);
const articles = admin.config.collections.find((collection) => collection.name === 'articles');
const toFile = (data: Record<string, unknown>) => formats.get(articles?.format ?? '')!.toFile(data);

/** What Decap hands the format for each language's file of a new article numbered 17 by the form. */
const languages = {
	fa: { title: 'انقضای امتیاز', summary: 'امتیازها یک سال پس از خرید منقضی می‌شوند.', category: 'orders', updated: '2026-11-22', ref: 17, body: 'متن.' },
	ar: { title: 'انتهاء النقاط', summary: 'تنتهي النقاط بعد سنة من الشراء.', category: 'orders', updated: '2026-11-22', ref: 17, body: 'نص.' },
	en: { title: 'Points expiry', summary: 'Points expire a year after the purchase.', category: 'orders', updated: '2026-11-22', ref: 17, body: 'Text.' },
};

describe('a renumbered new article, in every language’s file', () => {
	it('writes the new number in the Persian, Arabic and English files of that save, and the old one again after it', () => {
		expect(articles?.i18n, 'articles are translated').toBeTruthy();
		renumberWrites(17, 18);
		for (const [locale, data] of Object.entries(languages)) expect(toFile(data), locale).toMatch(/^ref: 18$/m);
		renumberDone();
		for (const [locale, data] of Object.entries(languages)) expect(toFile(data), locale).toMatch(/^ref: 17$/m);
	});

	it('changes only the number being replaced (an existing article’s own number is never rewritten)', () => {
		renumberWrites(17, 18);
		expect(toFile({ ...languages.ar, ref: 9 })).toMatch(/^ref: 9$/m);
		renumberDone();
	});
});
