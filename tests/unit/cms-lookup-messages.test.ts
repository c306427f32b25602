import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/core/message-format';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { adminWording } from '../../src/features/cms/browser/wording';
import { cutListingMessage, namedFilesLimit, skippedDraftMessage, strayPublishRefusal, unreadFilesMessage, type Wording } from '../../src/features/cms/messages';
import type { SkippedDraft } from '../../src/features/cms/open-drafts';

/**
 * The admin's messages about the Git host's look-up (cms/messages.ts), with the real strings of
 * each interface language: names from the repository isolated, so they cannot reorder the sentence.
 */
function wording(uiLocale: 'fa' | 'ar' | 'en'): Wording {
	const admin = buildAdminData({ env: {}, uiLocale, previewStyles: [] });
	// A missing string fails the test instead of showing its key.
	return adminWording(admin, (key, vars = {}) => {
		const message = admin.strings[key];
		if (message === undefined) throw new Error(`no string ${key}`);
		return fillPlaceholders(message, vars);
	});
}

describe('published files the host lists but Decap could not read', () => {
	it('are named, each isolated, in the interface language', () => {
		const files = ['src/content/articles/en/returns.mdx', 'src/content/articles/fa/2-step-login.mdx'];
		expect(unreadFilesMessage(files, wording('fa'))).toBe(
			'این پرونده‌های منتشرشده در مخزن (Git) هستند ولی خوانده نشدند: \u2068src/content/articles/en/returns.mdx\u2069 و \u2068src/content/articles/fa/2-step-login.mdx\u2069. پس قواعد بررسی نشد و چیزی تغییر نکرد. چند لحظه بعد دوباره امتحان کنید؛ اگر باز نشد، صفحه را دوباره بارگیری کنید.',
		);
		expect(unreadFilesMessage(files, wording('ar'))).toContain('\u2068src/content/articles/en/returns.mdx\u2069 و\u2068src/content/articles/fa/2-step-login.mdx\u2069');
		expect(unreadFilesMessage(files, wording('en'))).toContain('could not be read: \u2068src/content/articles/en/returns.mdx\u2069 and \u2068src/content/articles/fa/2-step-login.mdx\u2069.');
	});

	it('names the first few and counts the rest, in the interface’s digits', () => {
		const files = Array.from({ length: 40 }, (_, index) => `src/content/articles/fa/a-${String(index).padStart(2, '0')}.mdx`);
		const message = unreadFilesMessage(files, wording('fa'));
		expect(message.match(/\u2068/g)).toHaveLength(namedFilesLimit);
		expect(message).toContain('و ۳۵ پروندهٔ دیگر');
		expect(unreadFilesMessage(files, wording('en'))).toContain('and 35 more files');
	});

	it('counts the rest with the noun in the number the count takes (Arabic: one, two, 3–10, 11–99, 100 and up)', () => {
		const rest = (more: number, locale: 'ar' | 'en') =>
			unreadFilesMessage(
				Array.from({ length: namedFilesLimit + more }, (_, index) => `f${index}.mdx`),
				wording(locale),
			);
		expect(rest(1, 'ar')).toContain('ملف آخر');
		expect(rest(2, 'ar')).toContain('ملفان آخران');
		expect(rest(3, 'ar')).toContain('٣ ملفات أخرى');
		expect(rest(11, 'ar')).toContain('١١ ملفًا آخر');
		expect(rest(100, 'ar')).toContain('١٠٠ ملف آخر');
		expect(rest(1, 'en')).toContain('and 1 more file.');
	});
});

