import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderedBody } from '../../src/features/content/entry';
import { contentPipelineLoader } from '../../src/features/content/loader';
import { z } from 'astro/zod';
import { ContentError } from '../../src/core/content-file';
import { instant } from '../../src/core/schema';
import { fingerprintInputs, fingerprintOf, fingerprintPackages } from '../../src/features/content/fingerprint';
import { yamlFiles } from '../../src/features/content/yaml-loader';
import { type Entry, loaderContext } from '../support/content-harness';

/** The pipeline fingerprint the loaders see, so a test can stand in a changed schema or package. */
const fingerprint = vi.hoisted(() => ({ value: 'fingerprint-1' }));
vi.mock('../../src/features/content/fingerprint', async (original) => ({
	...(await original<typeof import('../../src/features/content/fingerprint')>()),
	pipelineFingerprint: () => fingerprint.value,
}));

/**
 * The loader in-process, against a scratch folder and a minimal stand-in for Astro's
 * loader context (a Map for the store; `parseData` failing the way Astro's does, with the
 * entry id and the field but no file or line).
 */
const roots: string[] = [];
afterAll(() => {
	for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'bayan-loader-'));
	roots.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

type Stored = Entry;

function context(dir: string, store = new Map<string, Stored>()) {
	const calls = { parseData: 0 };
	const ctx = loaderContext({
		root: dir,
		collection: 'articles',
		store,
		async parseData({ id, data }) {
			calls.parseData += 1;
			if (typeof data.title !== 'string')
				throw new Error(`**articles → ${id}** data does not match collection schema.\n\n  **title**: Invalid input: expected string, received undefined\n  **ref**: Too small\n`);
			return data;
		},
	});
	return { ctx, store, calls };
}

