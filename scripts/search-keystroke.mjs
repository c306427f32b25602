#!/usr/bin/env node
/**
 * Per-keystroke search time on a built site, as the budget states it: Chromium with
 * the CPU throttled 4× (CDP `Emulation.setCPUThrottlingRate`), after a first search has
 * loaded Pagefind and the lexicon, the median time from a keystroke's search starting to
 * its results settled on the page. The search page waits for typing to pause (its
 * debounce) before searching; that wait is not search work and is left out: the clock
 * starts when the page shows "searching" (the search has begun) and stops at the
 * `bayan:search` event the page raises once the results are in the DOM.
 *
 * Usage: `node scripts/search-keystroke.mjs [--dir dist] [--port 4391]`; `npm run bench`
 * imports {@link measureKeystrokes}.
 */
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSite } from './lib/site-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Per language, the first search, then what the reader types next, one key at a time. */
export const KEYSTROKE_QUERIES = {
	fa: { first: 'سفارش', typed: ' کد تخفیفم کار نمیکنه' },
	ar: { first: 'الطلب', typed: ' شلون ارجع الطلب' },
	en: { first: 'order', typed: ' cant log in to my account' },
};

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Median per-keystroke search time per language.
 * @param {string} dist built site
 * @param {{ port?: number, rate?: number }} [options]
 * @returns {Promise<{ rate: number, languages: Record<string, { medianMs: number, samples: number, maxMs: number }>, medianMs: number } | undefined>}
 */
export async function measureKeystrokes(dist, options = {}) {
	const rate = options.rate ?? 4;
	const site = await openSite(dist, { port: options.port ?? 4391 });
	if (!site) return undefined;
	try {
		const languages = {};
		const all = [];
		for (const [lang, { first, typed }] of Object.entries(KEYSTROKE_QUERIES)) {
			const page = await site.browser.newPage();
			await page.goto(`${site.origin}/${lang}/search/`);
			await page.evaluate(() => {
				const panel = document.querySelector('[data-search-status]')?.closest('[data-searching]');
				const status = document.querySelector('[data-search-status]');
				const searching = panel?.getAttribute('data-searching') ?? '';
				window.__searches = [];
				let started = 0;
				new MutationObserver(() => {
					if (status.textContent === searching && !started) started = performance.now();
				}).observe(status, { childList: true, characterData: true, subtree: true });
				document.addEventListener('bayan:search', () => {
					if (started) window.__searches.push(performance.now() - started);
					started = 0;
				});
			});
			const input = page.locator('#search-page-input');
			// The first search loads Pagefind, its WebAssembly and the lexicon: not a keystroke.
			await input.fill(first);
			await page.waitForFunction(() => window.__searches.length === 1, null, { timeout: 30000 });
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			let settled = 1;
			for (const key of typed) {
				await input.pressSequentially(key);
				// A space alone changes no query (it is trimmed), so no search runs for it.
				if (key === ' ') continue;
				settled++;
				await page.waitForFunction((n) => window.__searches.length >= n, settled, { timeout: 30000 });
			}
			const samples = (await page.evaluate(() => window.__searches)).slice(1);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await page.close();
			languages[lang] = { medianMs: Math.round(median(samples)), samples: samples.length, maxMs: Math.round(Math.max(...samples)) };
			all.push(...samples);
		}
		// Other work on the machine slows a throttled page further: say how busy it was.
		return { rate, languages, medianMs: Math.round(median(all)), load: Number(loadavg()[0].toFixed(1)), cores: cpus().length };
	} finally {
		await site.close();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	const result = await measureKeystrokes(resolve(root, option('dir', 'dist')), { port: Number(option('port', '4391')) });
	if (!result) {
		console.error('Keystroke bench: needs playwright-core and a built site with a search index');
		process.exit(1);
	}
	for (const [lang, value] of Object.entries(result.languages)) console.log(`${lang}: median ${value.medianMs} ms per keystroke (${value.samples} keystrokes, slowest ${value.maxMs} ms)`);
	console.log(`per-keystroke search, CPU ${result.rate}× throttled: median ${result.medianMs} ms (budget ≤ 50 ms); load average ${result.load} on ${result.cores} cores`);
}
