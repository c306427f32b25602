import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content-file';
import { limits, parseAndCheck } from '../../src/features/content/check';

/**
 * The checker in-process: every construct outside the allow-list stops with the file, the
 * file line and column, and the construct named. Bodies start on line 5 of their file here,
 * so a body line n is reported as file line n + 4.
 */
const file = 'src/content/articles/fa/hostile.mdx';
const source = { file, bodyLine: 5 };

function refusal(body: string): ContentError {
	try {
		parseAndCheck(body, source);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw new Error(`expected a ContentError for ${JSON.stringify(body)}`, { cause: error });
	}
	throw new Error(`expected ${JSON.stringify(body)} to be refused`);
}

/** Body, expected message part, and the file line and column of the construct. */
const refused: [string, string, RegExp | string, number, number][] = [
	['import', "متن\n\nimport fs from 'node:fs'", 'import/export statements', 7, 1],
	['export', 'export const x = 1', 'import/export statements', 5, 1],
	['flow expression', '{process.exit(0)}', 'expressions are not allowed', 5, 1],
	['text expression', 'متن {1 + 1} متن', 'expressions are not allowed', 5, 5],
	['attribute value expression', '<a\n  title={process.exit()}>x</a>', /<a title=\{…\}>.*plain text/, 6, 3],
	['attribute value expression on a component', '<Callout type={"info"}>x</Callout>', /type=\{…\}/, 5, 10],
	['spread attribute', '<Callout {...props}>x</Callout>', 'spread attributes', 5, 10],
	['set:html on an element', '<div set:html="<img src=x onerror=alert(1)>" />', 'directive and namespaced attributes', 5, 6],
	['set:html on a Fragment', '<Fragment set:html="<script>x</script>" />', 'directive and namespaced attributes', 5, 11],
	['is:raw', '<p is:raw>x</p>', 'directive and namespaced attributes', 5, 4],
	['client:load', '<Callout client:load>x</Callout>', 'directive and namespaced attributes', 5, 10],
	['define:vars', '<p define:vars="x">y</p>', 'directive and namespaced attributes', 5, 4],
	['xlink:href', '<a xlink:href="javascript:x">y</a>', 'directive and namespaced attributes', 5, 4],
	['namespaced element', '<svg:script>alert(1)</svg:script>', 'namespaced element names', 5, 1],
	['fragment', '<>x</>', 'fragments', 5, 1],
	['member name', '<a.b>x</a.b>', 'member element names', 5, 1],
	['script', '<script>window.__xss=1</script>', '<script> is not allowed', 5, 1],
	['noscript hiding a script in an attribute', '<noscript><p title="</noscript><script>x</script>">y</p></noscript>', '<noscript> is not allowed', 5, 1],
	['plaintext', 'x\n\n<plaintext>y</plaintext>', '<plaintext> is not allowed', 7, 1],
	['iframe', '<iframe src="https://evil.example"></iframe>', '<iframe> is not allowed', 5, 1],
	['style element', '<style>body{}</style>', '<style> is not allowed', 5, 1],
	['unknown lower-case element', '<marquee>x</marquee>', '<marquee> is not allowed', 5, 1],
	['unknown component', 'x\n\n<Tabs>y</Tabs>', '<Tabs> is not a known component', 7, 1],
	['Fragment', '<Fragment>x</Fragment>', '<Fragment> is not a known component', 5, 1],
	['lower-case component name', '<callout>x</callout>', '<callout> is not allowed', 5, 1],
	['style attribute', '<p style="position:fixed;inset:0">x</p>', 'style attributes', 5, 4],
	['event handler', '<Callout type="info" onClick="window.__xss=1">x</Callout>', 'event-handler attributes', 5, 22],
	['event handler on an element', '<img src="/a.png" alt="" onerror="x" />', 'event-handler attributes', 5, 26],
	['javascript: href', '<a href="javascript:window.__xss=1">x</a>', 'URL scheme', 5, 4],
	['javascript: with a tab', '<a href="jav\tascript:x">x</a>', 'URL scheme', 5, 4],
	['javascript: with a character reference', '<a href="jav&#x09;ascript:x">x</a>', 'URL scheme', 5, 4],
	['javascript: with a decimal reference', '<a href="&#106;avascript:x">x</a>', 'URL scheme', 5, 4],
	['javascript: encoded twice', '<a href="&amp;#106;avascript:x">x</a>', 'URL scheme', 5, 4],
	['javascript: with a named reference', '<a href="javascript&colon;x">x</a>', 'URL scheme', 5, 4],
	['data: src on an element', '<img src="data:image/svg+xml,<svg onload=x>" alt="" />', 'URL scheme', 5, 6],
	['vbscript: cite', '<blockquote cite="vbscript:x">y</blockquote>', 'URL scheme', 5, 13],
	['duplicate attribute', '<a href="/x" href="javascript:x">y</a>', 'written twice', 5, 14],
	['duplicate attribute by property', '<td colspan="1" colSpan="2">y</td>', 'written twice', 5, 17],
	['id attribute', '<p id="__proto__">x</p>', 'not allowed on <p>', 5, 4],
	['class attribute', '<p class="callout">x</p>', 'not allowed on <p>', 5, 4],
	['unknown Callout type', 'x\n\n<Callout type="tip">y</Callout>', /<Callout type="tip">: type: .*info.*warning.*danger/, 7, 10],
	['unknown Callout prop', '<Callout kind="info">y</Callout>', /<Callout kind="info">: unknown attribute kind/, 5, 10],
	['Question without q', '<Question>y</Question>', /<Question.*q/, 5, 1],
	['Question with an empty q', '<Question q="  ">y</Question>', /q: the question/, 5, 11],
	['Question open with a value', '<Question q="x" open="false">y</Question>', /open/, 5, 17],
	['ServiceStatus id that is not a slug', '<ServiceStatus id="Payment Gateway" />', /ServiceStatus id="Payment Gateway".*service id/, 5, 16],
	['ServiceStatus with content', '<ServiceStatus id="website">x</ServiceStatus>', 'takes no content', 5, 1],
	['Steps without a numbered list', '<Steps>\n\n- a\n- b\n\n</Steps>', 'exactly one numbered list', 5, 1],
	['Steps with a prop', '<Steps start="3">\n\n1. a\n\n</Steps>', /<Steps start="3">.*unknown attribute start/, 5, 8],
	['task list', '- [ ] task', 'task-list', 5, 1],
	['footnote', 'x[^1]\n\n[^1]: note', 'footnotes', 5, 2],
	['broken MDX', '<Callout type="info">\n\nنیمه‌کاره', 'not valid MDX', 5, 1],
];

