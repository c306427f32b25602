import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAdminData } from '../../src/features/cms/cms-config';
import { bodyIssueMessage } from '../../src/features/cms/body-issues';
import { BodyCheckFailed, bodyAsWritten, bodyRefusal } from '../../src/features/cms/browser/body-check';
import { issueMessages } from '../../src/features/cms/browser/validation';
import { BodyError, bodyRules, parseAndCheck } from '../../src/features/content/check';
import { dictionaries } from '../../src/core/i18n';
import { locales } from '../../src/core/locales';

/**
 * The admin's body check is the build's allow-list (content/check.ts) with satteri's
 * WebAssembly build; these test the glue around it in-process, with the native satteri: the
 * refusal told in the editor's language with the body's line and column, every rule
 * translated, and the wasm loader exporting every name satteri's browser binding imports.
 */
const admin = buildAdminData({ env: {}, previewStyles: [] });
const messages = issueMessages(admin);
const label = admin.strings['field.body']!;
/** The message with the bidi isolates around code taken out, as a reader sees it. */
const seen = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The form's refusal of a body (browser/body-check.ts, the body as its file holds it). */
function refusal(body: string): string {
	const refused = bodyRefusal(body, messages, label);
	if (refused === undefined) throw new Error(`the allow-list accepted: ${body}`);
	return refused;
}

describe('the body check in the editor’s language (fa)', () => {
	it('names the element, the line and the column in Persian digits', () => {
		const message = refusal('سلام\n\nمتن <iframe src="/x"></iframe>\n');
		expect(seen(message)).toBe('«متن»، سطر ۳، ستون ۵: عنصر <iframe> در متن مجاز نیست.');
		// The code keeps its left-to-right order inside Persian text.
		expect(message).toContain('\u2068<iframe>\u2069');
	});

	it('names the attribute where it is written: an event handler and a javascript: link', () => {
		expect(seen(refusal('<p onclick="alert(1)">x</p>\n'))).toBe('«متن»، سطر ۱، ستون ۴: <p>: ویژگی رویداد (onclick) در متن مجاز نیست.');
		expect(seen(refusal('a\n<a href="javascript:alert(1)">x</a>\n'))).toBe(
			'«متن»، سطر ۲، ستون ۴: <a>: نشانی href (javascript:alert(1)) کد اجرا می‌کند یا مجاز نیست؛ از http، https، mailto، tel یا پیوندی در همین سایت استفاده کنید.',
		);
	});

	it('counts columns in characters after Persian text on the line', () => {
		expect(seen(refusal('متن آزمایشی.\n\nپیوند <a href="/fa/" onclick="alert(1)">اینجا</a>'))).toBe('«متن»، سطر ۳، ستون ۲۲: <a>: ویژگی رویداد (onclick) در متن مجاز نیست.');
	});

	it('accepts what the build accepts', () => {
		expect(() => parseAndCheck('## عنوان\n\n<kbd>Ctrl</kbd> و [پیوند](https://example.com)\n', { file: 'body', bodyLine: 1 })).not.toThrow();
	});

	it('checks the body as its file holds it: a blank line before it, a newline after it, UTF-8', () => {
		// A body that already starts with a blank line keeps its line numbers too.
		expect(seen(refusal('\nسلام\n<iframe src="/x"></iframe>\n'))).toMatch(/^«متن»، سطر ۳، ستون ۱: /);
		// A lone surrogate is written as U+FFFD: the tag after it is read as the build reads the file.
		expect(bodyAsWritten('Hi \uD800<b>').text).toBe('\nHi \uFFFD<b>\n');
		expect(refusal('Hi \uD800<iframe src="/x"></iframe>')).toMatch(/iframe/);
		// The size limit counts the file's two added newlines, as the build does.
		expect(seen(refusal('a'.repeat(262143)))).toMatch(/^«متن»: /);
	});

	it('says the body was not checked when the parser itself fails, instead of blaming the body', () => {
		const trapped = () => {
			throw new WebAssembly.RuntimeError('unreachable');
		};
		expect(() => bodyRefusal('x', messages, label, trapped)).toThrow(BodyCheckFailed);
		const wrapped = () => {
			throw new BodyError('body', 'the text cannot be read (unreachable)', { line: 1 }, 'invalidMdx', { detail: 'unreachable' }, { cause: new RangeError('Maximum call stack size exceeded') });
		};
		expect(() => bodyRefusal('x', messages, label, wrapped)).toThrow(BodyCheckFailed);
	});

	it('shows directional controls inside a value as escapes, one isolate per value', () => {
		const message = refusal('<a href="javascript:\u2069\u202Eevil.com/">x</a>\n');
		expect(message).not.toMatch(/[\u202A-\u202E]/);
		expect(message.match(/\u2068/g)).toHaveLength(message.match(/\u2069/g)!.length);
		expect(message).toContain('javascript:\\u{2069}\\u{202E}evil.com/');
	});

	it('keeps the build’s English words for an error that is not the allow-list’s', () => {
		expect(bodyIssueMessage(new Error('boom'), messages, label)).toBe('«متن»: boom');
	});
});

describe('body rules and their translations', () => {
	it('every rule the allow-list can raise has a message in every language, with the same placeholders', () => {
		for (const rule of bodyRules) {
			const placeholders = locales.map((locale) => {
				const message = dictionaries[locale][`cms.body.rule.${rule}`];
				expect(typeof message, `cms.body.rule.${rule} in ${locale}`).toBe('string');
				return [...String(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
			});
			expect(new Set(placeholders.map((names) => names.join()))).toHaveLength(1);
		}
	});

	it('the wasm loader exports every name satteri’s browser binding imports', () => {
		const binding = readFileSync('node_modules/satteri/dist/binding.browser.js', 'utf8');
		const wanted = /export \{([^}]*)\} from/
			.exec(binding)![1]!
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean);
		const loader = readFileSync('src/features/cms/browser/satteri-wasm.ts', 'utf8');
		const exported = /export const \{([^}]*)\} = napiModule\.exports/
			.exec(loader)![1]!
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean);
		expect(wanted.length).toBeGreaterThan(10);
		expect(exported.sort()).toEqual(wanted.sort());
	});
});
