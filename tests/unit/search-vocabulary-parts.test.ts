import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/features/search/normalize';
import { buildUnderstanding, splitUnderstanding, type UnderstandingData } from '../../src/features/search/understanding/resources';
import { lexicon, loadWantedParts, partOf, understand, understandingFile } from '../../src/features/search/understanding/understand';

/** A made-up Persian help-centre corpus (never the demo's articles), one folded text per page. */
const pages = [
	'پیگیری سفارش با کد رهگیری در حساب کاربری',
	'ردیابی مرسوله و وضعیت ارسال سفارش',
	'بازگشت وجه و مرجوعی کالا',
	'سفارش لغو شده و بازپرداخت',
	'تغییر رمز عبور حساب کاربری',
	'ارسال رایگان برای خرید بالای مبلغ مشخص',
	'پشتیبانی تلفنی و ساعات کاری شعبه',
	'کد تخفیف در سبد خرید',
].map((text) => normalizeForSearch(text));

function split(data: UnderstandingData) {
	const { core, parts } = splitUnderstanding(data);
	const fetched: string[] = [];
	// As the browser has it: only the core, then each part read from the "server" on demand.
	const lazy = lexicon(JSON.parse(JSON.stringify(core)) as UnderstandingData, async (key) => {
		fetched.push(key);
		const text = parts.get(key);
		if (text === undefined) throw new Error(`no part ${key}`);
		return text;
	});
	return { core, parts, lazy, fetched };
}

describe('understanding data split by first letter', () => {
	const data = buildUnderstanding('fa', pages);

	it('keeps every vocabulary word in exactly the part of its first letter, and ships no vocabulary in the core', () => {
		const { core, parts } = split(data);
		expect(core.vocabulary).toBe('');
		expect(core.parts).toEqual([...parts.keys()]);
		const rejoined = [...parts.values()].flatMap((text) => text.split(' ')).sort();
		expect(rejoined).toEqual(data.vocabulary.split(' ').sort());
		for (const [key, text] of parts) for (const pair of text.split(' ')) expect(partOf(pair)).toBe(key);
		expect(parts.size).toBeGreaterThan(5);
	});

	it('names part files in plain ASCII beside the core file', () => {
		expect(understandingFile('fa')).toBe('understanding.fa.json');
		expect(understandingFile('fa', partOf('سفارش'))).toBe('understanding.fa.633.json');
	});

	it.each([
		'پیگیری سفارش',
		'سفارشم کجاست',
		'ردیابی مرسوله',
		'سفارس', // typo: one neighbouring key away
		'رمز عبورم',
		'کد تخفیف',
		'هیچچیزی',
	])('reads %s exactly as the whole vocabulary does, once its parts are loaded', async (query) => {
		const whole = lexicon(data);
		const { lazy } = split(data);
		await loadWantedParts(lazy, query);
		expect(understand(query, lazy)).toEqual(understand(query, whole));
		await loadWantedParts(lazy, query, { correct: false });
		expect(understand(query, lazy, { correct: false })).toEqual(understand(query, whole, { correct: false }));
	});

	it('fetches only the parts a correctly typed query reads, and every part for a typo', async () => {
		const plain = split(data);
		await loadWantedParts(plain.lazy, 'پیگیری سفارش');
		expect(plain.fetched).toContain(partOf('پیگیری'));
		expect(plain.fetched).toContain(partOf('سفارش'));
		expect(plain.fetched.length).toBeLessThan(plain.parts.size);
		expect(new Set(plain.fetched).size).toBe(plain.fetched.length);
		const typo = split(data);
		await loadWantedParts(typo.lazy, 'سفارس');
		expect(new Set(typo.fetched)).toEqual(new Set(typo.parts.keys()));
	});

	it('goes on with what it has when a part cannot be fetched', async () => {
		const { core } = split(data);
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (error: unknown) => errors.push(error);
		try {
			const broken = lexicon(core, () => Promise.reject(new Error('offline')));
			await loadWantedParts(broken, 'پیگیری سفارش');
			expect(understand('پیگیری سفارش', broken).units.map((unit) => unit.source)).toEqual(['پیگیری', 'سفارش']);
		} finally {
			console.error = original;
		}
		expect(errors.length).toBeGreaterThan(0);
		expect(String((errors[0] as Error).message)).toContain('vocabulary part');
	});
});