describe('the checker refuses everything outside the allow-list', () => {
	it.each(refused)('%s', (_name, body, message, line, column) => {
		const error = refusal(body);
		expect(error.file).toBe(file);
		expect(error.message.startsWith(`${file} (line ${line}, column ${column})`), error.message).toBe(true);
		if (typeof message === 'string') expect(error.message).toContain(message);
		else expect(error.message).toMatch(message);
	});
});

describe('the checker accepts content written with the allow-list', () => {
	it.each([
		['Markdown', '# T\n\n## H\n\n*a* **b** ~~c~~ `d` [e](https://x.example) ![f](/g.png)\n\n> q\n\n1. x\n2. y\n\n---\n\n```js\nalert(1)\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nline  \nbreak'],
		['reference links', '[a][r]\n\n[r]: https://x.example'],
		['elements from the sanitiser list', '<details open><summary>s</summary>t</details>\n\n<kbd>Ctrl</kbd> <sub>2</sub> <ins cite="https://x.example">y</ins>'],
		['safe URLs', '<a href="https://x.example">a</a> <a href="mailto:a@b.example">b</a> <a href="tel:+98">c</a> <a href="/fa/">d</a> <a href="#h">e</a> <img src="/a.png" alt="x" />'],
		['components', '<Callout type="danger" title="T">x</Callout>\n\n<Steps>\n\n1. a\n\n</Steps>\n\n<Question q="q" open>\n\na\n\n</Question>\n\n<ServiceStatus id="payment-gateway" />'],
		['a Markdown javascript: link (kept inert by the renderer)', '[x](javascript:alert(1))'],
	])('%s', (_name, body) => {
		expect(() => parseAndCheck(body, source)).not.toThrow();
	});
});

describe('limits', () => {
	it('refuses a body over the size limit before parsing it', () => {
		const error = refusal('ا'.repeat(limits.maxBodyBytes / 2 + 1));
		expect(error.message).toContain(`at most ${limits.maxBodyBytes / 1024} KB`);
		expect(error.line).toBe(5);
	});

	it.each([
		['10,000 nested list items', Array.from({ length: 10_000 }, () => '-').join(' ') + ' x'],
		['10,000 nested blockquotes', '>'.repeat(10_000) + ' x'],
		['10,000 nested elements', '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000)],
		['10,000 nested components', '<Callout>'.repeat(10_000) + 'x' + '</Callout>'.repeat(10_000)],
	])('gives a clean error, not a stack overflow, for %s', (_name, body) => {
		const error = refusal(body);
		expect(error.message).toContain(`at most ${limits.maxDepth} levels`);
		expect(error.line).toBe(5);
	});

	it('accepts nesting up to the limit', () => {
		expect(() => parseAndCheck('>'.repeat(limits.maxDepth - 2) + ' x', source)).not.toThrow();
	});
});
