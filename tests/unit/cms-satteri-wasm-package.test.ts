import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { satteriWasmFile } from '../../src/features/cms/satteri-wasm-package';

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

/** A project root with satteri at `version`, and a fake npm whose `pack` gives a package at `packed`, logging its calls. */
function project(version: string, packed: string): { root: string; calls: () => string[] } {
	const root = mkdtempSync(join(tmpdir(), 'bayan-satteri-wasm-'));
	made.push(root);
	mkdirSync(join(root, 'node_modules/satteri'), { recursive: true });
	writeFileSync(join(root, 'node_modules/satteri/package.json'), JSON.stringify({ name: 'satteri', version }));
	const bin = join(root, 'bin');
	mkdirSync(bin);
	const log = join(root, 'npm.log');
	writeFileSync(
		join(bin, 'npm'),
		`#!/bin/sh\necho "$@" >> ${JSON.stringify(log)}\ndest="$4"\nmkdir -p "$dest/src/package"\nprintf '{"version":"${packed}"}' > "$dest/src/package/package.json"\nprintf 'wasm' > "$dest/src/package/satteri_napi.wasm32-wasi.wasm"\ntar -czf "$dest/pkg.tgz" -C "$dest/src" package\necho pkg.tgz\n`,
	);
	chmodSync(join(bin, 'npm'), 0o755);
	process.env.PATH = `${bin}:${path}`;
	return { root, calls: () => readFileSync(log, 'utf8').trim().split('\n') };
}

describe('satteri’s WebAssembly for the admin', () => {
	it('is fetched once, at the installed satteri’s version', () => {
		const { root, calls } = project('9.8.7', '9.8.7');
		const wasm = satteriWasmFile(root);
		expect(readFileSync(wasm, 'utf8')).toBe('wasm');
		expect(wasm).toBe(join(root, 'node_modules/.cache/bayan-satteri-wasm/9.8.7/package/satteri_napi.wasm32-wasi.wasm'));
		expect(satteriWasmFile(root)).toBe(wasm);
		expect(calls()).toEqual([`pack @bruits/satteri-wasm32-wasi@9.8.7 --pack-destination ${calls()[0]!.split(' ')[3]} --silent`]);
	});

	it('is refused at another version, and nothing is kept', () => {
		const { root } = project('9.8.7', '9.8.6');
		expect(() => satteriWasmFile(root)).toThrow(/cannot fetch @bruits\/satteri-wasm32-wasi@9\.8\.7/);
		expect(() => readFileSync(join(root, 'node_modules/.cache/bayan-satteri-wasm/9.8.7/package/package.json'))).toThrow();
	});
});
