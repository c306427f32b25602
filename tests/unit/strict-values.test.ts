import { describe, expect, it } from 'vitest';
import { checkData, ContentError, parseContentFile, parseYamlFile, type SafeParser } from '../../src/core/content-file';
import { readArticles } from '../../src/features/content/article-files';
import { articleSchema } from '../../src/features/articles/article-schema';
import { calendarDate, fileNameProblem, instant, listLimits, maxSlugLength } from '../../src/core/schema';
import { incidentSchema } from '../../src/features/status/incident-schema';
import { noticeSchema } from '../../src/features/notices/notice-schema';
import { regionSchema } from '../../src/features/notices/region-schema';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every bad form found in issue 11, run in process through the one reader and the
 * schemas: each must be refused naming the field and the line it is written on.
 */

const articleFile = 'src/content/articles/fa/x.mdx';
const noticeFile = 'src/content/notices/fa/x.mdx';
const incidentFile = 'src/content/incidents/fa/x.mdx';

const article = (extra = '') => `---\ntitle: عنوان\nsummary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: 12\n${extra}---\n\nمتن.\n`;
const notice = (extra: string) => `---\ntitle: اطلاعیه\nsummary: خلاصه\nkind: delay\nseverity: info\n${extra}---\n\nمتن.\n`;
const incident = (extra: string) => `---\ntitle: اختلال\nkind: incident\nimpact: minor\n${extra}---\n\nمتن.\n`;
const maintenance = (extra: string) => `---\ntitle: نگهداری\nkind: maintenance\nimpact: none\nupdates:\n  - at: 2026-11-20T10:00:00+03:30\n    status: scheduled\n    text: برنامه\n${extra}---\n`;

/** Field, line and message of every problem in `source`, read as `file` and checked with `schema`. */
function problems(source: string, file: string, schema: SafeParser<unknown>): { field?: string; line?: number; message: string }[] {
	let parsed;
	try {
		parsed = parseContentFile(source, file);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return [{ field: error.field, line: error.line, message: error.message }];
	}
	return checkData(parsed, schema).problems.map((problem) => ({ field: problem.field, line: problem.line, message: problem.message }));
}

/** The one problem `source` has, as `[field, line]`. */
function only(source: string, file: string, schema: SafeParser<unknown>): [string | undefined, number | undefined] {
	const found = problems(source, file, schema);
	expect(found, JSON.stringify(found)).toHaveLength(1);
	return [found[0]!.field, found[0]!.line];
}

describe('instants without an offset are refused wherever they are written', () => {
	it('accepts offsets and Z, quoted or not, and computes the instant', () => {
		const parsed = parseContentFile(notice("start: 2026-11-22T09:00:00+03:30\nend: '2026-11-22T20:30:00Z'\n"), noticeFile);
		const { data } = checkData(parsed, noticeSchema);
		expect(data?.start.toISOString()).toBe('2026-11-22T05:30:00.000Z');
		expect(data?.end?.toISOString()).toBe('2026-11-22T20:30:00.000Z');
	});

	it('a plain value on the key line (YAML 1.1 would read it as UTC)', () => {
		const found = problems(notice('start: 2026-11-22T09:00:00\n'), noticeFile, noticeSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['start', 6]]);
		expect(found[0]!.message).toContain('must be a date-time with an offset, e.g. 2026-11-22T09:00:00+03:30');
		expect(found[0]!.message).toContain(`${noticeFile} (line 6, field "start")`);
	});

	it('a bare date, and a quoted value without offset', () => {
		const found = problems(notice('start: 2026-11-22\nend: "2026-11-23T08:00"\n'), noticeFile, noticeSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([
			['start', 6],
			['end', 7],
		]);
	});

	it('the value on the line after its key', () => {
		expect(only(notice('start:\n  2026-11-22T09:00:00\n'), noticeFile, noticeSchema)).toEqual(['start', 6]);
	});

	it('a quoted key', () => {
		expect(only(notice('"start": 2026-11-22T09:00:00\n'), noticeFile, noticeSchema)).toEqual(['start', 6]);
	});

	it('flow style: window: { start: … }', () => {
		expect(only(maintenance('window: { start: 2026-11-22T02:00:00, end: 2026-11-22T04:00:00+03:30 }\n'), incidentFile, incidentSchema)).toEqual(['window.start', 9]);
	});

	it('flow style: updates: [{ at: … }]', () => {
		expect(only(incident('updates: [{ at: 2026-11-22T09:00, status: investigating, text: x }]\n'), incidentFile, incidentSchema)).toEqual(['updates.0.at', 5]);
	});

	it('inside a block list, and in a block window', () => {
		const source = incident('updates:\n  - at: "2026-11-22T09:00:00+03:30"\n    status: investigating\n    text: x\n  - at: 2026-11-22T10:00:00\n    status: resolved\n    text: y\n');
		expect(only(source, incidentFile, incidentSchema)).toEqual(['updates.1.at', 9]);
		const window = maintenance('window:\n  start: 2026-11-25T01:00:00+03:30\n  end: 2026-11-25T03:00:00\n');
		expect(only(window, incidentFile, incidentSchema)).toEqual(['window.end', 11]);
	});

	it('leaves calendar dates (hours.from/to) to calendarDate, which needs no offset', () => {
		const source = notice('start: 2026-11-22T09:00:00+03:30\nkind: hours-change\nhours:\n  from: 2026-11-26\n  to: 2026-11-28\n  channels:\n    branch: closed\n').replace('kind: delay\n', '');
		expect(problems(source, noticeFile, noticeSchema)).toEqual([]);
	});
});

