import { describe, expect, it } from 'vitest';
import { isolate, visibleControls } from '../../src/features/cms/bidi';

/**
 * Names shown inside the admin's messages (cms/bidi.ts): every invisible or directional character
 * of a value is shown as an escape, so two names that look the same never read as one, and
 * Persian names keep their zero width non-joiner.
 */
describe('characters of a name shown as escapes', () => {
	it.each([
		['soft hyphen', '\u00AD', '\\u{AD}'],
		['combining grapheme joiner', '\u034F', '\\u{34F}'],
		['function application', '\u2061', '\\u{2061}'],
		['Hangul filler', '\u3164', '\\u{3164}'],
		['variation selector 16', '\uFE0F', '\\u{FE0F}'],
		['tag latin capital A', '\u{E0041}', '\\u{E0041}'],
		['tab', '\t', '\\u{9}'],
		['line separator', '\u2028', '\\u{2028}'],
		['right-to-left override', '\u202E', '\\u{202E}'],
	])('escapes the %s', (_name, character, shown) => {
		expect(visibleControls(`gift${character}cards`)).toBe(`gift${shown}cards`);
		expect(isolate(`gift${character}cards`)).toBe(`\u2068gift${shown}cards\u2069`);
	});

	it('keeps the zero width non-joiner and joiner Persian names need', () => {
		const name = 'می\u200Cخواهم';
		expect(visibleControls(name)).toBe(name);
		expect(visibleControls('a\u200Db')).toBe('a\u200Db');
	});
});
