import { describe, expect, it } from 'vitest';
import { digestOf, stableJson } from '../../src/core/digest';

describe('digestOf (cache keys of pages)', () => {
	it('sees inside Maps and Sets, which JSON.stringify writes as {}', () => {
		expect(JSON.stringify(new Map([['a', 1]]))).toBe('{}');
		expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
		expect(digestOf({ tags: new Set(['x']) })).not.toBe(digestOf({ tags: new Set(['y']) }));
		expect(stableJson({ at: new Date('2026-11-22T06:30:00Z'), url: new URL('https://a.example/x') })).toBe('{"at":"2026-11-22T06:30:00.000Z","url":"https://a.example/x"}');
	});

	it('is the same for the same data and tells the parts apart', () => {
		const article = { title: 'عنوان', updated: new Date('2026-11-01T00:00:00Z'), related: new Map([['fa', ['a', 'b']]]) };
		expect(digestOf(article, 'chrome')).toBe(digestOf(structuredClone(article), 'chrome'));
		expect(digestOf(article, 'chrome')).toMatch(/^[0-9a-f]{64}$/);
		// Parts are separated: moving text from one part to the next changes the digest.
		expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
		expect(digestOf({ a: undefined })).toBe(digestOf({}));
		expect(digestOf(undefined)).not.toBe(digestOf(null));
	});

	it('refuses a cycle instead of keying part of it', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(() => digestOf(cyclic)).toThrow();
	});
});
