import { describe, expect, it } from 'vitest';
import { isInternalHref } from '../../src/core/safe-href';
import { noticeGuardScript } from '../../src/features/notices/notice-guard';

describe('isInternalHref, the one check for a path on this site', () => {
	it('accepts the paths the site builds', () => {
		for (const href of ['/', '/fa/', '/en/notices/payment-delay/', '/fa/status/#history', '/en/search/?q=a']) expect(isInternalHref(href), href).toBe(true);
	});

	it('refuses what a browser reads as another site or a scheme', () => {
		for (const href of [
			'//evil.example/',
			'/\\evil.example/',
			'/\t/evil.example/',
			'/\n/evil.example/',
			'/\r/evil.example',
			'/ /x',
			'/fa/\u0000',
			'/fa/\u007f',
			'/fa\\..\\x',
			// Dot segments: resolved, these paths start with `//` (found by an adversarial review).
			'/..//evil.example',
			'/.//evil',
			'/fa/../',
			'/fa/.?x',
			'https://evil.example/',
			'javascript:alert(1)',
			'fa/',
			'',
			' /fa/',
		])
			expect(isInternalHref(href), JSON.stringify(href)).toBe(false);
	});

	it('is the check the banner script runs in the browser', () => {
		expect(noticeGuardScript()).toContain(isInternalHref.toString());
		// Serialised with toString(), it must run on its own, with nothing from this module's scope.
		const alone = new Function(`return (${isInternalHref.toString()})`)() as typeof isInternalHref;
		expect(alone('/fa/')).toBe(true);
		expect(alone('/\t/evil.example')).toBe(false);
	});
});
