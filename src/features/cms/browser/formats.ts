import { Backend } from 'decap-cms-core/dist/esm/backend';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import { Document, isScalar, isSeq, visit } from 'yaml';
import { cleanEntryData } from '../cms-entry';
import type { CmsCollection } from '../cms-config';
import { noticeListSummary } from '../list-summary';
import { transientKeysOf } from './validation';
import type { AdminContext, DecapCms, Formatter } from './types';
import { writtenRef } from './renumber';

/**
 * One file format per collection (`bayan-<collection>`): Decap's own YAML front matter or
 * YAML, but writing only what the strict content schemas accept (no file-name field, no
 * empty values). Reading is Decap's own, so files keep round-tripping through its parser.
 */
export function registerFormats(cms: DecapCms, collections: readonly CmsCollection[], context: AdminContext): void {
	for (const collection of collections) {
		// The file-name field (widget bayan-slug), the template chooser and the list's summary are never written.
		const transientKeys = transientKeysOf(collection);
		// Reading is Decap's own (gray-matter, its YAML tags); writing is ours, see toYaml.
		const base: Formatter = collection.extension === 'mdx' ? frontmatterYAML() : yamlFormatter;
		cms.registerCustomFormat(collection.format, collection.extension, {
			fromFile: (content) => {
				const data = base.fromFile(content);
				return collection.name === 'notices' ? { ...data, ...noticeListSummary(data, context, new Date()) } : data;
			},
			toFile: (data, sortedKeys = []) => {
				const { body, ...fields } = data;
				const cleaned = cleanEntryData(fields, { transientKeys });
				// A new article renumbered at this save (renumber.ts): every language's file gets the new number.
				if ('ref' in cleaned) cleaned.ref = writtenRef(cleaned.ref);
				// Decap writes every language that has any data, and "duplicate" fields give every
				// language data; a translation nobody has started (no title) must not become a
				// file. An empty result is Decap's own signal to skip that language's file.
				if (collection.i18n && !cleaned[collection.identifier_field]) return '';
				const yaml = toYaml(ordered(cleaned, sortedKeys));
				if (collection.extension !== 'mdx') return yaml;
				// Keep the body exactly as the editor left it, set off from the front matter by a blank line.
				const text = typeof body === 'string' ? body : '';
				return `---\n${yaml}---\n${text.startsWith('\n') || !text ? text : `\n${text}`}`;
			},
		});
	}
}

/** Fields in the order of the collection's form, unknown ones last (as Decap orders them). */
function ordered(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
	return Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * YAML in the style the repository's files are written in, so a save changes only what
 * the editor changed: no line folding, short lists of plain values inline (`[a, b]`).
 */
export function toYaml(data: Record<string, unknown>): string {
	const document = new Document(data);
	visit(document, {
		Seq(_key, node) {
			if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Decap skips a language's file when its serialised text is empty, but appends a newline to
 * every serialisation first, so an empty translation would still be written as a file of
 * one blank line (and fail the build for its missing title). Keep empty empty.
 */
export function keepUntranslatedLanguagesUnwritten(): void {
	const original = Backend.prototype.entryToRaw;
	Backend.prototype.entryToRaw = function entryToRaw(collection: unknown, entry: unknown): string {
		const raw = original.call(this, collection, entry);
		return raw.trim() === '' ? '' : raw;
	};
}
