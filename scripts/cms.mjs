#!/usr/bin/env node
/**
 * `npm run cms`: local editing in one command. Starts a guard (scripts/lib/cms-proxy.mjs:
 * only this machine's pages, only `src/content/` and images in `public/media/`) with
 * decap-server's local file-system backend (which reads and writes this checkout's files
 * directly) running inside it, and Astro's dev server; stops both when one stops or on
 * Ctrl+C. Open http://localhost:4321/admin/.
 *
 * Ports: `DECAP_SERVER_PORT` (default 8081) is the guard, which the generated CMS
 * configuration points at (the dev server gets the variable too); decap-server has no port
 * of its own, so nothing reaches it but through the guard. `BAYAN_DEV_PORT` (default 4321)
 * is the dev server.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCmsProxy } from './lib/cms-proxy.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const decapPort = Number(process.env.DECAP_SERVER_PORT ?? 8081);
const devPort = Number(process.env.BAYAN_DEV_PORT ?? 4321);

/** Fails early with a clear message instead of a stack trace from whichever server loses the race. */
function assertFree(port, variable) {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', (cause) => reject(new Error(`Port ${port} is in use; set ${variable} to a free port, e.g. ${variable}=${port + 10} npm run cms`, { cause })));
		probe.listen(port, () => probe.close(() => resolvePort(port)));
	});
}

try {
	await assertFree(decapPort, 'DECAP_SERVER_PORT');
	await assertFree(devPort, 'BAYAN_DEV_PORT');
} catch (error) {
	console.error(error.message);
	process.exit(1);
}

const env = { ...process.env, DECAP_SERVER_PORT: String(decapPort), ASTRO_TELEMETRY_DISABLED: '1' };
const children = [spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(devPort)], { cwd: root, stdio: 'inherit', env })];

// decap-server's backend runs in this process, inside the guard, on this checkout; it
// listens on no port, so only requests the guard has checked reach it.
const proxy = createCmsProxy({ repoPath: root });
proxy.on('error', (error) => {
	console.error(`The CMS guard cannot listen on port ${decapPort}: ${error.message}`);
	stop(1);
});
proxy.listen(decapPort, process.env.DECAP_BIND_HOST ?? 'localhost');

let stopping = false;
function stop(code) {
	if (stopping) return;
	stopping = true;
	proxy.close();
	proxy.closeAllConnections();
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

console.log(`\nBayan CMS: open http://localhost:${devPort}/admin/ (local backend, behind its guard, on port ${decapPort}; Ctrl+C stops both)\n`);
