import { describe, expect, it } from 'vitest';
import { contrastRatio, emptyBadgeColour, escapeXml, indicatorBadgeColours, statusBadgeColours, statusBadgeSvg, textColourOn, textWidth } from '../../src/features/status/badge';

/** Minimal well-formedness check: every tag closes in order and no bare `&` or `<` is left in text. */
function assertWellFormed(svg: string): void {
	const stack: string[] = [];
	for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
		const [, closing, tag, selfClosing] = match;
		if (selfClosing) continue;
		if (closing) expect(stack.pop()).toBe(tag);
		else stack.push(tag!);
	}
	expect(stack).toEqual([]);
	const text = svg.replace(/<[^>]*>/g, '');
	expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}

describe('statusBadgeSvg', () => {
	it('is an accessible image named "label: status"', () => {
		const svg = statusBadgeSvg('Payments', 'operational', statusBadgeColours.operational);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('aria-label="Payments: operational"');
		expect(svg).toContain('<title>Payments: operational</title>');
		expect(svg).toContain(`fill="${statusBadgeColours.operational}"`);
		assertWellFormed(svg);
	});

	it('escapes XML in labels and statuses', () => {
		const svg = statusBadgeSvg('A&B <"shop">', "it's <down>", '#b21f24');
		expect(svg).toContain('A&amp;B &lt;&quot;shop&quot;&gt;');
		expect(svg).toContain('it&apos;s &lt;down&gt;');
		expect(svg).not.toContain('<down>');
		assertWellFormed(svg);
		expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
	});

	it('rejects a colour that is not a hex colour', () => {
		expect(() => statusBadgeSvg('x', 'y', 'red"/><script>')).toThrow(/not a hex colour/);
	});

	it('sizes itself to its text', () => {
		const width = (svg: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
		const short = statusBadgeSvg('status', 'ok', '#1e7b34');
		const long = statusBadgeSvg('status', 'degraded performance', '#1e7b34');
		expect(width(long)).toBeGreaterThan(width(short) + 80);
		expect(textWidth('iii')).toBeLessThan(textWidth('mmm'));
		// Persian text is measured too, and zero-width joiners add nothing.
		expect(textWidth('وضعیت')).toBeGreaterThan(20);
		expect(textWidth('می\u200cشود')).toBe(textWidth('میشود'));
	});

	it('keeps Persian text intact', () => {
		const svg = statusBadgeSvg('وضعیت سرویس', 'برقرار', statusBadgeColours.operational);
		expect(svg).toContain('>وضعیت سرویس<');
		expect(svg).toContain('>برقرار<');
		assertWellFormed(svg);
	});
});

describe('badge colours', () => {
	it('give white text at least WCAG AA contrast', () => {
		for (const colour of [...Object.values(statusBadgeColours), ...Object.values(indicatorBadgeColours), emptyBadgeColour, '#555555']) {
			expect(contrastRatio('#ffffff', colour), colour).toBeGreaterThanOrEqual(4.5);
			expect(textColourOn(colour)).toBe('#ffffff');
		}
	});

	it('switch to dark text on a light colour a caller passes', () => {
		expect(textColourOn('#ffd33d')).toBe('#111111');
		const svg = statusBadgeSvg('status', 'odd', '#ffd33d');
		expect(svg).toContain('fill="#111111"');
		expect(contrastRatio('#111111', '#ffd33d')).toBeGreaterThanOrEqual(4.5);
	});

	it('computes the WCAG contrast ratio', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777', '#777777')).toBe(1);
	});
});