describe('impossible dates and times are refused, never rolled over', () => {
	it.each([
		['updated: 2026-13-45', 'updated', 'month 13'],
		['updated: 2026-02-30', 'updated', 'February 2026 has 28 days'],
		['updated: 2026-11-31', 'updated', 'November 2026 has 30 days'],
		['updated: 2026-11-1', 'updated', 'YYYY-MM-DD'],
	])('%s', (line, field, message) => {
		const found = problems(article().replace('updated: 2026-11-01', line), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([[field, 5]]);
		expect(found[0]!.message).toContain(message);
	});

	it.each([
		['2026-11-31T09:00+03:30', 'November 2026 has 30 days'],
		['2026-02-29T09:00:00Z', 'February 2026 has 28 days'],
		['2026-11-22T24:00:00+03:30', 'hour 24'],
		['2026-11-22T09:60:00+03:30', 'minute 60'],
		['2026-11-22T09:00:60+03:30', 'second 60'],
		['2026-11-22T09:00:00+14:30', 'offset +14:30'],
		['2026-11-22T09:00:00+03:75', 'offset +03:75'],
		['2026-11-22 09:00:00+03:30', 'with an offset'],
		['2026-11-22T09:00:00+0330', 'with an offset'],
	])('start: %s', (value, message) => {
		const found = problems(notice(`start: ${value}\n`), noticeFile, noticeSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['start', 6]]);
		expect(found[0]!.message).toContain(message);
		expect(found[0]!.message).toContain('e.g. 2026-11-22T09:00:00+03:30');
	});

	it('accepts leap days, fractions, ±14:00 and the edges of the clock', () => {
		expect(calendarDate.parse('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
		expect(calendarDate.parse('2000-02-29').toISOString()).toBe('2000-02-29T00:00:00.000Z');
		expect(calendarDate.safeParse('2100-02-29').success).toBe(false);
		expect(instant.parse('2026-11-22T23:59:59.5+14:00').toISOString()).toBe('2026-11-22T09:59:59.500Z');
		expect(instant.parse('2026-11-22T00:00-12:00').toISOString()).toBe('2026-11-22T12:00:00.000Z');
		expect(instant.parse('2026-12-31T23:30:00-03:30').toISOString()).toBe('2027-01-01T03:00:00.000Z');
	});

	it('refuses Date objects: values must come from the strict reader as written', () => {
		expect(instant.safeParse(new Date('2026-11-22T05:30:00Z')).success).toBe(false);
		expect(calendarDate.safeParse(new Date('2026-11-22')).success).toBe(false);
	});
});

describe('text the feeds could not carry is refused at its source', () => {
	it.each([
		['U+FFFF', '\uFFFF'],
		['U+FFFE', '\uFFFE'],
		['an unpaired surrogate', '\uD800'],
		['a C0 control', '\u0007'],
	])('%s in a title', (_, char) => {
		const [field, line] = only(article().replace('title: عنوان', `title: "عنوان${char === '\u0007' ? '\\a' : char}"`), articleFile, articleSchema);
		expect([field, line]).toEqual(['title', 2]);
	});
});

describe('numbers are plain decimal', () => {
	it.each(['ref: 0b1110', 'ref: 0x1F', 'ref: 0o17', 'ref: .inf', 'ref: -.inf', 'ref: .NaN', 'ref: 1e3', 'ref: 012'])('%s', (line) => {
		const found = problems(article().replace('ref: 12', line), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['ref', 6]]);
	});

	it('a quoted number is text, which ref refuses', () => {
		const found = problems(article().replace('ref: 12', 'ref: "12"'), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['ref', 6]]);
		expect(found[0]!.message).toContain('whole number');
	});

	it('order in a data file, too', () => {
		const parsed = () => parseYamlFile('name:\n  fa: شمال\n  ar: الشمال\n  en: North\norder: 0x10\n', 'src/content/regions/north.yaml');
		expect(parsed).toThrow(/line 5, field "order"/);
		const ok = parseYamlFile('name:\n  fa: شمال\n  ar: الشمال\n  en: North\norder: 2.5\n', 'src/content/regions/north.yaml');
		expect(checkData(ok, regionSchema).problems.map((p) => [p.field, p.line])).toEqual([['order', 5]]);
	});
});