const file = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('the content pipeline loader', () => {
	it('stores rendered entries under <locale>/<slug>, with headings, FAQ and service ids', async () => {
		const dir = project({
			'src/content/articles/fa/track.mdx': file('title: پیگیری', '## بخش\n\n<ServiceStatus id="website" />'),
			'src/content/articles/en/odd-name.mdx': file('title: Odd', 'Text.'),
		});
		const { ctx, store } = context(dir);
		await contentPipelineLoader('articles').load(ctx);
		expect([...store.keys()].sort()).toEqual(['en/odd-name', 'fa/track']);
		const entry = store.get('fa/track')!;
		expect(entry.filePath).toBe('src/content/articles/fa/track.mdx');
		expect(entry.data).toEqual({ title: 'پیگیری' });
		// Neither the source nor the HTML sits in the data store (Astro inlines the store into its bundle): the HTML is in a file.
		expect(entry.body).toBeUndefined();
		expect(entry.rendered!.html).toBe('');
		expect(String(entry.rendered!.metadata!.htmlFile)).toMatch(new RegExp(`^${dir}/node_modules/\\.astro/bayan-bodies/articles/[0-9a-f]{40}\\.html$`));
		expect(renderedBody(entry).html).toContain('<bayan-service-status service="website"></bayan-service-status>');
		expect(renderedBody(entry)).toMatchObject({ hasBody: true, headings: [{ depth: 2, slug: 'بخش', text: 'بخش' }], serviceStatusIds: ['website'] });
		expect(store.get('en/odd-name')!.filePath).toBe('src/content/articles/en/odd-name.mdx');
	});

	it('skips unchanged files on the next load, renders changed ones again and drops deleted ones', async () => {
		const dir = project({ 'src/content/articles/fa/a.mdx': file('title: الف', 'یک'), 'src/content/articles/fa/b.mdx': file('title: ب', 'دو') });
		const first = context(dir);
		await contentPipelineLoader('articles').load(first.ctx);
		expect(first.calls.parseData).toBe(2);

		writeFileSync(join(dir, 'src/content/articles/fa/a.mdx'), file('title: الف', 'سه'));
		rmSync(join(dir, 'src/content/articles/fa/b.mdx'));
		const second = context(dir, first.store);
		await contentPipelineLoader('articles').load(second.ctx);
		expect(second.calls.parseData).toBe(1);
		expect([...second.store.keys()]).toEqual(['fa/a']);
		expect(renderedBody(second.store.get('fa/a')!).html).toBe('<p>سه</p>');
		// Bodies no entry refers to any more (the old «یک», the deleted «دو») stay an hour (a dev server may share the cache), then go.
		const bodies = join(dir, 'node_modules/.astro/bayan-bodies/articles');
		expect(readdirSync(bodies)).toHaveLength(3);
		const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
		for (const name of readdirSync(bodies)) utimesSync(join(bodies, name), old, old);
		await contentPipelineLoader('articles').load(context(dir, second.store).ctx);
		expect(readdirSync(bodies)).toEqual([basename(String(second.store.get('fa/a')!.rendered!.metadata!.htmlFile))]);
	});

	it('renders an unchanged entry again when its body file was removed from the cache', async () => {
		const dir = project({ 'src/content/articles/fa/a.mdx': file('title: الف', 'یک') });
		const first = context(dir);
		await contentPipelineLoader('articles').load(first.ctx);
		rmSync(String(first.store.get('fa/a')!.rendered!.metadata!.htmlFile));
		const second = context(dir, first.store);
		await contentPipelineLoader('articles').load(second.ctx);
		expect(second.calls.parseData).toBe(1);
		expect(renderedBody(second.store.get('fa/a')!).html).toBe('<p>یک</p>');
	});

	it('names the file, field and line of a schema error', async () => {
		const dir = project({ 'src/content/articles/fa/x.mdx': file('summary: خلاصه\ntitle: 12\nref: 0', 'متن') });
		const error = await contentPipelineLoader('articles')
			.load(context(dir).ctx)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toBe(
			'src/content/articles/fa/x.mdx (line 3, field "title"): the frontmatter does not match the schema: title: Invalid input: expected string, received undefined; ref: Too small',
		);
	});

	it('with the collection schema, names the field and line in the words of the schema, even inside a union', async () => {
		const dir = project({ 'src/content/notices/fa/x.mdx': file('title: عنوان\nstart: 2026-11-21T18:00:00', 'متن') });
		const schema = z.strictObject({ title: z.string(), start: instant });
		const error = await contentPipelineLoader('notices', schema)
			.load(context(dir).ctx)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toBe(
			'src/content/notices/fa/x.mdx (line 3, field "start"): the frontmatter does not match the schema: start: "2026-11-21T18:00:00" must be a date-time with an offset, e.g. 2026-11-22T09:00:00+03:30',
		);
	});

	it('names the file, line and column of a refused body construct', async () => {
		const dir = project({ 'src/content/articles/fa/x.mdx': file('title: عنوان', 'متن\n\n<a href="javascript:alert(1)">x</a>') });
		const error = (await contentPipelineLoader('articles')
			.load(context(dir).ctx)
			.catch((caught: unknown) => caught)) as ContentError;
		expect(error).toBeInstanceOf(ContentError);
		expect([error.file, error.line, error.column]).toEqual(['src/content/articles/fa/x.mdx', 7, 4]);
	});
});

