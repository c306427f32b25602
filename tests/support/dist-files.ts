import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from '../../src/core/files-under.mjs';

/** The demo business's name in every spelling it is written in (a second brand's build must have none). */
export const demoTrace = /bazarak|بازارک|بازارك/i;

/** Every file of a built folder, as [site path, absolute path]. */
export function files(dir: string): [string, string][] {
	return filesUnder(dir).map((path) => [`/${path}`, join(dir, path)]);
}

/** A file's text, gunzipped if it is gzip (Pagefind's index), or undefined for binary files. */
export function textOf(path: string): string | undefined {
	const bytes = readFileSync(path);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
	if (['.png', '.woff2', '.woff', '.wasm', '.ico'].includes(extname(path))) return undefined;
	return bytes.toString('utf8');
}

/** The site paths of every file of a built folder that names the demo business (Pagefind's gzipped index read too). */
export function demoTraces(dir: string): string[] {
	return files(dir)
		.filter(([, path]) => demoTrace.test(textOf(path) ?? ''))
		.map(([site]) => site);
}
