import { describe, expect, it } from 'vitest';
import { fontMeasure, measureText, orderLines, visualRuns, visualString, wrapText, type DirectionalRun } from '../../src/features/og/text-layout';

const pairs = (runs: DirectionalRun[]): Array<[string, string]> => runs.map((run) => [run.text, run.dir]);

describe('visualRuns', () => {
	it('places an English product name and a Persian year where a browser would', () => {
		// Reading right to left: راهنمای, "Astro 7", برای, ۱۴۰۵ at the far left.
		expect(pairs(visualRuns('راهنمای Astro 7 برای ۱۴۰۵', 'rtl'))).toEqual([
			['۱۴۰۵', 'ltr'],
			[' برای ', 'rtl'],
			['Astro 7', 'ltr'],
			['راهنمای ', 'rtl'],
		]);
		expect(visualString('راهنمای Astro 7 برای ۱۴۰۵', 'rtl')).toBe('۱۴۰۵ یارب Astro 7 یامنهار');
	});

	it('keeps "iOS 18" together and left to right inside Arabic', () => {
		expect(pairs(visualRuns('تحديث iOS 18 للتطبيق', 'rtl'))).toEqual([
			[' للتطبيق', 'rtl'],
			['iOS 18', 'ltr'],
			['تحديث ', 'rtl'],
		]);
	});

	it('mirrors brackets of a right-to-left parenthetical after an order number', () => {
		const runs = visualRuns('سفارش BZ-48213 (ارسال‌شده)', 'rtl');
		expect(pairs(runs)).toEqual([
			[' (ارسال‌شده)', 'rtl'],
			['BZ-48213', 'ltr'],
			['سفارش ', 'rtl'],
		]);
		// What the reader sees at the left edge is an opening bracket: the mirrored ")".
		expect(runs[0]?.visual).toBe('(هدش‌لاسرا) ');
		expect(visualString('سفارش BZ-48213 (ارسال‌شده)', 'rtl')).toBe('(هدش‌لاسرا) BZ-48213 شرافس');
	});

	it('leaves run text unmirrored for renderers that mirror while shaping', () => {
		const [run] = visualRuns('(ارسال)', 'rtl');
		expect(run).toEqual({ text: '(ارسال)', dir: 'rtl', visual: '(لاسرا)' });
	});

	it('puts a number before its Latin unit, right to left', () => {
		expect(visualString('وزن ۱۲ kg است', 'rtl')).toBe('تسا kg ۱۲ نزو');
		expect(pairs(visualRuns('۱۲ kg', 'rtl'))).toEqual([
			['kg', 'ltr'],
			[' ', 'rtl'],
			['۱۲', 'ltr'],
		]);
	});

	it('keeps Arabic-Indic digits in reading order', () => {
		expect(visualString('الطلب ١٢٣٤', 'rtl')).toBe('١٢٣٤ بلطلا');
	});

	it('sends end punctuation to the end of the line in reading order', () => {
		expect(visualString('چطور iOS را به‌روز کنم؟', 'rtl')).toBe('؟منک زور‌هب ار iOS روطچ');
		expect(visualString('Hello, دنیا.', 'ltr')).toBe('Hello, ایند.');
		expect(visualString('سلام، Ali!', 'rtl')).toBe('!Ali ،مالس');
	});

	it('keeps brackets around Latin words the right way round in Persian', () => {
		expect(visualString('قیمت (USD) است', 'rtl')).toBe('تسا (USD) تمیق');
		expect(visualString('Order (ارسال) sent', 'ltr')).toBe('Order (لاسرا) sent');
	});

	it('returns pure left-to-right and pure right-to-left text as one run', () => {
		expect(pairs(visualRuns('Track your order', 'ltr'))).toEqual([['Track your order', 'ltr']]);
		expect(pairs(visualRuns('پیگیری سفارش', 'rtl'))).toEqual([['پیگیری سفارش', 'rtl']]);
		expect(visualRuns('', 'rtl')).toEqual([]);
	});

	it('honours the base direction rather than guessing it from the first letter', () => {
		expect(visualString('iOS را به‌روز کنید', 'rtl')).toBe('دینک زور‌هب ار iOS');
		expect(visualString('iOS را به‌روز کنید', 'ltr')).toBe('iOS دینک زور‌هب ار');
	});

	it('resolves levels on the paragraph, then reorders each line', () => {
		const lines = orderLines(['سفارش BZ-48213', '(ارسال‌شده) رسید'], 'rtl');
		expect(lines.map(pairs)).toEqual([
			[
				['BZ-48213', 'ltr'],
				['سفارش ', 'rtl'],
			],
			[['(ارسال‌شده) رسید', 'rtl']],
		]);
	});
});

