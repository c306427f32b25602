import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import { type Browser, chromium } from 'playwright-core';
import { testChromium } from './chromium.mjs';

/**
 * What the build tests that look at a built site in a real browser share: a local server on a
 * free port, and Chromium (Debian's where installed, as in CI: tests/support/chromium.mjs).
 */

/** Starts `server` on a free port of this machine; returns its origin (`http://127.0.0.1:<port>`). */
export async function listenLocally(server: Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Launches headless Chromium as the build tests run it. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: testChromium(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
}

/**
 * Launches Chromium for Lighthouse (through chrome-launcher, as Lighthouse drives it): the full
 * browser, never the headless shell (tests/support/chromium.mjs says why), and quiet (no
 * background network, updates or sync to time).
 */
export function launchAuditChrome(): Promise<chromeLauncher.LaunchedChrome> {
	return chromeLauncher.launch({
		chromePath: testChromium({ full: true }),
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}
