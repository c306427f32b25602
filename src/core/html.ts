import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Reading built HTML, always through a real parser (parse5, the HTML standard's algorithm):
 * patterns miss what browsers see (attributes in any quoting, character references,
 * `<script>` text inside comments or attributes, implied end tags). The search records,
 * the CSP hasher and the link checks read pages with these helpers.
 */

/** A parsed document. */
export type HtmlDocument = DefaultTreeAdapterMap['document'];
/** Any parsed node. */
export type HtmlNode = DefaultTreeAdapterMap['node'];
/** A parsed element. */
export type HtmlElement = DefaultTreeAdapterMap['element'];

/**
 * Parses a whole document as a browser running scripts would (`<noscript>` content is raw
 * text then, which is what a page that runs its scripts shows).
 */
export function parseHtml(source: string): HtmlDocument {
	return parse(source, { scriptingEnabled: true });
}

/** Is `node` an element? */
export function isElement(node: HtmlNode): node is HtmlElement {
	return 'tagName' in node;
}

/** The children of a document or element (none for text and comments). */
export function childrenOf(node: HtmlNode): HtmlNode[] {
	return 'childNodes' in node ? node.childNodes : [];
}

/** An attribute's value (character references already decoded), or `undefined` when absent. */
export function attribute(element: HtmlElement, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

/**
 * Every element under `node` in document order. A `<template>`'s content is a separate
 * fragment and is not visited: it is not part of the page until a script clones it.
 */
export function* elementsOf(node: HtmlNode): Generator<HtmlElement> {
	for (const child of childrenOf(node)) {
		if (!isElement(child)) continue;
		yield child;
		yield* elementsOf(child);
	}
}

/** The text of a text node, or `undefined` for any other node. */
export function textValue(node: HtmlNode): string | undefined {
	return node.nodeName === '#text' && 'value' in node ? node.value : undefined;
}

/** Decodes the character references in a piece of HTML text, as a browser does. */
export function decodeHtmlText(text: string): string {
	return childrenOf(parseFragment(text))
		.map((node) => textValue(node) ?? '')
		.join('');
}
