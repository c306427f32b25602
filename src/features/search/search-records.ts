import { attribute as attributeOf, childrenOf, decodeHtmlText, elementsOf, isElement, parseHtml, textValue, type HtmlElement, type HtmlNode } from '../../core/html';
import { expandForIndex } from './normalize';

/**
 * Turns built HTML pages into Pagefind custom records. Pagefind's own HTML indexing would
 * index the author's spelling, which it cannot fold (ي/ی, ZWNJ, digits …); so the build
 * reads each page's searchable region here, gives Pagefind the folded text from
 * `expandForIndex`, and keeps the author's text as metadata for display.
 *
 * Pages are read with a real HTML parser (src/core/html.ts), not a tag pattern, so the text
 * indexed is the text a browser shows.
 */

/** Kinds of page the search covers; also the values of the `type` filter. */
export type SearchType = 'article' | 'notice' | 'incident';

/** One page as Pagefind receives it (the shape of Pagefind's `CustomRecord`). */
export interface SearchRecord {
	url: string;
	/** Folded index text (never shown). */
	content: string;
	language: string;
	meta: { title: string; summary: string; text: string; type: SearchType; from?: string; until?: string };
	filters: Record<string, string[]>;
}

/**
 * Longest display text kept per page, in characters: an excerpt is 180 characters around the
 * first hit (src/features/search/search-highlight.ts), and a hit further down shows the start.
 * Every shown result fetches its fragment, which holds this text: most of its bytes.
 */
export const MAX_DISPLAY_TEXT = 700;

/**
 * Which type of page a URL path is, or `undefined` when the page is not searchable.
 * Notice and incident pages are recognised by the URL contract (docs/contract.md, "URLs"), so they are
 * indexed as soon as they exist in the output; archives and lists are not.
 */
export function searchTypeOf(path: string): SearchType | undefined {
	if (/^\/[a-z]{2}\/articles\/[^/]+\/$/.test(path)) return 'article';
	if (/^\/[a-z]{2}\/notices\/[^/]+\/$/.test(path)) return 'notice';
	if (/^\/[a-z]{2}\/status\/incidents\/[^/]+\/$/.test(path)) return 'incident';
	return undefined;
}

// Never text a reader would search for. Navigation, headers and footers are skipped
// because only the page's own region is read, not by name.
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'button', 'select', 'textarea', 'form']);
// Elements that end a line of text, so words from two blocks never run together.
const BLOCK = /^(p|div|li|ul|ol|h[1-6]|section|article|header|footer|aside|details|summary|dt|dd|tr|td|th|table|blockquote|pre|figure|figcaption|br|hr|main)$/;
// Page furniture: words on the page that are not what the page is about (heading-anchor
// labels such as "Link to this section: …", "Updated on …" and other metadata lines,
// breadcrumbs, badges, screen-reader-only labels). Kept out of both the index and the
// excerpts, where they would match every query about "section" or "update".
const FURNITURE_CLASS = /(?:^|\s)(?:meta|heading-anchor|visually-hidden|breadcrumbs|notice-tags)(?:\s|$)/;

const has = (element: HtmlElement, name: string) => attributeOf(element, name) !== undefined;

function isFurniture(element: HtmlElement): boolean {
	if (element.tagName === 'nav') return true;
	if (has(element, 'data-heading-anchor')) return true;
	if (attributeOf(element, 'aria-hidden') === 'true') return true;
	return FURNITURE_CLASS.test(attributeOf(element, 'class') ?? '');
}

/** Decodes HTML character references (named and numeric) in a piece of text, as a browser does. */
export function decodeEntities(text: string): string {
	return decodeHtmlText(text);
}

/** What {@link readPage} finds in a page. */
export interface PageText {
	/** Text of the searchable region, blocks separated by newlines. */
	text: string;
	/** Text of the first `h1` in the region. */
	title: string;
	/** `<meta name="description">`, the page's summary. */
	description: string;
	/** `lang` of `<html>`. */
	lang: string;
	/** `data-pagefind-filter="name:value"` pairs anywhere in the page. */
	filters: Record<string, string[]>;
	/** The page asks not to be indexed (`robots` noindex, or marked as a placeholder). */
	excluded: boolean;
	/** Whether a `data-pagefind-body` region was found (otherwise `<main>` was read). */
	hasBody: boolean;
	/** For a notice: the `datetime`s of its window (`.notice-window`), start then end. */
	window: string[];
}

/**
 * Reads the searchable text of a page: the element marked `data-pagefind-body`, or
 * `<main>` when none is marked, without scripts, forms, and anything inside
 * `data-pagefind-ignore`.
 */
