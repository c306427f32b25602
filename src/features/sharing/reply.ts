/**
 * "Copy reply": what a support agent pastes into a chat or e-mail to point a customer at
 * an article — its title, one-line summary and permanent short link, in the article's
 * language. Built at build time so the browser only copies finished strings.
 */

/** The parts of a reply. */
export interface ReplyParts {
	title: string;
	summary: string;
	/** Absolute permanent link, e.g. `https://help.example/fa/go/3/`. */
	url: string;
}

/** Plain text: title, summary and link on three lines (what chat apps turn into a preview). */
export function replyPlainText({ title, summary, url }: ReplyParts): string {
	return `${oneLine(title)}\n${oneLine(summary)}\n${url}`;
}

/** Markdown: the title as a link to the short URL, the summary under it. */
export function replyMarkdown({ title, summary, url }: ReplyParts): string {
	return `[${escapeMarkdown(oneLine(title))}](${escapeUrl(url)})\n${escapeMarkdown(oneLine(summary))}`;
}

/** Collapses line breaks and runs of spaces: a reply line must stay one line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes the characters that would turn plain words into Markdown syntax. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

// Parentheses and spaces would end a Markdown link destination early.
function escapeUrl(url: string): string {
	return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
