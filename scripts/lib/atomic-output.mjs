/**
 * The file-system half of `npm run build` (scripts/build.mjs), kept apart so tests can
 * drive it in process with an injected `rename`.
 *
 * A build is written to a scratch folder that sits next to the output folder (same parent
 * directory, so the same file system: a rename between them is atomic and never EXDEV),
 * and swapped in with two renames: the old output is moved aside, the new one moved in,
 * and only then is the old one deleted. At no moment is the output folder half deleted.
 *
 * Astro itself moves files from the project's `.astro/` into its output folder by rename,
 * so it cannot write straight to another file system. When the output is on another one
 * (`BAYAN_OUT_DIR=/dev/shm/site`), the scratch folder stays in the project
 * (`.cache/builds/`), and the finished site is copied next to the output and renamed in
 * from there: the final step is still one rename on the output's file system.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Scratch folder for a build of `outDir` by process `pid`: `<outDir>.building-<pid>`, in
 * the output's own parent directory (not the project's), whatever file system that is on.
 * @param {string} outDir absolute path of the output folder
 * @param {number} [pid]
 */
export function scratchDirFor(outDir, pid = process.pid) {
	return `${outDir}.building-${pid}`;
}

/** Where scratch folders go when the output is on another file system than the project. */
export const PROJECT_SCRATCH = join('.cache', 'builds');

/**
 * The scratch folder for this build: beside the output when the output's parent is on the
 * project's file system, else under `<root>/.cache/builds/` (see the module comment).
 * Creates the output's parent if needed.
 * @param {string} outDir absolute path of the output folder
 * @param {string} root the project
 * @param {{ pid?: number, deviceOf?: (path: string) => number }} [options]
 */
export function chooseScratchDir(outDir, root, { pid = process.pid, deviceOf = (path) => statSync(path).dev } = {}) {
	mkdirSync(dirname(outDir), { recursive: true });
	if (deviceOf(dirname(outDir)) === deviceOf(root)) return scratchDirFor(outDir, pid);
	const folder = join(root, PROJECT_SCRATCH);
	mkdirSync(folder, { recursive: true });
	return scratchDirFor(join(folder, basename(outDir)), pid);
}

/**
 * Where the previous output waits while the new one is moved in: `<outDir>.old-<pid>`.
 * @param {string} outDir
 * @param {number} [pid]
 */
export function asideDirFor(outDir, pid = process.pid) {
	return `${outDir}.old-${pid}`;
}

/**
 * Is process `pid` alive? `kill(pid, 0)` sends nothing; ESRCH means no such process,
 * EPERM means it exists but belongs to someone else (so it is alive).
 * @param {number} pid
 */
export function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * Deletes scratch (`<out>.building-<pid>`) and set-aside (`<out>.old-<pid>`) folders left
 * by builds whose process is gone (killed with SIGKILL, power loss). Folders of live
 * processes are left alone: a parallel build may be using them. If the output folder is
 * missing and a dead build's set-aside folder exists, that is the last published site
 * (the build died between its two renames): it is moved back instead of deleted.
 * @param {string} outDir
 * @param {{ alive?: (pid: number) => boolean }} [options]
 * @returns {string[]} the folders deleted
 */
