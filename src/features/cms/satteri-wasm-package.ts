import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * satteri's WebAssembly build (`@bruits/satteri-wasm32-wasi`), for the admin's body check.
 * npm will not install it as a dependency here: the package declares `"cpu": ["wasm32"]`, so
 * `npm install` refuses it on every real machine (EBADPLATFORM; satteri lists it as optional
 * and npm skips it). So the build fetches it with npm's own client (`npm pack`, the registry
 * the project installs from) at exactly the installed satteri's version, once per machine and
 * version, into `node_modules/.cache/` (shared by every build of the checkout, the test builds'
 * own caches included). One parser, one version: the form checks bodies with the same satteri as the build.
 * npm records the package in `package-lock.json` (as satteri's optional dependency) even though it
 * never installs it: its `integrity` there is the pin, checked against the tarball before
 * anything in it is used, and part of the cache folder's name, so a copy fetched under another
 * pin is never trusted. A build that cannot fetch it (no registry, no pin) is told once per
 * process, quickly (no retries), and ships the admin without the body check.
 */

/** The wasm package's name. */
export const satteriWasmPackage = '@bruits/satteri-wasm32-wasi';

/**
 * The project's lock file, or else npm's hidden copy in node_modules. The hidden copy lists only
 * what npm installed, so it never holds the wasm package's pin (a project without
 * `package-lock.json` ships the admin without the body check); it still feeds the admin
 * bundle's key (decap-integration.ts) with the other packages' versions.
 */
export function lockFile(root: string): string | undefined {
	return [join(root, 'package-lock.json'), join(root, 'node_modules/.package-lock.json')].find((file) => existsSync(file));
}

/** The lock file's version and integrity of the wasm package, or undefined when it has none. */
export function lockedWasmPackage(root: string): { version: string; integrity: string } | undefined {
	const file = lockFile(root);
	if (!file) return undefined;
	const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages?: Record<string, { version?: string; integrity?: string }> };
	const entry = lock.packages?.[`node_modules/${satteriWasmPackage}`];
	return entry?.version && entry.integrity ? { version: entry.version, integrity: entry.integrity } : undefined;
}

/** The lock file's pin as a version → integrity table (empty without one). */
function lockedPins(root: string): Record<string, string> {
	const locked = lockedWasmPackage(root);
	return locked ? { [locked.version]: locked.integrity } : {};
}

/** Fetches that failed in this process, so a dev server does not retry on every admin load. */
const failures = new Map<string, Error>();

/** The installed satteri's version (the wasm package is published with the same one). */
export function satteriVersion(root: string): string {
	return (JSON.parse(readFileSync(join(root, 'node_modules/satteri/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The path of satteri's `.wasm` at the installed version, fetched unless there; throws (with
 * the npm error as its cause) when it cannot be fetched.
 */
export function satteriWasmFile(root: string, pins: Readonly<Record<string, string>> = lockedPins(root)): string {
	const version = satteriVersion(root);
	const pinned = pins[version];
	const cacheName = pinned
		? `${version}-${Buffer.from(pinned.replace(/^sha512-/, ''), 'base64')
				.toString('hex')
				.slice(0, 16)}`
		: version;
	const dir = join(root, 'node_modules/.cache/bayan-satteri-wasm', cacheName);
	const wasm = join(dir, 'package/satteri_napi.wasm32-wasi.wasm');
	if (pinned && existsSync(wasm)) return wasm;
	const known = failures.get(dir);
	if (known) throw known;
	mkdirSync(dirname(dir), { recursive: true });
	const scratch = mkdtempSync(`${dir}.tmp-`);
	try {
		if (!pinned) throw new Error(`package-lock.json pins no integrity for ${satteriWasmPackage}@${version}`);
		const tarball = execFileSync('npm', ['pack', `${satteriWasmPackage}@${version}`, '--pack-destination', scratch, '--silent', '--fetch-retries=0', '--fetch-timeout=15000'], {
			cwd: scratch,
			encoding: 'utf8',
			timeout: 60_000,
		})
			.trim()
			.split('\n')
			.pop();
		if (!tarball) throw new Error('npm pack named no tarball');
		const integrity = `sha512-${createHash('sha512')
			.update(readFileSync(join(scratch, tarball)))
			.digest('base64')}`;
		if (integrity !== pinned) throw new Error(`the tarball's integrity ${integrity} is not the pinned ${pinned}`);
		execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', scratch]);
		const manifest = JSON.parse(readFileSync(join(scratch, 'package/package.json'), 'utf8')) as { version?: string };
		if (manifest.version !== version) throw new Error(`npm pack gave version ${manifest.version}, not ${version}`);
		renameSync(scratch, dir);
	} catch (cause) {
		rmSync(scratch, { recursive: true, force: true });
		// Two builds at once (the build tests run two): the other one's copy is as good.
		if (pinned && existsSync(wasm)) return wasm;
		const failure = new Error(`src/features/cms/satteri-wasm-package.ts: cannot fetch ${satteriWasmPackage}@${version} with npm pack`, { cause });
		failures.set(dir, failure);
		throw failure;
	}
	return wasm;
}
