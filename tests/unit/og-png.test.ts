import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encodePng, encodeRows, overRows, pngRows } from '../../src/features/og/png';

// pngjs ships no types (and @types/pngjs is not installed); this is the part we use.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
	PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

function pixels(width: number, height: number, alpha: (i: number) => number): Uint8Array {
	const data = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		data.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, alpha(i)], i * 4);
	}
	return data;
}

describe('encodePng', () => {
	it('writes an opaque image as RGB that decodes to the same pixels', () => {
		const data = pixels(37, 11, () => 255);
		const png = encodePng(data, 37, 11);
		expect(png[25]).toBe(2); // colour type: truecolour, no alpha channel
		const back = PNG.sync.read(png);
		expect([back.width, back.height]).toEqual([37, 11]);
		expect(Buffer.from(back.data).equals(Buffer.from(data))).toBe(true);
	});

	it('keeps the alpha channel when a pixel is not opaque', () => {
		const data = pixels(9, 5, (i) => (i === 17 ? 128 : 255));
		const png = encodePng(data, 9, 5);
		expect(png[25]).toBe(6); // truecolour with alpha
		expect(Buffer.from(PNG.sync.read(png).data).equals(Buffer.from(data))).toBe(true);
	});

	it('encodes a second, larger image after a smaller one with the reused row buffer', () => {
		const small = pixels(3, 2, () => 255);
		const large = pixels(50, 40, () => 255);
		encodePng(small, 3, 2);
		expect(Buffer.from(PNG.sync.read(encodePng(large, 50, 40)).data).equals(Buffer.from(large))).toBe(true);
		expect(Buffer.from(PNG.sync.read(encodePng(small, 3, 2)).data).equals(Buffer.from(small))).toBe(true);
	});

	it('refuses pixels that do not fill the stated size', () => {
		expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/Cannot encode 10 bytes as a 2×2 RGBA image/);
	});
});

describe('overRows', () => {
	// A template and a band of rows drawn over it, as draw.ts composes a card.
	const width = 23;
	const height = 17;
	const top = 5;
	const band = 7;
	function composed(base: Uint8Array, rows: Uint8Array): Buffer {
		const whole = Buffer.from(base);
		whole.set(rows, top * width * 4);
		return whole;
	}

	it('gives the pixels of the band over the base, as encodePng of the whole image does', () => {
		const base = pixels(width, height, () => 255);
		const rows = pixels(width, band, () => 255).map((value, i) => (i % 4 === 3 ? value : 255 - value));
		const png = encodeRows(overRows(pngRows(base, width, height), rows, top) as NonNullable<ReturnType<typeof overRows>>);
		expect(png[25]).toBe(2);
		expect(Buffer.from(PNG.sync.read(png).data).equals(composed(base, rows))).toBe(true);
		// The same bytes, not only the same pixels: cached cards stay valid (no renderer version bump).
		expect(png.equals(encodePng(composed(base, rows), width, height))).toBe(true);
	});

	it('leaves the base rows as they were for the next card', () => {
		const base = pixels(width, height, () => 255);
		const template = pngRows(base, width, height);
		overRows(template, new Uint8Array(width * band * 4).fill(255), top);
		const rows = pixels(width, band, () => 255);
		const png = encodeRows(overRows(template, rows, top) as NonNullable<ReturnType<typeof overRows>>);
		expect(Buffer.from(PNG.sync.read(png).data).equals(composed(base, rows))).toBe(true);
	});

	it('refuses a band with a pixel that is not opaque over RGB rows, so the card keeps its alpha', () => {
		const base = pixels(width, height, () => 255);
		const rows = pixels(width, band, (i) => (i === 30 ? 7 : 255));
		expect(overRows(pngRows(base, width, height), rows, top)).toBeUndefined();
	});

	it('puts a band into RGBA rows', () => {
		const base = pixels(width, height, (i) => (i === 3 ? 0 : 255));
		const rows = pixels(width, band, (i) => (i === 30 ? 7 : 255));
		const png = encodeRows(overRows(pngRows(base, width, height), rows, top) as NonNullable<ReturnType<typeof overRows>>);
		expect(png[25]).toBe(6);
		expect(Buffer.from(PNG.sync.read(png).data).equals(composed(base, rows))).toBe(true);
	});

	it('refuses a band that is not whole rows or does not fit', () => {
		const template = pngRows(
			pixels(width, height, () => 255),
			width,
			height,
		);
		expect(() => overRows(template, new Uint8Array(width * 4 * 3 + 4), top)).toThrow(/Cannot put/);
		expect(() => overRows(template, new Uint8Array(width * 4 * 13), top)).toThrow(/Cannot put/);
	});
});