export function readPage(html: string): PageText {
	const document = parseHtml(html);
	const all = [...elementsOf(document)];
	const hasBody = all.some((element) => has(element, 'data-pagefind-body'));
	const filters: Record<string, string[]> = {};
	let lang = '';
	let description = '';
	let excluded = all.some((element) => has(element, 'data-not-translated'));
	for (const element of all) {
		if (element.tagName === 'html' && !lang) lang = attributeOf(element, 'lang') ?? '';
		if (element.tagName === 'meta') {
			const metaName = attributeOf(element, 'name')?.toLowerCase();
			if (metaName === 'description') description = attributeOf(element, 'content') ?? '';
			if (metaName === 'robots' && /noindex/i.test(attributeOf(element, 'content') ?? '')) excluded = true;
		}
		const filter = attributeOf(element, 'data-pagefind-filter');
		if (filter) {
			const colon = filter.indexOf(':');
			if (colon > 0) (filters[filter.slice(0, colon).trim()] ??= []).push(filter.slice(colon + 1).trim());
		}
	}

	const parts: string[] = [];
	let title = '';
	let titleParts: string[] | undefined;
	// Text counts when it is inside the region and inside no ignored subtree; the first
	// h1 in the region (or that is the region) gives the title, without its furniture.
	const visit = (node: HtmlNode, inRegion: boolean, ignored: boolean): void => {
		const text = textValue(node);
		if (text !== undefined) {
			if (inRegion && !ignored) parts.push(text);
			if (titleParts && !ignored) titleParts.push(text);
			return;
		}
		if (!isElement(node)) {
			// The document itself (comments have no children).
			for (const child of childrenOf(node)) visit(child, inRegion, ignored);
			return;
		}
		const name = node.tagName;
		const block = BLOCK.test(name);
		if (block) parts.push('\n');
		const region = hasBody ? has(node, 'data-pagefind-body') : name === 'main';
		const ignore = SKIPPED.has(name) || has(node, 'data-pagefind-ignore') || isFurniture(node);
		const isTitle = name === 'h1' && !title && !titleParts && (inRegion || region);
		if (isTitle) titleParts = [];
		for (const child of childrenOf(node)) visit(child, inRegion || region, ignored || ignore);
		if (isTitle && titleParts) {
			title = titleParts.join('').replace(/\s+/g, ' ').trim();
			titleParts = undefined;
		}
		if (block) parts.push('\n');
	};
	visit(document, false, false);
	const text = parts
		.join('')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
	const windowElement = all.find((element) => attributeOf(element, 'class') === 'notice-window');
	const window = windowElement ? [...elementsOf(windowElement)].filter((element) => element.tagName === 'time').flatMap((element) => attributeOf(element, 'datetime') ?? []) : [];
	return { text, title, description, lang, filters, excluded, hasBody, window };
}

/**
 * The Pagefind record for a built page, or `undefined` when the page is not searchable
 * (wrong kind of page, `noindex`, a "not translated" placeholder, or no text).
 */
export function recordForPage(path: string, html: string): SearchRecord | undefined {
	const type = searchTypeOf(path);
	if (!type) return undefined;
	const page = readPage(html);
	if (page.excluded || !page.text) return undefined;
	// Articles must mark their region; for other types <main> is an acceptable fallback.
	if (type === 'article' && !page.hasBody) return undefined;
	const language = (page.lang || path.split('/')[1] || 'en').toLowerCase();
	const filters: Record<string, string[]> = { type: [type] };
	if (page.filters.category?.length) filters.category = [...new Set(page.filters.category)];
	// Without the title and summary lines: results already show them above the excerpt.
	let display = page.title && page.text.startsWith(`${page.title}\n`) ? page.text.slice(page.title.length + 1) : page.text;
	if (page.description && display.startsWith(`${page.description}\n`)) display = display.slice(page.description.length + 1);
	const [from, until] = page.window;
	return {
		url: path,
		content: expandForIndex(page.text, { lang: language }),
		language,
		meta: {
			title: page.title || page.description || path,
			summary: page.description,
			text: display.slice(0, MAX_DISPLAY_TEXT),
			type,
			// A notice's window, so search can rank a notice in force above evergreen articles.
			...(type === 'notice' && from ? { from, ...(until ? { until } : {}) } : {}),
		},
		filters,
	};
}

/** Throws with every Pagefind error message, naming the step, when there are any. */
export function assertNoPagefindErrors(step: string, errors: readonly string[] | undefined, detail?: string): void {
	if (errors?.length) {
		throw new Error(`Pagefind failed while ${step}${detail ? ` (${detail})` : ''}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
	}
}
