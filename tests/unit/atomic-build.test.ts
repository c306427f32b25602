import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asideDirFor, chooseScratchDir, cleanStaleBuilds, removeInBackground, scratchDirFor, swapIntoPlace } from '../../scripts/lib/atomic-output.mjs';

/**
 * `npm run build`'s swap and clean-up, in process (renames injected to fail), plus one real
 * interrupted run of scripts/build.mjs with a stand-in for Astro that keeps writing.
 */
const root = resolve(__dirname, '../..');
const temps: string[] = [];
function temp(prefix = 'bayan-atomic-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	temps.push(dir);
	return dir;
}
function site(dir: string, marker: string): void {
	mkdirSync(join(dir, 'fa'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), marker);
	writeFileSync(join(dir, 'fa', 'index.html'), marker);
}
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('removeInBackground', () => {
	it('deletes the set-aside output in a process of its own, under its own pid while it works, and leaves the new one', async () => {
		const parent = temp();
		const out = join(parent, 'dist');
		site(out, 'new');
		const previous = asideDirFor(out, 4250);
		site(previous, 'old');
		removeInBackground(previous, out);
		const started = Date.now();
		// Renamed after the remover's own (live) pid first, then gone.
		while (readdirSync(parent).some((name) => name.startsWith('dist.old-')) && Date.now() - started < 30_000) await new Promise((done) => setTimeout(done, 50));
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('new');
	});
});

