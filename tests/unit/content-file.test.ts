import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, maxYamlLength, parseContentFile, parseYamlFile, readContentFile, readYamlFile } from '../../src/core/content-file';

const file = 'src/content/articles/fa/x.mdx';

/** The `ContentError` that parsing `source` throws (fails the test if none is thrown). */
function refusal(source: string, parse: (source: string, file: string) => unknown = parseContentFile): ContentError {
	try {
		parse(source, file);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return error as ContentError;
	}
	throw new Error(`expected a ContentError for:\n${source}`);
}

describe('parseContentFile', () => {
	it('splits frontmatter and body, keeping timestamps and dates as the strings written', () => {
		const parsed = parseContentFile('---\ntitle: Hi\nupdated: 2026-10-01\nstart: 2026-11-22T09:00:00+03:30\nref: 12\n---\n\nBody\n', file);
		expect(parsed.data).toEqual({ title: 'Hi', updated: '2026-10-01', start: '2026-11-22T09:00:00+03:30', ref: 12 });
		expect(parsed.body).toBe('\nBody\n');
		expect(parsed.bodyLine).toBe(7);
	});

	it('keeps strings inside nested lists and flow style', () => {
		const parsed = parseContentFile(
			'---\nwindow: { start: 2026-11-22T02:00:00+03:30, end: 2026-11-22T04:00 }\nupdates: [{ at: 2026-11-22T09:00, status: investigating }]\nhours:\n  from: 2026-11-22\n  channels:\n    a: [{ open: "09:00", close: 18:00 }]\n---\n',
			file,
		);
		expect(parsed.data.window).toEqual({ start: '2026-11-22T02:00:00+03:30', end: '2026-11-22T04:00' });
		expect(parsed.data.updates).toEqual([{ at: '2026-11-22T09:00', status: 'investigating' }]);
		expect(parsed.data.hours).toEqual({ from: '2026-11-22', channels: { a: [{ open: '09:00', close: '18:00' }] } });
	});

	it('reads CRLF files, with lines and body intact', () => {
		const parsed = parseContentFile('---\r\ntitle: Hi\r\nref: 3\r\n---\r\nBody\r\n', file);
		expect(parsed.data).toEqual({ title: 'Hi', ref: 3 });
		expect(parsed.body).toBe('Body\r\n');
		expect(parsed.lineOf(['ref'])).toBe(3);
	});

	it('accepts a byte-order mark', () => {
		expect(parseContentFile('\uFEFF---\ntitle: Hi\n---\n', file).data).toEqual({ title: 'Hi' });
	});

	it('reads empty frontmatter as no fields', () => {
		const parsed = parseContentFile('---\n---\nBody', file);
		expect(parsed.data).toEqual({});
		expect(parsed.body).toBe('Body');
		expect(parsed.bodyLine).toBe(3);
	});

	it('ends the frontmatter at the first fence; later "---" lines belong to the body', () => {
		const parsed = parseContentFile('---\ntitle: Hi\n---\nText\n\n---\n\nMore\n---\n', file);
		expect(parsed.data).toEqual({ title: 'Hi' });
		expect(parsed.body).toBe('Text\n\n---\n\nMore\n---\n');
	});

	it('gives the file line of nested values', () => {
		const parsed = parseContentFile('---\ntitle: Hi\nupdates:\n  - at: "2026-11-22T09:00:00+03:30"\n    status: x\n  - at: "2026-11-22T10:00:00+03:30"\n---\n', file);
		expect(parsed.lineOf(['title'])).toBe(2);
		expect(parsed.lineOf(['updates', 1, 'at'])).toBe(6);
		expect(parsed.lineOf(['missing'])).toBeUndefined();
	});

	it('refuses a "+++" line inside the frontmatter, which ends it for Astro but hid an alias with newlines from the old reader', () => {
		const error = refusal('---\ntitle: Hi\nref: 1\n+++\naliases:\n  - "x\\n/* /evil 302!"\n---\nBody\n');
		expect(error.line).toBe(4);
		expect(error.message).toContain(`${file} (line 4)`);
		expect(error.message).toContain('"+++"');
	});

	it('refuses a closing line that only starts with "---"', () => {
		expect(refusal('---\ntitle: Hi\n---x\nref: 2\n---\n').line).toBe(3);
	});

	it('refuses a "+++" TOML fence and a missing fence', () => {
		expect(refusal('+++\ntitle = "Hi"\n+++\n').message).toContain('TOML');
		expect(refusal('title: Hi\n').line).toBe(1);
		expect(refusal('---\ntitle: Hi\n').message).toContain('no closing "---"');
	});

	it('refuses anchors and aliases, naming the field and line', () => {
		const anchor = refusal('---\ntitle: &t Hi\nsummary: *t\n---\n');
		expect([anchor.field, anchor.line]).toEqual(['title', 2]);
		const alias = refusal('---\ntitle: Hi\ntags:\n  - a\n  - *t\n---\n');
		expect(alias.line).toBe(5);
	});

	it('refuses explicit tags', () => {
		const error = refusal('---\nref: !!str 12\n---\n');
		expect([error.field, error.line]).toEqual(['ref', 2]);
		expect(error.message).toContain('tags');
	});

	it.each([
		['ref: 0x1F', 'ref'],
		['ref: 0o17', 'ref'],
		['ref: 0b1110', 'ref'],
		['ref: .inf', 'ref'],
		['ref: -.INF', 'ref'],
		['ref: .nan', 'ref'],
		['ref: 1e3', 'ref'],
		['ref: +12', 'ref'],
		['ref: 012', 'ref'],
	])('refuses the number notation in "%s", naming %s and its line', (line, field) => {
		const error = refusal(`---\ntitle: Hi\n${line}\n---\n`);
		expect([error.field, error.line]).toEqual([field, 3]);
		expect(error.message).toContain('plain decimal');
	});

	it('accepts plain decimal numbers and quoted look-alikes', () => {
		expect(parseContentFile('---\nref: 12\norder: -3\nratio: 1.5\ncode: "0x1F"\n---\n', file).data).toEqual({ ref: 12, order: -3, ratio: 1.5, code: '0x1F' });
	});

	it('refuses duplicate keys, field names that are not text, and invalid YAML, with the line', () => {
		expect(refusal('---\ntitle: a\ntitle: b\n---\n').line).toBe(3);
		expect(refusal('---\ntitle: a\n[x]: b\n---\n').line).toBe(3);
		expect(refusal('---\ntitle: a\n1: b\n---\n').message).toContain('field name');
		const broken = refusal('---\ntitle: a\nsummary: b\ntags: [x, y\n---\n');
		expect(broken.message).toContain('not valid YAML');
		expect(broken.line).toBeGreaterThanOrEqual(4);
	});

	it('refuses frontmatter that is not a set of fields', () => {
		expect(refusal('---\n- a\n- b\n---\n').message).toContain('"field: value"');
	});

	it('refuses an oversized frontmatter before parsing it', () => {
		expect(refusal(`---\ntitle: "${'x'.repeat(maxYamlLength)}"\n---\n`).message).toContain(`at most ${maxYamlLength}`);
	});
});

