#!/usr/bin/env node
/**
 * The first search measured by `npm run bench` (issue 15: ≤ 100 KB at 1,000 articles per
 * locale), also runnable on its own against a built site, to iterate on a kept bench project:
 * `node scripts/lib/first-search.mjs <dist> [bayan|starlight]` prints the figures as JSON.
 *
 * Counted as the wire carries it: each response's body as received (Chromium's encoded body
 * size), with the compression scripts/serve.mjs applies, which is what the generated nginx
 * configuration and Cloudflare Pages or Netlify apply too (gzip for text; Pagefind's index,
 * fragment and WebAssembly files are gzipped by Pagefind on disk and sent as they are). The
 * decoded size is reported beside it.
 */
import { fileURLToPath } from 'node:url';
import { openSite } from './site-browser.mjs';

/** Two common Persian words of the corpus (both among its most frequent domain words): the first search measured. */
export const FIRST_SEARCH_QUERY = 'پیگیری سفارش';

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Loads a Persian page in Chromium, searches for two common words, and counts what the search
 * fetched: every response from the moment the page starts loading that belongs to the search
 * (Pagefind's files, our query-understanding data) or arrives after typing began, so a search
 * UI that preloads its code on idle is charged for it too. `kind` is `bayan` (its search page)
 * or `starlight` (the search dialog every Starlight page has).
 * @param {string} dist built site
 * @param {'bayan' | 'starlight'} [kind]
 * @returns {Promise<{ kb: number, decodedKb: number, ms: number, requests: number, files: { file: string, kb: number }[] } | { error: string } | undefined>}
 */
export async function firstSearch(dist, kind = 'bayan') {
	const site = await openSite(dist);
	if (!site) return undefined;
	try {
		const page = await site.browser.newPage();
		let typing = false;
		const reading = [];
		page.on('response', (response) => {
			const url = response.url();
			if (!typing && !/\/pagefind\//.test(url)) return;
			reading.push(
				(async () => {
					const body = await response.body();
					// Encoded (wire) size of the body; -1 when Chromium could not tell.
					const { responseBodySize } = await response.request().sizes();
					return { url: new URL(url).pathname, bytes: responseBodySize >= 0 ? responseBodySize : body.length, decoded: body.length };
				})().catch(() => undefined),
			);
		});
		await page.goto(`${site.origin}/fa/${kind === 'bayan' ? 'search/' : 'articles/synthetic-article-1/'}`);
		await page.waitForLoadState('networkidle');
		const started = Date.now();
		typing = true;
		if (kind === 'bayan') {
			await page.locator('#search-page-input').fill(FIRST_SEARCH_QUERY);
			await page.locator('[data-search-results] a').first().waitFor({ timeout: 30000 });
		} else {
			await page.locator('button[data-open-modal]').first().click();
			await page.locator('dialog input').first().fill(FIRST_SEARCH_QUERY);
			await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30000 });
		}
		const ms = Date.now() - started;
		await page.waitForLoadState('networkidle');
		const fetched = (await Promise.all(reading)).filter(Boolean);
		const bytes = fetched.reduce((sum, file) => sum + file.bytes, 0);
		const decoded = fetched.reduce((sum, file) => sum + file.decoded, 0);
		// What was fetched, largest first, so a change in the first search's cost can be traced to a file.
		const files = Object.entries(
			fetched.reduce((sum, file) => {
				const key = file.url
					.replace(/[-.][0-9a-f]{8,}(?=\.|$)/, '-*')
					.replace(/\/(fragment|index)\/[^/]+$/, '/$1/*')
					.replace(/\/understanding\.(\w+)\.[0-9a-f]+\.json$/, '/understanding.$1.*.json');
				sum[key] = (sum[key] ?? 0) + file.bytes;
				return sum;
			}, {}),
		)
			.sort((a, b) => b[1] - a[1])
			.map(([file, size]) => ({ file, kb: round(size / 1024, 1) }));
		return { kb: round(bytes / 1024, 1), decodedKb: round(decoded / 1024, 1), ms, requests: fetched.length, files };
	} catch (error) {
		return { error: String(error).slice(0, 300) };
	} finally {
		await site.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [dist, kind] = process.argv.slice(2);
	if (!dist) {
		console.error('Usage: node scripts/lib/first-search.mjs <dist> [bayan|starlight]');
		process.exit(2);
	}
	console.log(JSON.stringify(await firstSearch(dist, kind === 'starlight' ? 'starlight' : 'bayan'), null, 2));
}
