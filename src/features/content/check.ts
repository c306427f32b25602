import { defaultSchema } from 'hast-util-sanitize';
import type { Properties } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { find, html as htmlSchema } from 'property-information';
import { mdxToMdast } from 'satteri';
import { ContentError } from '../../core/content-error';
import { componentSchemas, isComponentName, type ComponentName, type ComponentProps } from './components';
import { isSameOriginAttributeImage, isSameOriginImage, isUnsafeAttributeUrl, isUnsafeUrl } from './url-policy';

/**
 * Parses a content body (MDX syntax) into a tree and checks every node against an
 * allow-list. Nothing in the body is ever compiled or executed: what passes here is data
 * (Markdown nodes, a few HTML elements with plain attributes, four editor components with
 * literal props), and everything else stops the build naming the file, line and column.
 *
 * The admin runs this very module before it saves an entry (satteri's WebAssembly build,
 * cms/browser/body-check.ts): each refusal is a `BodyError` carrying a rule id and the values
 * its message needs, so the form can say it in the editor's language. Nothing here may reach
 * the file system or Node's globals.
 */

/** The rules a body can break, each with a translation `body.rule.<rule>` in the CMS strings. */
export const bodyRules = [
	'tooLarge',
	'invalidMdx',
	'tooDeep',
	'esm',
	'expression',
	'html',
	'footnote',
	'math',
	'frontmatter',
	'construct',
	'remoteImage',
	'missingAlt',
	'taskList',
	'fragment',
	'namespacedElement',
	'memberElement',
	'spreadAttribute',
	'directiveAttribute',
	'expressionValue',
	'duplicateAttribute',
	'eventHandler',
	'styleAttribute',
	'componentProp',
	'serviceStatusContent',
	'stepsList',
	'unknownComponent',
	'element',
	'attribute',
	'attributeValueMissing',
	'urlScheme',
	'valueNotAllowed',
] as const;

/** One of `bodyRules`. */
export type BodyRule = (typeof bodyRules)[number];

/** A body the allow-list refuses: the build's English message, and the rule with its values for a translation. */
export class BodyError extends ContentError {
	/** Which rule the body breaks. */
	readonly rule: BodyRule;
	/** The values the rule's message names (element, attribute, value, limit…), as written in the body. */
	readonly vars: Readonly<Record<string, string>>;

	constructor(file: string, message: string, where: { line?: number; column?: number }, rule: BodyRule, vars: Record<string, string> = {}, options?: { cause?: unknown }) {
		super(file, message, where, options);
		this.name = 'BodyError';
		this.rule = rule;
		this.vars = vars;
	}
}

/** Limits checked before any deep (recursive) processing of a body. */
export const limits = {
	/** Largest body, in UTF-8 bytes. */
	maxBodyBytes: 256 * 1024,
	/** Deepest nesting of nodes (root = 0) the renderer will accept. */
	maxDepth: 32,
};

/** Where a body lives, for error messages. */
export interface BodySource {
	/** Path of the file, relative to the project. */
	file: string;
	/** 1-based line of the file on which the body starts. */
	bodyLine: number;
}

/** What the checker learnt about an allowed JSX node, kept on `node.data.bayan` for the renderer. */
export type CheckedJsx = { kind: 'element'; tagName: string; properties: Properties } | { [K in ComponentName]: { kind: 'component'; name: K; props: ComponentProps[K] } }[ComponentName];

type Position = { start: { line: number; column: number; offset?: number }; end?: { line: number; column: number; offset?: number } };
type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value?: string } } | { type: 'mdxJsxExpressionAttribute'; value: string };
type AnyNode = {
	type: string;
	name?: string | null;
	attributes?: JsxAttribute[];
	children?: AnyNode[];
	position?: Position;
	checked?: boolean | null;
	ordered?: boolean | null;
	data?: Record<string, unknown>;
};

