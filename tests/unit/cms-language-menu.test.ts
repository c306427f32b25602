import { describe, expect, it } from 'vitest';
import { arPhrases } from '../../src/features/cms/ar-locale';
import { correctedFaPhrases, type Phrases } from '../../src/features/cms/fa-locale';
import fa from 'decap-cms-locales/dist/esm/fa';
import { namedConfirm, typeAheadIndex } from '../../src/features/cms/browser/language-menu';
import { paneLabels } from '../../src/features/cms/browser/rtl';
import arStrings from '../../src/features/cms/strings/ar.json';
import faStrings from '../../src/features/cms/strings/fa.json';

/**
 * Decap's translation controls speak in ISO codes: "copy from" asks whether to fill in the
 * fields "from FA", and its menus find items by code. The admin names the language instead,
 * in the admin's language, and finds menu items by the names it shows.
 */
const names = (strings: Record<string, unknown>) => ({ fa: String(strings['language.fa']), ar: String(strings['language.ar']), en: String(strings['language.en']) });
type WithConfirm = { editor: { editorControlPane: { i18n: { copyFromLocaleConfirm: string } } } };
const faConfirm = (correctedFaPhrases(structuredClone(fa) as Phrases) as unknown as WithConfirm).editor.editorControlPane.i18n.copyFromLocaleConfirm;
const arConfirm = (arPhrases as unknown as WithConfirm).editor.editorControlPane.i18n.copyFromLocaleConfirm;
/** Decap's own question, as EditorControlPane asks it (Polyglot fills %{locale} with the code in capitals). */
const decapAsks = (phrase: string, code: string) => phrase.replace('%{locale}', code.toUpperCase());

describe('the "copy from" question', () => {
	it('names the source language in the admin’s language instead of its code', () => {
		const asked = namedConfirm(decapAsks(faConfirm, 'ar'), paneLabels(faConfirm, names(faStrings)));
		expect(asked).toContain('عربی');
		expect(asked).not.toMatch(/\bAR\b/);
		expect(asked).toBe(faConfirm.replace('%{locale}', 'عربی'));
		expect(namedConfirm(decapAsks(arConfirm, 'fa'), paneLabels(arConfirm, names(arStrings)))).toBe(arConfirm.replace('%{locale}', 'الفارسية'));
	});

	it('leaves every other question as it is', () => {
		const labels = paneLabels(faConfirm, names(faStrings));
		expect(namedConfirm('تغییرات ذخیره نشده است. خارج می‌شوید؟', labels)).toBe('تغییرات ذخیره نشده است. خارج می‌شوید؟');
		expect(namedConfirm(decapAsks(faConfirm, 'de'), labels)).toBe(decapAsks(faConfirm, 'de'));
	});
});

describe('typing in a language menu', () => {
	const persian = ['فارسی', 'عربی', 'انگلیسی'];

	it('moves to the item whose shown name starts with the letter, in Persian script', () => {
		expect(typeAheadIndex(persian, 0, 'ع', 'fa-IR')).toBe(1);
		expect(typeAheadIndex(persian, 0, 'ا', 'fa-IR')).toBe(2);
		// A code is not what the editor sees: typing it finds nothing.
		expect(typeAheadIndex(persian, 0, 'a', 'fa-IR')).toBeUndefined();
	});

	it('steps through items with the same first letter, and narrows with more letters', () => {
		const english = ['Persian', 'Polish', 'English'];
		expect(typeAheadIndex(english, 0, 'p', 'en')).toBe(1);
		expect(typeAheadIndex(english, 1, 'p', 'en')).toBe(0);
		expect(typeAheadIndex(english, 0, 'Pe', 'en')).toBe(0);
		expect(typeAheadIndex(english, -1, 'e', 'en')).toBe(2);
		expect(typeAheadIndex(english, 0, '', 'en')).toBeUndefined();
	});

	it('reaches an Arabic name past the shared article by typing on', () => {
		const arabic = ['الفارسية', 'العربية', 'الإنجليزية'];
		expect(typeAheadIndex(arabic, -1, 'الع', 'ar')).toBe(1);
	});
});
