import { defineConfig, devices } from '@playwright/test';
import { DEMO_NOW } from './scripts/demo-clock.mjs';
import { testChromium } from './tests/support/chromium.mjs';
import { e2eDist } from './tests/support/e2e-site.mjs';

/**
 * Browser tests run against the suite's own site (tests/e2e/site: a second business, Sarvestan,
 * built from an empty start by tests/support/e2e-site.mjs, as of the demo clock), never the
 * owner's content or brand, served like a static host. Debian's Chromium is used where installed (this project's CI),
 * its headless shell first (tests/support/chromium.mjs); elsewhere Playwright's own browser (`npx playwright install chromium`).
 */
// A window is wanted (`--headed`, `--debug`, `--ui`, `PWDEBUG`): the headless shell has none. Workers load this
// file again without the command's arguments, so the runner's process passes what it saw on in the environment
// they inherit. (An editor extension's "show browser" sends none of these: run it with CHROMIUM_PATH=/usr/bin/chromium.)
if (process.argv.some((arg) => arg === '--headed' || arg === '--ui' || arg.startsWith('--debug') || arg.startsWith('--ui='))) process.env.BAYAN_HEADED = '1';
const headed = Boolean(process.env.BAYAN_HEADED || process.env.PWDEBUG);
const executablePath = testChromium({ full: headed });
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 3,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		// Set for every spec, not one: \`screenshot\` is a worker option, and a spec with its own value gets
		// its own kind of worker, which Playwright schedules after all the others. The serial CMS spec (the
		// longest group) then ran alone at the end while the second worker sat idle for four minutes.
		screenshot: 'only-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	projects: [
		// Accessibility, best practices and SEO hold no timing: audited alongside the site tests. Listed
		// first, so that its audits (one after another on one worker, about 45 s) start with the site tests
		// instead of after them, when the other workers had nothing left to do.
		{ name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/ },
		{ name: 'site', testIgnore: /lighthouse\.spec\.ts/ },
		// Lighthouse's simulated timings include real CPU time: the performance score is measured last,
		// on its own, so other tests competing for the two cores cannot lower it.
		{ name: 'lighthouse-performance', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site', 'lighthouse'] },
	],
	webServer: {
		command: `node tests/support/e2e-site.mjs && node scripts/serve.mjs --port ${port} --dir ${JSON.stringify(e2eDist)}`,
		url: `http://localhost:${port}/fa/`,
		timeout: 600_000,
		reuseExistingServer: !process.env.CI,
		// The production shape of the CMS backend (GitHub through an OAuth proxy), so the admin
		// tests sign in with the configuration a deployed site has; on localhost Decap uses the
		// local backend all the same.
		env: {
			BAYAN_NOW: process.env.BAYAN_NOW ?? DEMO_NOW,
			BAYAN_PRODUCTION: '1',
			DECAP_BACKEND: 'github',
			DECAP_REPO: 'example/help',
			DECAP_BASE_URL: 'https://auth.help.example',
		},
		stdout: 'pipe',
	},
});
