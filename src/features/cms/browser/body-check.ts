import { parseAndCheck } from '../../content/check';
import { bodyIssueMessage } from '../body-issues';
import type { IssueMessages } from '../entry-validation';

/**
 * The build's allow-list for bodies (content/check.ts, the same module, with satteri's
 * WebAssembly build in place of its native one), loaded by cms.ts only when an entry with a
 * body is saved: the parser is about 3 MB of WebAssembly, too much for every admin page.
 */

/**
 * The body as its file will hold it, which is what the build checks: formats.ts puts a blank
 * line between the front matter and a body that does not start with one, Decap ends the file
 * with a newline, and the file is UTF-8 (a lone surrogate is written as U+FFFD; satteri's
 * WebAssembly runtime would otherwise read it, and the tag after it, differently from the build).
 * `bodyLine` makes the field's first line line 1 of the check's messages.
 */
export function bodyAsWritten(body: string): { text: string; bodyLine: number } {
	const leading = body.startsWith('\n') || !body ? '' : '\n';
	return { text: new TextDecoder().decode(new TextEncoder().encode(`${leading}${body}\n`)), bodyLine: leading ? 0 : 1 };
}

/** The check itself failed (the WebAssembly trapped or ran out of stack or memory): the body was not judged. */
export class BodyCheckFailed extends Error {}

/** Whether an error is the checker's own failure rather than a fault of the body. */
function isCheckerFailure(error: unknown): boolean {
	return error instanceof WebAssembly.RuntimeError || error instanceof RangeError;
}

/**
 * The refusal of one body in the editor's language, or undefined when the build would accept
 * it. Throws {@link BodyCheckFailed} when the parser itself failed, so the form says the body
 * was not checked instead of blaming the body.
 */
export function bodyRefusal(body: string, messages: IssueMessages, fieldLabel: string, check: typeof parseAndCheck = parseAndCheck): string | undefined {
	const { text, bodyLine } = bodyAsWritten(body);
	try {
		check(text, { file: 'body', bodyLine });
		return undefined;
	} catch (error) {
		if (isCheckerFailure(error) || isCheckerFailure((error as { cause?: unknown } | undefined)?.cause)) throw new BodyCheckFailed('the body check failed', { cause: error });
		return bodyIssueMessage(error, messages, fieldLabel);
	}
}
