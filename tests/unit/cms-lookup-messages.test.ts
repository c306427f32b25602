import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/core/message-format';
import { issueMessages } from '../../src/features/cms/browser/validation';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { namedFilesLimit, skippedDraftMessage, strayPublishRefusal, unreadFilesMessage, type Wording } from '../../src/features/cms/messages';
import type { SkippedDraft } from '../../src/features/cms/open-drafts';

/**
 * The admin's messages about the Git host's look-up (cms/messages.ts), with the real strings of
 * each interface language: names from the repository isolated, so they cannot reorder the sentence.
 */
function wording(uiLocale: 'fa' | 'ar' | 'en'): Wording {
	const admin = buildAdminData({ env: {}, uiLocale, previewStyles: [] });
	return {
		say: (key, vars = {}) => {
			const message = admin.strings[key];
			if (message === undefined) throw new Error(`no string ${key}`);
			return fillPlaceholders(message, vars);
		},
		list: (items) => new Intl.ListFormat(admin.uiIntl.bcp47, { type: 'conjunction' }).format(items),
		number: issueMessages(admin).formatNumber,
	};
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
		expect(unreadFilesMessage(files, wording('en'))).toContain('and 35 more');
	});
});

describe('a draft branch holding what the CMS never writes', () => {
	const hijacked: SkippedDraft = { id: 'articles/hijacked\u202Edraft', collection: 'articles', slug: 'hijacked\u202Edraft', why: 'leftOut', files: ['src/content/articles/fa/track-your-order.mdx'] };
	const alsoOther: SkippedDraft = { id: 'articles/gift-cards', collection: 'articles', slug: 'gift-cards', why: 'otherFiles', files: ['src/content/articles/fa/track-your-order.mdx'] };

	it('is told naming the draft, its branch and the files, each isolated, a name’s own controls shown as escapes', () => {
		expect(skippedDraftMessage(hijacked, wording('fa'))).toBe(
			'پیش‌نویس «\u2068hijacked\\u{202E}draft\u2069» (شاخهٔ \u2068cms/articles/hijacked\\u{202E}draft\u2069) بیرون از سامانهٔ مدیریت محتوا تغییر کرده است (\u2068src/content/articles/fa/track-your-order.mdx\u2069) و در این بررسی نیامد. شاخهٔ آن را درست یا حذف کنید؛ تا آن زمان، برخورد با آن فقط هنگام ساختن سایت دیده می‌شود و انتشارش رد می‌شود.',
		);
		expect(skippedDraftMessage(alsoOther, wording('fa'))).toBe(
			'پیش‌نویس «\u2068gift-cards\u2069» (شاخهٔ \u2068cms/articles/gift-cards\u2069) جز پروندهٔ خودش این پرونده‌ها را هم تغییر داده است که سامانهٔ مدیریت محتوا نمی‌نویسد: \u2068src/content/articles/fa/track-your-order.mdx\u2069. بی آن‌ها بررسی شد، ولی تا شاخه درست نشود انتشارش رد می‌شود؛ وگرنه این تغییرها بی‌صدا به سایت می‌رسیدند.',
		);
		expect(skippedDraftMessage(alsoOther, wording('ar'))).toContain('المسودة «\u2068gift-cards\u2069» (الفرع \u2068cms/articles/gift-cards\u2069)');
		expect(skippedDraftMessage({ ...alsoOther, why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx'] }, wording('en'))).toBe(
			'The draft “\u2068gift-cards\u2069” (branch \u2068cms/articles/gift-cards\u2069) has a file in a language folder the site does not have (\u2068src/content/articles/de/gift-cards.mdx\u2069); it was checked without that file. Fix its branch before publishing it; until then its publish is refused.',
		);
	});

	it('is not published: the refusal names the branch and every file that is not its own', () => {
		const strayToo: SkippedDraft = { ...alsoOther, why: 'strayLanguage', files: ['src/content/articles/de/gift-cards.mdx'] };
		expect(strayPublishRefusal([alsoOther, strayToo], wording('en'))).toBe(
			'The branch of the draft “\u2068gift-cards\u2069” (\u2068cms/articles/gift-cards\u2069) holds files the CMS did not write: \u2068src/content/articles/de/gift-cards.mdx\u2069 and \u2068src/content/articles/fa/track-your-order.mdx\u2069. A publish merges the whole branch, so they would have been published unseen too; nothing was published. Fix the branch with Git (or delete the draft and write it again), then publish.',
		);
		expect(strayPublishRefusal([alsoOther], wording('fa'))).toMatch(/^شاخهٔ پیش‌نویس «\u2068gift-cards\u2069» \(\u2068cms\/articles\/gift-cards\u2069\) پرونده‌هایی دارد/);
		expect(strayPublishRefusal([], wording('fa')), 'a branch with only its own files').toBeUndefined();
	});
});
