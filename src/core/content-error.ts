/**
 * The error every content check throws, in a module of its own (no file system, no YAML) so
 * the checks that also run in the admin (the body's allow-list, content/check.ts) can throw it
 * in the browser.
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
		const place = [where.line ? `line ${where.line}${where.column ? `, column ${where.column}` : ''}` : '', where.field ? `field "${where.field}"` : ''].filter(Boolean).join(', ');
		super(`${file}${place ? ` (${place})` : ''}: ${message}`, options);
		this.name = 'ContentError';
		this.file = file;
		this.field = where.field;
		this.line = where.line;
		this.column = where.column;
	}
}
