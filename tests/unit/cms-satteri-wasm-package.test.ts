import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SATTERI_WASM_INTEGRITY, satteriVersion, satteriWasmFile } from '../../src/features/cms/satteri-wasm-package';

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

describe('satteri’s WebAssembly for the admin', () => {
	it('is fetched once, at the installed satteri’s version', () => {
		const { root, calls, integrity } = project('9.8.7', '9.8.7');
		const pins = { '9.8.7': integrity };
		const wasm = satteriWasmFile(root, pins);
		expect(readFileSync(wasm, 'utf8')).toBe('wasm');
		expect(wasm).toBe(join(root, 'node_modules/.cache/bayan-satteri-wasm/9.8.7/package/satteri_napi.wasm32-wasi.wasm'));
		expect(satteriWasmFile(root, pins)).toBe(wasm);
		expect(calls()).toEqual([`pack @bruits/satteri-wasm32-wasi@9.8.7 --pack-destination ${calls()[0]!.split(' ')[3]} --silent`]);
	});

	it('is refused at another version, and nothing is kept', () => {
		const { root, integrity } = project('9.8.7', '9.8.6');
		expect(() => satteriWasmFile(root, { '9.8.7': integrity })).toThrow(/cannot fetch @bruits\/satteri-wasm32-wasi@9\.8\.7/);
		expect(() => readFileSync(join(root, 'node_modules/.cache/bayan-satteri-wasm/9.8.7/package/package.json'))).toThrow();
	});

	it('is refused when the tarball is not the pinned one, or no pin exists for the version, and nothing is kept', () => {
		const { root, integrity } = project('9.8.7', '9.8.7');
		const kept = join(root, 'node_modules/.cache/bayan-satteri-wasm/9.8.7/package/package.json');
		expect(() => satteriWasmFile(root, { '9.8.7': `${integrity.slice(0, -4)}AAA=` })).toThrow(/cannot fetch/);
		expect(() => readFileSync(kept)).toThrow();
		expect(() => satteriWasmFile(root, {})).toThrow(/cannot fetch/);
		expect(() => readFileSync(kept)).toThrow();
	});

	it('has an integrity pinned for the installed satteri (upgrading satteri needs a new pin)', () => {
		expect(SATTERI_WASM_INTEGRITY[satteriVersion(process.cwd())]).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
	});
});
