import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
