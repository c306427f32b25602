import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ContentError } from './content-error';

export { ContentError };

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
	/** 1-based line of the file where the value at `path` is written (for a field, the line of its name), if it exists. */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/** A whole YAML data file (`categories/<id>.yaml` and the like), checked like frontmatter. */
export interface YamlFile {
	/** The file path as given. */
	file: string;
	/** The file's data (strings, numbers, booleans, arrays, objects). */
	data: Record<string, unknown>;
	/** 1-based line of the file where the value at `path` is written (for a field, the line of its name), if it exists. */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Largest frontmatter or YAML data file accepted, in characters. Real ones are a few
 * hundred; the cap stops a runaway or hostile file before it is parsed at all.
 */
export const maxYamlLength = 64 * 1024;

const fence = /^---[ \t]*\r?$/;
/**
 * Astro's own frontmatter reader ends the frontmatter at the first line that merely
 * *starts* with `---` or `+++` (and reads `+++` as TOML). Any such line that is not a
 * clean `---` fence would make the two readers disagree about where the data ends.
 */
const fenceLike = /^(?:---|\+\+\+)/;

/** Parses the source of one content file. Throws a `ContentError` naming the file, line and problem. */
export function parseContentFile(source: string, file: string): ContentFile {
	const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
	const lines = text.split('\n');
	if (/^\+\+\+/.test(lines[0] ?? '')) {
		throw new ContentError(file, 'frontmatter must be fenced with "---" lines (a "+++" TOML fence is not supported)', { line: 1 });
	}
	if (!fence.test(lines[0] ?? '')) {
		throw new ContentError(file, 'the file must start with a "---" line, then the frontmatter, then a closing "---" line', { line: 1 });
	}
	const close = lines.findIndex((line, index) => index > 0 && fenceLike.test(line));
	if (close < 0) throw new ContentError(file, 'the frontmatter has no closing "---" line', { line: 1 });
	const closing = lines[close]!;
	if (!fence.test(closing)) {
		const start = closing.slice(0, 3);
		throw new ContentError(
			file,
			`a line starting with "${start}" inside the frontmatter would end it for other readers; close the frontmatter with a line that is exactly "---", and indent or quote a value that starts with "${start}"`,
			{ line: close + 1 },
		);
	}
	// Without the fence's own line break, a CRLF file's last field would end in a lone "\r",
	// which YAML keeps as part of the value ("3\r" is text, not a number).
	const yamlText = lines
		.slice(1, close)
		.map((line) => line.replace(/\r$/, ''))
		.join('\n');
	const yaml = parseYaml(yamlText, file, 1, 'frontmatter');
	return {
		file,
		data: yaml.data,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
		lineOf: yaml.lineOf,
	};
}

/**
 * Parses a whole YAML data file (one entry per file) with the same strictness as
 * frontmatter: core schema, no anchors, aliases, tags or non-decimal numbers, a
 * byte-order mark accepted. Throws a `ContentError` naming the file, line and problem.
 */
export function parseYamlFile(source: string, file: string): YamlFile {
	const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
	const yaml = parseYaml(text, file, 0, 'file');
	return { file, data: yaml.data, lineOf: yaml.lineOf };
}

/** Parses YAML text that starts `lineOffset` lines into `file`; `what` names it in messages. */
function parseYaml(yamlText: string, file: string, lineOffset: number, what: 'frontmatter' | 'file'): Omit<YamlFile, 'file'> {
	if (yamlText.length > maxYamlLength) {
		throw new ContentError(file, `the ${what} is ${yamlText.length} characters long; at most ${maxYamlLength} are allowed`, { line: lineOffset + 1 });
	}
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: false, lineCounter: counter, customTags: [] });
	const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + lineOffset);
	const columnAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).col);

	const first = doc.errors[0];
	const tooDeep = `the ${what} is nested more than ${maxYamlDepth} levels deep (lists or maps inside each other); real content needs a few`;
	// The YAML parser recurses: on a hostile nesting it reports a stack overflow as a syntax error. Say what is wrong instead.
	const overflow = doc.errors.find((error) => /Maximum call stack size exceeded/.test(error.message));
	if (overflow) throw new ContentError(file, tooDeep, { line: lineAt(overflow.pos[0]) }, { cause: overflow });
	if (first) {
		throw new ContentError(file, `the ${what} is not valid YAML: ${first.message.split('\n')[0]}`, { line: lineAt(first.pos[0]), column: columnAt(first.pos[0]) }, { cause: first });
	}
	// Measured without recursion, before the recursive checks and `toJS` run.
	const deep = deepestNode(doc.contents);
	if (deep) throw new ContentError(file, tooDeep, { line: lineAt(deep.range?.[0]) });
	let data: unknown;
	try {
		refuseUnsafeYaml(doc, file, lineAt);
		data = doc.toJS({ maxAliasCount: 0 }) ?? {};
	} catch (error) {
		if (error instanceof RangeError) throw new ContentError(file, tooDeep, { line: lineOffset + 1 }, { cause: error });
		throw error;
	}
	if (typeof data !== 'object' || Array.isArray(data) || data === null) {
		throw new ContentError(file, `the ${what} must be a set of "field: value" lines`, { line: lineOffset + 1 });
	}
	return {
		data: data as Record<string, unknown>,
		lineOf(path) {
			// A field's line is the line of its name: a block list or map value starts on the next one.
			const parent = path.length ? doc.getIn(path.slice(0, -1), true) : undefined;
			if (isMap(parent)) {
				const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
				return pair && isNode(pair.key) ? lineAt(pair.key.range?.[0]) : undefined;
			}
			const node = doc.getIn(path, true);
			return isNode(node) ? lineAt(node.range?.[0]) : undefined;
		},
	};
}