/** Markdown node types content may use (CommonMark + GFM tables and strikethrough). */
const markdownNodes = new Set([
	'root',
	'paragraph',
	'heading',
	'text',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'code',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'definition',
	'list',
	'listItem',
	'blockquote',
	'thematicBreak',
	'break',
	'table',
	'tableRow',
	'tableCell',
]);

/** Constructs refused by name, with what to write instead. */
const refusedNodes: Record<string, [BodyRule, string]> = {
	mdxjsEsm: ['esm', 'import/export statements are not allowed in content'],
	mdxFlowExpression: ['expression', '{…} expressions are not allowed in content; write the text without braces'],
	mdxTextExpression: ['expression', '{…} expressions are not allowed in content; write the text without braces'],
	html: ['html', 'raw HTML is not allowed in content'],
	footnoteDefinition: ['footnote', 'footnotes are not supported in content'],
	footnoteReference: ['footnote', 'footnotes are not supported in content'],
	math: ['math', 'math blocks are not supported in content'],
	inlineMath: ['math', 'inline math is not supported in content'],
	yaml: ['frontmatter', 'a second frontmatter block is not allowed in the body'],
	toml: ['frontmatter', 'a second frontmatter block is not allowed in the body'],
};

/** HTML elements content may write: GitHub's sanitiser list, minus form controls and media sources. */
export const allowedHtmlElements: ReadonlySet<string> = new Set((defaultSchema.tagNames ?? []).filter((tag) => !['input', 'picture', 'source'].includes(tag)));

/**
 * Attributes (hast property names) never allowed even where GitHub allows them: ids clobber
 * ours, forms are not content, and microdata (`itemscope`, `itemtype`, `itemprop`) would let a
 * body speak for the page to search engines (a fake FAQ or rating) beside the structured data
 * the site builds from checked fields.
 */
const refusedProperties = new Set(['id', 'name', 'className', 'action', 'method', 'encType', 'accept', 'acceptCharset', 'tabIndex', 'accessKey', 'itemProp', 'itemScope', 'itemType']);

/** A Markdown image on another host (refused); one with a scheme that runs code renders inert instead (the renderer drops it). */
const isRemoteImage = (url: string) => !isUnsafeUrl(url) && !isSameOriginImage(url);

/** What to say when an image is not on this site. */
const missingAlt = 'an image needs alt text saying what it shows (![what it shows](/media/…), or alt="…" on <img>), for readers who cannot see it';
const remoteImage = 'images must be on this site: upload the image to media/ and write its path (/media/…); an image on another host is a request leaving the site for every reader';

/** Attributes that hold a URL and must pass the scheme allow-list (the suites' body-link check reads the same ones). */
export const urlProperties: ReadonlySet<string> = new Set(['href', 'src', 'cite', 'longDesc']);

function allowedPropertiesOf(tag: string): Map<string, readonly unknown[] | undefined> {
	const result = new Map<string, readonly unknown[] | undefined>();
	for (const entry of [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])]) {
		const [name, ...values] = typeof entry === 'string' ? [entry] : entry;
		if (!name || refusedProperties.has(name) || name.startsWith('data') || name === 'ariaDescribedBy' || name === 'ariaLabelledBy') continue;
		result.set(name, values.length ? values : undefined);
	}
	return result;
}

