import Slugger from 'github-slugger';
import type { Element, ElementContent, Nodes as HastNodes, Properties, Root as HastRoot, Text as HastText } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { iconPaths } from '../../components/icon-paths';
import { t } from '../../core/i18n';
import { splitLatinRuns } from '../../core/latin-runs';
import { siteConfig, type Locale } from '../../site.config';
import { allowedHtmlElements, type CheckedJsx } from './check';
import { isSameOriginImage, isUnsafeUrl } from './url-policy';

/**
 * Turns a checked body tree into HTML once, at content-load time, with the markup the
 * editor components stand for, the Latin isolation and heading anchors the site needs,
 * and the data pages need from the body (headings, FAQ, embedded service ids).
 */

/** A heading, for the table of contents (same shape as Astro's `MarkdownHeading`). */
export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

/** One question and its answer as plain text (for FAQPage structured data). */
export interface FaqItem {
	question: string;
	answer: string;
}

/** The stored result of rendering a body. */
export interface RenderedBody {
	html: string;
	headings: BodyHeading[];
	/** The questions, when the body is a list of questions (see `faqOfItems`); otherwise undefined. */
	faq?: FaqItem[];
	/** Service ids embedded with `<ServiceStatus id>`, in order. */
	serviceStatusIds: string[];
}

/** Tag of the placeholder a `<ServiceStatus>` becomes; content cannot write it (the checker refuses unknown elements). */
export const serviceStatusTag = 'bayan-service-status';

/** The exact placeholder markup for one embedded service status, as the serializer writes it. */
export const serviceStatusPlaceholder = /<bayan-service-status service="([a-z0-9]+(?:-[a-z0-9]+)*)"><\/bayan-service-status>/g;

const blockTypes = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'mdxJsxFlowElement', 'definition']);

/** Elements whose text the Latin-isolation and anchor passes must leave as generated. */
const chrome = { bayanChrome: true } as const;

const text = (value: string): HastText => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[], generated = false): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
	...(generated ? { data: chrome as unknown as Element['data'] } : {}),
});

/** The same SVG `Icon.astro` draws. */
function icon(name: string, size: number): Element {
	return element(
		'svg',
		{
			width: size,
			height: size,
			viewBox: '0 0 24 24',
			fill: 'none',
			stroke: 'currentColor',
			strokeWidth: '2',
			strokeLinecap: 'round',
			strokeLinejoin: 'round',
			ariaHidden: 'true',
			focusable: 'false',
			className: ['icon', `icon-${name}`],
		},
		[element('path', { d: iconPaths[name] ?? iconPaths.info! }, [])],
		true,
	);
}

/** The converted children of a JSX node: block children one per line, as Astro's MDX output has them. */
function childrenOf(state: State, node: MdastNodes & { children?: unknown[] }): ElementContent[] {
	const children = state.all(node) as ElementContent[];
	const blocks = (node.children as { type: string }[] | undefined)?.some((child) => blockTypes.has(child.type));
	return blocks ? (state.wrap(children, false) as ElementContent[]) : children;
}

function jsxHandler(locale: Locale, serviceIds: string[]): Handler {
	return (state, node) => {
		const checked = (node.data as { bayan?: CheckedJsx } | undefined)?.bayan;
		if (!checked) throw new Error(`internal: a ${node.type} node reached the renderer unchecked`);
		const children = () => childrenOf(state, node as never);
		if (checked.kind === 'element') return element(checked.tagName, { ...checked.properties }, children());
		switch (checked.name) {
			case 'Callout': {
				const { type, title } = checked.props;
				const label = title ?? t(locale, `article.callout${type[0]!.toUpperCase()}${type.slice(1)}`);
				return element('aside', { className: ['callout', `callout-${type}`], ariaLabel: label }, [
					element('p', { className: ['callout-title'] }, [icon(type === 'info' ? 'info' : 'alert', 18), element('span', {}, [text(label)], true)], true),
					element('div', { className: ['callout-body'] }, children()),
				]);
			}
			case 'Steps':
				return element('div', { className: ['steps'] }, children());
			case 'Question':
				return element('details', { className: ['question'], open: checked.props.open === true }, [
					element('summary', {}, [text(checked.props.q)], true),
					element('div', { className: ['answer'] }, children()),
				]);
			case 'ServiceStatus':
				serviceIds.push(checked.props.id);
				return element(serviceStatusTag, { service: checked.props.id }, [], true);
		}
	};
}

