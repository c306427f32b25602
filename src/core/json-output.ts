import { xmlText } from './xml-text';

/**
 * The one serializer for the JSON files the site publishes (JSON Feed, the Statuspage
 * API). JSON itself could carry any character, but these documents are read by feed
 * readers, bots and status aggregators that convert them to XML or hand them to strict
 * UTF-8 decoders, and `JSON.stringify` writes an unpaired surrogate as a `\udXXX` escape
 * that decodes to no character at all. So every string, keys included, loses what XML 1.0
 * cannot carry (src/core/xml-text.ts), here in the serializer where no route can forget it.
 */

function clean(value: unknown): unknown {
	if (typeof value === 'string') return xmlText(value);
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [xmlText(key), entry]));
	}
	return value;
}

/** `value` as JSON text with every string cleaned; `indent` as for `JSON.stringify`. */
export function jsonDocument(value: unknown, indent?: string | number): string {
	let json: string | undefined;
	try {
		json = JSON.stringify(value, (_key, entry: unknown) => clean(entry), indent);
	} catch (cause) {
		throw new Error('jsonDocument: the value cannot be serialised as JSON', { cause });
	}
	if (json === undefined) throw new Error('jsonDocument: the value has no JSON form');
	return json;
}

/** A JSON response built by `jsonDocument`. */
export function jsonResponse(value: unknown, options: { contentType?: string; indent?: string | number } = {}): Response {
	return new Response(jsonDocument(value, options.indent ?? 2), {
		headers: { 'Content-Type': options.contentType ?? 'application/json; charset=utf-8' },
	});
}
