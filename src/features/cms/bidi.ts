/**
 * Names and code inside a message of the admin's interface (Persian and Arabic right to left):
 * each wrapped in a first strong isolate … pop directional isolate (U+2068 … U+2069), so a Latin
 * slug, a file path or a branch name keeps its own order inside the sentence (`2-step-login`
 * is not shown as `step-login-2`), and the sentence keeps its order around it.
 */

/**
 * Characters inside a value shown as escapes (`\u{202E}`): every control (Cc), format character
 * (Cf), line or paragraph separator (Zl, Zp) and default-ignorable code point, but the zero width
 * non-joiner and joiner (U+200C, U+200D), which Persian names need (`می‌خواهم`). Directional
 * controls: a value's own pop or override would close its isolate early and reorder the rest of
 * the message (`javascript:\u2069\u202Eevil.com/` would read as something else). Separators and
 * line breaks: the bidirectional algorithm ends every isolate at a paragraph separator, so the
 * rest of the message would be laid out on its own. Invisible characters (soft hyphen, Hangul
 * filler, variation selectors, tags, invisible operators): two names that look the same would be
 * different branches or files. A branch or file name written outside the CMS can hold any of them.
 * A whole class rather than a list, so a character nobody listed is escaped too.
 */
const hidden = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/** `text` with its invisible and directional characters (`hidden`) shown as escapes. */
export function visibleControls(text: string): string {
	return text.replace(hidden, (control) => `\\u{${control.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** `text` isolated from the message around it, its own directional controls made visible. */
export function isolate(text: string): string {
	return `\u2068${visibleControls(text)}\u2069`;
}