/** Parses and checks a body; returns the checked tree. Throws a `ContentError` at the first problem. */
export function parseAndCheck(body: string, source: BodySource): MdastRoot {
	const { file, bodyLine } = source;
	const bytes = new TextEncoder().encode(body).length;
	if (bytes > limits.maxBodyBytes) {
		const [size, max] = [String(Math.ceil(bytes / 1024)), String(limits.maxBodyBytes / 1024)];
		throw new BodyError(file, `the body is ${size} KB; at most ${max} KB is allowed (split it into several articles)`, { line: bodyLine }, 'tooLarge', { size, max });
	}
	let tree: AnyNode;
	try {
		// The features Astro's MDX integration used: GFM and smart punctuation (curly quotes). The frontmatter is already split off.
		tree = mdxToMdast(body, { position: true, features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as unknown as AnyNode;
	} catch (error) {
		const place = /(\d+):(\d+)/.exec(String((error as Error)?.message ?? ''));
		const detail = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
		throw new BodyError(
			file,
			`the body is not valid MDX: ${detail}`,
			place ? { line: Number(place[1]) + bodyLine - 1, column: Number(place[2]) } : { line: bodyLine },
			'invalidMdx',
			{ detail },
			{ cause: error },
		);
	}
	checkDepth(tree, source);
	checkNodes(tree, body, source);
	return tree as unknown as MdastRoot;
}

/** File line and column of a body position. */
function place(position: Position | undefined, bodyLine: number): { line?: number; column?: number } {
	return position ? { line: position.start.line + bodyLine - 1, column: position.start.column } : { line: bodyLine };
}

/** Measures nesting without recursion, so 10,000 nested lists give this error and not a stack overflow. */
function checkDepth(root: AnyNode, { file, bodyLine }: BodySource): void {
	const stack: [AnyNode, number, Position | undefined][] = [[root, 0, root.position]];
	while (stack.length) {
		const [node, depth, position] = stack.pop()!;
		if (depth > limits.maxDepth) {
			throw new BodyError(
				file,
				`content is nested ${limits.maxDepth}+ levels deep (lists in lists, quotes in quotes, elements in elements); at most ${limits.maxDepth} levels are allowed`,
				place(node.position ?? position, bodyLine),
				'tooDeep',
				{ max: String(limits.maxDepth) },
			);
		}
		for (const child of node.children ?? []) stack.push([child, depth + 1, child.position ?? position]);
	}
}

/** Checks every node against the allow-list, iteratively. */
function checkNodes(root: AnyNode, body: string, source: BodySource): void {
	const definitions = definitionUrls(root);
	const stack: [AnyNode, Position | undefined][] = [[root, root.position]];
	while (stack.length) {
		const [node, inherited] = stack.pop()!;
		const position = node.position ?? inherited;
		const fail: Fail = (rule, vars, message, at = place(position, source.bodyLine)) => {
			throw new BodyError(source.file, message, at, rule, vars);
		};
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			node.data = { ...node.data, bayan: checkJsx(node, body, source, position, fail) };
		} else if (refusedNodes[node.type]) {
			const [rule, message] = refusedNodes[node.type]!;
			fail(rule, {}, message);
		} else if (!markdownNodes.has(node.type)) {
			fail('construct', { construct: node.type }, `the construct "${node.type}" is not allowed in content`);
		} else if (node.type === 'image' && isRemoteImage(String((node as { url?: string }).url ?? ''))) {
			const url = String((node as { url?: string }).url).slice(0, 40);
			fail('remoteImage', { url }, `![…](${url}): ${remoteImage}`);
		} else if (node.type === 'imageReference' && isRemoteImage(definitions.get(String((node as { identifier?: string }).identifier ?? '')) ?? '')) {
			// `![a][r]` with `[r]: https://other.example/x.png`: the same rule as an inline image, resolved through its definition.
			const url = String(definitions.get(String((node as { identifier?: string }).identifier))).slice(0, 40);
			fail('remoteImage', { url }, `![…][${String((node as { label?: string; identifier?: string }).label ?? (node as { identifier?: string }).identifier).slice(0, 40)}] (${url}): ${remoteImage}`);
		} else if ((node.type === 'image' || node.type === 'imageReference') && !String((node as { alt?: string | null }).alt ?? '').trim()) {
			const written = node.type === 'image' ? `![](${String((node as { url?: string }).url ?? '').slice(0, 40)})` : '![][…]';
			fail('missingAlt', { written }, `${written}: ${missingAlt}`);
		} else if (node.type === 'listItem' && typeof node.checked === 'boolean') {
			fail('taskList', {}, 'task-list check boxes ("- [ ]") are not supported in content');
		}
		for (let index = (node.children?.length ?? 0) - 1; index >= 0; index -= 1) stack.push([node.children![index]!, position]);
	}
}

/** The URL of each link/image definition (`[r]: url`) by its normalized identifier; the first one wins, as in CommonMark. */
function definitionUrls(root: AnyNode): Map<string, string> {
	const urls = new Map<string, string>();
	const stack: AnyNode[] = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.type === 'definition') {
			const { identifier, url } = node as { identifier?: string; url?: string };
			if (identifier !== undefined && !urls.has(identifier)) urls.set(identifier, String(url ?? ''));
		}
		// Children in reverse, so definitions are met in document order.
		for (let index = (node.children?.length ?? 0) - 1; index >= 0; index -= 1) stack.push(node.children![index]!);
	}
	return urls;
}

