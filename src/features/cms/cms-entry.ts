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
 */
export function imagesWithoutAlt(body: string): string[] {
	const missing: string[] = [];
	for (const match of body.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
		if (!match[1]!.trim()) missing.push(match[2]!);
	}
	for (const match of body.matchAll(/<img\b([^>]*)>/gi)) {
		const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(match[1]!);
		if (!alt || !(alt[1] ?? alt[2] ?? '').trim()) missing.push(/\bsrc\s*=\s*["']([^"']*)/i.exec(match[1]!)?.[1] ?? '<img>');
	}
	return missing;
}
