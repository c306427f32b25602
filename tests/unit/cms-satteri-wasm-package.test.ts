import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { satteriWasmPlugin } from '../../src/features/cms/decap-integration';
import { lockedWasmPackage, satteriVersion, satteriWasmFile } from '../../src/features/cms/satteri-wasm-package';

/**
 * Fetching satteri's WebAssembly build for the admin (satteri-wasm-package.ts), with a stand-in
 * `npm` on the PATH that packs a made-up package: the wasm is taken only at the installed
 * satteri's version, and a fetched copy is reused without asking npm again.
 */
const made: string[] = [];
const path = process.env.PATH;
afterEach(() => {
	process.env.PATH = path;
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A project root with satteri at `version`, and a fake npm whose `pack` copies a tarball of a
 * package at `packed` (made once, so its integrity is known), logging its calls.
 */
function project(version: string, packed: string): { root: string; calls: () => string[]; integrity: string } {
	const root = mkdtempSync(join(tmpdir(), 'bayan-satteri-wasm-'));
	made.push(root);
	mkdirSync(join(root, 'node_modules/satteri'), { recursive: true });
	writeFileSync(join(root, 'node_modules/satteri/package.json'), JSON.stringify({ name: 'satteri', version }));
	const source = join(root, 'src/package');
	mkdirSync(source, { recursive: true });
	writeFileSync(join(source, 'package.json'), JSON.stringify({ version: packed }));
	writeFileSync(join(source, 'satteri_napi.wasm32-wasi.wasm'), 'wasm');
	const tarball = join(root, 'made.tgz');
	execFileSync('tar', ['-czf', tarball, '-C', join(root, 'src'), 'package']);
	const bin = join(root, 'bin');
	mkdirSync(bin);
	const log = join(root, 'npm.log');
	writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(log)}\ncp ${JSON.stringify(tarball)} "$4/pkg.tgz"\necho pkg.tgz\n`);
	chmodSync(join(bin, 'npm'), 0o755);
	process.env.PATH = `${bin}:${path}`;
	const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
	return { root, calls: () => readFileSync(log, 'utf8').trim().split('\n'), integrity };
}

/** Every copy of the wasm file under a project's cache. */
function cachedWasm(root: string): string[] {
	const cache = join(root, 'node_modules/.cache/bayan-satteri-wasm');
	if (!existsSync(cache)) return [];
	return readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.wasm'));
}

/** The cache folder's name for a version under a pin. */
const folderFor = (version: string, integrity: string) =>
	`${version}-${Buffer.from(integrity.replace(/^sha512-/, ''), 'base64')
		.toString('hex')
		.slice(0, 16)}`;

/** The cause's message of what `run` throws. */
function causeOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return String(((error as Error).cause as Error | undefined)?.message ?? '');
	}
	throw new Error('expected a failure');
}

describe('satteri’s WebAssembly for the admin', () => {
	it('is fetched once, at the installed satteri’s version, quickly or not at all (no retries)', () => {
		const { root, calls, integrity } = project('9.8.7', '9.8.7');
		const pins = { '9.8.7': integrity };
		const wasm = satteriWasmFile(root, pins);
		expect(readFileSync(wasm, 'utf8')).toBe('wasm');
		expect(wasm).toBe(join(root, 'node_modules/.cache/bayan-satteri-wasm', folderFor('9.8.7', integrity), 'package/satteri_napi.wasm32-wasi.wasm'));
		expect(satteriWasmFile(root, pins)).toBe(wasm);
		expect(calls()).toEqual([`pack @bruits/satteri-wasm32-wasi@9.8.7 --pack-destination ${calls()[0]!.split(' ')[3]} --silent --fetch-retries=0 --fetch-timeout=15000`]);
	});

	it('is refused at another version, and nothing is kept', () => {
		const { root, integrity } = project('9.8.7', '9.8.6');
		expect(causeOf(() => satteriWasmFile(root, { '9.8.7': integrity }))).toMatch(/gave version 9\.8\.6, not 9\.8\.7/);
		expect(cachedWasm(root)).toEqual([]);
	});

	it('is refused when the tarball is not the pinned one, or no pin exists, and nothing is kept', () => {
		const { root, integrity } = project('9.8.7', '9.8.7');
		expect(causeOf(() => satteriWasmFile(root, { '9.8.7': `${integrity.slice(0, -4)}AAA=` }))).toMatch(/integrity .* is not the pinned/);
		expect(cachedWasm(root)).toEqual([]);
		expect(causeOf(() => satteriWasmFile(root, {}))).toMatch(/package-lock\.json pins no integrity/);
		expect(cachedWasm(root)).toEqual([]);
	});

	it('does not trust a copy cached under another pin', () => {
		const { root, calls, integrity } = project('9.8.7', '9.8.7');
		const other = `sha512-${createHash('sha512').update('another tarball').digest('base64')}`;
		const stale = join(root, 'node_modules/.cache/bayan-satteri-wasm', folderFor('9.8.7', other), 'package');
		mkdirSync(stale, { recursive: true });
		writeFileSync(join(stale, 'satteri_napi.wasm32-wasi.wasm'), 'not the pinned wasm');
		expect(readFileSync(satteriWasmFile(root, { '9.8.7': integrity }), 'utf8')).toBe('wasm');
		expect(calls()).toHaveLength(1);
	});

	it('asks npm once per process after a failure (a dev server reloading the admin does not wait each time)', () => {
		const { root, calls, integrity } = project('9.8.7', '9.8.6');
		const pins = { '9.8.7': integrity };
		expect(() => satteriWasmFile(root, pins)).toThrow(/cannot fetch/);
		expect(() => satteriWasmFile(root, pins)).toThrow(/cannot fetch/);
		expect(calls()).toHaveLength(1);
	});

	it('takes its pin from package-lock.json, at the installed satteri’s version', () => {
		const locked = lockedWasmPackage(process.cwd());
		expect(locked?.version).toBe(satteriVersion(process.cwd()));
		expect(locked?.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
	});
});

describe('the admin bundle where satteri’s WebAssembly cannot be fetched', () => {
	it('still bundles (the binding’s named imports included), warns once, and the body check’s module throws when it loads', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bayan-satteri-plugin-'));
		made.push(dir);
		// What satteri's browser binding does: named re-exports of a module that re-exports all of the wasm package.
		writeFileSync(join(dir, 'browser.js'), "export * from '@bruits/satteri-wasm32-wasi';\n");
		writeFileSync(join(dir, 'binding.js'), "export { mdxToMdast, parseEsm } from './browser.js';\n");
		writeFileSync(join(dir, 'entry.js'), "import { mdxToMdast, parseEsm } from './binding.js';\nexport const parse = [mdxToMdast, parseEsm];\n");
		const warnings: string[] = [];
		let unavailable = 0;
		const plugin = satteriWasmPlugin(
			(message) => warnings.push(message),
			() => unavailable++,
			() => {
				throw new Error('cannot fetch', { cause: new Error('no registry') });
			},
		);
		await build({ entryPoints: [join(dir, 'entry.js')], bundle: true, format: 'esm', outfile: join(dir, 'out.mjs'), plugins: [plugin], logLevel: 'silent' });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/no registry.*the admin will not check bodies before saving/);
		expect(unavailable).toBe(1);
		await expect(import(pathToFileURL(join(dir, 'out.mjs')).href)).rejects.toThrow(/was not bundled \(it could not be fetched when the admin was built\)/);
	});
});
