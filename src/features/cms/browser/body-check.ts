import { parseAndCheck } from '../../content/check';
import { bodyIssueMessage } from '../body-issues';
import type { IssueMessages } from '../entry-validation';

/**
 * The build's allow-list for bodies (content/check.ts, the same module, with satteri's
 * WebAssembly build in place of its native one), loaded by cms.ts only when an entry with a
 * body is saved: the parser is about 3 MB of WebAssembly, too much for every admin page.
 */

/** The refusal of one body in the editor's language, or undefined when the build would accept it. */
export function bodyRefusal(body: string, messages: IssueMessages, fieldLabel: string): string | undefined {
	try {
		parseAndCheck(body, { file: 'body', bodyLine: 1 });
		return undefined;
	} catch (error) {
		return bodyIssueMessage(error, messages, fieldLabel);
	}
}
