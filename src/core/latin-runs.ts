/**
 * Keeps Latin fragments readable inside right-to-left text.
 *
 * The Unicode bidi algorithm gets "iOS 18" right inside Persian on its own, but it
 * mangles fragments that start or end with neutral characters: "BZ-48213." or
 * "12 kg" next to Persian digits, a URL followed by a Persian comma. Wrapping each Latin
 * run in an isolated LTR element (`<span dir="ltr" lang="en">`) makes the order
 * independent of its neighbours. This module finds those runs; the Markdown plugin and
 * `<BidiText>` do the wrapping.
 */

/** A piece of text and whether it is a Latin run that needs LTR isolation. */
export interface TextRun {
	text: string;
	latin: boolean;
}

// A run starts with a Latin letter or ASCII digit, may contain spaces and the punctuation
// that appears inside product names, codes, URLs and units, and ends on a letter, digit or
// one of % + #. It must contain at least one Latin letter: a bare "2026" needs no help.
const latinRun = /[A-Za-z0-9](?:[A-Za-z0-9 .,:;/_+#@%&'’=?~\-–]*[A-Za-z0-9%+#])?/g;
const hasLatinLetter = /[A-Za-z]/;

/** Splits text into Latin runs (to isolate) and everything else, preserving every character. */
export function splitLatinRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let last = 0;
	for (const match of text.matchAll(latinRun)) {
		const value = match[0];
		if (!hasLatinLetter.test(value)) continue;
		const start = match.index;
		if (start > last) runs.push({ text: text.slice(last, start), latin: false });
		runs.push({ text: value, latin: true });
		last = start + value.length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), latin: false });
	return runs;
}
