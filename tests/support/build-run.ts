import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Scratch folder of this `test:build` run, where the shared tiny-site build lives. */
		buildRunDir: string;
		/** Folder on another file system than `buildRunDir` (tmpfs where mounted) for the shared build's output. */
		buildRunOutParent: string;
	}
}

/**
 * Global setup of the build suite (vitest.config.ts): one scratch folder per run, shared by
 * its files, so the shared tiny-site build (tests/support/shared-site.ts) is made once per
 * run by whichever file needs it first (under a lock: two files run at once), and removed when
 * the run ends.
 */
export default function setup(project: TestProject): () => void {
	const runDir = mkdtempSync(join(tmpdir(), 'bayan-build-run-'));
	// The output lives on another file system than the project where /dev/shm is mounted, so
	// the atomic swap is proven across file systems (tests/build/og-published.test.ts).
	const outParent = mkdtempSync(existsSync('/dev/shm') ? '/dev/shm/bayan-out-' : join(tmpdir(), 'bayan-out-'));
	project.provide('buildRunDir', runDir);
	project.provide('buildRunOutParent', outParent);
	return () => {
		rmSync(runDir, { recursive: true, force: true });
		rmSync(outParent, { recursive: true, force: true });
	};
}
