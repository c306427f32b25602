import { expandForIndex } from './normalize';

/**
 * Turns built HTML pages into Pagefind custom records. Pagefind's own HTML indexing would
 * index the author's spelling, which it cannot fold (ي/ی, ZWNJ, digits …); so the build
 * reads each page's searchable region here, gives Pagefind the folded text from
 * `expandForIndex`, and keeps the author's text as metadata for display.
 *
 * Pure and dependency-free: Astro emits well-formed HTML, so a small tag scanner is
 * enough and keeps the build free of an HTML parser it would otherwise not need.
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

/** Longest display text kept per page, in characters; excerpts only need the start and the hits near it. */
export const MAX_DISPLAY_TEXT = 2000;

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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
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

function isFurniture(name: string, attributes: string): boolean {
	if (name === 'nav') return true;
	if (attribute(attributes, 'data-heading-anchor') !== undefined) return true;
	if (attribute(attributes, 'aria-hidden') === 'true') return true;
	return FURNITURE_CLASS.test(attribute(attributes, 'class') ?? '');
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the HTML character references Astro emits (named basics and numeric). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Reads one attribute's value from a tag's attribute string. */
function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|/|$)`, 'i').exec(attributes);
	if (!match) return undefined;
	return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
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
	const hasBody = /\sdata-pagefind-body(?=[\s=>/])/.test(html);
	const filters: Record<string, string[]> = {};
	let lang = '';
	let description = '';
	let excluded = /\sdata-not-translated(?=[\s=>/])/.test(html);
	const parts: string[] = [];
	let title = '';
	let titleParts: string[] | undefined;
	// Depth counters for the region, ignored subtrees and the title, as tag stacks.
	const stack: { name: string; region: boolean; ignored: boolean; title: boolean }[] = [];
	let inRegion = 0;
	let ignored = 0;
	let last = 0;

	const pushText = (raw: string) => {
		if (!raw) return;
		const text = decodeEntities(raw);
		if (inRegion > 0 && ignored === 0) parts.push(text);
		if (titleParts && ignored === 0) titleParts.push(text);
	};

	const tags = new RegExp(TAG.source, 'g');
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		pushText(html.slice(last, match.index));
		last = match.index + match[0].length;
		const [whole, closing, rawName, attrs = ''] = match;
		if (!rawName) continue; // a comment
		const name = rawName.toLowerCase();
		if (closing) {
			// Pop to the matching open tag; tolerant of implied closes.
			const at = stack.map((entry) => entry.name).lastIndexOf(name);
			if (at < 0) continue;
			while (stack.length > at) {
				const entry = stack.pop()!;
				if (entry.region) inRegion--;
				if (entry.ignored) ignored--;
				if (entry.title && titleParts) {
					title = titleParts.join('').replace(/\s+/g, ' ').trim();
					titleParts = undefined;
				}
			}
			if (BLOCK.test(name)) parts.push('\n');
			continue;
		}
		if (name === 'html') lang = attribute(attrs, 'lang') ?? lang;
		if (name === 'meta') {
			const metaName = attribute(attrs, 'name')?.toLowerCase();
			if (metaName === 'description') description = attribute(attrs, 'content') ?? '';
			if (metaName === 'robots' && /noindex/i.test(attribute(attrs, 'content') ?? '')) excluded = true;
		}
		const filter = attribute(attrs, 'data-pagefind-filter');
		if (filter) {
			const colon = filter.indexOf(':');
			if (colon > 0) (filters[filter.slice(0, colon).trim()] ??= []).push(filter.slice(colon + 1).trim());
		}
		if (BLOCK.test(name)) parts.push('\n');
		if (VOID.has(name) || whole.endsWith('/>')) continue;
		if (SKIPPED.has(name)) {
			// Skip the raw content of script/style and the whole subtree of the others.
			const end = html.indexOf(`</${name}`, last);
			if (name === 'script' || name === 'style' || name === 'template') {
				last = end < 0 ? html.length : end;
				tags.lastIndex = last;
				continue;
			}
		}
		const region = hasBody ? attribute(attrs, 'data-pagefind-body') !== undefined : name === 'main';
		const ignore = SKIPPED.has(name) || attribute(attrs, 'data-pagefind-ignore') !== undefined || isFurniture(name, attrs);
		const isTitle = name === 'h1' && !title && !titleParts && (inRegion > 0 || region);
		if (region) inRegion++;
		if (ignore) ignored++;
		if (isTitle) titleParts = [];
		stack.push({ name, region, ignored: ignore, title: isTitle });
	}
	pushText(html.slice(last));
	const text = parts
		.join('')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
	const windowMatch = /class="notice-window"[^>]*>([\s\S]*?)<\/span>/.exec(html);
	const window = windowMatch ? [...windowMatch[1]!.matchAll(/<time[^>]*\sdatetime="([^"]+)"/g)].map((m) => m[1]!) : [];
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
