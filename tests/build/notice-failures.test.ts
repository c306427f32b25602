import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, fixtureContent, mdx, noticeFrontmatter, removeScratchDirs, tinyProject } from '../support/tiny-site';

/**
 * Broken notice and channel files stop the build, naming each file and field, and write
 * nothing. One real `npm run build` on the tiny fixture site proves it end to end (two
 * problems reported by one build); the line-and-field message is checked in process
 * (tests/unit/content-refusals.test.ts).
 */
// Scratch projects are whole copies of the code; deleting them takes a while on a busy machine.
afterAll(removeScratchDirs, 120_000);

const noticeFile = 'src/content/notices/en/north-tehran-delivery-delay.mdx';
const shiraz = readFileSync(join(fixtureContent, 'channels/shiraz.yaml'), 'utf8');

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
});