/** Line and column of an attribute inside an element's opening tag (satteri gives attributes no position). */
function attributePlace(body: string, position: Position | undefined, name: string, bodyLine: number, occurrence = 0): { line?: number; column?: number } {
	const start = position?.start.offset;
	if (start === undefined) return place(position, bodyLine);
	const end = body.indexOf('>', start);
	const opening = body.slice(start, end < 0 ? undefined : end + 1);
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = [...opening.matchAll(new RegExp(`(^|[\\s{])${escaped || '\\{'}`, 'gi'))][occurrence];
	if (!match) return place(position, bodyLine);
	const offset = start + match.index + match[1]!.length;
	const before = body.slice(0, offset);
	const line = before.split('\n').length;
	return { line: line + bodyLine - 1, column: offset - before.lastIndexOf('\n') };
}

/** Throws the `BodyError` of one rule: its values, the build's English message and where (the node's start by default). */
type Fail = (rule: BodyRule, vars: Record<string, string>, message: string, at?: { line?: number; column?: number }) => never;

function checkJsx(node: AnyNode, body: string, source: BodySource, position: Position | undefined, fail: Fail): CheckedJsx {
	const name = node.name;
	if (name === null || name === undefined || name === '') fail('fragment', {}, 'fragments (<>…</>) are not allowed in content');
	const tag = name as string;
	if (tag.includes(':')) fail('namespacedElement', { tag }, `<${tag}>: namespaced element names are not allowed in content`);
	if (tag.includes('.')) fail('memberElement', { tag }, `<${tag}>: member element names (a.b) are not allowed in content`);
	const seen = new Set<string>();
	const values: Record<string, string | true> = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			fail('spreadAttribute', { tag }, `<${tag} {…}>: spread attributes are not allowed in content`, attributePlace(body, position, '', source.bodyLine));
		}
		const attr = attribute as Extract<JsxAttribute, { type: 'mdxJsxAttribute' }>;
		const at = attributePlace(body, position, attr.name, source.bodyLine);
		const named = { tag, attribute: attr.name };
		if (attr.name.includes(':')) fail('directiveAttribute', named, `<${tag} ${attr.name}>: directive and namespaced attributes (set:html, client:load, xlink:href…) are not allowed in content`, at);
		if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
			fail('expressionValue', named, `<${tag} ${attr.name}={…}>: attribute values must be plain text in quotes, not {…} expressions`, at);
		}
		const lower = attr.name.toLowerCase();
		if (seen.has(lower)) fail('duplicateAttribute', named, `<${tag} ${attr.name}>: the attribute is written twice`, attributePlace(body, position, attr.name, source.bodyLine, 1));
		seen.add(lower);
		if (/^on/i.test(attr.name)) fail('eventHandler', named, `<${tag} ${attr.name}=…>: event-handler attributes are not allowed in content`, at);
		if (lower === 'style') fail('styleAttribute', named, `<${tag} style=…>: style attributes are not allowed in content`, at);
		values[attr.name] = typeof attr.value === 'string' ? attr.value : true;
	}

	if (isComponentName(tag)) {
		const parsed = componentSchemas[tag].safeParse(values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const prop = issue.path.length ? String(issue.path[0]) : issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
			const unknown = issue.code === 'unrecognized_keys';
			const problem = unknown
				? `unknown attribute${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (allowed: ${Object.keys(componentSchemas[tag].shape).join(', ') || 'none'})`
				: issue.message;
			const written = prop && values[prop] !== undefined ? `${prop}="${String(values[prop])}"` : prop;
			fail(
				'componentProp',
				{ tag, attribute: prop ?? '', detail: `${prop && !unknown ? `${prop}: ` : ''}${problem}` },
				`<${tag}${written ? ` ${written}` : ''}>: ${prop && !unknown ? `${prop}: ` : ''}${problem}`,
				prop ? attributePlace(body, position, prop, source.bodyLine) : undefined,
			);
		}
		const children = (node.children ?? []).filter((child) => !(child.type === 'text' && !String((child as { value?: string }).value ?? '').trim()));
		if (tag === 'ServiceStatus' && children.length) fail('serviceStatusContent', { tag }, '<ServiceStatus id="…"/> takes no content; close it with "/>"');
		if (tag === 'Steps' && !(children.length === 1 && children[0]!.type === 'list' && children[0]!.ordered)) {
			fail('stepsList', { tag }, '<Steps> must contain exactly one numbered list ("1. …" lines, with a blank line after <Steps>)');
		}
		return { kind: 'component', name: tag, props: parsed.data } as CheckedJsx;
	}
	if (/^[A-Z]/.test(tag)) {
		const known = Object.keys(componentSchemas).join(', ');
		fail('unknownComponent', { tag, known }, `<${tag}> is not a known component (known: ${known})`);
	}
	if (!allowedHtmlElements.has(tag)) fail('element', { tag }, `<${tag}> is not allowed in content`);

	const allowedProps = allowedPropertiesOf(tag);
	const properties: Properties = {};
	const seenProps = new Set<string>();
	for (const [attrName, value] of Object.entries(values)) {
		const at = attributePlace(body, position, attrName, source.bodyLine);
		const info = find(htmlSchema, attrName);
		const named = { tag, attribute: attrName };
		if (seenProps.has(info.property)) fail('duplicateAttribute', named, `<${tag} ${attrName}>: the attribute is written twice`, at);
		seenProps.add(info.property);
		if (!allowedProps.has(info.property)) fail('attribute', named, `<${tag} ${attrName}>: the attribute "${attrName}" is not allowed on <${tag}> in content`, at);
		const only = allowedProps.get(info.property);
		if (value === true) {
			if (!info.boolean && !info.overloadedBoolean) fail('attributeValueMissing', named, `<${tag} ${attrName}>: the attribute needs a value in quotes`, at);
		} else if (urlProperties.has(info.property) && isUnsafeAttributeUrl(value)) {
			fail(
				'urlScheme',
				{ ...named, value: value.slice(0, 30) },
				`<${tag} ${attrName}="${value.slice(0, 30)}…">: this URL scheme runs code or is not allowed (use http, https, mailto, tel or a relative link)`,
				at,
			);
		} else if (tag === 'img' && info.property === 'src' && !isSameOriginAttributeImage(value)) {
			fail('remoteImage', { url: value.slice(0, 40) }, `<img src="${value.slice(0, 40)}">: ${remoteImage}`, at);
		}
		if (only && !only.includes(value)) fail('valueNotAllowed', { ...named, value: String(value) }, `<${tag} ${attrName}="${String(value)}">: the value is not allowed`, at);
		properties[info.property] = value;
	}
	if (tag === 'img' && !(typeof properties.alt === 'string' && properties.alt.trim())) fail('missingAlt', { written: '<img>' }, `<img>: ${missingAlt}`);
	return { kind: 'element', tagName: tag, properties };
}
