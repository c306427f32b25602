import { ContentError } from '../../core/content-error';
import type { BodyError } from '../content/check';
import type { IssueMessages } from './entry-validation';
import { isolate } from './bidi';

/**
 * The admin's wording of a body the build's allow-list refuses (content/check.ts, run in the
 * browser by browser/body-check.ts): where it is (the field, line and column of the body as
 * the editor sees it) and what is wrong, in the editor's language from `body.*` in the CMS
 * strings. A rule without a translation, or an error that is not the allow-list's, keeps the
 * build's own English words: never silent.
 */

/** Whether an error is the allow-list's refusal (structurally: the class may come from another copy of the module). */
export function isBodyError(error: unknown): error is BodyError {
	return error instanceof ContentError && typeof (error as Partial<BodyError>).rule === 'string' && typeof (error as Partial<BodyError>).vars === 'object';
}

/**
 * The message for one refusal: «Body», line 3, column 9: the element <iframe> is not allowed in the body.
 * `fieldLabel` is the body field's label in the form; the body is checked with `bodyLine: 1`,
 * so the error's line is the line inside the body field.
 */
export function bodyIssueMessage(error: unknown, messages: IssueMessages, fieldLabel: string): string {
	if (!isBodyError(error)) {
		const text = error instanceof ContentError ? error.message.replace(/^[^:]*: /, '') : String((error as Error)?.message ?? error);
		return `«${fieldLabel}»: ${text}`;
	}
	const place =
		// Line 0 is the blank line before the body in its file (browser/body-check.ts): the field as a whole.
		error.line === undefined || error.line < 1
			? `«${fieldLabel}»:`
			: error.column === undefined
				? messages.string('body.whereLine', { field: fieldLabel, line: messages.formatNumber(error.line) })
				: messages.string('body.where', { field: fieldLabel, line: messages.formatNumber(error.line), column: messages.formatNumber(error.column) });
	const vars = Object.fromEntries(Object.entries(error.vars).map(([name, value]) => [name, isolate(name === 'tag' ? `<${value}>` : value)]));
	const text = messages.string(`body.rule.${error.rule}`, vars) ?? error.message.replace(/^[^:]*: /, '');
	return `${place ?? `«${fieldLabel}»:`} ${text}`;
}
