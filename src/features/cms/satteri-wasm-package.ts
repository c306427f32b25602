import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
 * The lock file cannot vouch for a package npm never installs, so the tarball's integrity is
 * pinned here, per version, and checked before anything in it is used.
 */

/**
 * The registry's `dist.integrity` of the wasm package, per satteri version
 * (`npm view @bruits/satteri-wasm32-wasi@<version> dist.integrity`). Upgrading satteri needs a
 * new line here: a unit test fails until it is added, and a build without it ships the
 * admin without the body check (the build still checks bodies), saying why.
 */
export const SATTERI_WASM_INTEGRITY: Readonly<Record<string, string>> = {
	'0.10.5': 'sha512-ypz8c/Zmipxp4IoeDa228Gstv6TLzVmNs3yC6wKCoNSOjx1iwpgzu87Y3hTkXFdwChVGU85qeUDuOIarGUZQLw==',
};

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
export function satteriWasmFile(root: string, pins: Readonly<Record<string, string>> = SATTERI_WASM_INTEGRITY): string {
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
		const pinned = pins[version];
		if (!pinned) throw new Error(`no integrity pinned for version ${version} in SATTERI_WASM_INTEGRITY`);
		const integrity = `sha512-${createHash('sha512')
			.update(readFileSync(join(scratch, tarball)))
			.digest('base64')}`;
		if (integrity !== pinned) throw new Error(`the tarball's integrity ${integrity} is not the pinned ${pinned}`);
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
