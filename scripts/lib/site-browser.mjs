/**
 * The browser half of the measurements `npm run bench` makes (scripts/bench.mjs,
 * scripts/search-keystroke.mjs): serves a built site with scripts/serve.mjs on a local port
 * and opens headless Chromium through playwright-core, so every measurement starts and stops
 * them the same way and none leaves a server running.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A TCP port nobody listens on now. */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Serves `dist` and opens Chromium. Resolves to nothing when the measurement cannot run here:
 * playwright-core is not installed, or the site has no search index (both measurements search).
 * The caller must `close()` the session, in a `finally`.
 * @param {string} dist the built site
 * @param {{ port?: number }} [options] the port to serve on (default: a free one)
 * @returns {Promise<{ browser: import('playwright-core').Browser, origin: string, close: () => Promise<void> } | undefined>}
 */
export async function openSite(dist, options = {}) {
	let chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		return undefined;
	}
	if (!existsSync(join(dist, 'pagefind'))) return undefined;
	const port = options.port ?? (await freePort());
	const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist], { stdio: 'ignore' });
	// The server needs a moment to listen; the first page load would otherwise be refused.
	await new Promise((done) => setTimeout(done, 800));
	let browser;
	try {
		browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
	} catch (error) {
		server.kill();
		throw new Error('Chromium could not be started for the measurement', { cause: error });
	}
	return {
		browser,
		origin: `http://localhost:${port}`,
		close: async () => {
			await browser.close();
			server.kill();
		},
	};
}
