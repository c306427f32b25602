import { fromHtml } from 'hast-util-from-html';

/**
 * URL checks for content. An allow-list, not a deny-list: browsers drop tabs, newlines
 * and leading control characters from URLs (so "jav\tascript:" is "javascript:" to them),
 * and new schemes keep appearing.
 */

/** URL schemes content may link to; relative links, `#anchors` and `?queries` are always fine. */
export const allowedSchemes = ['http', 'https', 'mailto', 'tel'] as const;
const allowed = new Set<string>(allowedSchemes);

/** What a browser would see: control characters and whitespace are stripped before the scheme is read. */
function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Would following this URL run code (or do anything but navigate)? `data:` is allowed
 * only for raster images in Markdown images (`allowDataImage`), which never execute.
 */
export function isUnsafeUrl(url: string, { allowDataImage = true }: { allowDataImage?: boolean } = {}): boolean {
	const scheme = schemeOf(url);
	if (!scheme) return false;
	if (scheme === 'data') return !(allowDataImage && /^data:image\/(?:png|gif|jpe?g|webp);/i.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')));
	return !allowed.has(scheme);
}

/**
 * Decodes HTML character references (`&#106;`, `&Tab;`) the way a browser reading an
 * attribute would, with the HTML parser itself rather than a hand-written table.
 */
export function decodeCharacterReferences(value: string): string {
	if (!value.includes('&')) return value;
	const tree = fromHtml(`<a title="${value.replace(/"/g, '&quot;')}"></a>`, { fragment: true });
	const first = tree.children[0];
	const title = first?.type === 'element' ? first.properties.title : undefined;
	return typeof title === 'string' ? title : value;
}

/**
 * Is this attribute URL unsafe however it is read? satteri already decodes character
 * references in JSX attribute values; the value is checked as given and decoded once
 * more, so a doubly-encoded scheme cannot slip through either reading.
 */
export function isUnsafeAttributeUrl(value: string): boolean {
	return isUnsafeUrl(value, { allowDataImage: false }) || isUnsafeUrl(decodeCharacterReferences(value), { allowDataImage: false });
}

/**
 * Is this image URL on this site? Content images load when the page loads, so an image on
 * another host is a request leaving the origin for every reader (a tracking pixel), whatever
 * the page's CSP (hosts that ignore `_headers`, previews). Allowed: a path on this site
 * (`/media/x.png`, `media/x.png`) and raster `data:` images. Refused: any scheme but `data:`
 * (so `https://…`, even to this site's own domain), and network paths (`//host`, `/\host`,
 * `\\host`), which browsers resolve to another host.
 */
export function isSameOriginImage(url: string): boolean {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	if (/^[\\/]{2}/.test(cleaned)) return false;
	const scheme = schemeOf(url);
	if (!scheme) return true;
	return scheme === 'data' && !isUnsafeUrl(url, { allowDataImage: true });
}

/** `isSameOriginImage` for a JSX attribute value, read as given and with character references decoded once more. */
export function isSameOriginAttributeImage(value: string): boolean {
	return isSameOriginImage(value) && isSameOriginImage(decodeCharacterReferences(value));
}