describe('wrapText', () => {
	const titles = [
		'راهنمای کامل پیگیری سفارش‌های ارسال‌شده با پست پیشتاز و تیپاکس در روزهای تعطیل رسمی',
		'كيفية استرداد المبلغ بعد إلغاء الطلب عبر تطبيق iOS 18 أو الموقع الإلكتروني',
		'How to change the delivery address of an order that has already shipped',
		'راهنمای Astro 7 برای ۱۴۰۵ و سفارش BZ-48213 (ارسال‌شده)',
	];

	it('never exceeds the width and keeps every word whole', () => {
		for (const title of titles) {
			for (const [width, size] of [
				[1040, 64],
				[700, 52],
				[500, 44],
				[320, 38],
			] as const) {
				const lines = wrapText(title, width, size);
				for (const line of lines) expect(measureText(line, size)).toBeLessThanOrEqual(width);
				// Breaks only at spaces: the lines are the words, in order, untouched.
				expect(lines.join(' ')).toBe(title);
				expect(lines.flatMap((line) => line.split(' '))).toEqual(title.split(' '));
			}
		}
	});

	it('fills lines greedily', () => {
		expect(wrapText('a b c', 1000, 40)).toEqual(['a b c']);
		const lines = wrapText(titles[0] ?? '', 600, 52);
		for (let i = 0; i + 1 < lines.length; i++) {
			const next = lines[i + 1]?.split(' ')[0] ?? '';
			expect(measureText(`${lines[i]} ${next}`, 52)).toBeGreaterThan(600);
		}
	});

	it('never breaks at a zero-width non-joiner', () => {
		const lines = wrapText('می‌خواهم سفارش‌هایم را ببینم', measureText('سفارش‌هایم', 40) + 1, 40);
		expect(lines).toContain('سفارش‌هایم');
		expect(lines).toContain('می‌خواهم');
	});

	it('collapses whitespace and returns nothing for blank text', () => {
		expect(wrapText('  سلام \n  دنیا  ', 1000, 40)).toEqual(['سلام دنیا']);
		expect(wrapText('   ', 1000, 40)).toEqual([]);
	});

	it('cuts a word wider than a whole line between graphemes, as a last resort', () => {
		const word = 'Supercalifragilisticexpialidocious';
		const lines = wrapText(word, 200, 40);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(word);
		for (const line of lines) expect(measureText(line, 40)).toBeLessThanOrEqual(200);
	});

	it('rejects impossible widths', () => {
		expect(() => wrapText('سلام', 0, 40)).toThrow(RangeError);
	});
});

describe('measureText', () => {
	it('measures Arabic letters in their joined forms', () => {
		// Joined, "سلام" is much narrower than its four letters standing alone.
		const joined = measureText('سلام', 64);
		const isolated = measureText('س ل ا م', 64) - 3 * measureText(' ', 64);
		expect(joined).toBeLessThan(isolated * 0.85);
		// A ZWNJ stops the join, so the word gets wider, not narrower.
		expect(measureText('می‌شود', 64)).toBeGreaterThan(measureText('میشود', 64));
	});

	it('scales with font size and treats marks as zero width', () => {
		expect(measureText('Bayan', 64)).toBeCloseTo(measureText('Bayan', 32) * 2, 6);
		expect(measureText('تحدّث', 40)).toBeCloseTo(measureText('تحدث', 40), 6);
	});

	it('refuses fonts it cannot read, saying why', () => {
		let caught: unknown;
		try {
			fontMeasure(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]));
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(Error);
		expect((caught as Error).message).toMatch(/advance widths/);
		expect((caught as Error).cause).toBeDefined();
	});
});