export function cleanStaleBuilds(outDir, { alive = isAlive } = {}) {
	const parent = dirname(outDir);
	const name = basename(outDir);
	const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old)-(\\d+)(?:-copy)?$`);
	let entries;
	try {
		entries = readdirSync(parent);
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
		throw new Error(`Cannot list ${parent} to clean up after interrupted builds`, { cause: error });
	}
	const removed = [];
	for (const entry of entries.sort()) {
		const match = pattern.exec(entry);
		if (!match) continue;
		const pid = Number(match[2]);
		if (pid !== process.pid && alive(pid)) continue;
		const path = join(parent, entry);
		// A build that died between its two renames left the only copy of the site aside: put it back.
		if (match[1] === 'old' && !existsSync(outDir)) {
			try {
				renameSync(path, outDir);
				removed.push(`${path} (moved back to ${outDir})`);
				continue;
			} catch (error) {
				throw new Error(`Cannot move ${path}, left by an interrupted build, back to ${outDir}`, { cause: error });
			}
		}
		// Retries: the previous build's background remover may still be deleting the same folder.
		rmSync(path, { recursive: true, force: true, maxRetries: 5 });
		removed.push(path);
	}
	return removed;
}

/**
 * Moves the finished `scratch` folder to `outDir`: the old output (if any) is renamed aside
 * first, the new one renamed in, then the old one deleted. If moving the new one in fails,
 * the old output is put back, so `outDir` is always either the old site or the new one.
 *
 * Should the rename still fail with EXDEV (the scratch folder was put on another file
 * system, e.g. `outDir` is itself a mount point), the new site is copied into a sibling of
 * `outDir` first and that is renamed in, so the swap stays a rename on one file system.
 *
 * With `keepOld`, the previous output is not deleted but its set-aside path returned: the
 * new site is live as soon as it is renamed in, and deleting thousands of old files (seconds
 * on a large site) happens after, where the caller can report it apart. Should the caller
 * die first, `cleanStaleBuilds` deletes the folder next time.
 * @param {string} scratch
 * @param {string} outDir
 * @param {{ rename?: (from: string, to: string) => void, pid?: number, keepOld?: boolean }} [options]
 * @returns {string | undefined} with `keepOld`, the previous output's folder, if there was one
 */
export function swapIntoPlace(scratch, outDir, { rename = renameSync, pid = process.pid, keepOld = false } = {}) {
	const aside = asideDirFor(outDir, pid);
	const hadOld = existsSync(outDir);
	rmSync(aside, { recursive: true, force: true });
	if (hadOld) {
		try {
			rename(outDir, aside);
		} catch (error) {
			throw new Error(`Cannot move the previous ${outDir} aside to ${aside}; it was left as it was`, { cause: error });
		}
	}
	try {
		moveIn(scratch, outDir, rename, pid);
	} catch (error) {
		if (hadOld) {
			try {
				rename(aside, outDir);
			} catch (restoreError) {
				throw new Error(`Cannot move the new build into ${outDir}, nor the previous one back from ${aside}`, {
					cause: new AggregateError([error, restoreError]),
				});
			}
		}
		throw new Error(`Cannot move the new build from ${scratch} into ${outDir}; ${hadOld ? 'the previous one was put back' : 'nothing was published'}`, {
			cause: error,
		});
	}
	if (keepOld) return hadOld ? aside : undefined;
	rmSync(aside, { recursive: true, force: true });
	return undefined;
}

/**
 * @param {string} scratch
 * @param {string} outDir
 * @param {(from: string, to: string) => void} rename
 * @param {number} pid
 */
function moveIn(scratch, outDir, rename, pid) {
	try {
		rename(scratch, outDir);
		return;
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
	}
	// Copy next to the output (its file system), then rename: readers never see a partial copy.
	const local = scratchDirFor(outDir, pid) === scratch ? `${outDir}.building-${pid}-copy` : scratchDirFor(outDir, pid);
	rmSync(local, { recursive: true, force: true });
	try {
		cpSync(scratch, local, { recursive: true, verbatimSymlinks: true });
		rename(local, outDir);
	} catch (error) {
		rmSync(local, { recursive: true, force: true });
		throw error;
	}
	rmSync(scratch, { recursive: true, force: true });
}

/**
 * The program of the background remover: it first renames the set-aside folder after its
 * own process (`<outDir>.old-<its pid>`), so a build starting meanwhile sees a live owner
 * and leaves it (`cleanStaleBuilds`) instead of deleting the same files on its own time;
 * once it is gone, a folder it left is any dead build's. Should the folder already be gone
 * or taken, there is nothing to do.
 */
const REMOVER = `const fs = require('node:fs');
const [previous, outDir] = process.argv.slice(1);
const mine = outDir + '.old-' + process.pid;
try { fs.renameSync(previous, mine); } catch { process.exit(0); }
fs.rmSync(mine, { recursive: true, force: true, maxRetries: 5 });`;

/**
 * Deletes `previous`, the output a swap set aside, in a detached process of its own that
 * outlives this one: once the new site is renamed in, publishing is done, and unlinking the
 * old one (tens of thousands of files on a large site, mostly disk wait) is no part of it.
 * Should that process be killed, `cleanStaleBuilds` removes what is left at the next build.
 * @param {string} previous the set-aside folder (`<outDir>.old-<pid>`)
 * @param {string} outDir the output folder
 */
export function removeInBackground(previous, outDir) {
	const remover = spawn(process.execPath, ['-e', REMOVER, previous, outDir], { detached: true, stdio: 'ignore' });
	remover.unref();
}