/** Deepest nesting of lists and maps a frontmatter or data file may have (the demo's deepest is 3). */
export const maxYamlDepth = 32;

/** The first node nested deeper than `maxYamlDepth`, found without recursion, or `undefined`. */
function deepestNode(root: unknown): { range?: [number, number, number] | null } | undefined {
	const stack: [unknown, number][] = [[root, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (!isMap(node) && !isSeq(node)) continue;
		if (depth >= maxYamlDepth) return node;
		for (const item of node.items as unknown[]) {
			if (isPair(item)) {
				stack.push([item.key, depth + 1], [item.value, depth + 1]);
			} else stack.push([item, depth + 1]);
		}
	}
	return undefined;
}

/** Plain values that YAML 1.1 readers take for numbers but the core schema keeps as text (or reads differently). */
const otherNotation = /^[-+]?(?:0b[01_]+|0x[0-9a-f_]+|0o[0-7_]+|\.inf|\.nan)$/i;

/** The dotted field path of the node at the end of a visitor path, for messages ("updates.1.at"). */
function fieldOf(path: readonly unknown[]): string | undefined {
	const names: string[] = [];
	path.forEach((step, index) => {
		if (isPair(step) && isScalar(step.key)) names.push(String(step.key.value));
		else if (isSeq(step) && index + 1 < path.length) names.push(String(step.items.indexOf(path[index + 1] as never)));
	});
	return names.length ? names.join('.') : undefined;
}

/**
 * Anchors, aliases, explicit tags, numbers in other notations and field names that are
 * not text make one file mean different things to different readers (or let one line
 * stand for many).
 */
function refuseUnsafeYaml(doc: Document, file: string, lineAt: (offset: number | undefined) => number | undefined): void {
	visit(doc, {
		Alias(_, node, path) {
			throw new ContentError(file, 'YAML aliases (*name) are not allowed; write the value out', { line: lineAt(node.range?.[0]), field: fieldOf([...path, node]) });
		},
		Pair(_, pair, path) {
			const key = pair.key;
			if (isScalar(key) && typeof key.value === 'string' && !key.anchor && !key.tag) return;
			throw new ContentError(file, 'a field name must be plain text, e.g. "title:"', { line: lineAt(isNode(key) ? key.range?.[0] : undefined), field: fieldOf(path) });
		},
		Node(_, node, path) {
			if (isAlias(node)) return;
			// A value's problem is reported on its field's line: a block map or list starts on the next one.
			const parent = path[path.length - 1];
			const keyNode = isPair(parent) && parent.value === node && isNode(parent.key) ? parent.key : undefined;
			const where = { line: lineAt((keyNode ?? node).range?.[0]), field: fieldOf([...path, node]) };
			if (node.anchor) throw new ContentError(file, `YAML anchors (&${node.anchor}) are not allowed; write the value out`, where);
			if (node.tag) throw new ContentError(file, `YAML tags (${node.tag}) are not allowed; write a plain value`, where);
			if (!isScalar(node)) return;
			const written = String(node.source ?? '').trim();
			if (typeof node.value === 'number' && !/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(written)) {
				throw new ContentError(file, `the number "${written}" must be written in plain decimal digits, e.g. 12 (or quoted, if it is text)`, where);
			}
			if (node.type === 'PLAIN' && typeof node.value === 'string' && otherNotation.test(written)) {
				throw new ContentError(file, `"${written}" is a number to some YAML readers and text to others; write a number in plain decimal digits, e.g. 12, or quote text`, where);
			}
		},
	});
}

const cache = new Map<string, { key: string; parsed: ContentFile }>();

/**
 * Largest content or data file read, in bytes: far above the 64 KiB frontmatter cap plus the
 * 256 KB body limit, so only a runaway or hostile file is refused before it is read at all.
 */
export const maxFileBytes = 1024 * 1024;

/**
 * The file's own status, not its target's: a symbolic link, FIFO, device (`/dev/zero`) or
 * folder is refused, naming it, before anything is read (reading one could hang the build or
 * put another file's text in a message), and so is a file over `maxFileBytes`.
 */
function plainFileStat(path: string, displayPath: string): Stats {
	let stat: Stats;
	try {
		stat = lstatSync(path);
	} catch (error) {
		throw new ContentError(displayPath, 'the file could not be read', {}, { cause: error });
	}
	if (!stat.isFile()) throw new ContentError(displayPath, 'is a symbolic link or not a regular file; content files must be plain files');
	if (stat.size > maxFileBytes) throw new ContentError(displayPath, `is ${stat.size} bytes; content files may be at most ${maxFileBytes} bytes (1 MiB)`);
	return stat;
}

/** Reads a content or data file as UTF-8 text, refusing links, special files and files over `maxFileBytes`, naming the file. */
export function readPlainFile(path: string, displayPath = path): string {
	plainFileStat(path, displayPath);
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new ContentError(displayPath, 'the file could not be read', {}, { cause: error });
	}
}

