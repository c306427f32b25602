import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/core/message-format';
import { issueMessages } from '../../src/features/cms/browser/validation';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { namedFilesLimit, unreadFilesMessage, type Wording } from '../../src/features/cms/messages';

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
