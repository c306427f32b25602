/**
 * Finds the questions in an article body written with `<Question q="…">answer</Question>`,
 * so an article that is a list of questions can be published as schema.org FAQPage.
 */

/** One question and its answer as plain text. */
export interface FaqItem {
	question: string;
	answer: string;
}

const questionBlock = /<Question\s+q=(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\})\s*>([\s\S]*?)<\/Question>/g;

/** Reduces Markdown/MDX to readable plain text for structured data. */
export function markdownToPlainText(markdown: string): string {
	return markdown
		.replace(/<[^>]+>/g, ' ')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__|\*|_)(.*?)\1/g, '$2')
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^#+\s*/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every `<Question>` in the body, in order. */
export function extractQuestions(body: string): FaqItem[] {
	const items: FaqItem[] = [];
	for (const match of body.matchAll(questionBlock)) {
		const question = (match[1] ?? match[2] ?? match[3] ?? '').trim();
		const answer = markdownToPlainText(match[4] ?? '');
		if (question && answer) items.push({ question, answer });
	}
	return items;
}

/**
 * An article counts as a list of questions when it has at least two `<Question>` blocks
 * and they carry most of its text (so one FAQ block at the end of a guide does not turn
 * the whole guide into an FAQPage).
 */
export function faqOf(body: string): FaqItem[] | undefined {
	const items = extractQuestions(body);
	if (items.length < 2) return undefined;
	const outside = markdownToPlainText(body.replace(questionBlock, ' '));
	const inside = items.reduce((sum, item) => sum + item.question.length + item.answer.length, 0);
	return inside >= outside.length ? items : undefined;
}
