import type { AdminContext, DecapCms, EditorComponent } from './types';

/**
 * The components editors may use in a body (`src/features/content/components.ts`), as Decap editor
 * components: a form to insert them, the exact MDX they write, and a preview drawn with
 * the site's own class names so the site's stylesheet styles it. Plus an image that cannot
 * be inserted without alt text.
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const escapeAttribute = (text: string) => text.replace(/"/g, '&quot;');
const unescapeAttribute = (text: string) => text.replace(/&quot;/g, '"');

/** Attributes of a JSX-like opening tag: `type="info" title="…"`. */
export function parseAttributes(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of source.matchAll(/(\w+)="([^"]*)"/g)) attributes[match[1]!] = unescapeAttribute(match[2]!);
	return attributes;
}

/** Escaped text with the inline Markdown editors use inside components: **bold** and `code`. */
function inline(text: string): string {
	return escapeHtml(text)
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Paragraphs of plain text for a preview (the body itself is rendered by the site). */
function paragraphs(text: string): string {
	return text
		.trim()
		.split(/\n{2,}/)
		.map((part) => `<p>${inline(part)}</p>`)
		.join('');
}

/** Bodies that span lines are set off by blank lines so MDX parses them as Markdown. */
function inner(body: string): string {
	const trimmed = body.trim();
	return trimmed.includes('\n') ? `\n\n${trimmed}\n\n` : trimmed;
}

/** Builds the editor components with the admin's strings. */
export function editorComponents(context: AdminContext): EditorComponent[] {
	const { s } = context;
	return [
		{
			id: 'callout',
			label: s('component.callout'),
			fields: [
				{ name: 'type', label: s('component.calloutType'), widget: 'select', options: ['info', 'warning', 'danger'], default: 'info' },
				{ name: 'title', label: s('component.calloutTitle'), widget: 'string', required: false },
				{ name: 'body', label: s('field.body'), widget: 'text' },
			],
			pattern: /^<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/,
			fromBlock: (match) => {
				const attributes = parseAttributes(match[1] ?? '');
				return { type: attributes.type ?? 'info', title: attributes.title ?? '', body: (match[2] ?? '').trim() };
			},
			toBlock: ({ type, title, body }) => `<Callout type="${String(type || 'info')}"${title ? ` title="${escapeAttribute(String(title))}"` : ''}>${inner(String(body ?? ''))}</Callout>`,
			toPreview: ({ type, title, body }) =>
				`<aside class="callout callout-${escapeHtml(String(type || 'info'))}">${title ? `<p class="callout-title"><span>${escapeHtml(String(title))}</span></p>` : ''}<div class="callout-body">${paragraphs(String(body ?? ''))}</div></aside>`,
		},
		{
			id: 'steps',
			label: s('component.steps'),
			fields: [{ name: 'steps', label: s('component.stepsItems'), widget: 'text' }],
			pattern: /^<Steps>\s*([\s\S]*?)\s*<\/Steps>/,
			fromBlock: (match) => ({
				steps: (match[1] ?? '')
					.split('\n')
					.map((line) => line.replace(/^\s*\d+[.)]\s*/, '').trim())
					.filter(Boolean)
					.join('\n'),
			}),
			toBlock: ({ steps }) => {
				const items = String(steps ?? '')
					.split('\n')
					.map((line) => line.trim())
					.filter(Boolean);
				return `<Steps>\n\n${items.map((item, index) => `${index + 1}. ${item}`).join('\n')}\n\n</Steps>`;
			},
			toPreview: ({ steps }) =>
				`<div class="steps"><ol>${String(steps ?? '')
					.split('\n')
					.filter((line) => line.trim())
					.map((line) => `<li>${inline(line.trim())}</li>`)
					.join('')}</ol></div>`,
		},
		{
			id: 'question',
			label: s('component.question'),
			fields: [
				{ name: 'q', label: s('component.questionQ'), widget: 'string' },
				{ name: 'answer', label: s('component.questionA'), widget: 'text' },
			],
			pattern: /^<Question\b([^>]*)>([\s\S]*?)<\/Question>/,
			fromBlock: (match) => ({ q: parseAttributes(match[1] ?? '').q ?? '', answer: (match[2] ?? '').trim() }),
			toBlock: ({ q, answer }) => `<Question q="${escapeAttribute(String(q ?? ''))}">${inner(String(answer ?? ''))}</Question>`,
			toPreview: ({ q, answer }) => `<details class="question" open><summary>${escapeHtml(String(q ?? ''))}</summary><div class="answer">${paragraphs(String(answer ?? ''))}</div></details>`,
		},
		{
			id: 'figure',
			label: s('component.figure'),
			fields: [
				{ name: 'image', label: s('component.image'), widget: 'image', media_library: { config: { multiple: false } } },
				{ name: 'alt', label: s('component.alt'), widget: 'string', required: true },
			],
			pattern: /^!\[([^\]]*)\]\(([^)\s]+)\)/,
			fromBlock: (match) => ({ alt: match[1] ?? '', image: match[2] ?? '' }),
			// An empty alt is written as such, and the pre-save check refuses it (see missingAltText).
			toBlock: ({ image, alt }) => `![${String(alt ?? '').replace(/[[\]]/g, '')}](${String(image ?? '')})`,
			toPreview: ({ image, alt }) => `<img src="${escapeAttribute(String(image ?? ''))}" alt="${escapeAttribute(String(alt ?? ''))}">`,
		},
	];
}

/** Registers the editor components. */
export function registerEditorComponents(cms: DecapCms, context: AdminContext): void {
	for (const component of editorComponents(context)) cms.registerEditorComponent(component);
}