/** Iterates every element of a hast tree with its ancestors, without recursion. */
function* elementsOf(root: HastRoot): Generator<[Element, Element[]]> {
	const stack: [HastNodes, Element[]][] = [[root, []]];
	while (stack.length) {
		const [node, ancestors] = stack.pop()!;
		if (node.type === 'element') yield [node, ancestors];
		if ('children' in node) {
			const next = node.type === 'element' ? [...ancestors, node] : ancestors;
			for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push([node.children[index]!, next]);
		}
	}
}

/** Plain text of a hast subtree. */
function textOf(node: HastNodes): string {
	let result = '';
	const stack: HastNodes[] = [node];
	while (stack.length) {
		const current = stack.pop()!;
		if (current.type === 'text') result += current.value;
		else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index -= 1) stack.push(current.children[index]!);
	}
	return result;
}

/**
 * Markdown links with a scheme that runs code stay as text: the link goes. Images keep their
 * source only if it is on this site (a backstop: the checker refuses remote Markdown images by
 * name, reference-style ones resolved through their definition).
 */
function inertUrls(root: HastRoot): void {
	for (const [node] of elementsOf(root)) {
		if (node.tagName === 'a' && typeof node.properties.href === 'string' && isUnsafeUrl(node.properties.href)) delete node.properties.href;
		if (node.tagName === 'img' && (typeof node.properties.src !== 'string' || !isSameOriginImage(node.properties.src))) delete node.properties.src;
	}
}

const codeLike = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * In right-to-left documents, isolates Latin runs ("iOS 18", "12 kg", URLs) in
 * `<span dir="ltr" lang="en">`, and marks code as LTR, so they read in the right order
 * whatever punctuation surrounds them. Text the components generate is left alone, as
 * the Astro components it replaces rendered it.
 */
export function isolateLatin(root: HastRoot): void {
	const parents: [Element | HastRoot, boolean][] = [[root, false]];
	while (parents.length) {
		const [parent, skip] = parents.pop()!;
		const children: ElementContent[] = [];
		for (const child of parent.children as ElementContent[]) {
			if (child.type === 'element') {
				if (child.tagName === 'pre' || child.tagName === 'code') child.properties.dir = 'ltr';
				const skipChild = skip || codeLike.has(child.tagName) || Boolean(child.properties.dir) || Boolean((child.data as { bayanChrome?: boolean } | undefined)?.bayanChrome);
				parents.push([child, skipChild]);
				children.push(child);
			} else if (child.type === 'text' && !skip) {
				const runs = splitLatinRuns(child.value);
				if (!runs.some((run) => run.latin)) children.push(child);
				else for (const run of runs) children.push(run.latin ? element('span', { dir: 'ltr', lang: 'en' }, [text(run.text)]) : text(run.text));
			} else {
				children.push(child);
			}
		}
		parent.children = children as never;
	}
}

/**
 * Ids the pages around a body use (`id="…"` in layouts, components and pages); a heading
 * never takes one. `tests/unit/hostile-corpus.test.ts` reads the sources and fails when a
 * page id is missing here.
 */
