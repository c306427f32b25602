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
 * Lighthouse audits run in the full browser (`full`): the shell reports itself as
 * `HeadlessChrome`, for which Lighthouse marks its back/forward-cache audit "not applicable"
 * (judging nothing), and its performance timings are those of a lighter browser than a
 * customer's. `npm run bench` measures in the full browser too (scripts/lib/site-browser.mjs).
 */
import { existsSync } from 'node:fs';

/**
 * Debian's builds. The shell's binary itself before its `/usr/bin` wrapper: the wrapper is a
 * shell script that does not `exec`, so the process a runner starts (and may kill) would be the
 * script, not the browser. Older packages named the full browser chromium-browser.
 */
const systemBuilds = {
	shell: ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'],
	full: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
};

/**
 * The Chromium executable for a test run, or `undefined` for Playwright's own browser.
 * @param {{ full?: boolean }} [options] `full`: the whole browser is wanted (a window, or Lighthouse), not the headless shell
 * @returns {string | undefined}
 */
export function testChromium({ full = false } = {}) {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return [...(full ? [] : systemBuilds.shell), ...systemBuilds.full].find((path) => existsSync(path));
}
