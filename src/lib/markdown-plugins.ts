import Slugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { dictionaries, isLocale } from '../i18n';
import { siteConfig, type Locale } from '../site.config';
import { splitLatinRuns } from './bidi';

/**
 * Sätteri (Astro's native Markdown pipeline) plugins applied to every article, notice
 * and incident body.
 */

/** The locale of a content file, from its `…/<collection>/<locale>/<slug>.mdx` path. */
export function localeOfFile(fileURL: URL | undefined): Locale | undefined {
	const folder = fileURL ? /\/([^/]+)\/[^/]+\.mdx?$/.exec(decodeURIComponent(fileURL.pathname))?.[1] : undefined;
	return isLocale(folder) ? folder : undefined;
}

type HastText = { type: 'text'; value: string };
type HastElement = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: (HastText | HastElement)[] };

const text = (value: string): HastText => ({ type: 'text', value });

/**
 * Gives every h2/h3 a stable id and a visible "#" link beside it (not inside it, so the
 * table of contents and screen readers read the heading text alone). Ids are assigned
 * here with the same slugger Astro uses, because Astro's own id plugin runs after ours.
 */
export const headingAnchors: HastPluginEntry = (context) => {
	const locale = localeOfFile(context.fileURL) ?? siteConfig.defaultLocale;
	const label = dictionaries[locale]['article.anchorLabel'];
	const slugger = new Slugger();
	return defineHastPlugin({
		name: 'bayan-heading-anchors',
		element: {
			filter: ['h2', 'h3'],
			visit(node, ctx) {
				const existing = node.properties?.id;
				const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
				ctx.setProperty(node, 'id', id);
				const anchor: HastElement = {
					type: 'element',
					tagName: 'a',
					properties: { className: ['heading-anchor'], href: `#${id}`, dataHeadingAnchor: '' },
					children: [
						{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [text('#')] },
						{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text(`${String(label)}: ${ctx.textContent(node)}`)] },
					],
				};
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: { className: ['heading-wrap', `heading-wrap-${node.tagName}`] },
					children: [anchor],
				} as never);
			},
		},
	});
};

const codeLike = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * In right-to-left documents, isolates Latin runs ("iOS 18", "12 kg", URLs) in
 * `<span dir="ltr" lang="en">`, and marks code as LTR, so they read in the right order
 * whatever punctuation surrounds them.
 */
export const latinIsolation: HastPluginEntry = (context) => {
	const locale = localeOfFile(context.fileURL);
	if (!locale || siteConfig.locales[locale].dir !== 'rtl') return null;
	return defineHastPlugin({
		name: 'bayan-latin-isolation',
		element: {
			filter: ['pre', 'code'],
			visit(node, ctx) {
				ctx.setProperty(node, 'dir', 'ltr');
			},
		},
		text(node, ctx) {
			// Skip text inside code, and text whose element already declares a direction.
			for (let parent = ctx.parent(node) as { type: string; tagName?: string; properties?: Record<string, unknown> } | undefined; parent && parent.type !== 'root'; parent = ctx.parent(parent as never) as typeof parent) {
				if (parent.tagName && (codeLike.has(parent.tagName) || parent.properties?.dir)) return;
			}
			const runs = splitLatinRuns(node.value);
			if (!runs.some((run) => run.latin)) return;
			ctx.replaceNode(
				node,
				runs.map((run) =>
					run.latin
						? { type: 'element', tagName: 'span', properties: { dir: 'ltr', lang: 'en' }, children: [text(run.text)] }
						: text(run.text),
				) as never,
			);
		},
	});
};

/** Elements content may never contain: they run code, load other documents or restyle the site. */
export const forbiddenElements = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'portal']);

/** URL schemes content may link to; relative links, `#anchors` and `?queries` are always fine. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Would following this URL run code (or do anything but navigate)? An allow-list, not a
 * deny-list: browsers drop tabs, newlines and leading control characters from URLs, so
 * "jav\tascript:" is "javascript:" to them, and new schemes keep appearing.
 */
export function isUnsafeUrl(url: string): boolean {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
	if (!scheme) return false;
	if (scheme === 'data') return !/^data:image\/(?:png|gif|jpe?g|webp);/i.test(cleaned);
	return !allowedSchemes.has(scheme);
}

type MdxNode = {
	type: string;
	name?: string | null;
	tagName?: string;
	value?: unknown;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start?: { line?: number } };
};

/** Problems that make a content body unsafe to publish, with line numbers. */
export function unsafeContent(root: MdxNode): string[] {
	const problems: string[] = [];
	const at = (node: MdxNode) => (node.position?.start?.line ? ` (line ${node.position.start.line})` : '');
	const visit = (node: MdxNode) => {
		if (node.type === 'mdxjsEsm') problems.push(`import/export statements are not allowed in content${at(node)}`);
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			problems.push(`{…} expressions are not allowed in content${at(node)}; write the text without braces`);
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const name = node.name ?? '';
			if (forbiddenElements.has(name.toLowerCase())) problems.push(`<${name}> is not allowed in content${at(node)}`);
			for (const attribute of node.attributes ?? []) {
				if (attribute.type === 'mdxJsxExpressionAttribute') problems.push(`<${name} {…}> spread attributes are not allowed${at(node)}`);
				const attrName = attribute.name ?? '';
				if (/^on/i.test(attrName)) problems.push(`<${name} ${attrName}=…>: event-handler attributes are not allowed${at(node)}`);
				if (/^(href|src|action|formaction|xlink:href)$/i.test(attrName) && typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
					problems.push(`<${name} ${attrName}="${attribute.value.slice(0, 30)}…">: this URL scheme runs code and is not allowed${at(node)}`);
				}
			}
		}
		if (node.type === 'element' && node.tagName && forbiddenElements.has(node.tagName)) problems.push(`<${node.tagName}> is not allowed in content${at(node)}`);
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return problems;
}

/**
 * Content is written by many hands (and pasted from elsewhere), but MDX is code. This
 * plugin stops the build, naming the file and line, on anything that would run code in a
 * reader's browser or in the build (scripts, event handlers, imports, expressions), and
 * makes Markdown links with a `javascript:` URL inert (their text stays, the link goes).
 */
export const contentSafety: HastPluginEntry = (context) => {
	const file = context.fileURL ? decodeURIComponent(context.fileURL.pathname).replace(/^.*?(src\/content\/)/, '$1') : 'content';
	return defineHastPlugin({
		name: 'bayan-content-safety',
		options: { position: true },
		before(root) {
			const problems = unsafeContent(root as unknown as MdxNode);
			if (problems.length) throw new Error(`${file}: unsafe content in the body:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		},
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				for (const attribute of ['href', 'src']) {
					const value = node.properties?.[attribute];
					if (typeof value === 'string' && isUnsafeUrl(value)) ctx.setProperty(node, attribute, undefined);
				}
			},
		},
	});
};

/** All Bayan content plugins, in the order they must run. */
export const bayanHastPlugins: HastPluginEntry[] = [contentSafety, latinIsolation, headingAnchors];
