import { describe, expect, it } from 'vitest';
import { noticeGuardScript } from '../../src/features/notices/notice-guard';

describe('the inline notice guard', () => {
	it('is a self-contained program that hides ended notices and shows started ones', () => {
		// A minimal DOM: two notices, one ended an hour ago, one starting an hour ago.
		const now = Date.UTC(2026, 10, 22, 12);
		const iso = (offsetHours: number) => new Date(now + offsetHours * 3_600_000).toISOString();
		const items = [
			{ dataset: { notice: 'ended', start: iso(-5), end: iso(-1) }, hidden: false, hasAttribute: () => false },
			{ dataset: { notice: 'started', start: iso(-1) }, hidden: true, hasAttribute: () => false },
		];
		const banner = { hidden: true, classList: { add() {} }, addEventListener() {}, querySelectorAll: () => items, querySelector: () => null };
		const run = new Function('document', 'localStorage', 'Date', 'setInterval', 'addEventListener', noticeGuardScript());
		// biome-ignore lint/complexity/useArrowFunction: the script calls `new Date()`; an arrow function cannot be constructed.
		const FixedDate = Object.assign(function () {}, { now: () => now, parse: Date.parse });
		run({ querySelector: () => banner, getElementById: () => null }, { getItem: () => null, setItem() {} }, FixedDate, () => 0, () => undefined);
		expect(items.map((item) => item.hidden)).toEqual([true, false]);
		expect(banner.hidden).toBe(false);
	});
});
