// src/features/sharing/reply.ts
/** Plain text: title, summary and link on three lines (what chat apps turn into a preview). */
function replyPlainText({ title, summary, url }) {
	return `${oneLine(title)}\n${oneLine(summary)}\n${url}`;
}
/** Markdown: the title as a link to the short URL, the summary under it. */
function replyMarkdown({ title, summary, url }) {
	return `[${escapeMarkdown(oneLine(title))}](${escapeUrl(url)})\n${escapeMarkdown(oneLine(summary))}`;
}
/** Collapses line breaks and runs of spaces: a reply line must stay one line. */
function oneLine(text) {
	return text.replace(/\s+/g, " ").trim();
}
/** Backslash-escapes the characters that would turn plain words into Markdown syntax. */
function escapeMarkdown(text) {
	return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}
function escapeUrl(url) {
	return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
export { replyPlainText as n, replyMarkdown as t };
