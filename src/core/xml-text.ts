/**
 * Text for XML outputs (RSS, SVG badges) and the other machine-read feeds that share its
 * character rules. XML 1.0 (§2.2 Char) cannot carry C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF, or unpaired surrogates, not even as character
 * references: one such character makes a strict reader reject the whole document. The
 * serializers strip them (rather than refusing the build) because they are invisible or
 * meaningless in text, and a stray one pasted into a title must not take a crisis feed down;
 * the content schemas are where such text is refused with a message to its author.
 */

/**
 * Characters XML 1.0 cannot carry. With the `u` flag a surrogate in the class matches only
 * when it is unpaired, so astral characters (emoji) written as pairs are kept.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** `text` without the characters XML 1.0 cannot carry (see the module comment). */
export function xmlText(text: string): string {
	return text.replace(XML_ILLEGAL, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for XML character data or a quoted attribute value: illegal characters stripped,
 * then the five markup characters escaped, so the result is well-formed wherever it goes.
 */
export function escapeXml(text: string): string {
	return xmlText(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * An absolute http(s) URL as a feed may print it, or an error naming it: links come from
 * the site's own paths, so anything with whitespace, controls or markup characters is a
 * bug upstream and must stop the build, not be quietly rewritten.
 */
export function feedUrl(value: string, what: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch (cause) {
		throw new Error(`${what}: "${value}" is not an absolute URL`, { cause });
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !/^[\x21-\x7e]+$/.test(value) || /["<>\\^`{|}]/.test(value)) {
		throw new Error(`${what}: "${value}" is not a plain absolute http(s) URL`);
	}
	return value;
}

/** A BCP 47 language tag (`fa-IR`, `en`), or an error naming it. */
export function languageTag(value: string, what: string): string {
	if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) throw new Error(`${what}: "${value}" is not a language tag like fa-IR`);
	return value;
}
