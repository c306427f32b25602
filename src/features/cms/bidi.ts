/**
 * Names and code inside a message of the admin's interface (Persian and Arabic right to left):
 * each wrapped in a first strong isolate … pop directional isolate (U+2068 … U+2069), so a Latin
 * slug, a file path or a branch name keeps its own order inside the sentence (`2-step-login`
 * is not shown as `step-login-2`), and the sentence keeps its order around it.
 */

/**
 * Characters inside a value shown as escapes (`\u{202E}`). Directional controls: a value's own
 * pop or override would close its isolate early and reorder the rest of the message
 * (`javascript:\u2069\u202Eevil.com/` would read as something else). Paragraph separators
 * (line feed, carriage return, U+001C–U+001E, U+0085, U+2029): the bidirectional algorithm ends
 * every isolate at one, so the rest of the message would be laid out on its own. Invisible
 * characters (zero width space, word joiner, byte order mark): two names that look the same
 * would be different branches or files. A branch or file name written outside the CMS can hold
 * any of them.
 */
export function visibleControls(text: string): string {
	return text.replace(/[\n\r\u001C-\u001E\u0085\u061C\u200B\u200E\u200F\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, (control) => `\\u{${control.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** `text` isolated from the message around it, its own directional controls made visible. */
export function isolate(text: string): string {
	return `\u2068${visibleControls(text)}\u2069`;
}
