/**
 * The one serializer for JSON printed inside an HTML `<script>` element (JSON-LD and
 * `type="application/json"` data islands). A script element's content is raw text that
 * ends at the first `</script`, and an HTML comment opener `<!--` changes how the parser
 * looks for that end, so no `<` may appear literally; `>` and `&` are escaped too so the
 * text is equally inert if it is ever moved into another context (an attribute, XHTML).
 * U+2028 and U+2029 are escaped because they end lines in pre-ES2019 JavaScript and in
 * some JSON consumers. Every escape is a JSON `\u` escape, so `JSON.parse` gives back
 * exactly the value that went in.
 */

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * Serialises `value` as JSON that is safe as the complete text of a `<script>` element.
 * Throws (rather than printing an empty element) when the value has no JSON form.
 */
export function jsonForScript(value: unknown): string {
	let json: string | undefined;
	try {
		json = JSON.stringify(value);
	} catch (cause) {
		throw new Error('jsonForScript: the value cannot be serialised as JSON', { cause });
	}
	if (json === undefined) throw new Error('jsonForScript: the value has no JSON form (undefined, a function or a symbol)');
	return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
