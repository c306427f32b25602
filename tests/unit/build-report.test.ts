import { describe, expect, it } from 'vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { annotations, commitStatus, extractBuildProblems, summaryMarkdown } from '../../scripts/lib/build-report.mjs';
import { ContentError } from '../../src/core/content-file';
import { ContentIntegrityError } from '../../src/features/content/integrity';
import { BrandError } from '../../src/core/brand-schema';

/** A log as `npm run build` prints it in CI: Astro's prefixes, colours, a stack trace. */
function logOf(error: Error): string {
	return [
		'> bayan@0.1.0 build',
		'> node scripts/build.mjs',
		'\u001b[2m18:02:11\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
		`\u001b[31m[ERROR]\u001b[39m ${error.message}`,
		`    at loadEntries (file:///home/runner/work/help/node_modules/astro/dist/content/loader.js:12:3)`,
		'Build failed; dist/ was left as it was.',
	].join('\n');
}

describe('build failure report', () => {
	it('finds the file, line and field of a schema error, exactly as the loader writes it', () => {
		const error = new ContentError(
			'src/content/notices/fa/rain-delay.mdx',
			'the frontmatter does not match the schema: end: 2026-11-21T05:30:00.000Z is not after start (2026-11-22T05:30:00.000Z); a notice must end after it starts',
			{ field: 'end', line: 7 },
		);
		expect(extractBuildProblems(logOf(error))).toEqual([
			{
				file: 'src/content/notices/fa/rain-delay.mdx',
				line: 7,
				field: 'end',
				message: 'the frontmatter does not match the schema: end: 2026-11-21T05:30:00.000Z is not after start (2026-11-22T05:30:00.000Z); a notice must end after it starts',
			},
		]);
	});

	it('lists every cross-file problem once, and the brand keys', () => {
		const integrity = new ContentIntegrityError([
			'src/content/articles/en/lost.mdx: category "shipping" is not a known category',
			'src/content/articles/fa/a.mdx: ref 3 is also used by src/content/articles/fa/b.mdx',
		]);
		const brand = new BrandError('src/brand.config.ts', [
			'colours.accent: #7fd6cb on the light page background (#fbfbf8) has a contrast of 1.71:1; WCAG AA needs at least 4.5:1',
			'name.en: must not be empty',
		]);
		const problems = extractBuildProblems(`${logOf(integrity)}\n${logOf(integrity)}\n${logOf(brand)}`);
		expect(problems).toEqual([
			{ file: 'src/content/articles/en/lost.mdx', message: 'category "shipping" is not a known category' },
			{ file: 'src/content/articles/fa/a.mdx', message: 'ref 3 is also used by src/content/articles/fa/b.mdx' },
			{ file: 'src/brand.config.ts', field: 'colours.accent', message: '#7fd6cb on the light page background (#fbfbf8) has a contrast of 1.71:1; WCAG AA needs at least 4.5:1' },
			{ file: 'src/brand.config.ts', field: 'name.en', message: 'must not be empty' },
		]);
	});

	it('writes a plain-words summary, annotations and a short commit status', () => {
		const problems = [{ file: 'src/content/notices/fa/x.mdx', line: 7, field: 'end', message: 'must | be later\nthan start' }];
		const summary = summaryMarkdown(problems);
		expect(summary).toContain('## The help centre was not updated');
		expect(summary).toContain('The live site still shows the last version that built.');
		expect(summary).toContain('| <code>src/content/notices/fa/x&#46;mdx</code> | field <code>end</code>, line 7 | must &#124; be later than start |');
		expect(annotations(problems)).toEqual(['::error file=src/content/notices/fa/x.mdx,line=7,title=Content error in end::must | be later%0Athan start']);
		expect(commitStatus(problems)).toEqual({ state: 'failure', context: 'Help centre: publish', description: 'src/content/notices/fa/x.mdx (end): must | be later than start' });
		expect(commitStatus([...problems, ...problems]).description).toMatch(/\(\+1 more\)$/);
		expect(commitStatus([{ file: 'f', message: 'x'.repeat(300) }]).description).toHaveLength(140);
	});

	// Found by an adversarial review: file names and messages are written by editors, so they are data in the summary.
	it('writes untrusted file names and messages as text: no cell, code span, link, image, HTML or mention can be injected', () => {
		const problems = [
			{
				file: 'src/content/articles/fa/a`b|c<img src=x onerror=alert(1)>.mdx',
				field: 'title` | x',
				line: 3,
				message: 'see [here](https://evil.example) ![i](https://evil.example/p.png) <script>x</script> @owner **b** | `c`\n| new | row |',
			},
		];
		const html = micromark(summaryMarkdown(problems), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
		const row = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(html)![1]!;
		expect(row.match(/<td>/g)).toHaveLength(3);
		expect(html).not.toMatch(/<(?:a|img|script|strong)\b/);
		expect(html.match(/<tr>/g)).toHaveLength(2);
		// The reader still sees every character as written.
		expect(row).toContain('<code>src/content/articles/fa/a`b|c&lt;img src=x onerror=alert(1)&gt;.mdx</code>');
		expect(row).toContain('see [here](https://evil.example) ![i](https://evil.example/p.png) &lt;script&gt;x&lt;/script&gt; @owner **b** | `c` | new | row |');
		expect(commitStatus(problems).description).not.toMatch(/[\n\r]/);
	});

	it('says plainly when the failure is not in a content file', () => {
		expect(extractBuildProblems('npm ERR! code ENOSPC\nno space left on device')).toEqual([]);
		expect(summaryMarkdown([])).toContain('not in a content file');
		expect(commitStatus([]).description).toBe('The build failed outside the content; see the run.');
	});
});
