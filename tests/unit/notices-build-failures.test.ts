import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A real build of a scratch copy with broken notice and channel files: the build must stop,
 * name each file and field, and write nothing. This is the path an editor meets, so it is
 * tested end to end rather than through the pure checks alone.
 */
const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'bayan-notices-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('broken notices stop the build', () => {
	// An offset-less start is now a schema error, which stops the build while content loads,
	// before these cross-file checks run; it has its own build case in hostile-content.test.ts
	// ("notice time without offset") and in-process cases in strict-values.test.ts.
	it('names an unknown service and an unknown channel region', { timeout: 300_000 }, () => {
		for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			if (existsSync(join(root, entry))) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
		}
		symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
		const notice = join(scratch, 'src/content/notices/en/north-tehran-delivery-delay.mdx');
		writeFileSync(
			notice,
			readFileSync(notice, 'utf8').replace('services: [delivery-tehran]', 'services: [delivery-tehrn]'),
		);
		const branch = join(scratch, 'src/content/channels/shiraz.yaml');
		writeFileSync(branch, readFileSync(branch, 'utf8').replace('region: shiraz', 'region: tabriz'));

		const result = spawnSync(process.execPath, [join(scratch, 'scripts/build.mjs')], {
			cwd: scratch,
			encoding: 'utf8',
			env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_OUT_DIR: join(scratch, 'dist'), BAYAN_CACHE_DIR: join(scratch, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
			timeout: 240_000,
		});
		const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
		expect(result.status).not.toBe(0);
		expect(output).toContain('src/content/notices/en/north-tehran-delivery-delay.mdx: services[0] "delivery-tehrn" is not a known service');
		expect(output).toContain('src/content/channels/shiraz.yaml: region "tabriz" is not a known region');
		expect(existsSync(join(scratch, 'dist'))).toBe(false);
	});
});