describe('limits', () => {
	it('a 300-character alias is refused by name, not with ENAMETOOLONG', () => {
		const found = problems(article(`aliases:\n  - ${'a'.repeat(300)}\n`), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['aliases.0', 8]]);
		expect(found[0]!.message).toContain(`at most ${maxSlugLength} characters`);
	});

	it('an 80-character alias is fine', () => {
		expect(problems(article(`aliases: [${'a'.repeat(maxSlugLength)}]\n`), articleFile, articleSchema)).toEqual([]);
	});

	it.each([
		['tags', listLimits.tags, (i: number) => `t${i}`],
		['related', listLimits.related, (i: number) => `r${i}`],
		['aliases', listLimits.aliases, (i: number) => `a${i}`],
		['services', listLimits.services, (i: number) => `s${i}`],
	] as const)('%s: at most its limit', (field, max, item) => {
		const list = (n: number) => `${field}: [${Array.from({ length: n }, (_, i) => item(i)).join(', ')}]\n`;
		expect(problems(article(list(max)), articleFile, articleSchema)).toEqual([]);
		const found = problems(article(list(max + 1)), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([[field, 7]]);
		expect(found[0]!.message).toContain(`at most ${max} items`);
	});

	it('notice regions and incident updates and affected services are capped too', () => {
		const regions = `regions: [${Array.from({ length: listLimits.regions + 1 }, (_, i) => `r${i}`).join(', ')}]\n`;
		expect(only(notice(`start: 2026-11-22T09:00:00+03:30\n${regions}`), noticeFile, noticeSchema)).toEqual(['regions', 7]);
		const updates = Array.from({ length: listLimits.updates + 1 }, () => '  - { at: 2026-11-22T09:00:00+03:30, status: investigating, text: x }').join('\n');
		expect(only(incident(`updates:\n${updates}\n`), incidentFile, incidentSchema)).toEqual(['updates', 5]);
		const affected = Array.from({ length: listLimits.affected + 1 }, (_, i) => `  - { service: s${i}, status: partial_outage }`).join('\n');
		const withUpdate = incident(`affected:\n${affected}\nupdates: [{ at: 2026-11-22T09:00:00+03:30, status: investigating, text: x }]\n`);
		expect(only(withUpdate, incidentFile, incidentSchema)).toEqual(['affected', 5]);
	});

	it('file names that are not slugs, or too long', () => {
		expect(fileNameProblem('track-your-order')).toBeUndefined();
		expect(fileNameProblem('Hostile File')).toContain('lower-case Latin slug');
		expect(fileNameProblem('a'.repeat(300))).toContain(`at most ${maxSlugLength}`);
	});
});

describe('YAML tricks', () => {
	it('anchors and aliases', () => {
		const found = problems(article('tags: &t [a]\nrelated: *t\n'), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['tags', 7]]);
	});

	it('a "+++" line that would end Astro\'s frontmatter early, hiding an alias with a newline from it', () => {
		const source = article('+++\naliases:\n  - "x\\n/* https://evil.example 302!"\n');
		const found = problems(source, articleFile, articleSchema);
		expect(found.map((p) => p.line)).toEqual([7]);
		expect(found[0]!.message).toContain('"+++"');
	});

	it('an alias with a newline is refused by the slug rule even without the fence trick', () => {
		const found = problems(article('aliases:\n  - "x\\n/* /evil 302!"\n'), articleFile, articleSchema);
		expect(found.map((p) => [p.field, p.line])).toEqual([['aliases.0', 8]]);
	});
});

describe('readArticles (redirects and sitemap) uses the same reader and rules', () => {
	function withArticle(name: string, source: string): string {
		const dir = mkdtempSync(join(tmpdir(), 'bayan-articles-'));
		mkdirSync(join(dir, 'fa'));
		writeFileSync(join(dir, 'fa', name), source);
		return dir;
	}

	it('reads permalink fields from a good file', () => {
		const dir = withArticle('good.mdx', article('aliases: [old-good]\n'));
		try {
			expect(readArticles(dir)).toEqual([{ locale: 'fa', slug: 'good', ref: 12, aliases: ['old-good'], filePath: join(dir, 'fa', 'good.mdx') }]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it.each([
		['+++ fence trick', 'x.mdx', article('+++\naliases:\n  - "x\\n/* /evil 302!"\n'), /line 7.*"\+\+\+"/],
		['300-character alias', 'x.mdx', article(`aliases: [${'a'.repeat(300)}]\n`), /line 7, field "aliases\.0".*at most 80 characters/],
		['binary-looking ref', 'x.mdx', article().replace('ref: 12', 'ref: 0b1110'), /line 6, field "ref"/],
		['file name that is not a slug', 'Bad Name.mdx', article(), /file name "Bad Name" must be a lower-case Latin slug/],
		['300-character file name', `${'b'.repeat(240)}.mdx`, article(), /at most 80 are allowed/],
		// Listed as the content layer lists the folder: a stray file stops the build here too instead of being skipped.
		['file that is not .mdx', 'notes.md', article(), /fa\/notes\.md: is not a ".mdx" file/],
	])('refuses a %s, naming file and field', (_, name, source, message) => {
		const dir = withArticle(name, source);
		try {
			expect(() => readArticles(dir)).toThrow(message);
			expect(() => readArticles(dir)).toThrow(ContentError);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