describe('the pipeline fingerprint', () => {
	it('covers the schemas, the site config, the reader and the package versions; changing a schema source changes it', () => {
		const inputs = fingerprintInputs(process.cwd());
		for (const source of ['../articles/article-schema.ts', '../../core/schema.ts', '../../site.config.ts', '../../core/content-file.ts', './check.ts', './render.ts'])
			expect(Object.keys(inputs.sources)).toContain(source);
		expect(Object.keys(inputs.versions).sort()).toEqual([...fingerprintPackages].sort());
		expect(Object.values(inputs.versions)).not.toContain('unknown');
		const base = fingerprintOf(inputs);
		expect(fingerprintOf({ ...inputs, sources: { ...inputs.sources, '../articles/article-schema.ts': `${inputs.sources['../articles/article-schema.ts']}\n// tightened` } })).not.toBe(base);
		expect(fingerprintOf({ ...inputs, versions: { ...inputs.versions, yaml: '9.9.9' } })).not.toBe(base);
		expect(fingerprintOf({ sources: { ...inputs.sources }, versions: { ...inputs.versions } })).toBe(base);
	});

	it("is in both loaders' digests: on a warm cache, a changed fingerprint checks unchanged files again", async () => {
		const dir = project({ 'src/content/articles/fa/a.mdx': file('title: الف', 'یک'), 'src/content/services/web.yaml': 'title: x\n' });
		const first = context(dir);
		await contentPipelineLoader('articles').load(first.ctx);
		const services = new Map<string, Stored>();
		await yamlFiles('src/content/services').load(context(dir, services).ctx);
		const digests = [first.store.get('fa/a')!.digest, services.get('web')!.digest];

		const same = context(dir, first.store);
		await contentPipelineLoader('articles').load(same.ctx);
		expect(same.calls.parseData).toBe(0);

		fingerprint.value = 'fingerprint-2';
		try {
			const changed = context(dir, first.store);
			await contentPipelineLoader('articles').load(changed.ctx);
			expect(changed.calls.parseData).toBe(1);
			const yamlAgain = context(dir, services);
			await yamlFiles('src/content/services').load(yamlAgain.ctx);
			expect(yamlAgain.calls.parseData).toBe(1);
			expect(first.store.get('fa/a')!.digest).not.toBe(digests[0]);
			expect(services.get('web')!.digest).not.toBe(digests[1]);
		} finally {
			fingerprint.value = 'fingerprint-1';
		}
	});
});

describe('what the collection folder may hold', () => {
	const ok = { 'src/content/articles/fa/a.mdx': file('title: الف', 'یک') };
	const refused = async (files: Record<string, string>, setup?: (dir: string) => void) => {
		const dir = project({ ...ok, ...files });
		setup?.(dir);
		const error = await contentPipelineLoader('articles')
			.load(context(dir).ctx)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	};
	it.each([
		[
			'Foo.mdx next to foo.mdx (ids would collide)',
			{ 'src/content/articles/fa/Foo.mdx': file('title: x', 'y'), 'src/content/articles/fa/foo.mdx': file('title: x', 'y') },
			'src/content/articles/fa/Foo.mdx: file name "Foo" must be a lower-case Latin slug',
		],
		['a .md file', { 'src/content/articles/fa/b.md': file('title: x', 'y') }, 'src/content/articles/fa/b.md: is not a ".mdx" file'],
		['a .MDX file', { 'src/content/articles/fa/b.MDX': file('title: x', 'y') }, 'src/content/articles/fa/b.MDX: is not a ".mdx" file'],
		['a file outside a locale folder', { 'src/content/articles/b.mdx': file('title: x', 'y') }, 'src/content/articles/b.mdx: is not inside a locale folder'],
		['a file nested deeper', { 'src/content/articles/fa/more/b.mdx': file('title: x', 'y') }, 'src/content/articles/fa/more: is a folder inside a locale folder'],
		['a folder that is not a locale', { 'src/content/articles/de/b.mdx': file('title: x', 'y') }, 'src/content/articles/de/b.mdx: folder "de" is not a site locale'],
	])('%s stops the load, naming it', async (_name, files, start) => {
		expect(await refused(files)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});

	it('a symbolic link to a locale folder stops the load, naming it', async () => {
		const message = await refused({ 'elsewhere/b.mdx': file('title: x', 'y') }, (dir) => symlinkSync(join(dir, 'elsewhere'), join(dir, 'src/content/articles/ar')));
		expect(message).toMatch(/^src\/content\/articles\/ar: is a symbolic link/);
	});
});
