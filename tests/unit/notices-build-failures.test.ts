import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Real builds of scratch copies with broken notice and channel files: the build must stop,
 * name each file and field, and write nothing. This is the path an editor meets, so it is
 * tested end to end rather than through the pure checks alone.
 */
const root = resolve(__dirname, '../..');
const scratches: string[] = [];

afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds a scratch copy after `edit` changed it; returns the exit status and the output. */
function buildWith(edit: (scratch: string) => void): { status: number | null; output: string; scratch: string } {
	const scratch = mkdtempSync(join(tmpdir(), 'bayan-notices-'));
	scratches.push(scratch);
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
	edit(scratch);
	const result = spawnSync(process.execPath, [join(scratch, 'scripts/build.mjs')], {
		cwd: scratch,
		encoding: 'utf8',
		env: { ...process.env, BAYAN_NOW: '2026-11-22T10:00:00+03:30', BAYAN_OUT_DIR: join(scratch, 'dist'), BAYAN_CACHE_DIR: join(scratch, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 240_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), scratch };
}

const noticeFile = 'src/content/notices/en/north-tehran-delivery-delay.mdx';
const rewrite = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

describe('broken notices stop the build', () => {
	it('names an unknown service and an unknown channel region, both in one build', { timeout: 300_000 }, () => {
		const { status, output, scratch } = buildWith((dir) => {
			rewrite(join(dir, noticeFile), (text) => text.replace('services: [delivery-tehran]', 'services: [delivery-tehrn]'));
			rewrite(join(dir, 'src/content/channels/shiraz.yaml'), (text) => text.replace('region: shiraz', 'region: tabriz'));
		});
		expect(status).not.toBe(0);
		expect(output).toContain(`${noticeFile}: services[0] "delivery-tehrn" is not a known service`);
		expect(output).toContain('src/content/channels/shiraz.yaml: region "tabriz" is not a known region');
		expect(existsSync(join(scratch, 'dist'))).toBe(false);
	});

	it('names an offset-less start: the file, its line and the field', { timeout: 300_000 }, () => {
		// The strict content reader keeps an unquoted time as the text written (no YAML
		// timestamps), so the schema itself refuses it, at its line, before any page renders.
		const source = readFileSync(join(root, noticeFile), 'utf8');
		const line = source.split('\n').findIndex((text) => text.startsWith('start: ')) + 1;
		const { status, output, scratch } = buildWith((dir) => {
			rewrite(join(dir, noticeFile), (text) => text.replace('start: "2026-11-21T18:00:00+03:30"', 'start: 2026-11-21T18:00:00'));
		});
		expect(line).toBeGreaterThan(1);
		expect(status).not.toBe(0);
		expect(output).toContain(`${noticeFile} (line ${line}, field "start"): the frontmatter does not match the schema: start: "2026-11-21T18:00:00" must be a date-time with an offset`);
		expect(existsSync(join(scratch, 'dist'))).toBe(false);
	});
});
