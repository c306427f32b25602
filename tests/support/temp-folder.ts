import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered when a test file imports this module, so it runs after that file's tests. Unit
// files run in worker threads that Vitest ends without an `exit` event, so a folder left to
// `process.on('exit')` or to the test's last line (skipped when an assertion throws) stayed in
// the temporary folder: about twenty per run of the unit suite.
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the system's temporary folder, removed once the importing test file's tests are done. */
export function tempFolder(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
