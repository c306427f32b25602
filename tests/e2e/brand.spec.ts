import { expect, test } from '@playwright/test';
import { demoTraces } from '../support/dist-files';
import { siteBrand, siteDist, siteOrigin } from './helpers';

/**
 * The suite tests its own business (tests/e2e/site), built from an empty start, not the demo:
 * the served pages carry that brand, and nothing the web server built names the demo
 * business (issue 14: "a second brand built from an empty start … with no demo trace").
 */

test('the served site is the suite’s own business, in every language', async ({ request }) => {
	for (const locale of ['fa', 'ar', 'en'] as const) {
		const html = await (await request.get(`/${locale}/`)).text();
		expect(html, locale).toContain(`<title>${siteBrand.name[locale]}</title>`);
		expect(html, locale).toContain(`href="${siteOrigin}/${locale}/"`);
	}
});

test('no file of the built site names the demo business (the search index read too)', () => {
	expect(demoTraces(siteDist)).toEqual([]);
});
