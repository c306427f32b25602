import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { yamlFiles } from '../../src/features/content/yaml-loader';
import { withFieldLines } from '../../src/core/content-file';
import { regionSchema } from '../../src/features/notices/region-schema';

/** A stand-in for Astro's loader context: a Map store, and `parseData` running the schema like Astro does. */
function fakeContext(root: string) {
	const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>();
	let parses = 0;
	const context = {
		config: { root: pathToFileURL(`${root}/`) },
		store: {
			keys: () => [...entries.keys()],
			get: (id: string) => entries.get(id),
			set: (entry: { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }) => (entries.set(entry.id, entry), true),
			delete: (id: string) => void entries.delete(id),
		},
		generateDigest: (data: string) => String(data.length) + data.slice(0, 20),
		parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
			parses++;
			const result = regionSchema.safeParse(data);
			if (result.success) return result.data;
			// Astro's message lists each field as "  **path**: message".
			throw new Error([`**regions → ${id}** data does not match collection schema.`, ...result.error.issues.map((i) => `  **${i.path.join('.')}**: ${i.message}`)].join('\n'));
		},
		logger: { error: () => {} },
	};
	return { context, entries, parses: () => parses };
}

const region = (order: string) => `name:\n  fa: شمال\n  ar: الشمال\n  en: North\norder: ${order}\n`;
const dirs: string[] = [];
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'bayan-yaml-'));
	dirs.push(root);
	mkdirSync(join(root, 'src/content/regions'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'src/content/regions', name), text);
	return root;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function load(root: string, fake = fakeContext(root)) {
	await yamlFiles('src/content/regions').load(fake.context as never);
	return fake;
}

describe('yamlFiles loader', () => {
	it('stores one entry per file, id = file name, with the project-relative path', async () => {
		const root = project({ 'north.yaml': region('1'), 'south.yml': region('2'), 'notes.txt': 'ignored' });
		const { entries } = await load(root);
		expect([...entries.keys()].sort()).toEqual(['north', 'south']);
		expect(entries.get('north')).toMatchObject({ id: 'north', filePath: 'src/content/regions/north.yaml', data: { order: 1 } });
	});

	it('skips unchanged files and drops deleted ones on the next load', async () => {
		const root = project({ 'north.yaml': region('1'), 'south.yaml': region('2') });
		const fake = await load(root);
		expect(fake.parses()).toBe(2);
		rmSync(join(root, 'src/content/regions/south.yaml'));
		await load(root, fake);
		expect(fake.parses()).toBe(2);
		expect([...fake.entries.keys()]).toEqual(['north']);
	});

	it('reports a file name that is not a slug, naming the file, as for articles', async () => {
		const root = project({ 'North Region.yaml': region('1') });
		await expect(load(root)).rejects.toThrow('src/content/regions/North Region.yaml: file name "North Region" must be a lower-case Latin slug');
	});

	it('reports two files with one id', async () => {
		const root = project({ 'north.yaml': region('1'), 'north.yml': region('2') });
		await expect(load(root)).rejects.toThrow(/north\.yml: has the same id "north" as src\/content\/regions\/north\.yaml/);
	});

	it('reads through the strict reader: anchors and other number notations are refused with field and line', async () => {
		await expect(load(project({ 'north.yaml': region('0x10') }))).rejects.toThrow('src/content/regions/north.yaml (line 5, field "order")');
		await expect(load(project({ 'north.yaml': `name: &n\n  fa: a\n  ar: b\n  en: c\norder: 1\n` }))).rejects.toThrow(/line 1, field "name"/);
	});

	it('adds the line to each field of a schema error', async () => {
		await expect(load(project({ 'north.yaml': region('1.5') }))).rejects.toThrow('**order** (line 5): must be a whole number');
		const missing = load(project({ 'north.yaml': 'name:\n  fa: a\n  ar: b\n  en: c\n' }));
		await expect(missing).rejects.toThrow(/\*\*order\*\*: /);
	});
});

describe('withFieldLines', () => {
	it('adds lines to the fields it can find and leaves the rest', () => {
		const error = new Error('x\n  **updates.1.at**: bad\n  **ghost**: missing');
		const lines: Record<string, number> = { 'updates.1.at': 14 };
		withFieldLines(error, (path) => lines[path.join('.')]);
		expect(error.message).toBe('x\n  **updates.1.at** (line 14): bad\n  **ghost**: missing');
		expect(withFieldLines('not an error', () => 1)).toBe('not an error');
	});
});
