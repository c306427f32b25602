/**
 * What the CMS writes into a content file. Decap keeps every form value, including ones an
 * editor left empty and the file-name field; the content schemas are strict (an unknown
 * or empty field fails the build), so entries are cleaned before they are written.
 * Browser-safe and pure, so the admin bundle and the tests share it.
 */

/** Options for {@link cleanEntryData}. */
export interface CleanOptions {
	/** Top-level keys that only drive the CMS (the file name) and never belong in the file. */
	transientKeys?: readonly string[];
}

type Plain = null | undefined | string | number | boolean | Date | Plain[] | { [key: string]: Plain };

function isEmpty(value: Plain): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (value instanceof Date) return false;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return false;
}

function clean(value: Plain): Plain {
	if (Array.isArray(value)) return value.map(clean).filter((item) => !isEmpty(item));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const result: Record<string, Plain> = {};
		for (const [key, child] of Object.entries(value)) {
			const cleaned = clean(child);
			// `false` is never meaningful for Bayan's optional flags (`draft`, `pinned`, and
			// `always`, which only accepts `true`): absent means the same, so leave it out.
			if (cleaned === false || isEmpty(cleaned)) continue;
			result[key] = cleaned;
		}
		return result;
	}
	return value;
}

/**
 * The data to write for one entry: transient keys removed, and empty strings, empty lists,
 * empty objects, `null` and `false` left out (they mean "not set"). Text is kept as typed;
 * the body is handled by the caller.
 */
export function cleanEntryData(data: Record<string, unknown>, { transientKeys = [] }: CleanOptions = {}): Record<string, unknown> {
	const copy: Record<string, Plain> = {};
	for (const [key, value] of Object.entries(data)) {
		if (!transientKeys.includes(key)) copy[key] = value as Plain;
	}
	return clean(copy) as Record<string, unknown>;
}

/**
 * Images in a Markdown/MDX body that have no alt text (`![](…)`, `<img>` without `alt`),
 * by their source, so the CMS can refuse to save them: a screen-reader user must be told
 * what the picture shows.
 *
 * It runs on the editor's own thread at every save, on text anyone with CMS access wrote,
 * so it scans forward with `indexOf` in time linear in the body's length: the obvious
 * regular expressions (`!\[([^\]]*)\]\(([^)\s]+)[^)]*\)`, `<img\b([^>]*)>`) backtrack
 * quadratically or worse on bodies like `'![](x'.repeat(2000)` and froze the tab.
 */
export function imagesWithoutAlt(body: string): string[] {
	return [...markdownImagesWithoutAlt(body), ...htmlImagesWithoutAlt(body)];
}

/** `![alt](src …)` with an empty alt: same matches as `/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g`, in one pass. */
function markdownImagesWithoutAlt(body: string): string[] {
	const missing: string[] = [];
	const lastParen = body.lastIndexOf(')');
	let from = 0;
	for (let start = body.indexOf('![', from); start !== -1; start = body.indexOf('![', from)) {
		const close = body.indexOf(']', start + 2);
		if (close === -1) break;
		// Every `![` before `close` has this same first `]`, so fails or matches alike: move past it.
		from = close + 1;
		const srcStart = close + 2;
		if (body[close + 1] !== '(' || srcStart > lastParen) continue;
		let srcEnd = srcStart;
		while (srcEnd < body.length && body[srcEnd] !== ')' && !/\s/.test(body[srcEnd]!)) srcEnd += 1;
		if (srcEnd === srcStart) continue;
		const end = body.indexOf(')', srcEnd);
		if (end === -1) break;
		if (!body.slice(start + 2, close).trim()) missing.push(body.slice(srcStart, srcEnd));
		from = end + 1;
	}
	return missing;
}

/** `<img …>` without a non-empty `alt`: same tags as `/<img\b([^>]*)>/gi`, in one pass. */
function htmlImagesWithoutAlt(body: string): string[] {
	const missing: string[] = [];
	const lower = body.toLowerCase();
	let from = 0;
	for (let start = lower.indexOf('<img', from); start !== -1; start = lower.indexOf('<img', from)) {
		from = start + 4;
		if (/\w/.test(body[start + 4] ?? '')) continue;
		const end = body.indexOf('>', start + 4);
		if (end === -1) break;
		const attributes = body.slice(start + 4, end);
		from = end + 1;
		const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
		if (!alt || !(alt[1] ?? alt[2] ?? '').trim()) missing.push(/\bsrc\s*=\s*["']([^"']*)/i.exec(attributes)?.[1] ?? '<img>');
	}
	return missing;
}
