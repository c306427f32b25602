import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/content-harness';
import { buildProject, mdx, noticeFrontmatter, projectRoot, removeScratchDirs, tinyProject } from '../support/tiny-site';

/**
 * Broken notice and channel files stop the build, naming each file and field, and write
 * nothing. One real `npm run build` on the tiny fixture site proves it end to end (two
 * problems reported by one build); the line-and-field message is checked in process
 * through the same loader and schema.
 */
// Scratch projects are whole copies of the code; deleting them takes a while on a busy machine.
afterAll(removeScratchDirs, 120_000);

const noticeFile = 'src/content/notices/en/north-tehran-delivery-delay.mdx';
const shiraz = readFileSync(join(projectRoot, 'src/content/channels/shiraz.yaml'), 'utf8');

describe('broken notices stop the build', () => {
	it('names an unknown service and an unknown channel region, both in one build (real build)', { timeout: 300_000 }, () => {
		const dir = tinyProject({
			[noticeFile]: mdx(noticeFrontmatter('services: [delivery-tehrn]')),
			'src/content/channels/shiraz.yaml': shiraz.replace('region: shiraz', 'region: tabriz'),
		});
		const { status, output } = buildProject(dir);
		expect(status).not.toBe(0);
		expect(output).toContain(`${noticeFile}: services[0] "delivery-tehrn" is not a known service`);
		expect(output).toContain('src/content/channels/shiraz.yaml: region "tabriz" is not a known region');
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});

	it('names an offset-less start: the file, its line and the field', async () => {
		// The strict content reader keeps an unquoted time as the text written (no YAML
		// timestamps), so the schema itself refuses it, at its line, before any page renders.
		const source = readFileSync(join(projectRoot, noticeFile), 'utf8');
		const line = source.split('\n').findIndex((text) => text.startsWith('start: ')) + 1;
		expect(line).toBeGreaterThan(1);
		const broken = source.replace('start: "2026-11-21T18:00:00+03:30"', 'start: 2026-11-21T18:00:00');
		expect(broken).not.toBe(source);
		const message = await refusal({ [noticeFile]: broken });
		expect(message).toContain(`${noticeFile} (line ${line}, field "start"): the frontmatter does not match the schema: start: `);
		expect(message).toMatch(/start: .*must be a date-time with an offset/);
	});
});