export const reservedIds: readonly string[] = [
	'main',
	'bayan-cms-data',
	'payment-gateway',
	'header-search',
	'home-search',
	'contact-search',
	'not-found-search',
	'not-translated-search',
	'search-page-input',
	'console-filter',
	'console-keys',
	'console-table',
	'active-title',
	'affects-title',
	'all-articles-title',
	'article-share-title',
	'body-title',
	'categories-title',
	'contact-answers-title',
	'contact-branches-title',
	'contact-channels-title',
	'featured-title',
	'feedback-title',
	'follow-title',
	'history-title',
	'home-title',
	'maintenance-now-title',
	'not-found-title',
	'not-translated-title',
	'notice-updates-title',
	'notices-active',
	'notices-past',
	'notices-subscribe',
	'notices-upcoming',
	'overall-title',
	'past-title',
	'related-title',
	'search-empty-title',
	'search-title',
	'service-incidents-title',
	'services-title',
	'status-summary-title',
	'toc-title',
	'upcoming-title',
	'updates-title',
];

/** Prefixes of ids pages compute (`update-3`, `month-2026-11`, `cat-orders`, `bars-website`); a heading slug starting with one gets `section-` before it. */
export const reservedIdPrefixes: readonly string[] = ['update-', 'month-', 'cat-', 'bars-'];

/**
 * Gives every heading a stable id (github-slugger, as Astro does) and every h2/h3 a
 * "#" link beside it (not inside it, so the table of contents and screen readers read the
 * heading text alone), with a visually hidden label. Returns the headings for the TOC.
 */
export function anchorHeadings(root: HastRoot, locale: Locale): BodyHeading[] {
	const label = t(locale, 'article.anchorLabel');
	const slugger = new Slugger();
	// The page's own ids are taken first, so "## Related title" becomes related-title-1 and
	// cannot capture the related section's aria-labelledby, the skip link or a script's lookup.
	for (const id of reservedIds) slugger.slug(id);
	const headings: BodyHeading[] = [];
	for (const [node, ancestors] of [...elementsOf(root)]) {
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (!depth) continue;
		const content = textOf(node);
		const slug = slugger.slug(content);
		const id = reservedIdPrefixes.some((prefix) => slug.startsWith(prefix)) ? slugger.slug(`section-${slug}`) : slug;
		node.properties.id = id;
		headings.push({ depth: Number(depth), slug: id, text: content });
		if (node.tagName !== 'h2' && node.tagName !== 'h3') continue;
		const parent: Element | HastRoot = ancestors.at(-1) ?? root;
		const anchor = element(
			'a',
			{ className: ['heading-anchor'], href: `#${id}`, dataHeadingAnchor: true },
			[element('span', { ariaHidden: 'true' }, [text('#')]), element('span', { className: ['visually-hidden'] }, [text(`${label}: ${content}`)])],
			true,
		);
		const wrap = element('div', { className: ['heading-wrap', `heading-wrap-${node.tagName}`] }, [node, anchor], true);
		parent.children.splice(parent.children.indexOf(node), 1, wrap);
	}
	return headings;
}

/** The sanitiser's schema: what content may write, plus exactly the markup the components generate. */
export const outputSchema: Schema = (() => {
	const base = structuredClone(defaultSchema);
	const attributes = base.attributes!;
	// A property listed twice is matched on its first entry only, so value lists are merged.
	const add = (tag: string, ...entries: NonNullable<Schema['attributes']>[string]) => {
		const list = [...(attributes[tag] ?? [])];
		for (const entry of entries) {
			const existing = typeof entry === 'string' ? -1 : list.findIndex((item) => Array.isArray(item) && item[0] === entry[0]);
			if (existing < 0 || typeof entry === 'string') list.push(entry);
			else list[existing] = [...(list[existing] as unknown[]), ...entry.slice(1)] as never;
		}
		attributes[tag] = list;
	};
	add('aside', ['className', 'callout', 'callout-info', 'callout-warning', 'callout-danger'], 'ariaLabel');
	add('p', ['className', 'callout-title']);
	add('div', ['className', 'callout-body', 'answer', 'steps', 'heading-wrap', 'heading-wrap-h2', 'heading-wrap-h3']);
	add('details', ['className', 'question']);
	add('a', ['className', 'heading-anchor'], 'dataHeadingAnchor');
	add('span', 'ariaHidden', ['className', 'visually-hidden']);
	add('svg', 'width', 'height', 'viewBox', 'fill', 'stroke', 'strokeWidth', 'strokeLinecap', 'strokeLinejoin', 'ariaHidden', 'focusable', [
		'className',
		'icon',
		...Object.keys(iconPaths).map((name) => `icon-${name}`),
	]);
	add('path', 'd');
	add(serviceStatusTag, 'service');
	return {
		...base,
		tagNames: [...allowedHtmlElements, 'aside', 'svg', 'path', serviceStatusTag],
		attributes,
		// Content may not write id or name (the checker refuses them); the ids left are the heading slugs pages link to.
		clobber: [],
		// Images load with the page, so only paths on this site and raster data: images (checked above) may be sources.
		protocols: { ...base.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['data'] },
	};
})();