describe('parseYamlFile', () => {
	it('reads a whole YAML file with the same rules and file lines', () => {
		const parsed = parseYamlFile('\uFEFFname:\n  en: North\norder: 2\n', 'src/content/regions/north.yaml');
		expect(parsed.data).toEqual({ name: { en: 'North' }, order: 2 });
		expect(parsed.lineOf(['order'])).toBe(3);
	});

	it('refuses anchors, tags and other number notations, naming field and line', () => {
		const anchor = refusal('name: &n\n  en: North\nother: *n\n', parseYamlFile);
		expect([anchor.field, anchor.line]).toEqual(['name', 1]);
		const hex = refusal('name:\n  en: North\norder: 0x10\n', parseYamlFile);
		expect([hex.field, hex.line]).toEqual(['order', 3]);
		expect(refusal('order: !!float 1\n', parseYamlFile).message).toContain('tags');
	});

	it('refuses a file that is not a set of fields, or several documents', () => {
		expect(refusal('just text\n', parseYamlFile).message).toContain('"field: value"');
		expect(refusal('a: 1\n---\nb: 2\n', parseYamlFile).message).toContain('not valid YAML');
	});
});

describe('readContentFile and readYamlFile refuse what is not a plain file, before reading it', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-read-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const plain = join(dir, 'plain.mdx');
	writeFileSync(plain, '---\ntitle: x\n---\n\nbody\n');
	symlinkSync(plain, join(dir, 'link.mdx'));
	symlinkSync('/dev/zero', join(dir, 'zero.mdx'));
	symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
	execFileSync('mkfifo', [join(dir, 'fifo.mdx')]);
	writeFileSync(join(dir, 'huge.mdx'), `---\ntitle: x\n---\n\n${'a'.repeat(1024 * 1024)}\n`);
	const refusal = (read: () => unknown) => {
		try {
			read();
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return (error as ContentError).message;
		}
		throw new Error('was read');
	};

	it('reads a plain file', () => {
		expect(readContentFile(plain, 'fa/plain.mdx').data).toEqual({ title: 'x' });
	});

	it.each([
		['a symbolic link to a plain file', 'link.mdx'],
		['a link to /dev/zero (would never end)', 'zero.mdx'],
		['a FIFO (would block)', 'fifo.mdx'],
	])('%s is refused, naming it', (_name, name) => {
		expect(refusal(() => readContentFile(join(dir, name), `fa/${name}`))).toBe(`fa/${name}: is a symbolic link or not a regular file; content files must be plain files`);
	});

	it('a YAML file that links to /dev/zero is refused, naming it', () => {
		expect(refusal(() => readYamlFile(join(dir, 'zero.yaml'), 'services/zero.yaml'))).toBe('services/zero.yaml: is a symbolic link or not a regular file; content files must be plain files');
	});

	it('a file over 1 MiB is refused before it is read', () => {
		expect(refusal(() => readContentFile(join(dir, 'huge.mdx'), 'fa/huge.mdx'))).toMatch(/^fa\/huge\.mdx: is \d+ bytes; content files may be at most 1048576 bytes \(1 MiB\)$/);
	});
});

describe('deeply nested YAML', () => {
	it.each([
		['1,000 nested flow lists', `a: ${'['.repeat(1000)}x${']'.repeat(1000)}`],
		['1,000 nested block lists', `a:\n${'- '.repeat(1000)}x`],
		['40 nested lists (parses, but deeper than the limit)', `a: ${'['.repeat(40)}x${']'.repeat(40)}`],
	])('%s are refused naming the file, not with a stack overflow', (_name, yaml) => {
		for (const read of [() => parseContentFile(`---\n${yaml}\n---\n\nbody\n`, 'fa/deep.mdx'), () => parseYamlFile(yaml, 'services/deep.yaml')]) {
			let message = '';
			try {
				read();
			} catch (error) {
				expect(error).toBeInstanceOf(ContentError);
				message = (error as ContentError).message;
			}
			expect(message).toMatch(/^(fa\/deep\.mdx|services\/deep\.yaml) \(line \d+\): the (frontmatter|file) is nested more than 32 levels deep/);
			expect(message).not.toContain('Maximum call stack');
		}
	});

	it('30 levels are still read', () => {
		expect(parseYamlFile(`a: ${'['.repeat(30)}x${']'.repeat(30)}`, 'x.yaml').data).toHaveProperty('a');
	});
});
