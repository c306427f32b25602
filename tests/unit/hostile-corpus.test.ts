import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { afterAll, describe, expect, it } from 'vitest';
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderedBody } from '../../src/features/content/entry';
import { outputSchema, reservedIdPrefixes, reservedIds } from '../../src/features/content/render';
import { isSameOriginImage, isUnsafeUrl } from '../../src/features/content/url-policy';
import { statusBadgeSvg } from '../../src/features/status/badge';
import { buildCalendar } from '../../src/features/notices/ical';
import { checkMediaFolder } from '../../src/features/content/media';
import { inlineScripts } from '../../src/features/site/security-headers';
import { rssFeed } from '../../src/core/rss-feed';
import { componentsJson } from '../../src/features/status/statuspage-api';
import type { GroupEntry, ServiceEntry } from '../../src/features/status/status';
import { articleJsonLd, faqJsonLd, serializeJsonLd } from '../../src/features/site/structured-data';
import { specialAnnouncementJsonLd } from '../../src/features/notices/notice-structured-data';
import type { FaqItem } from '../../src/features/content/render';
import { loadSite, placeOf, refusal, type LoadedSite } from '../support/content-harness';
import { articleFrontmatter, incidentFrontmatter, mdx, noticeFrontmatter, projectRoot, removeScratchDirs, scratchDir } from '../support/tiny-site';

/**
 * The hostile-content corpus, in process: each case goes through the path a build takes
 * (the strict reader, the collection schema, the body check and render, the cross-file
 * rules; for output cases, the serializers), on the tiny fixture site. A refusal must name
 * the exact file and the field or line/column; a render case must come out inert. The few
 * real builds and the browser check are in `tests/build/hostile.test.ts`.
 */
// Scratch projects are whole copies of the code; deleting them takes a while on a busy machine.
afterAll(removeScratchDirs, 120_000);

const A = 'src/content/articles/fa/hostile.mdx';
/** Render cases use an English article, so the expected HTML is not split by the Latin isolation of RTL pages. */
const E = 'src/content/articles/en/hostile.mdx';
const N = 'src/content/notices/fa/hostile-notice.mdx';
const I = 'src/content/incidents/fa/hostile-incident.mdx';
const article = (body = 'متن.', extra = '') => mdx(articleFrontmatter(900, extra), body);
const notice = (extra: string, body?: string) => mdx(`title: اطلاعیه\nsummary: خلاصه\n${extra}`, body);
const incident = (extra: string) => mdx(`title: اختلال\n${extra}`);

/** `file (line L, column C): ` for the first `needle` in `text` (the body construct's place). */
const at = (file: string, text: string, needle: string) => {
	const { line, column } = placeOf(text, needle);
	return `${file} (line ${line}, column ${column}): `;
};
/** `file (line L, field "f"): ` where `needle` starts the field's line. */
const field = (file: string, text: string, needle: string, name: string) => `${file} (line ${placeOf(text, needle).line}, field "${name}"): `;

interface Refused {
	name: string;
	/** The file the case adds (or replaces), and its text. */
	file: string;
	text: string;
	/** Other files, if the case needs them. */
	also?: Record<string, string | null>;
	/** The exact start of the message: file and place. */
	prefix: (file: string, text: string) => string;
	/** What the message must then say. */
	says: string | RegExp;
}

/** Article body cases: the message names the file, and the line and column of `needle`. */
const body = (name: string, text: string, needle: string, says: string | RegExp): Refused => ({ name, file: A, text: article(text), prefix: (file, full) => at(file, full, needle), says });