/** Plain text of mdast nodes for structured data: block boundaries become spaces, whitespace collapses. */
function plainText(nodes: readonly MdastNodes[]): string {
	const parts: string[] = [];
	const stack: MdastNodes[] = [...nodes].reverse();
	while (stack.length) {
		const node = stack.pop()!;
		if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
		else if (node.type === 'image') parts.push(node.alt ?? '');
		if (blockTypes.has(node.type) || node.type === 'listItem' || node.type === 'tableCell' || node.type === 'break') parts.push(' ');
		if ('children' in node) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
		if (blockTypes.has(node.type) || node.type === 'listItem' || node.type === 'tableCell') parts.push(' ');
	}
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every `<Question>` in a checked tree, in order, with its answer as plain text; and the plain text outside them. */
export function extractQuestions(tree: MdastRoot): { items: FaqItem[]; outside: string } {
	const items: FaqItem[] = [];
	const outside: MdastNodes[] = [];
	const stack: MdastNodes[] = [...tree.children].reverse();
	while (stack.length) {
		const node = stack.pop()!;
		const checked = (node.data as { bayan?: CheckedJsx } | undefined)?.bayan;
		if (checked?.kind === 'component' && checked.name === 'Question') {
			const answer = plainText((node as unknown as { children: MdastNodes[] }).children);
			if (answer) items.push({ question: checked.props.q.trim(), answer });
			continue;
		}
		// Look for questions inside containers; everything else counts as text outside them.
		if (
			'children' in node &&
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'paragraph')
		) {
			for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as MdastNodes);
		} else {
			outside.push(node);
		}
	}
	return { items, outside: plainText(outside) };
}

/**
 * The body's questions, if it is a list of questions: at least two `<Question>` blocks
 * that carry most of its text (so one FAQ block at the end of a guide does not turn the
 * whole guide into an FAQPage).
 */
export function faqOfTree(tree: MdastRoot): FaqItem[] | undefined {
	const { items, outside } = extractQuestions(tree);
	if (items.length < 2) return undefined;
	const inside = items.reduce((sum, item) => sum + item.question.length + item.answer.length, 0);
	return inside >= outside.length ? items : undefined;
}

/** Renders a checked tree for `locale`. */
export function renderTree(tree: MdastRoot, locale: Locale): RenderedBody {
	const serviceStatusIds: string[] = [];
	const jsx = jsxHandler(locale, serviceStatusIds);
	const faq = faqOfTree(tree);
	const hast = toHast(tree, {
		handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx } as Record<string, Handler>,
		allowDangerousHtml: false,
	}) as HastRoot;
	inertUrls(hast);
	if (siteConfig.locales[locale].dir === 'rtl') isolateLatin(hast);
	const headings = anchorHeadings(hast, locale);
	const clean = sanitize(hast, outputSchema) as HastRoot;
	return { html: toHtml(clean), headings, ...(faq ? { faq } : {}), serviceStatusIds };
}
