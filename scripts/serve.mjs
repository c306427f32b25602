#!/usr/bin/env node
/**
 * Serves the built site like a plain static host (scripts/lib/static-server.mjs: sirv,
 * `_headers`, `_redirects`, localised 404s, gzip, no path escapes, no open redirects).
 * Used by `npm start`, `npm run serve` and the browser tests. Listens on 127.0.0.1 only.
 * Options: `--port N` (default 4321, or PORT), `--dir D` (default dist).
 */
import { createStaticServer } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4321'));
const dir = option('dir', 'dist');

const server = createStaticServer({ root: dir });
server.on('error', (cause) => {
	console.error(new Error(`Cannot serve ${dir} on port ${port}`, { cause }).message, `(${cause.message})`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir} on http://localhost:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections());