const refused: Refused[] = [
	// Frontmatter: missing, mistyped, unknown and over-long fields, YAML tricks.
	{
		name: 'missing title',
		file: A,
		text: mdx('summary: خلاصه\ncategory: orders\nupdated: 2026-11-01\nref: 900'),
		prefix: (f) => `${f} (field "title"): `,
		says: /title: .*(required|expected string)/i,
	},
	{ name: 'mistyped ref', file: A, text: article().replace('ref: 900', 'ref: "nine"'), prefix: (f, t) => field(f, t, 'ref:', 'ref'), says: /ref: / },
	{ name: 'negative ref', file: A, text: article().replace('ref: 900', 'ref: -3'), prefix: (f, t) => field(f, t, 'ref:', 'ref'), says: /ref: .*positive/ },
	{ name: 'impossible date', file: A, text: article().replace('updated: 2026-11-01', 'updated: "2026-02-30"'), prefix: (f, t) => field(f, t, 'updated:', 'updated'), says: /updated: / },
	{ name: 'unknown field', file: A, text: article('x', 'colour: red'), prefix: (f, t) => field(f, t, 'colour:', 'colour'), says: 'unknown field "colour"' },
	{ name: 'huge title', file: A, text: article().replace(/title: .*/, `title: ${'خیلی '.repeat(80)}`), prefix: (f, t) => field(f, t, 'title:', 'title'), says: /title: .*at most 160/ },
	{ name: 'bidi override in title', file: A, text: article().replace(/title: .*/, 'title: "abc\u202Eabc"'), prefix: (f, t) => field(f, t, 'title:', 'title'), says: /title: .*bidi-override/ },
	{ name: 'broken frontmatter YAML', file: A, text: '---\ntitle: [unclosed\nsummary: x\n---\n\nبدنه\n', prefix: (f) => `${f} (line 3, column 1): `, says: 'the frontmatter is not valid YAML' },
	{ name: 'YAML anchor and alias', file: A, text: article('x', 'tags: &t [a]\nrelated: *t'), prefix: (f, t) => `${f} (line ${placeOf(t, '&t').line}, field "tags"): `, says: /anchor/i },
	{ name: 'YAML merge key <<', file: A, text: article('x', '<<: {draft: true}'), prefix: (f, t) => field(f, t, '<<:', '<<'), says: 'unknown field "<<"' },
	{
		name: 'YAML !!js/function tag',
		file: A,
		text: article().replace(/title: .*/, 'title: !!js/function "function () { process.exit(1) }"'),
		prefix: (f, t) => field(f, t, 'title:', 'title'),
		says: 'YAML tags (tag:yaml.org,2002:js/function) are not allowed',
	},
	{
		name: '1,000 nested lists in the frontmatter',
		file: A,
		text: article('x', `tags: ${'['.repeat(1000)}x${']'.repeat(1000)}`),
		prefix: (f, t) => `${f} (line ${placeOf(t, 'tags:').line}): `,
		says: 'the frontmatter is nested more than 32 levels deep',
	},
	{
		name: 'a data file nested 1,000 levels',
		file: 'src/content/services/hostile.yaml',
		text: `name:\n${'- '.repeat(1000)}x\n`,
		prefix: (f) => `${f} (line `,
		says: 'the file is nested more than 32 levels deep',
	},
	{ name: 'duplicate key', file: A, text: article('x', 'title: second'), prefix: (f, t) => `${f} (line ${placeOf(t, 'title: second').line}, column 1): `, says: 'Map keys must be unique' },
	{ name: '__proto__ key', file: A, text: article('x', '__proto__: {draft: true}'), prefix: (f, t) => field(f, t, '__proto__:', '__proto__'), says: 'unknown field "__proto__"' },
	{ name: 'very large number', file: A, text: article().replace('ref: 900', 'ref: 99999999999999999999999'), prefix: (f, t) => field(f, t, 'ref:', 'ref'), says: /ref: / },
	{ name: 'hexadecimal number', file: A, text: article().replace('ref: 900', 'ref: 0x1F'), prefix: (f, t) => field(f, t, 'ref:', 'ref'), says: 'plain decimal digits' },
	{ name: 'a +++ line in the frontmatter', file: A, text: `---\n${articleFrontmatter(900)}\n+++\n---\n\nx\n`, prefix: (f, t) => `${f} (line ${placeOf(t, '+++').line}`, says: /\+\+\+/ },
	{ name: 'zero-width space in an alias', file: A, text: article('x', 'aliases: ["old\u200Bslug"]'), prefix: (f, t) => field(f, t, 'aliases:', 'aliases.0'), says: /aliases\.0: / },
	{
		name: 'redirect rule written in an alias',
		file: A,
		text: article('x', 'aliases: ["old /https://evil.example 302"]'),
		prefix: (f, t) => field(f, t, 'aliases:', 'aliases.0'),
		says: /aliases\.0: /,
	},
	{ name: 'bidi override in a related slug', file: A, text: article('x', 'related: ["track\u202Eyour-order"]'), prefix: (f, t) => field(f, t, 'related:', 'related.0'), says: /related\.0: / },
	// File names and folders.
	{
		name: 'file name that is not a slug',
		file: 'src/content/articles/fa/Hostile File.mdx',
		text: article(),
		prefix: (f) => `${f}: `,
		says: 'file name "Hostile File" must be a lower-case Latin slug',
	},
	{ name: 'zero-width character in a file name', file: 'src/content/articles/fa/hos\u200Btile.mdx', text: article(), prefix: (f) => `${f}: `, says: /must be a lower-case Latin slug/ },
	{ name: 'folder that is not a locale', file: 'src/content/articles/de/hostile.mdx', text: article(), prefix: (f) => `${f}: `, says: 'folder "de" is not a site locale' },
	{
		name: 'file name differing only in case from another (ids would collide)',
		file: 'src/content/articles/fa/Track-Your-Order.mdx',
		text: article(),
		prefix: (f) => `${f}: `,
		says: 'file name "Track-Your-Order" must be a lower-case Latin slug',
	},
	{ name: 'a .md file that would be skipped', file: 'src/content/articles/fa/hostile.md', text: article(), prefix: (f) => `${f}: `, says: 'is not a ".mdx" file' },
	{ name: 'an .MDX file that would be skipped', file: 'src/content/notices/fa/hostile.MDX', text: article(), prefix: (f) => `${f}: `, says: 'is not a ".mdx" file' },
	{ name: 'a file outside a locale folder', file: 'src/content/articles/hostile.mdx', text: article(), prefix: (f) => `${f}: `, says: 'is not inside a locale folder' },
	{ name: 'a file nested deeper', file: 'src/content/incidents/fa/old/hostile.mdx', text: article(), prefix: () => 'src/content/incidents/fa/old: ', says: 'is a folder inside a locale folder' },
	// Cross-file rules.
	{ name: 'unknown category', file: A, text: article().replace('category: orders', 'category: rockets'), prefix: (f) => `${f}: `, says: 'category "rockets" is not a known category (known: orders)' },
	{ name: 'duplicate ref', file: A, text: article().replace('ref: 900', 'ref: 1'), prefix: (f) => `${f}: `, says: 'ref 1 is already used by "track-your-order"' },
	{
		name: 'translations with different refs',
		file: 'src/content/articles/fa/track-your-order.mdx',
		text: mdx(articleFrontmatter(901)),
		prefix: (f) => `${f}: `,
		says: 'ref 901 differs from ref 1 in src/content/articles/ar/track-your-order.mdx',
	},
	{ name: 'related slug that does not exist', file: A, text: article('x', 'related: [no-such-article]'), prefix: (f) => `${f}: `, says: 'related[0] "no-such-article" is not the slug of any article' },
	{ name: 'alias that is a live slug', file: A, text: article('x', 'aliases: [track-your-order]'), prefix: (f) => `${f}: `, says: 'aliases[0] "track-your-order" is the slug of an existing article' },
	// Bodies: parse errors and the limits.
	{ name: 'broken MDX', file: A, text: article('<Callout type="info">\n\nنیمه‌کاره'), prefix: (f) => `${f} (line `, says: 'the body is not valid MDX' },
	{ name: 'Markdown autolink to javascript:', file: A, text: article('<javascript:window.__pwned=1>'), prefix: (f, t) => at(f, t, '<javascript'), says: 'the body is not valid MDX' },
	{ name: 'HTML comment', file: A, text: article('<!-- <script>window.__pwned=1</script> -->'), prefix: (f, t) => at(f, t, '<!--'), says: 'the body is not valid MDX' },
	{ name: 'CDATA', file: A, text: article('<![CDATA[<script>window.__pwned=1</script>]]>'), prefix: (f, t) => at(f, t, '<![CDATA'), says: 'the body is not valid MDX' },
	{ name: '10,000 nested list items', file: A, text: article(`${Array.from({ length: 10_000 }, () => '-').join(' ')} x`), prefix: (f) => `${f} (line `, says: /at most 32 levels/ },
	{ name: 'a body over 256 KB on one line', file: A, text: article('ا'.repeat(140_000)), prefix: (f, t) => `${f} (line ${placeOf(t, '---\n\n').line + 1}): `, says: /at most 256 KB/ },
	// Bodies: what runs code, at build or in the reader's browser.
	body('<script> in the body', '<script>window.__pwned=1</script>', '<script', '<script> is not allowed in content'),
	body('import in the body', "import fs from 'node:fs'\n\nمتن", 'import', 'import/export statements are not allowed'),
	body('export in the body', 'export const x = process.exit(1)', 'export', 'import/export statements are not allowed'),
	body('expression in the body', '{process.exit(0)}', '{process', '{…} expressions are not allowed'),
	body('MDX comment', 'متن {/* comment */}', '{/*', '{…} expressions are not allowed'),
	body(
		'attribute-value expression that would run Node code at build',
		"<a title={require('node:fs').writeFileSync('pwned.txt', 'x')}>x</a>",
		'title=',
		'attribute values must be plain text in quotes, not {…} expressions',
	),
	body('javascript: URL in an attribute expression', "<a href={'javascript:window.__pwned=1'}>link</a>", 'href=', 'not {…} expressions'),
	body('spread attributes', '<a {...{href: "javascript:x"}}>x</a>', '{...', 'spread attributes are not allowed'),
	body('fragment', '<>x</>', '<>', 'fragments (<>…</>) are not allowed'),
	body('member element name', '<a.b>x</a.b>', '<a.b', 'member element names'),
	body('namespaced svg:script', '<svg:script>window.__pwned=1</svg:script>', '<svg:script', 'namespaced element names'),
	body('<Fragment set:html>', '<Fragment set:html="<script>window.__pwned=1</script>" />', 'set:html', 'directive and namespaced attributes'),
	body('set:html on an element', '<div set:html="<img src=x onerror=window.__pwned=1>" />', 'set:html', 'directive and namespaced attributes'),
	body('is:raw', '<div is:raw>x</div>', 'is:raw', 'directive and namespaced attributes'),
	body('client:load', '<div client:load>x</div>', 'client:load', 'directive and namespaced attributes'),
	body('define:vars on a Fragment', '<Fragment define:vars="x">x</Fragment>', 'define:vars', 'directive and namespaced attributes'),
	body('<Fragment> itself', '<Fragment>x</Fragment>', '<Fragment', '<Fragment> is not a known component'),
	body('xlink:href', '<a xlink:href="javascript:window.__pwned=1">x</a>', 'xlink:href', 'directive and namespaced attributes'),
	body('event handler on a component', '<Callout type="info" onClick="window.__pwned=1">متن</Callout>', 'onClick', 'event-handler attributes are not allowed'),
	body('event handler on an element', '<p onmouseover="window.__pwned=1">x</p>', 'onmouseover', 'event-handler attributes are not allowed'),
	body('javascript: URL in an element', '<a href="javascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL disguised with a tab', '<a href="jav\tascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL with &#x09;', '<a href="jav&#x09;ascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL with &Tab;', '<a href="java&Tab;script:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL with a decimal reference', '<a href="&#106;avascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL with a hexadecimal reference', '<a href="&#x6A;avascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL double-encoded', '<a href="&amp;#x6A;avascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('javascript: URL after a NUL', '<a href="\u0000javascript:window.__pwned=1">link</a>', 'href=', 'URL scheme runs code'),
	body('vbscript: URL', '<a href="VBScript:msgbox(1)">link</a>', 'href=', 'URL scheme runs code'),
	body('data: URL in a link', '<a href="data:text/html,<script>window.__pwned=1</script>">x</a>', 'href=', 'URL scheme runs code'),
	body('javascript: in blockquote cite', '<blockquote cite="javascript:window.__pwned=1">x</blockquote>', 'cite=', 'URL scheme runs code'),
	body('<noscript> with a script in a child attribute', '<noscript><p title="</noscript><script>window.__pwned=1</script>">x</p></noscript>', '<noscript', '<noscript> is not allowed'),
	body('style overlay', '<div style="position:fixed;inset:0;background:red">x</div>', 'style=', 'style attributes are not allowed'),
	body('<style> element', '<style>{"body{display:none}"}</style>', '<style', '<style> is not allowed'),
	body('<plaintext>', 'متن\n\n<plaintext>x</plaintext>', '<plaintext', '<plaintext> is not allowed'),
	body('<math>', '<math><mi>x</mi></math>', '<math', '<math> is not allowed'),
	body('<svg>', '<svg><a href="javascript:x">x</a></svg>', '<svg', '<svg> is not allowed'),
	body('<iframe src>', '<iframe src="https://evil.example"></iframe>', '<iframe', '<iframe> is not allowed'),
	body('<iframe srcdoc>', '<iframe srcdoc="<script>window.__pwned=1</script>"></iframe>', '<iframe', '<iframe> is not allowed'),
	body('<meta http-equiv>', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', '<meta', '<meta> is not allowed'),
	body('<base>', '<base href="https://evil.example/" />', '<base', '<base> is not allowed'),
	body('<form action>', '<form action="https://evil.example"><p>x</p></form>', '<form', '<form> is not allowed'),
	body('<button formaction>', '<button formaction="https://evil.example">x</button>', '<button', '<button> is not allowed'),
	body('<object>', '<object data="https://evil.example/x.swf"></object>', '<object', '<object> is not allowed'),
	body('<link rel=stylesheet>', '<link rel="stylesheet" href="https://evil.example/x.css" />', '<link', '<link> is not allowed'),
	body('<input>', '<input type="checkbox" />', '<input', '<input> is not allowed'),
	body('<img srcset>', '<img srcset="https://evil.example/x.png 1x" />', 'srcset', 'the attribute "srcset" is not allowed on <img>'),
	body('<a target>', '<a href="https://ok.example" target="_blank">x</a>', 'target', 'the attribute "target" is not allowed on <a>'),
	body('<a ping>', '<a href="https://ok.example" ping="https://evil.example/">x</a>', 'ping', 'the attribute "ping" is not allowed on <a>'),
	body('id that clobbers the page', '<p id="main">x</p>', 'id=', 'the attribute "id" is not allowed on <p>'),
	body('class', '<p class="notice-banner">x</p>', 'class=', 'the attribute "class" is not allowed on <p>'),
	body('name (DOM clobbering)', '<a name="bayan">x</a>', 'name=', 'the attribute "name" is not allowed on <a>'),
	body('microdata itemscope', '<div itemscope itemtype="https://schema.org/FAQPage">x</div>', 'itemscope', 'the attribute "itemscope" is not allowed on <div>'),
	body('duplicate attribute', '<a href="/a" href="javascript:x">x</a>', 'href="javascript', 'the attribute is written twice'),
	body('remote image in Markdown', '![pixel](https://evil.example/pixel.png)', '![pixel]', 'images must be on this site'),
	body('reference-style image on another host', '![a][r]\n\n[r]: https://evil.example/pixel.png', '![a][r]', 'images must be on this site'),
	body('collapsed reference image on another host, label in other case', 'x ![Pix][]\n\n[pix]: //evil.example/pixel.png', '![Pix]', 'images must be on this site'),
	body('shortcut reference image on another host', '![pixel]\n\n[pixel]: <https://evil.example/pixel.png>', '![pixel]', 'images must be on this site'),
	body('Markdown image without alt text', 'متن\n\n![](/media/a.png)', '![]', 'an image needs alt text'),
	body('Markdown image with blank alt text', '![ ](/media/a.png)', '![ ]', 'an image needs alt text'),
	body('reference-style image without alt text', '![][r]\n\n[r]: /media/a.png', '![][r]', 'an image needs alt text'),
	body('<img> without alt', '<img src="/media/a.png" />', '<img', '<img>: an image needs alt text'),
	body('<img> with an empty alt', '<p>x <img src="/media/a.png" alt="" /></p>', '<img', '<img>: an image needs alt text'),
	body('protocol-relative image in Markdown', '![pixel](//evil.example/pixel.png)', '![pixel]', 'images must be on this site'),
	body('remote <img>', '<img src="https://evil.example/pixel.png" alt="" />', 'src=', 'images must be on this site'),
	body('backslash network-path <img>', '<img src="/\\evil.example/pixel.png" alt="" />', 'src=', 'images must be on this site'),
	body('entity-encoded network-path <img>', '<img src="&#x2F;&#x2F;evil.example/pixel.png" alt="" />', 'src=', 'images must be on this site'),
	body('data:image/svg+xml <img>', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="" />', 'src=', 'URL scheme runs code'),
	body('footnote', 'x[^1]\n\n[^1]: y', '[^1]', 'footnotes are not supported'),
	body('task list', '- [ ] x', '- [ ]', 'task-list check boxes'),
	// Components and their props.
	body('unknown Callout type', '<Callout type="tip">متن</Callout>', 'type=', '<Callout type="tip">'),
	body('unknown Callout prop', '<Callout kind="info">متن</Callout>', 'kind=', 'unknown attribute kind'),
	body('Question without q', '<Question>متن</Question>', '<Question', '<Question q>: q: '),
	body('Question q over 300 characters', `<Question q="${'س'.repeat(301)}">متن</Question>`, 'q=', /q: must be at most 300 characters/),
	body('Question q with a bidi override (reaches FAQ JSON-LD)', '<Question q="abc\u202Eabc">متن</Question>', 'q=', /q: contains a control.*bidi-override/),
	body('Callout title over 160 characters', `<Callout title="${'ع'.repeat(161)}">متن</Callout>`, 'title=', /title: must be at most 160 characters/),
	body('Callout title with a control character', '<Callout title="a\u0007b">متن</Callout>', 'title=', /title: contains a control/),
	body('Question open with a value', '<Question q="x" open="yes">متن</Question>', 'open=', 'write a bare `open`'),
	body('Steps without a numbered list', '<Steps>\n\n- a\n\n</Steps>', '<Steps', '<Steps> must contain exactly one numbered list'),
	body('ServiceStatus with content', '<ServiceStatus id="website">x</ServiceStatus>', '<ServiceStatus', 'takes no content'),
	body('ServiceStatus id that is not a slug', '<ServiceStatus id="__proto__" />', 'id=', 'must be a service id'),
	{ name: 'unknown ServiceStatus id', file: A, text: article('<ServiceStatus id="teleporter" />'), prefix: (f) => `${f}: `, says: '<ServiceStatus id="teleporter"/> names an unknown service' },
	// Notices.
	{
		name: 'notice end before start',
		file: N,
		text: notice('kind: delay\nseverity: warning\nstart: "2026-11-22T10:00:00+03:30"\nend: "2026-11-21T10:00:00+03:30"'),
		prefix: (f, t) => field(f, t, 'end:', 'end'),
		says: /end: /,
	},
	{ name: 'notice of unknown kind', file: N, text: notice('kind: party\nseverity: info\nstart: "2026-11-22T10:00:00+03:30"'), prefix: (f, t) => field(f, t, 'kind:', 'kind'), says: /kind: / },
	{ name: 'hours change without hours', file: N, text: notice('kind: hours-change\nseverity: info\nstart: "2026-11-22T10:00:00+03:30"'), prefix: (f) => `${f} (`, says: /hours/ },
	{
		name: 'notice naming an unknown service',
		file: N,
		text: notice('kind: outage\nseverity: critical\nstart: "2026-11-22T10:00:00+03:30"\nservices: [teleporter]'),
		prefix: (f) => `${f}: `,
		says: 'services[0] "teleporter" is not a known service',
	},
	{
		name: 'notice naming an unknown region',
		file: N,
		text: notice('kind: delay\nseverity: info\nstart: "2026-11-22T10:00:00+03:30"\nregions: [atlantis]'),
		prefix: (f) => `${f}: `,
		says: 'regions[0] "atlantis" is not a known region',
	},
	{
		name: 'notice time without offset',
		file: N,
		text: notice('kind: delay\nseverity: info\nstart: 2026-11-22T10:00:00'),
		prefix: (f, t) => field(f, t, 'start:', 'start'),
		says: /start: .*must be a date-time with an offset, e\.g\. 2026-11-22T09:00:00\+03:30/,
	},
	{
		name: 'notice title with a line separator',
		file: N,
		text: notice('kind: delay\nseverity: info\nstart: "2026-11-22T10:00:00+03:30"').replace('title: اطلاعیه', 'title: "a\u2028b"'),
		prefix: (f, t) => field(f, t, 'title:', 'title'),
		says: /title: /,
	},
	// Incidents.
	{
		name: 'incident naming an unknown service',
		file: I,
		text: incident(
			'kind: incident\nimpact: minor\naffected:\n  - service: teleporter\n    status: partial_outage\nupdates:\n  - at: "2026-11-20T10:00:00+03:30"\n    status: investigating\n    text: بررسی',
		),
		prefix: (f) => `${f}: `,
		says: 'teleporter',
	},
	{
		name: 'incident updates out of order',
		file: I,
		text: incident(
			'kind: incident\nimpact: minor\naffected:\n  - service: website\n    status: partial_outage\nupdates:\n  - at: "2026-11-20T10:00:00+03:30"\n    status: investigating\n    text: یک\n  - at: "2026-11-20T09:00:00+03:30"\n    status: resolved\n    text: دو',
		),
		prefix: (f) => `${f}`,
		says: /updates/,
	},
	{
		name: 'incident time without offset',
		file: I,
		text: incident('kind: incident\nimpact: minor\naffected:\n  - service: website\n    status: partial_outage\nupdates:\n  - at: 2026-11-20T10:00:00\n    status: investigating\n    text: بررسی'),
		prefix: (f, t) => field(f, t, '  - at:', 'updates.0.at'),
		says: /at: .*must be a date-time with an offset/,
	},
	{
		name: 'maintenance without a window',
		file: I,
		text: incident(
			'kind: maintenance\nimpact: none\naffected:\n  - service: website\n    status: under_maintenance\nupdates:\n  - at: "2026-11-20T10:00:00+03:30"\n    status: scheduled\n    text: برنامه',
		),
		prefix: (f) => `${f} (`,
		says: /window/,
	},
	// Data files (channels, services) that reach links, headers and the status API.
	{
		name: 'chat channel with a javascript: link',
		file: 'src/content/channels/hostile-chat.yaml',
		text: 'name:\n  fa: گفت‌وگو\n  ar: دردشة\n  en: Chat\nkind: chat\ncontact: "javascript:window.__pwned=1"\norder: 99\nhours:\n  always: true\n',
		prefix: (f, t) => field(f, t, 'contact:', 'contact'),
		says: 'is not an https:// address',
	},
	{
		name: 'email channel that copies every message elsewhere',
		file: 'src/content/channels/hostile-mail.yaml',
		text: 'name:\n  fa: ایمیل\n  ar: بريد\n  en: Email\nkind: email\ncontact: "help@shop.example?bcc=someone%40evil.example"\norder: 99\nhours:\n  always: true\n',
		prefix: (f, t) => field(f, t, 'contact:', 'contact'),
		says: 'is not an email address',
	},
	{
		name: 'branch number that dials more than it shows',
		file: 'src/content/channels/hostile-branch.yaml',
		text: 'name:\n  fa: شعبه\n  ar: فرع\n  en: Branch\nkind: branch\ncontact: "+98 21 1234 5678 (ext. 99)"\norder: 99\nhours:\n  always: true\n',
		prefix: (f, t) => field(f, t, 'contact:', 'contact'),
		says: 'is not a phone number',
	},
	{
		name: 'channel in an unknown region',
		file: 'src/content/channels/hostile-branch.yaml',
		text: 'name:\n  fa: شعبه\n  ar: فرع\n  en: Branch\nkind: branch\ncontact: "+98 21 1234 5678"\nregion: atlantis\norder: 99\nhours:\n  always: true\n',
		prefix: (f) => `${f}: `,
		says: 'region "atlantis" is not a known region',
	},
	{
		name: 'service file with YAML anchors',
		file: 'src/content/services/hostile.yaml',
		text: 'name: &n\n  fa: x\n  ar: x\n  en: x\ndescription: *n\ngroup: online\norder: 9\n',
		prefix: (f) => `${f} (line 1`,
		says: /anchor/i,
	},
	{
		name: 'data file name that is not a slug',
		file: 'src/content/services/Hostile Service.yaml',
		text: 'name:\n  fa: x\n  ar: x\n  en: x\ngroup: online\norder: 9\n',
		prefix: (f) => `${f}: `,
		says: /slug/,
	},
];

describe('hostile content that stops the build, named at its file and place', () => {
	it.each(refused)('$name', async ({ file, text, also = {}, prefix, says }) => {
		const message = await refusal({ ...also, [file]: text });
		const line = message.split('\n').find((part) => part.includes(file)) ?? message;
		const start = line.replace(/^\s*- /, '');
		expect(start.startsWith(prefix(file, text)), `${start}\n  expected to start with\n${prefix(file, text)}`).toBe(true);
		if (typeof says === 'string') expect(start).toContain(says);
		else expect(start).toMatch(says);
		// Nothing the content wrote ran: no stack overflow, and no file it would have written.
		expect(message).not.toContain('Maximum call stack size exceeded');
		expect(existsSync(join(projectRoot, 'pwned.txt'))).toBe(false);
		expect(existsSync(join(process.cwd(), 'pwned.txt'))).toBe(false);
	});
});

/** Loads the tiny site with one hostile article and returns its stored HTML and data. */
async function renderArticle(text: string, path = A): Promise<{ html: string; data: Record<string, unknown>; site: LoadedSite }> {
	const site = await loadSite({ [path]: text });
	const id = path.replace(/^src\/content\/articles\//, '').replace(/\.mdx$/, '');
	const entry = site.articles.get(id)!;
	return { html: renderedBody(entry).html, data: entry.data, site };
}

/**
 * What no stored body may contain, however it was written: the HTML is parsed as a browser
 * would (parse5), so a payload kept as text or inside a quoted attribute value does not
 * count, and everything that would become an element or attribute does.
 */
function expectInert(html: string): void {
	const allowedTags = new Set(outputSchema.tagNames ?? []);
	const problems: string[] = [];
	const stack: HastNodes[] = [fromHtml(html, { fragment: true })];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.type === 'element') {
			if (!allowedTags.has(node.tagName)) problems.push(`<${node.tagName}>`);
			for (const [name, value] of Object.entries(node.properties)) {
				if (/^on/i.test(name) || (['style', 'srcSet', 'formAction', 'srcDoc', 'itemScope', 'itemType', 'itemProp', 'id', 'name'].includes(name) && !(name === 'id' && /^h[1-6]$/.test(node.tagName))))
					problems.push(`<${node.tagName} ${name}>`);
				if (['href', 'src', 'cite'].includes(name) && isUnsafeUrl(String(value), { allowDataImage: name === 'src' })) problems.push(`<${node.tagName} ${name}="${String(value)}">`);
				if (name === 'src' && !isSameOriginImage(String(value))) problems.push(`<${node.tagName} src="${String(value)}">`);
			}
		}
		if ('children' in node) stack.push(...node.children);
	}
	expect(problems, html).toEqual([]);
	// Nothing a browser would execute, so nothing the CSP hasher would allow by hash.
	expect(inlineScripts(`<!doctype html><body>${html}`)).toEqual([]);
}

const inert: { name: string; body: string; html: string[] }[] = [
	{ name: 'Markdown link to javascript: keeps its text', body: '[click me](javascript:window.__x=1)', html: ['<p><a>click me</a></p>'] },
	{ name: 'Markdown link to data:text/html keeps its text', body: '[data](data:text/html,x)', html: ['<p><a>data</a></p>'] },
	{ name: 'Markdown link disguised with &#x09;', body: '[a](jav&#x09;ascript:window.__x=1)', html: ['<p><a>a</a></p>'] },
	{ name: 'Markdown link with an entity colon', body: '[a](javascript&#58;window.__x=1)', html: ['<p><a>a</a></p>'] },
	{ name: 'Markdown link in angle brackets', body: '[a](<javascript:window.__x=1>)', html: ['<p><a>a</a></p>'] },
	{ name: 'reference-style link to javascript:', body: '[x][1]\n\n[1]: javascript:window.__x=1', html: ['<p><a>x</a></p>'] },
	{ name: 'Markdown image to javascript: keeps its alt', body: '![img](javascript:window.__x=1)', html: ['<p><img alt="img"></p>'] },
	{ name: 'Markdown image to data:image/svg+xml', body: '![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', html: ['<p><img alt="svg"></p>'] },
	{
		name: 'image on this site and raster data: image',
		body: '![a](/media/a.png) ![b](data:image/png;base64,iVBORw0KGgo=)',
		html: ['<img src="/media/a.png" alt="a">', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="b">'],
	},
	{ name: 'script in inline code stays code', body: '`<script>window.__x=1</script>` stays code.', html: ['<code>&#x3C;script>window.__x=1&#x3C;/script></code>'] },
	{ name: 'escaped markup stays text', body: '&lt;script&gt;window.__x=1&lt;/script&gt;', html: ['&#x3C;script>window.__x=1&#x3C;/script>'] },
	{
		name: 'a link to another host is a link (navigation needs a click)',
		body: '<a href="//other.example/">x</a> [y](https://other.example/)',
		html: ['<a href="//other.example/">x</a>', '<a href="https://other.example/">y</a>'],
	},
	{
		name: 'allowed HTML stays',
		body: '<details open><summary>s</summary><p>x <kbd>Ctrl</kbd> <sub>2</sub></p></details>',
		html: ['<details open><summary>s</summary><p>x <kbd>Ctrl</kbd> <sub>2</sub></p></details>'],
	},
	{
		name: 'Callout title with markup is an attribute value and text',
		body: '<Callout type="info" title="</aside><script>window.__x=1</script>">x</Callout>',
		html: ['aria-label="</aside><script>window.__x=1</script>"', '<span>&#x3C;/aside>&#x3C;script>window.__x=1&#x3C;/script></span>'],
	},
	{ name: 'Question with markup in q', body: '<Question q="<img src=x onerror=window.__x=1>">x</Question>', html: ['<summary>&#x3C;img src=x onerror=window.__x=1></summary>'] },
	{ name: 'a heading cannot take an id the page uses', body: '## Related title\n\n## Update 1\n\n## main', html: ['<h2 id="related-title-1">', '<h2 id="section-update-1">', '<h2 id="main-1">'] },
	{ name: 'line separator and zero-width characters in text stay text', body: '<span title="a\u2028b">x\u200By\u2029z</span>', html: ['<span title="a\u2028b">x\u200By\u2029z</span>'] },
];

describe('hostile content that renders inert', () => {
	it.each(inert)('$name', async ({ body: text, html: expected }) => {
		const { html } = await renderArticle(article(text), E);
		for (const part of expected) expect(html).toContain(part);
		expectInert(html);
	});

	it('markup in frontmatter is kept as text for the page to escape (the browser test checks the page)', async () => {
		const title = '<script>window.__x=1</script> <img src=x onerror=window.__x=2>';
		const { data, html } = await renderArticle(
			mdx(`title: "${title}"\nsummary: "</p><svg onload=window.__x=3>"\ncategory: orders\nupdated: 2026-11-01\nref: 900\ntags: ["<b onmouseover=window.__x=5>tag</b>"]`),
		);
		expect(data).toMatchObject({ title, summary: '</p><svg onload=window.__x=3>', tags: ['<b onmouseover=window.__x=5>tag</b>'] });
		expectInert(html);
	});

	it('no id the pages write is left for a heading to take', () => {
		// Every literal id="…" and computed id={`prefix-…`} in components (shared and per feature) and pages.
		const sources = ['src/components', 'src/features', 'src/pages']
			.flatMap((dir) =>
				readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile() && e.name.endsWith('.astro'))
					.map((e) => join(e.parentPath, e.name)),
			)
			.map((path) =>
				readFileSync(path, 'utf8')
					.split('\n')
					.filter((line) => !/^\s*(\*|\/\/)/.test(line))
					.join('\n'),
			);
		const literal = sources.flatMap((text) => [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		const computed = sources.flatMap((text) => [...text.matchAll(/\sid=\{`([a-z-]+-)\$\{/g)].map((m) => m[1]!));
		const variables = sources.flatMap((text) => [...text.matchAll(/const \w*[iI]d = `([a-z-]+-)\$\{/g)].map((m) => m[1]!));
		expect(literal.length).toBeGreaterThan(20);
		expect(literal.filter((id) => !reservedIds.includes(id))).toEqual([]);
		expect([...computed, ...variables].filter((prefix) => !reservedIdPrefixes.includes(prefix))).toEqual([]);
	});
});

/** Text meant to break out of each output format. */
const BREAKOUT = '</script><script>window.__x=1</script> <!-- ]]> & "q" \'a\'';

describe('hostile text that reaches output serializers comes out inert', () => {
	it('an article title and summary in JSON-LD', async () => {
		const { data } = await renderArticle(mdx(`title: ${JSON.stringify(BREAKOUT)}\nsummary: ${JSON.stringify(BREAKOUT)}\ncategory: orders\nupdated: 2026-11-01\nref: 900`));
		const json = serializeJsonLd(
			articleJsonLd({ locale: 'fa', title: data.title as string, summary: data.summary as string, path: '/fa/articles/hostile/', updated: data.updated as Date, publisher: 'Bayan' }),
		);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toMatchObject({ headline: BREAKOUT, description: BREAKOUT });
	});

	it('FAQ questions and answers from a body in JSON-LD', async () => {
		const { site } = await renderArticle(
			article(`<Question q="${BREAKOUT.replace(/"/g, '')}">\n\n${'</script> answer'.replace('<', '&lt;')}\n\n</Question>\n\n<Question q="two">\n\nsecond\n\n</Question>`),
		);
		const faq = site.articles.get('fa/hostile')!.rendered!.metadata!.faq as FaqItem[];
		expect(faq).toHaveLength(2);
		const json = serializeJsonLd(faqJsonLd('fa', faq));
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect((JSON.parse(json) as { mainEntity: { name: string }[] }).mainEntity[0]!.name).toBe(BREAKOUT.replace(/"/g, ''));
	});

	it('a safety notice in SpecialAnnouncement JSON-LD, RSS and iCal', async () => {
		const site = await loadSite({
			[N]: mdx(
				noticeFrontmatter()
					.replace('title: اطلاعیه', `title: ${JSON.stringify(BREAKOUT)}`)
					.replace('kind: delay', 'kind: safety'),
			),
		});
		const data = site.notices.get('fa/hostile-notice')!.data as { title: string; summary: string; start: Date; end?: Date };
		const json = serializeJsonLd(specialAnnouncementJsonLd({ locale: 'fa', data: data as never, path: '/fa/notices/hostile-notice/', regions: [], publisher: 'Bayan' }));
		expect(json).not.toMatch(/[<>&]/);
		expect((JSON.parse(json) as { name: string }).name).toBe(BREAKOUT);

		const xml = await (
			await rssFeed({
				title: 'Notices',
				description: 'd',
				site: 'https://help.example/fa/notices/',
				language: 'fa',
				items: [{ title: data.title, description: data.summary, link: 'https://help.example/fa/notices/hostile-notice/', pubDate: data.start }],
			})
		).text();
		expect(xml).not.toContain('<script>');
		expect((await new Parser({ xml2js: { strict: true } }).parseString(xml)).items[0]!.title).toBe(BREAKOUT);

		const ics = buildCalendar({
			prodId: '-//Bayan//x//EN',
			name: data.title,
			events: [{ uid: 'hostile@help.example', stamp: data.start, start: data.start, end: new Date(data.start.getTime() + 3600_000), summary: `${data.title}\r\nEND:VEVENT\r\nBEGIN:VEVENT` }],
		});
		expect(ics.split('\r\n').filter((line) => /^(BEGIN|END):/.test(line))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
		expect(new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).summary).toBe(`${BREAKOUT}\nEND:VEVENT\nBEGIN:VEVENT`);
	});

	it('an incident title in iCal stays one event', async () => {
		const site = await loadSite({ [I]: mdx(incidentFrontmatter().replace('title: اختلال', 'title: "x END:VCALENDAR BEGIN:VEVENT"')) });
		const data = site.incidents.get('fa/hostile-incident')!.data as { title: string };
		const ics = buildCalendar({ prodId: '-//Bayan//x//EN', name: 'n', events: [{ uid: 'i@help.example', stamp: new Date(0), start: new Date(0), end: new Date(1000), summary: data.title }] });
		expect(ics.split('\r\n').filter((line) => /^(BEGIN|END):/.test(line))).toHaveLength(4);
	});

	it('a service named with markup in the badge SVG and the Statuspage API', async () => {
		const name = BREAKOUT.replace(/'/g, '');
		const site = await loadSite({ 'src/content/services/website.yaml': `name:\n  fa: "${name.replace(/"/g, '')}"\n  ar: x\n  en: "${name.replace(/"/g, '')}"\ngroup: online\norder: 1\n` });
		const service = site.services.get('website')!;
		const label = (service.data.name as { en: string }).en;
		const svg = statusBadgeSvg(label, 'operational', '#1e7b34');
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;/script&gt;');
		const api = componentsJson({
			siteUrl: 'https://help.example/',
			now: new Date('2026-11-22T06:30:00Z'),
			services: [{ id: 'website', data: service.data, filePath: service.filePath } as unknown as ServiceEntry],
			groups: [...site.serviceGroups.values()].map((entry) => ({ id: entry.id, data: entry.data }) as unknown as GroupEntry),
			incidents: [],
		} as never);
		expect(JSON.stringify(api)).toContain(JSON.stringify(label).slice(1, -1));
	});
});

describe('symbolic links committed as content', () => {
	it.each([
		['a YAML data file', 'src/content/services/secret.yaml'],
		['an MDX article', 'src/content/articles/fa/secret.mdx'],
	])('%s that is a link is refused, naming it, and its target is never read into a message', async (_name, path) => {
		const message = await refusal({}, (root) => symlinkSync('/etc/passwd', join(root, path)));
		expect(message).toBe(`${path}: is a symbolic link or not a regular file; content files must be plain files`);
	});

	it.each([
		['an MDX article', 'src/content/articles/fa/zero.mdx'],
		['a YAML data file', 'src/content/services/zero.yaml'],
	])('%s linked to /dev/zero is refused, naming it, instead of hanging the build', async (_name, path) => {
		const message = await refusal({}, (root) => symlinkSync('/dev/zero', join(root, path)));
		expect(message).toBe(`${path}: is a symbolic link or not a regular file; content files must be plain files`);
	});
});

describe('uploads under public/media', () => {
	const media = (files: Record<string, Buffer | string>) => {
		const root = scratchDir('bayan-media-');
		mkdirSync(join(root, 'public/media'), { recursive: true });
		for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, 'public/media', name), bytes);
		return { root, problems: () => checkMediaFolder(join(root, 'public/media'), root) };
	};
	const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

	it.each([
		['an SVG', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__x=1</script></svg>', 'is an SVG'],
		['HTML named .png', 'x.png', '<!doctype html><script>window.__x=1</script>', 'is not a PNG, JPEG, WebP, GIF or AVIF image'],
		['a PNG/HTML polyglot', 'poly.png', Buffer.concat([png, Buffer.from('<script>window.__x=1</script>')]), 'is a PNG image that also contains HTML or script'],
		['a PDF', 'doc.pdf', '%PDF-1.7\n/JS (app.alert(1))', 'is not a PNG, JPEG, WebP, GIF or AVIF image'],
		['a _headers file', '_headers', '/*\n  Content-Security-Policy: default-src *', 'is not a PNG, JPEG, WebP, GIF or AVIF image'],
	] as const)('%s is refused, naming the file', (_name, file, bytes, says) => {
		const { problems } = media({ [file]: bytes as Buffer | string });
		expect(problems()).toEqual([`public/media/${file}: ${says}${says === 'is an SVG' ? ' (SVG can carry script; upload PNG or WebP instead)' : ''}`]);
	});

	it('a symbolic link is refused', () => {
		const { root, problems } = media({});
		symlinkSync('/etc/passwd', join(root, 'public/media/passwd.png'));
		expect(problems()).toEqual(['public/media/passwd.png: is not a regular file (links and special files are not published from public/media/)']);
	});
});
