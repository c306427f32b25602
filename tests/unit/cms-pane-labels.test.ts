import { describe, expect, it } from 'vitest';
import fa from 'decap-cms-locales/dist/esm/fa';
import { arPhrases } from '../../src/features/cms/ar-locale';
import { paneLabels } from '../../src/features/cms/browser/rtl';
import arStrings from '../../src/features/cms/strings/ar.json';
import enStrings from '../../src/features/cms/strings/en.json';
import faStrings from '../../src/features/cms/strings/fa.json';

/**
 * Decap labels each language pane "writing in FA": the admin shows the language's name in the
 * admin's own language instead ("نوشتن به فارسی"), and still finds each pane by its label,
 * whether Decap has just written it (code) or it has been renamed (name).
 */
const names = (strings: Record<string, unknown>) => ({ fa: String(strings['language.fa']), ar: String(strings['language.ar']), en: String(strings['language.en']) });
type WithWritingIn = { editor: { editorControlPane: { i18n: { writingInLocale: string } } } };
const faWritingIn = (fa as WithWritingIn).editor.editorControlPane.i18n.writingInLocale;
const arWritingIn = (arPhrases as unknown as WithWritingIn).editor.editorControlPane.i18n.writingInLocale;

describe('the language panes’ labels', () => {
	it('name the language in the admin’s language, in Decap’s own phrase', () => {
		const fa = paneLabels(faWritingIn, names(faStrings));
		expect(fa.label('fa')).toBe('نوشتن به فارسی');
		expect(fa.label('ar')).toBe('نوشتن به عربی');
		const ar = paneLabels(arWritingIn, names(arStrings));
		expect(ar.label('en')).toBe('الكتابة بالإنجليزية');
		// The preposition joins the name (بالإنجليزية); Decap's own label with a code is still recognised.
		expect(ar.localeOf('الكتابة بAR')).toBe('ar');
		expect(paneLabels('Writing in %{locale}', names(enStrings)).label('fa')).toBe('Writing in Persian');
	});

	it('find a pane’s language from Decap’s label and from the renamed one', () => {
		const labels = paneLabels(faWritingIn, names(faStrings));
		expect(labels.localeOf('نوشتن به FA')).toBe('fa');
		expect(labels.localeOf(' نوشتن به AR ')).toBe('ar');
		expect(labels.localeOf(labels.label('en'))).toBe('en');
	});

	it('read nothing else as a pane label', () => {
		const labels = paneLabels(faWritingIn, names(faStrings));
		expect(labels.localeOf('نوشتن به DE')).toBeUndefined();
		expect(labels.localeOf('پر کردن از زبان دیگر')).toBeUndefined();
		expect(labels.localeOf('نوشتن به فارسی و عربی')).toBeUndefined();
		expect(labels.localeOf('fa')).toBeUndefined();
	});
});
