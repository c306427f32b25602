/**
 * Which Chromium the test suites run (browser suite, build tests, Lighthouse audits), chosen in
 * one place.
 *
 * Headless runs prefer Debian's `chromium-headless-shell`: the headless-only build of the same
 * Chromium version, the one Playwright itself runs for headless tests. The full browser in its
 * new headless mode brings the whole browser's processes along: on this project's two-core CI,
 * the browser suite's foundation spec took 66 s of wall time and 91 s of Chromium CPU with it,
 * 47 s and 50 s with the shell (same machine, same run). Then Debian's full `chromium`, then
 * Playwright's own browser (`npx playwright install chromium`) where neither is installed.
 * `CHROMIUM_PATH` overrides all of them.
 *
 * `npm run bench` does not use this: its keystroke timings are measured in the full browser a
 * customer runs (scripts/lib/site-browser.mjs).
 */
import { existsSync } from 'node:fs';

/** Debian's headless shell, then its full browser (older packages named it chromium-browser). */
const systemBuilds = {
	headless: ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
	headed: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
};

/**
 * The Chromium executable for a test run, or `undefined` for Playwright's own browser.
 * @param {{ headed?: boolean }} [options] `headed`: a window is wanted (the shell has none)
 * @returns {string | undefined}
 */
export function testChromium({ headed = false } = {}) {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return systemBuilds[headed ? 'headed' : 'headless'].find((path) => existsSync(path));
}
