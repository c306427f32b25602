import { describe, expect, it } from 'vitest';
import { dictionaries, numberLocale, t } from '../../src/core/i18n';
import { fillPlaceholders, formatMessage, pluralTemplate } from '../../src/core/message-format';
import { locales } from '../../src/site.config';

describe('the one message formatter', () => {
	it('gives browser code (which only has the message and the locale data) the same text as t() on the server', () => {
		for (const locale of locales) {
			for (const count of [0, 1, 2, 5, 11, 100]) {
				for (const key of ['search.resultCount', 'agent.resultCount', 'core.articleCount']) {
					const vars = { count, query: 'سفارش' };
					expect(formatMessage(dictionaries[locale][key]!, vars, numberLocale(locale)), `${locale} ${key} ${count}`).toBe(t(locale, key, vars));
				}
			}
		}
	});

	it('picks zero, then the Intl.PluralRules form, then other', () => {
		const message = { zero: 'none', one: 'one {count}', two: 'two {count}', other: 'many {count}' };
		expect(pluralTemplate(message, 0, 'en')).toBe('none');
		expect(pluralTemplate(message, 1, 'en')).toBe('one {count}');
		expect(pluralTemplate(message, 2, 'en')).toBe('many {count}');
		expect(pluralTemplate(message, 2, 'ar')).toBe('two {count}');
		expect(pluralTemplate({ other: 'x' }, 0, 'fa')).toBe('x');
	});

	it('writes numbers in the locale digits and leaves unknown placeholders visible', () => {
		expect(formatMessage('{count} / {missing}', { count: 12 }, { bcp47: 'fa-IR', numberingSystem: 'arabext' })).toBe('۱۲ / {missing}');
		expect(fillPlaceholders('{a}-{b}', { a: 'x', b: 3 })).toBe('x-3');
	});
});