describe('a draft branch holding what the CMS never writes', () => {
	const hijacked: SkippedDraft = { id: 'articles/hijacked\u202Edraft', collection: 'articles', slug: 'hijacked\u202Edraft', why: 'leftOut', files: ['src/content/articles/fa/track-your-order.mdx'] };
	const alsoOther: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx'] };

	it('is told naming the draft, its branch and the files, each isolated, a name’s own controls shown as escapes', () => {
		expect(skippedDraftMessage(hijacked, wording('fa'))).toBe(
			'پیش‌نویس «\u2068hijacked\\u{202E}draft\u2069» (شاخهٔ \u2068cms/articles/hijacked\\u{202E}draft\u2069) بیرون از سامانهٔ مدیریت محتوا تغییر کرده است (پروندهٔ \u2068src/content/articles/fa/track-your-order.mdx\u2069) و در این بررسی نیامد. شاخهٔ آن را درست یا حذف کنید؛ تا آن زمان، برخورد با آن فقط هنگام ساختن سایت دیده می‌شود و انتشارش رد می‌شود.',
		);
		expect(skippedDraftMessage(alsoOther, wording('fa'))).toBe(
			'پیش‌نویس «\u2068gift-cards\u2069» (شاخهٔ \u2068cms/articles/gift-cards\u2069) جز پروندهٔ خودش این پرونده را هم تغییر داده است که سامانهٔ مدیریت محتوا نمی‌نویسد: \u2068src/content/articles/fa/track-your-order.mdx\u2069. بی آن بررسی شد، ولی تا شاخه درست نشود انتشارش رد می‌شود؛ وگرنه این تغییر بی‌صدا به سایت می‌رسید.',
		);
		expect(skippedDraftMessage(alsoOther, wording('ar'))).toContain('المسودة «\u2068gift-cards\u2069» (الفرع \u2068cms/articles/gift-cards\u2069)');
		expect(skippedDraftMessage({ ...alsoOther, why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx'] }, wording('en'))).toBe(
			'The draft “\u2068gift-cards\u2069” (branch \u2068cms/articles/gift-cards\u2069) has a file in a language folder the site does not have (\u2068src/content/articles/de/gift-cards.mdx\u2069); it was checked without that file. Fix its branch before publishing it; until then its publish is refused.',
		);
	});

	it('shows paragraph separators and invisible characters in a name as escapes: one would end the isolate, the other hide a different name', () => {
		const odd = ['\u2029', '\u0085', '\u001C', '\u001D', '\u001E', '\n', '\r', '\u200B', '\u2060', '\uFEFF'];
		const slug = `gift${odd.join('')}cards`;
		const message = skippedDraftMessage({ ...alsoOther, id: `articles/${slug}`, slug }, wording('en'));
		for (const char of odd) expect(message, `U+${char.codePointAt(0)!.toString(16)}`).not.toContain(char);
		expect(message).toContain('\u2068gift\\u{2029}\\u{85}\\u{1C}\\u{1D}\\u{1E}\\u{A}\\u{D}\\u{200B}\\u{2060}\\u{FEFF}cards\u2069');
	});

	it('says "a file" or "files" in a language folder the site lacks, as many as it names', () => {
		const two: SkippedDraft = { ...alsoOther, why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx', 'src/content/articles/tr/gift-cards.mdx'] };
		expect(skippedDraftMessage(two, wording('en'))).toContain('has files in language folders the site does not have (');
		expect(skippedDraftMessage(two, wording('en'))).toContain('it was checked without them.');
		expect(skippedDraftMessage(two, wording('ar'))).toContain('ملفان في مجلدات لغات');
		expect(skippedDraftMessage(two, wording('fa'))).toContain('پرونده‌هایی در پوشه‌های زبانی');
	});

	it('is not published: the refusal names the branch and every file that is not its own', () => {
		const strayToo: SkippedDraft = { ...alsoOther, why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx'] };
		expect(strayPublishRefusal([alsoOther, strayToo], wording('en'))).toBe(
			'The branch of the draft “\u2068gift-cards\u2069” (\u2068cms/articles/gift-cards\u2069) holds files the CMS did not write: \u2068src/content/articles/de/gift-cards.mdx\u2069 and \u2068src/content/articles/fa/track-your-order.mdx\u2069. A publish merges the whole branch, so they would have been published unseen too; nothing was published. Fix the branch with Git (or delete the draft and write it again), then publish.',
		);
		expect(strayPublishRefusal([alsoOther], wording('fa'))).toMatch(/^شاخهٔ پیش‌نویس «\u2068gift-cards\u2069» \(\u2068cms\/articles\/gift-cards\u2069\) پرونده‌ای دارد که/);
		expect(strayPublishRefusal([], wording('fa')), 'a branch with only its own files').toBeUndefined();
	});
});

/**
 * Messages about files speak of one file, two (Arabic's dual) or several, as many as there are:
 * each of the four look-up messages in each interface language, at a count of every plural
 * category Arabic has (`Intl.PluralRules('ar')`: one 1, two 2, few 3–10, many 11–99, other 100+).
 */
describe('messages about files, in the number their count takes', () => {
	const paths = (count: number) => Array.from({ length: count }, (_, index) => `src/content/articles/fa/a-${String(index).padStart(3, '0')}.mdx`);
	const messages = (count: number, locale: 'fa' | 'ar' | 'en') => {
		const files = paths(count);
		const about = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', files };
		return {
			unread: unreadFilesMessage(files, wording(locale)),
			otherFiles: skippedDraftMessage({ ...about, why: 'otherFiles' }, wording(locale)),
			leftOut: skippedDraftMessage({ ...about, why: 'leftOut' }, wording(locale)),
			publish: strayPublishRefusal([{ ...about, why: 'otherFiles' }], wording(locale))!,
		};
	};

	it('English: a file, or files', () => {
		expect(messages(1, 'en')).toEqual({
			unread: expect.stringMatching(/^This published file is in the repository \(Git\) but could not be read: /),
			otherFiles: expect.stringContaining(
				'also changes a file the CMS does not write: \u2068src/content/articles/fa/a-000.mdx\u2069. It was checked without it, but its publish is refused until the branch is fixed; otherwise that change',
			),
			leftOut: expect.stringContaining('was changed outside the CMS (the file \u2068src/content/articles/fa/a-000.mdx\u2069)'),
			publish: expect.stringContaining('holds a file the CMS did not write: \u2068src/content/articles/fa/a-000.mdx\u2069. A publish merges the whole branch, so it would have been published'),
		});
		expect(messages(2, 'en')).toEqual({
			unread: expect.stringMatching(/^These published files are in the repository/),
			otherFiles: expect.stringContaining('also changes files the CMS does not write: '),
			leftOut: expect.stringContaining('was changed outside the CMS (the files \u2068'),
			publish: expect.stringContaining('holds files the CMS did not write: '),
		});
	});

	it('Persian: one file, or files', () => {
		expect(messages(1, 'fa')).toEqual({
			unread: expect.stringMatching(/^این پروندهٔ منتشرشده در مخزن \(Git\) هست ولی خوانده نشد: /),
			otherFiles: expect.stringContaining('این پرونده را هم تغییر داده است'),
			leftOut: expect.stringContaining('تغییر کرده است (پروندهٔ \u2068'),
			publish: expect.stringContaining('پرونده‌ای دارد که سامانهٔ مدیریت محتوا ننوشته است'),
		});
		expect(messages(7, 'fa')).toEqual({
			unread: expect.stringMatching(/^این پرونده‌های منتشرشده در مخزن \(Git\) هستند ولی خوانده نشدند: .* و ۲ پروندهٔ دیگر\./),
			otherFiles: expect.stringContaining('این پرونده‌ها را هم تغییر داده است'),
			leftOut: expect.stringContaining('تغییر کرده است (پرونده‌های \u2068'),
			publish: expect.stringContaining('پرونده‌هایی دارد که'),
		});
	});

	it('Arabic: one file, two (the dual), and the plural for 3–10, 11–99 and 100 and more', () => {
		expect(messages(1, 'ar')).toEqual({
			unread: expect.stringMatching(/^هذا الملف المنشور موجود في المستودع \(Git\) لكنه لم يُقرأ: /),
			otherFiles: expect.stringContaining('هذا الملف الذي لا يكتبه نظام إدارة المحتوى: \u2068src/content/articles/fa/a-000.mdx\u2069. فُحصت من دونه،'),
			leftOut: expect.stringContaining('خارج نظام إدارة المحتوى (الملف \u2068'),
			publish: expect.stringContaining('يحوي ملفًا لم يكتبه نظام إدارة المحتوى'),
		});
		expect(messages(2, 'ar')).toEqual({
			unread: expect.stringMatching(/^هذان الملفان المنشوران موجودان في المستودع \(Git\) لكنهما لم يُقرآ: /),
			otherFiles: expect.stringContaining('هذين الملفين اللذين لا يكتبهما نظام إدارة المحتوى'),
			leftOut: expect.stringContaining('خارج نظام إدارة المحتوى (الملفان \u2068'),
			publish: expect.stringContaining('يحوي ملفين لم يكتبهما نظام إدارة المحتوى'),
		});
		// No number stands before the noun (the files are named), so every count from three on takes the plural.
		for (const [count, rest] of [
			[3, ''],
			[11, ' و٦ ملفات أخرى'],
			[100, ' و٩٥ ملفًا آخر'],
		] as const) {
			expect(new Intl.PluralRules('ar').select(count), `${count}`).toBe(({ 3: 'few', 11: 'many', 100: 'other' } as const)[count]);
			expect(messages(count, 'ar'), `${count} files`).toEqual({
				unread: expect.stringMatching(new RegExp(`^هذه الملفات المنشورة موجودة في المستودع \\(Git\\) لكنها لم تُقرأ: .*${rest}\\.`)),
				otherFiles: expect.stringContaining('هذه الملفات التي لا يكتبها نظام إدارة المحتوى'),
				leftOut: expect.stringContaining('خارج نظام إدارة المحتوى (الملفات \u2068'),
				publish: expect.stringContaining('يحوي ملفات لم يكتبها نظام إدارة المحتوى'),
			});
		}
	});
});

describe('numbers in the CMS’s messages', () => {
	it('are written one way, whether counted by a plural form or written alone', () => {
		for (const locale of ['fa', 'ar', 'en'] as const) {
			const say = wording(locale);
			expect(say.sayCount('lookup.moreFiles', 12_345), locale).toContain(say.number(12_345));
		}
		expect(wording('fa').sayCount('lookup.moreFiles', 12_345)).toBe('۱۲۳۴۵ پروندهٔ دیگر');
	});
});

describe('a draft left out with no file to name', () => {
	const unnamed: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'leftOut', files: [] };
	it('is told without an empty list, in each interface language (a count of 0 would pick Persian’s “one”, Arabic’s “zero”)', () => {
		expect(skippedDraftMessage(unnamed, wording('en'))).toBe(
			'The draft “\u2068gift-cards\u2069” (branch \u2068cms/articles/gift-cards\u2069) was changed outside the CMS and was left out of this check. Fix or delete its branch; until then a clash with it is only caught when the site builds, and its publish is refused.',
		);
		for (const locale of ['fa', 'ar'] as const) {
			const message = skippedDraftMessage(unnamed, wording(locale));
			expect(message, locale).not.toMatch(/\(\S*\s*\)|\{files\}|: \./);
			expect(message, locale).toContain('\u2068gift-cards\u2069');
		}
		expect(strayPublishRefusal([unnamed], wording('en'))).toBe(
			'The branch of the draft “\u2068gift-cards\u2069” (\u2068cms/articles/gift-cards\u2069) was changed outside the CMS. A publish merges the whole branch, so those changes would have been published unseen too; nothing was published. Fix the branch with Git (or delete the draft and write it again), then publish.',
		);
		expect(strayPublishRefusal([unnamed], wording('fa'))).toContain('بیرون از سامانهٔ مدیریت محتوا تغییر کرده است');
	});
});

describe('a draft branch changing more files than GitHub lists', () => {
	const cut: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'tooManyFiles', files: [] };

	it('is told, naming the draft, its branch and the limit in the interface’s digits', () => {
		expect(skippedDraftMessage(cut, wording('en'))).toBe(
			'The draft “\u2068gift-cards\u2069” (branch \u2068cms/articles/gift-cards\u2069) changes 300 files or more, and the Git host lists no more than 300 of a branch’s changes: the rest could not be checked. Fix its branch with Git; until then its publish is refused.',
		);
		expect(skippedDraftMessage(cut, wording('fa'))).toContain('۳۰۰ پرونده یا بیشتر');
		expect(skippedDraftMessage(cut, wording('ar'))).toContain('٣٠٠ ملف أو أكثر');
	});

	it('is not published, whatever else its branch holds: the files past the limit cannot be named', () => {
		const other: SkippedDraft = { ...cut, why: 'otherFiles', files: ['src/site.config.ts'] };
		expect(strayPublishRefusal([other, cut], wording('en'))).toBe(
			'The branch of the draft “\u2068gift-cards\u2069” (\u2068cms/articles/gift-cards\u2069) changes 300 files or more, and the Git host lists no more than 300 of them: the files past those could not be checked, and a publish merges the whole branch, so nothing was published. Fix the branch with Git (or delete the draft and write it again), then publish.',
		);
		expect(strayPublishRefusal([cut], wording('fa'))).toMatch(/^شاخهٔ پیش‌نویس «\u2068gift-cards\u2069» \(\u2068cms\/articles\/gift-cards\u2069\) ۳۰۰ پرونده یا بیشتر/);
		expect(strayPublishRefusal([cut], wording('ar'))).toContain('يغيّر ٣٠٠ ملف أو أكثر');
	});
});

describe('a draft matched to no comparison of its branch', () => {
	it('is not published, naming the draft and its branch, in each interface language', () => {
		const unread: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'renamesUnread', files: [] };
		expect(strayPublishRefusal([unread], wording('en'))).toBe(
			'The branch of the draft “\u2068gift-cards\u2069” (\u2068cms/articles/gift-cards\u2069) could not be matched to the Git host’s comparison of it, so a file it renames (which a publish would delete) could not be checked; nothing was published. Publish again; if it is refused again, reload the page, then publish.',
		);
		expect(strayPublishRefusal([unread], wording('fa'))).toMatch(/^شاخهٔ پیش‌نویس «\u2068gift-cards\u2069» \(\u2068cms\/articles\/gift-cards\u2069\)/);
		expect(strayPublishRefusal([unread], wording('ar'))).toContain('«\u2068gift-cards\u2069» (\u2068cms/articles/gift-cards\u2069)');
	});
});

describe('a draft renaming its own published file away', () => {
	const moved: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'renamedOwn', files: ['src/content/articles/fa/gift-cards.mdx'] };
	it('is warned about, naming the file, in each interface language, and its publish is not refused for it', () => {
		expect(skippedDraftMessage(moved, wording('en'))).toBe(
			'The draft “\u2068gift-cards\u2069” (branch \u2068cms/articles/gift-cards\u2069) renames its own published file \u2068src/content/articles/fa/gift-cards.mdx\u2069 to another path: publishing it deletes that file from the site. If that is not meant, fix the branch with Git before publishing.',
		);
		expect(skippedDraftMessage(moved, wording('fa'))).toContain('پروندهٔ منتشرشدهٔ خودش \u2068src/content/articles/fa/gift-cards.mdx\u2069');
		expect(skippedDraftMessage({ ...moved, files: [...moved.files, 'src/content/articles/en/gift-cards.mdx'] }, wording('ar'))).toContain('ملفيها المنشورين');
		expect(strayPublishRefusal([moved], wording('en'))).toBeUndefined();
	});
});

describe('a folder the Git host listed only in part', () => {
	it('is named, isolated (GitHub past its limit, or a tree that changed between two pages: a retry may help)', () => {
		expect(cutListingMessage('src/content/articles', wording('en'))).toBe(
			'The Git host listed only part of the folder \u2068src/content/articles\u2069 (its Git tree was cut short, or changed while it was read), so the rules could not be checked against every entry and nothing changed. Try again in a moment; if it is refused again, tell whoever maintains the site.',
		);
		expect(cutListingMessage('src/content/articles', wording('fa'))).toContain('فقط بخشی از پوشهٔ \u2068src/content/articles\u2069 را فهرست کرد');
		expect(cutListingMessage('src/content/articles', wording('ar'))).toContain('إلا جزءًا من المجلد \u2068src/content/articles\u2069');
	});
});