describe('swapIntoPlace', () => {
	it('replaces the old output by renames and deletes the old one only afterwards', () => {
		const parent = temp();
		const out = join(parent, 'dist');
		site(out, 'old');
		const scratch = scratchDirFor(out, 4242);
		site(scratch, 'new');
		const renames: [string, string][] = [];
		swapIntoPlace(scratch, out, {
			pid: 4242,
			rename: (from: string, to: string) => {
				renames.push([from, to]);
				// The old output is complete at the moment it is moved aside.
				if (from === out) expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('old');
				renameSync(from, to);
			},
		});
		expect(renames).toEqual([
			[out, asideDirFor(out, 4242)],
			[scratch, out],
		]);
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('new');
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('with keepOld, publishes the new output and hands back the old one for the caller to delete', () => {
		const parent = temp();
		const out = join(parent, 'dist');
		site(out, 'old');
		const scratch = scratchDirFor(out, 4245);
		site(scratch, 'new');
		const old = swapIntoPlace(scratch, out, { pid: 4245, keepOld: true });
		expect(old).toBe(asideDirFor(out, 4245));
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('new');
		expect(readFileSync(join(old!, 'fa', 'index.html'), 'utf8')).toBe('old');
		// A first build has nothing to hand back.
		const fresh = join(parent, 'fresh');
		const first = scratchDirFor(fresh, 4246);
		site(first, 'new');
		expect(swapIntoPlace(first, fresh, { pid: 4246, keepOld: true })).toBeUndefined();
	});

	it('puts the old output back when the new one cannot be moved in', () => {
		const parent = temp();
		const out = join(parent, 'dist');
		site(out, 'old');
		const scratch = scratchDirFor(out, 4243);
		site(scratch, 'new');
		const rename = (from: string, to: string) => {
			if (from === scratch) throw Object.assign(new Error('EACCES: denied'), { code: 'EACCES' });
			renameSync(from, to);
		};
		expect(() => swapIntoPlace(scratch, out, { pid: 4243, rename })).toThrow(/previous one was put back/);
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('old');
		expect(existsSync(asideDirFor(out, 4243))).toBe(false);
	});

	it('falls back to copying next to the output when the rename crosses file systems (EXDEV)', () => {
		const parent = temp();
		const elsewhere = temp('bayan-other-fs-');
		const out = join(parent, 'dist');
		site(out, 'old');
		const scratch = join(elsewhere, 'build');
		site(scratch, 'new');
		const rename = (from: string, to: string) => {
			// Only renames between the two "file systems" fail, as the kernel would.
			if (from.startsWith(elsewhere) !== to.startsWith(elsewhere)) throw Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' });
			renameSync(from, to);
		};
		swapIntoPlace(scratch, out, { pid: 4244, rename });
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('new');
		expect(existsSync(scratch)).toBe(false);
		expect(readdirSync(parent)).toEqual(['dist']);
	});
});

describe('cleanStaleBuilds', () => {
	it('removes scratch and set-aside folders of dead builds only', () => {
		const parent = temp();
		const out = join(parent, 'dist');
		for (const name of ['dist.building-111', 'dist.old-111', 'dist.building-222', 'dist.building-111-copy', 'dist.building-x', 'other.building-111', 'dist']) {
			mkdirSync(join(parent, name));
		}
		const removed = cleanStaleBuilds(out, { alive: (pid: number) => pid === 222 });
		expect(removed.map((path: string) => path.slice(parent.length + 1)).sort()).toEqual(['dist.building-111', 'dist.building-111-copy', 'dist.old-111']);
		expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.building-222', 'dist.building-x', 'other.building-111']);
	});

	it("moves a dead build's set-aside folder back when the output is missing (it died between its renames)", () => {
		const parent = temp();
		const out = join(parent, 'dist');
		site(join(parent, 'dist.old-333'), 'last published');
		mkdirSync(join(parent, 'dist.building-333'));
		cleanStaleBuilds(out, { alive: () => false });
		expect(readFileSync(join(out, 'fa', 'index.html'), 'utf8')).toBe('last published');
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it("builds beside the output on the project's file system, in the project when the output is elsewhere", () => {
		const project = temp();
		const near = join(temp(), 'out', 'dist');
		expect(chooseScratchDir(near, project, { pid: 7, deviceOf: () => 1 })).toBe(`${near}.building-7`);
		const far = join(temp(), 'site');
		const deviceOf = (path: string) => (path.startsWith(project) ? 1 : 2);
		expect(chooseScratchDir(far, project, { pid: 7, deviceOf })).toBe(join(project, '.cache/builds/site.building-7'));
		expect(statSync(join(project, '.cache/builds')).isDirectory()).toBe(true);
	});
});

/** A stand-in for `astro build`: starts a worker in its group; both write into --outDir until killed. */
const fakeAstro = `
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const out = process.argv[process.argv.indexOf('--outDir') + 1];
mkdirSync(out, { recursive: true });
const worker = spawn(process.execPath, ['-e', \`
  const { writeFileSync } = require('node:fs');
  let i = 0;
  setInterval(() => writeFileSync(process.argv[1] + '/worker-' + (i++) + '.txt', 'x'), 20);
  process.on('SIGTERM', () => {}); // a worker that ignores SIGTERM must still not survive
\`, out], { stdio: 'ignore' });
writeFileSync(join(process.env.PID_FILE), JSON.stringify({ astro: process.pid, worker: worker.pid }));
setInterval(() => writeFileSync(join(out, 'astro.txt'), String(Date.now())), 20);
`;

describe('an interrupted build', () => {
	for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
		it(`stops Astro and its workers on ${signal}, removes its scratch folder and keeps dist/`, { timeout: 30_000 }, async () => {
			const project = temp('bayan-kill-');
			cpSync(join(root, 'scripts'), join(project, 'scripts'), { recursive: true });
			// The build's scripts share plain-JavaScript helpers with the site (src/core/files-under.mjs).
			cpSync(join(root, 'src/core'), join(project, 'src/core'), { recursive: true });
			mkdirSync(join(project, 'node_modules/astro/bin'), { recursive: true });
			writeFileSync(join(project, 'node_modules/astro/bin/astro.mjs'), fakeAstro);
			site(join(project, 'dist'), 'old');
			mkdirSync(join(project, 'dist.building-999999999'));
			const pidFile = join(project, 'pids.json');
			const build = spawn(process.execPath, [join(project, 'scripts/build.mjs')], { env: { ...process.env, PID_FILE: pidFile }, stdio: 'pipe' });
			let output = '';
			build.stdout.on('data', (chunk) => (output += chunk));
			build.stderr.on('data', (chunk) => (output += chunk));
			const scratch = join(project, `dist.building-${build.pid}`);
			const exited = new Promise<number | null>((r) => build.once('exit', (code) => r(code)));
			let early: number | null | undefined;
			void exited.then((code) => {
				early = code;
			});
			// A build that dies before it starts Astro (a module it imports is missing) fails here, with its output.
			while (!existsSync(pidFile) || !existsSync(join(scratch, 'worker-2.txt'))) {
				if (early !== undefined) throw new Error(`the build exited (${early}) before Astro started:\n${output}`);
				await new Promise((r) => setTimeout(r, 20));
			}
			const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as { astro: number; worker: number };
			build.kill(signal);
			const code = await exited;
			expect(code, output).not.toBe(0);
			const alive = (pid: number) => {
				try {
					process.kill(pid, 0);
					return true;
				} catch {
					return false;
				}
			};
			// The worker ignores SIGTERM: it is killed after the grace period at the latest.
			for (let waited = 0; (alive(pids.astro) || alive(pids.worker)) && waited < 8000; waited += 50) await new Promise((r) => setTimeout(r, 50));
			expect(alive(pids.astro)).toBe(false);
			expect(alive(pids.worker)).toBe(false);
			await new Promise((r) => setTimeout(r, 150));
			expect(existsSync(scratch)).toBe(false);
			expect(existsSync(join(project, 'dist.building-999999999')), 'stale folder of a dead pid').toBe(false);
			expect(readFileSync(join(project, 'dist/fa/index.html'), 'utf8')).toBe('old');
			expect(statSync(join(project, 'dist')).isDirectory()).toBe(true);
		});
	}
});