/** Reads and parses a YAML data file with `parseYamlFile`, refusing links, special files and over-large files first. */
export function readYamlFile(path: string, displayPath = path): YamlFile {
	return parseYamlFile(readPlainFile(path, displayPath), displayPath);
}

/** Reads and parses a content file once per change (keyed by path, size and mtime). Links, special files and files over 1 MiB are refused, naming the file. */
export function readContentFile(path: string, displayPath = path): ContentFile {
	const stat = plainFileStat(path, displayPath);
	const key = `${stat.size}:${stat.mtimeMs}`;
	// By the file itself, however its path is spelt: the content layer reads articles by their
	// absolute path and the redirect table by their project-relative one, and both used to
	// parse every article's frontmatter in the same build. The shown path is in the parse.
	const file = `${resolve(path)}\0${displayPath}`;
	const hit = cache.get(file);
	if (hit && hit.key === key) return hit.parsed;
	const parsed = parseContentFile(readPlainFile(path, displayPath), displayPath);
	cache.set(file, { key, parsed });
	return parsed;
}

/**
 * Adds the file line to each field an Astro schema error lists (`**updates.1.at**: …`
 * becomes `**updates.1.at** (line 14): …`), so editors go straight to the line. Astro
 * reports only top-level keys' lines, and finds them with a text search. Returns the same
 * error, so Astro still formats it; anything else is returned unchanged.
 */
export function withFieldLines(error: unknown, lineOf: ContentFile['lineOf']): unknown {
	if (!(error instanceof Error)) return error;
	error.message = error.message.replace(/^(\s*\*\*)([^*\n]+)(\*\*)(:)/gm, (whole, open: string, field: string, close: string, colon: string) => {
		const path = field.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step));
		// A missing field has no line; an item of a list that has one is reported on the list's line.
		const line = lineOf(path) ?? (path.length > 1 ? lineOf(path.slice(0, -1)) : undefined);
		return line === undefined ? whole : `${open}${field}${close} (line ${line})${colon}`;
	});
	return error;
}

/** The part of a Zod schema `schemaProblems` needs (kept structural so this module does not depend on Zod). */
export interface SafeParser<Output> {
	safeParse(data: unknown): { success: true; data: Output } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Checks a parsed file's data against a schema. Returns the checked data, or one
 * `ContentError` per problem, each naming the file, the field and the line it is on.
 */
export function checkData<Output>(parsed: Pick<YamlFile, 'file' | 'data' | 'lineOf'>, schema: SafeParser<Output>): { data: Output; problems: [] } | { data?: undefined; problems: ContentError[] } {
	const result = schema.safeParse(parsed.data);
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => {
			const path = issue.path.map((step) => (typeof step === 'number' ? step : String(step)));
			// An unknown or missing field has no line of its own; its parent (or the file) does.
			let line: number | undefined;
			for (let length = path.length; line === undefined && length > 0; length--) line = parsed.lineOf(path.slice(0, length));
			return new ContentError(parsed.file, issue.message, { field: path.length ? path.join('.') : undefined, line }, { cause: result.error });
		}),
	};
}
