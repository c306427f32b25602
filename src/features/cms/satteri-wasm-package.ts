import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * satteri's WebAssembly build (`@bruits/satteri-wasm32-wasi`), for the admin's body check.
 * npm will not install it as a dependency here: the package declares `"cpu": ["wasm32"]`, so
 * `npm install` refuses it on every real machine (EBADPLATFORM; satteri lists it as optional
 * and npm skips it). So the build fetches it with npm's own client (`npm pack`, the registry
 * the project installs from) at exactly the installed satteri's version, once per machine and
 * version, into `node_modules/.cache/` (shared by every build of the checkout, the test builds'
 * own caches included). One parser, one version: the form checks bodies with the same satteri as the build.
 */

/** The wasm package's name. */
export const satteriWasmPackage = '@bruits/satteri-wasm32-wasi';

/** The installed satteri's version (the wasm package is published with the same one). */
export function satteriVersion(root: string): string {
	return (JSON.parse(readFileSync(join(root, 'node_modules/satteri/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The path of satteri's `.wasm` at the installed version, fetched unless there; throws (with
 * the npm error as its cause) when it cannot be fetched.
 */
export function satteriWasmFile(root: string): string {
	const version = satteriVersion(root);
	const dir = join(root, 'node_modules/.cache/bayan-satteri-wasm', version);
	const wasm = join(dir, 'package/satteri_napi.wasm32-wasi.wasm');
	if (existsSync(wasm)) return wasm;
	const scratch = `${dir}.tmp-${process.pid}`;
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	try {
		const tarball = execFileSync('npm', ['pack', `${satteriWasmPackage}@${version}`, '--pack-destination', scratch, '--silent'], { cwd: scratch, encoding: 'utf8', timeout: 180_000 })
			.trim()
			.split('\n')
			.pop();
		if (!tarball) throw new Error('npm pack named no tarball');
		execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', scratch]);
		const manifest = JSON.parse(readFileSync(join(scratch, 'package/package.json'), 'utf8')) as { version?: string };
		if (manifest.version !== version) throw new Error(`npm pack gave version ${manifest.version}, not ${version}`);
		mkdirSync(dirname(dir), { recursive: true });
		renameSync(scratch, dir);
	} catch (cause) {
		rmSync(scratch, { recursive: true, force: true });
		// Two builds at once (the build tests run two): the other one's copy is as good.
		if (existsSync(wasm)) return wasm;
		throw new Error(`src/features/cms/satteri-wasm-package.ts: cannot fetch ${satteriWasmPackage}@${version} with npm pack`, { cause });
	}
	return wasm;
}
