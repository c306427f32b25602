import { readFileSync, statSync } from 'node:fs';
import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/**
 * The one reader of content files (`---` YAML frontmatter, then a Markdown/MDX body).
 * Every consumer (the content layer, integrity checks, redirects, sitemap, CMS checks)
 * reads files through it, so no two readers can disagree about where the frontmatter
 * ends or what a value is.
 *
 * Strict on purpose: YAML's core schema (no timestamps: an instant stays the string the
 * editor wrote, so the schema can insist on its offset), no anchors or aliases, no
 * explicit tags, numbers only in plain decimal, `---` fences only (a `+++` TOML fence
 * is refused: other tools read it differently). A UTF-8 byte-order mark is accepted.
 */

/** A problem in a content file, naming the file and, where known, the field and line. */
export class ContentError extends Error {
	/** Path of the file, relative to the project where possible. */
	readonly file: string;
	/** The field (dotted path) the problem is in, if any. */
	readonly field?: string;
	/** 1-based line in the file, if known. */
	readonly line?: number;
	/** 1-based column in the file, if known. */
	readonly column?: number;

	constructor(file: string, message: string, where: { field?: string; line?: number; column?: number } = {}, options?: { cause?: unknown }) {
		const place = [where.line ? `line ${where.line}${where.column ? `, column ${where.column}` : ''}` : '', where.field ? `field "${where.field}"` : '']
			.filter(Boolean)
			.join(', ');
		super(`${file}${place ? ` (${place})` : ''}: ${message}`, options);
		this.name = 'ContentError';
		this.file = file;
		this.field = where.field;
		this.line = where.line;
		this.column = where.column;
	}
}

/** A content file split into its checked frontmatter data and its body. */
export interface ContentFile {
	/** The file path as given. */
	file: string;
	/** The frontmatter as plain data (strings, numbers, booleans, arrays, objects). */
	data: Record<string, unknown>;
	/** The body after the closing `---` line. */
	body: string;
	/** 1-based line of the file on which the body starts. */
	bodyLine: number;
	/** 1-based line of the file where the value at `path` is written (for error messages), if it exists. */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

const fence = /^---[ \t]*\r?$/;

/** Parses the source of one content file. Throws a `ContentError` naming the file, line and problem. */
export function parseContentFile(source: string, file: string): ContentFile {
	const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
	const lines = text.split('\n');
	if (/^\+\+\+[ \t]*\r?$/.test(lines[0] ?? '')) {
		throw new ContentError(file, 'frontmatter must be fenced with "---" lines (a "+++" TOML fence is not supported)', { line: 1 });
	}
	if (!fence.test(lines[0] ?? '')) {
		throw new ContentError(file, 'the file must start with a "---" line, then the frontmatter, then a closing "---" line', { line: 1 });
	}
	const close = lines.findIndex((line, index) => index > 0 && fence.test(line));
	if (close < 0) throw new ContentError(file, 'the frontmatter has no closing "---" line', { line: 1 });
	const yamlText = lines.slice(1, close).join('\n');
	const offsetLine = 1; // the YAML starts on line 2 of the file
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: false, lineCounter: counter, customTags: [] });
	const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + offsetLine);
	const columnAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).col);

	const first = doc.errors[0];
	if (first) {
		throw new ContentError(file, `the frontmatter is not valid YAML: ${first.message.split('\n')[0]}`, { line: lineAt(first.pos[0]), column: columnAt(first.pos[0]) }, { cause: first });
	}
	refuseUnsafeYaml(doc, file, lineAt);

	const data: unknown = doc.toJS({ maxAliasCount: 0 }) ?? {};
	if (typeof data !== 'object' || Array.isArray(data) || data === null) {
		throw new ContentError(file, 'the frontmatter must be a set of "field: value" lines', { line: 2 });
	}
	return {
		file,
		data: data as Record<string, unknown>,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
		lineOf(path) {
			const node = doc.getIn(path, true);
			return isNode(node) ? lineAt(node.range?.[0]) : undefined;
		},
	};
}

/** Anchors, aliases, explicit tags and non-decimal numbers make one file mean different things to different readers. */
function refuseUnsafeYaml(doc: Document, file: string, lineAt: (offset: number | undefined) => number | undefined): void {
	visit(doc, {
		Alias(_, node) {
			throw new ContentError(file, 'YAML aliases (*name) are not allowed; write the value out', { line: lineAt(node.range?.[0]) });
		},
		Node(_, node) {
			if (isAlias(node)) return;
			if (node.anchor) throw new ContentError(file, `YAML anchors (&${node.anchor}) are not allowed; write the value out`, { line: lineAt(node.range?.[0]) });
			if (node.tag) throw new ContentError(file, `YAML tags (${node.tag}) are not allowed; write a plain value`, { line: lineAt(node.range?.[0]) });
			if (isScalar(node) && typeof node.value === 'number') {
				const written = String(node.source ?? '').trim();
				if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(written)) {
					throw new ContentError(file, `the number "${written}" must be written in plain decimal digits (or quoted, if it is text)`, { line: lineAt(node.range?.[0]) });
				}
			}
		},
	});
}

const cache = new Map<string, { key: string; parsed: ContentFile }>();

/** Reads and parses a content file once per change (keyed by path, size and mtime). */
export function readContentFile(path: string, displayPath = path): ContentFile {
	let key: string;
	try {
		const stat = statSync(path);
		key = `${stat.size}:${stat.mtimeMs}`;
	} catch (error) {
		throw new ContentError(displayPath, 'the file could not be read', {}, { cause: error });
	}
	const hit = cache.get(path);
	if (hit && hit.key === key) return hit.parsed;
	const parsed = parseContentFile(readFileSync(path, 'utf8'), displayPath);
	cache.set(path, { key, parsed });
	return parsed;
}
