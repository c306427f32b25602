/**
 * Mixed-direction text for renderers that lay out boxes left to right (satori, for
 * Open Graph images): break a paragraph into lines by measured width, then order each
 * line's directional runs for display with the Unicode bidi algorithm (UAX #9).
 *
 * Wrapping comes first and reordering second, as UAX #9 §3.4 prescribes: a line break
 * is chosen in reading (logical) order, and only the words that ended up on one line
 * are reordered among themselves. Reordering the whole title first would move words
 * from the end of the sentence onto the first line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';

/** Base (paragraph) direction of a piece of text. */
export type TextDirection = 'rtl' | 'ltr';

/** A maximal stretch of one line that shares one bidi embedding level. */
export interface DirectionalRun {
	/**
	 * The characters in reading (logical) order, unmirrored. A renderer that shapes with
	 * HarfBuzz in `dir` (satori does) draws an `rtl` run right to left and swaps
	 * mirrored brackets itself; mirroring here as well would turn `(` back into `)`.
	 */
	text: string;
	/** Direction to render the run in: odd embedding levels are `rtl`. */
	dir: TextDirection;
	/**
	 * The run as a reader sees it from left to right: reversed if `rtl`, with brackets
	 * and other mirrored characters swapped. For renderers that only place glyphs, and for tests.
	 */
	visual: string;
}

let bidiInstance: ReturnType<typeof bidiFactory> | undefined;

// The factory builds its lookup tables on each call; one instance serves the whole build.
function bidi(): ReturnType<typeof bidiFactory> {
	bidiInstance ??= bidiFactory();
	return bidiInstance;
}

/**
 * One line's directional runs in left-to-right visual order, each to be placed as its
 * own box in a left-to-right flex row (for an `rtl` base direction the row still runs
 * left to right; the order of runs already accounts for it).
 *
 * `baseDir` is the paragraph direction (the page's locale), not guessed from the text:
 * a Persian title that starts with "iOS" is still a right-to-left sentence.
 */
export function visualRuns(line: string, baseDir: TextDirection): DirectionalRun[] {
	if (line.length === 0) return [];
	const levels = bidi().getEmbeddingLevels(line, baseDir);
	return runsOfRange(line, levels, 0, line.length - 1);
}

/**
 * Orders already-wrapped lines for display. Embedding levels are resolved on the lines
 * joined back into their paragraph before each line is reordered (UAX #9 §3.4), so a
 * neutral at a line edge (a space, a bracket) takes the direction its sentence gives
 * it, not the one its lonely line would.
 */
export function orderLines(lines: readonly string[], baseDir: TextDirection): DirectionalRun[][] {
	const paragraph = lines.join(' ');
	if (paragraph.length === 0) return lines.map(() => []);
	const levels = bidi().getEmbeddingLevels(paragraph, baseDir);
	let start = 0;
	return lines.map((line) => {
		const runs = line.length === 0 ? [] : runsOfRange(paragraph, levels, start, start + line.length - 1);
		start += line.length + 1;
		return runs;
	});
}

/** Wraps `text` to `maxWidthPx` (see `wrapText`) and orders each line for display. */
export function visualLines(
	text: string,
	baseDir: TextDirection,
	maxWidthPx: number,
	fontSizePx: number,
	options: MeasureOptions = {},
): DirectionalRun[][] {
	return orderLines(wrapText(text, maxWidthPx, fontSizePx, options), baseDir);
}

/**
 * What a reader sees, left to right: the line's runs concatenated in visual order,
 * right-to-left runs reversed and mirrored. A test oracle, not something to render
 * (reversing Arabic letters breaks their joining).
 */
export function visualString(line: string, baseDir: TextDirection): string {
	return visualRuns(line, baseDir)
		.map((run) => run.visual)
		.join('');
}

function runsOfRange(text: string, embedding: EmbeddingLevels, start: number, end: number): DirectionalRun[] {
	const { levels } = embedding;
	// getReorderSegments applies L1 (trailing whitespace takes the paragraph level) and
	// L2 (reverse from the highest level down); the result is each visual slot's source index.
	const order: number[] = [];
	for (let i = start; i <= end; i++) order.push(i);
	for (const [from, to] of bidi().getReorderSegments(text, embedding, start, end)) {
		if (from === undefined || to === undefined) continue;
		const slice = order.slice(from - start, to - start + 1).reverse();
		order.splice(from - start, slice.length, ...slice);
	}
	const mirrored = bidi().getMirroredCharactersMap(text, levels, start, end);
	const resolved = lineLevels(text, embedding, start, end);

	const runs: DirectionalRun[] = [];
	let group: number[] = [];
	const flush = (): void => {
		const first = group[0];
		if (first === undefined) return;
		const level = resolved.get(first) ?? 0;
		const dir: TextDirection = level % 2 === 1 ? 'rtl' : 'ltr';
		const logical = dir === 'rtl' ? [...group].reverse() : group;
		const shown = logical.map((i) => mirrored.get(i) ?? text[i]).join('');
		runs.push({
			text: logical.map((i) => text[i]).join(''),
			dir,
			// Reversed by code point, so a surrogate pair (an emoji) survives the trip.
			visual: dir === 'rtl' ? Array.from(shown).reverse().join('') : shown,
		});
		group = [];
	};
	for (const index of order) {
		const previous = group[group.length - 1];
		// A run ends where the level changes or where the visual order stops being a
		// contiguous stretch of the source (two runs of one level that L2 swapped).
		if (previous !== undefined) {
			const sameLevel = resolved.get(previous) === resolved.get(index);
			const rtl = (resolved.get(index) ?? 0) % 2 === 1;
			const contiguous = rtl ? index === previous - 1 : index === previous + 1;
			if (!sameLevel || !contiguous) flush();
		}
		group.push(index);
	}
	flush();
	return runs;
}

// L1: whitespace at the end of a line goes back to the paragraph level, so a trailing
// space never forms a stray run on the wrong side. getReorderSegments applies the same rule.
function lineLevels(text: string, embedding: EmbeddingLevels, start: number, end: number): Map<number, number> {
	const { levels, paragraphs } = embedding;
	const paragraphLevel = paragraphs.find((p) => p.start <= start && start <= p.end)?.level ?? 0;
	const result = new Map<number, number>();
	let trailing = true;
	for (let i = end; i >= start; i--) {
		if (trailing && /\s/u.test(text[i] ?? '')) {
			result.set(i, paragraphLevel);
			continue;
		}
		trailing = false;
		result.set(i, levels[i] ?? paragraphLevel);
	}
	return result;
}

// ---------------------------------------------------------------------------------
// Width measurement
// ---------------------------------------------------------------------------------

/** Width in CSS pixels of `text` set at `fontSizePx`. */
export type TextMeasure = (text: string, fontSizePx: number) => number;

/** How to measure text while wrapping. */
export interface MeasureOptions {
	/** Vazirmatn weight whose advances to use; bold (the default) is the wider and so the safe guess. */
	weight?: 'regular' | 'bold';
	/** A custom measure, e.g. for another font; overrides `weight`. */
	measure?: TextMeasure;
}

/**
 * Headroom on measured widths. The measure sums advances without kerning or the
 * font's other substitutions, which in Vazirmatn only ever tighten a line; against
 * satori's real output it came out 0–5% wide before this margin (Persian, Arabic,
 * Latin, digits). The margin covers what the sum cannot see (ligatures the font has
 * beyond lam-alef, mark positioning) at the cost of wrapping a little early.
 */
export const WIDTH_SAFETY_MARGIN = 1.04;

/**
 * A measure built from a TrueType/OpenType font's own advance widths (`cmap` + `hmtx`).
 * Chosen over a per-script average table because one font file is the whole truth
 * about its widths, and this costs one pass over two small tables.
 *
 * Arabic-script letters are measured in the contextual form shaping will give them
 * (initial, medial, final, isolated, and the lam-alef ligature), through the font's
 * glyphs for the Unicode presentation forms. Without that, isolated forms overstate
 * a Persian or Arabic line by 35–50% and titles would wrap and shrink for nothing.
 */
export function fontMeasure(fontData: Uint8Array): TextMeasure {
	const metrics = parseAdvances(fontData);
	const fallback = metrics.advanceOf(0x0645) ?? metrics.unitsPerEm * 0.6;
	const advance = (code: number): number => metrics.advanceOf(code) ?? fallback;
	return (text, fontSizePx) => {
		let units = 0;
		for (const code of shapedCodePoints(text)) units += advance(code);
		return (units / metrics.unitsPerEm) * fontSizePx * WIDTH_SAFETY_MARGIN;
	};
}

type ArabicForms = readonly [isolated: number, final: number, initial?: number, medial?: number];

let presentationForms: { letters: Map<string, ArabicForms>; lamAlef: Map<string, ArabicForms> } | undefined;

// Presentation forms come in fixed order per letter (isolated, final[, initial, medial]),
// and NFKC maps each back to its letter, so the table is derived, not typed in.
// Forms-B (U+FE70–FEFC) wins over Forms-A, which also holds Uighur-only variants of ى.
function formsTable(): NonNullable<typeof presentationForms> {
	if (presentationForms) return presentationForms;
	const letters = new Map<string, ArabicForms>();
	const lamAlef = new Map<string, ArabicForms>();
	for (const [from, to] of [
		[0xfe70, 0xfefc],
		[0xfb50, 0xfdff],
	] as const) {
		let group: number[] = [];
		let base = '';
		const flush = (): void => {
			const [isolated, final, initial, medial] = group;
			if (isolated !== undefined && final !== undefined && (group.length === 2 || group.length === 4)) {
				const forms: ArabicForms = group.length === 4 ? [isolated, final, initial, medial] : [isolated, final];
				if ([...base].length === 1 && !letters.has(base)) letters.set(base, forms);
				if (/^\u0644[\u0622\u0623\u0625\u0627]$/u.test(base) && !lamAlef.has(base)) lamAlef.set(base, forms);
			} else if (group.length === 1 && isolated !== undefined && [...base].length === 1 && !letters.has(base)) {
				letters.set(base, [isolated, isolated]);
			}
			group = [];
		};
		for (let code = from; code <= to; code++) {
			const char = String.fromCodePoint(code);
			const letter = char.normalize('NFKC');
			const previous = group[group.length - 1];
			if (letter === char || !/^[\u0600-\u06ff]+$/u.test(letter)) {
				flush();
				continue;
			}
			if (previous !== code - 1 || letter !== base) flush();
			base = letter;
			group.push(code);
		}
		flush();
	}
	presentationForms = { letters, lamAlef };
	return presentationForms;
}

const JOIN_CAUSING = /[\u0640\u200d]/u;

/**
 * The code points whose advances add up to the shaped width of `text`: contextual
 * forms for Arabic-script letters, nothing for marks, joiners and bidi controls.
 */
function* shapedCodePoints(text: string): Generator<number> {
	const { letters, lamAlef } = formsTable();
	const chars = [...text];
	// Marks are transparent to joining; ZWNJ is not (it is there to stop a join).
	const isMark = (char: string | undefined): boolean => char !== undefined && TRANSPARENT.test(char);
	const neighbour = (from: number, step: 1 | -1): string | undefined => {
		let i = from + step;
		while (isMark(chars[i])) i += step;
		return chars[i];
	};
	// Dual-joining letters have initial and medial forms; join-causers (tatweel, ZWJ) act like them.
	const joinsForward = (char: string | undefined): boolean =>
		char !== undefined && (JOIN_CAUSING.test(char) || letters.get(char)?.[2] !== undefined);
	const joinsBackward = (char: string | undefined): boolean =>
		char !== undefined && (JOIN_CAUSING.test(char) || letters.has(char));

	for (let i = 0; i < chars.length; i++) {
		const char = chars[i] ?? '';
		if (ZERO_WIDTH.test(char)) continue;
		const forms = letters.get(char);
		if (!forms) {
			yield char.codePointAt(0) ?? 0;
			continue;
		}
		const afterPrevious = joinsForward(neighbour(i, -1)) && forms[1] !== forms[0];
		const next = neighbour(i, 1);
		const ligature = char === '\u0644' && next !== undefined ? lamAlef.get(char + next) : undefined;
		if (ligature) {
			yield afterPrevious ? ligature[1] : ligature[0];
			while (isMark(chars[i + 1])) i++;
			i++;
			continue;
		}
		const beforeNext = forms[2] !== undefined && joinsBackward(next);
		if (afterPrevious && beforeNext) yield forms[3] ?? forms[1];
		else if (afterPrevious) yield forms[1];
		else if (beforeNext) yield forms[2] ?? forms[0];
		else yield forms[0];
	}
}

const TRANSPARENT = /[\p{Mn}\p{Me}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

const measures = new Map<'regular' | 'bold', TextMeasure>();

/** The measure for Vazirmatn, the one family Bayan renders images with (loaded once per weight). */
export function vazirmatnMeasure(weight: 'regular' | 'bold' = 'bold'): TextMeasure {
	let measure = measures.get(weight);
	if (!measure) {
		measure = fontMeasure(readFileSync(vazirmatnFontPath(weight)));
		measures.set(weight, measure);
	}
	return measure;
}

/** Absolute path of the Vazirmatn TTF for a weight (TTF because satori cannot read every WOFF2). */
export function vazirmatnFontPath(weight: 'regular' | 'bold'): string {
	const file = weight === 'bold' ? 'Vazirmatn-Bold.ttf' : 'Vazirmatn-Regular.ttf';
	const require = createRequire(import.meta.url);
	try {
		return require.resolve(`vazirmatn/fonts/ttf/${file}`);
	} catch (error) {
		throw new Error(`Cannot find the font vazirmatn/fonts/ttf/${file}; is the "vazirmatn" package installed?`, {
			cause: error,
		});
	}
}

/** Width of `text` at `fontSizePx`, by default in Vazirmatn Bold. */
export function measureText(text: string, fontSizePx: number, options: MeasureOptions = {}): number {
	return measureOf(options)(text, fontSizePx);
}

function measureOf(options: MeasureOptions): TextMeasure {
	return options.measure ?? vazirmatnMeasure(options.weight ?? 'bold');
}

// ---------------------------------------------------------------------------------
// Wrapping
// ---------------------------------------------------------------------------------

/**
 * Breaks `text` into lines no wider than `maxWidthPx`, in reading order, at spaces
 * only: a zero-width non-joiner (نیم‌فاصله) is part of a Persian word, never a break.
 * Whitespace runs collapse to one space, as in HTML. A word wider than a whole line is
 * the one exception to keeping words whole: it is cut between graphemes, because a
 * line that overflows the image is worse than a broken word (callers shrink the font
 * before it comes to that).
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, options: MeasureOptions = {}): string[] {
	const paragraph = normalizeSpace(text);
	return wrapRanges(paragraph, maxWidthPx, fontSizePx, options).map(([start, end]) => paragraph.slice(start, end + 1));
}

/** Whether every word of `text` fits on a line of `maxWidthPx` without being cut. */
export function wordsFit(text: string, maxWidthPx: number, fontSizePx: number, options: MeasureOptions = {}): boolean {
	const measure = measureOf(options);
	return normalizeSpace(text)
		.split(' ')
		.every((word) => measure(word, fontSizePx) <= maxWidthPx);
}

function normalizeSpace(text: string): string {
	return text.replace(/[\s\u2028\u2029]+/gu, ' ').trim();
}

// Inclusive [start, end] index ranges of `paragraph` (already space-normalised), one per line.
function wrapRanges(
	paragraph: string,
	maxWidthPx: number,
	fontSizePx: number,
	options: MeasureOptions,
): Array<[number, number]> {
	if (!(maxWidthPx > 0) || !(fontSizePx > 0)) {
		throw new RangeError(`Cannot wrap to a width of ${maxWidthPx}px at ${fontSizePx}px.`);
	}
	const measure = measureOf(options);
	const fits = (start: number, end: number): boolean =>
		measure(paragraph.slice(start, end + 1), fontSizePx) <= maxWidthPx;

	const words: Array<[number, number]> = [];
	for (const match of paragraph.matchAll(/[^ ]+/gu)) {
		words.push([match.index, match.index + match[0].length - 1]);
	}

	const lines: Array<[number, number]> = [];
	let line: [number, number] | undefined;
	for (const [start, end] of words) {
		// Measure the whole candidate line, not a sum of words, so spaces count once.
		if (line && fits(line[0], end)) {
			line = [line[0], end];
			continue;
		}
		if (line) lines.push(line);
		line = undefined;
		if (fits(start, end)) {
			line = [start, end];
			continue;
		}
		const pieces = cutWord(paragraph, start, end, fits);
		const last = pieces.pop();
		lines.push(...pieces);
		line = last;
	}
	if (line) lines.push(line);
	return lines;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Cuts an over-long word between graphemes (so a letter never loses its marks),
// greedily filling each piece.
function cutWord(
	text: string,
	start: number,
	end: number,
	fits: (start: number, end: number) => boolean,
): Array<[number, number]> {
	const pieces: Array<[number, number]> = [];
	let pieceStart = start;
	let pieceEnd = -1;
	for (const { index, segment } of graphemes.segment(text.slice(start, end + 1))) {
		const graphemeEnd = start + index + segment.length - 1;
		if (pieceEnd >= pieceStart && !fits(pieceStart, graphemeEnd)) {
			pieces.push([pieceStart, pieceEnd]);
			pieceStart = start + index;
		}
		pieceEnd = graphemeEnd;
	}
	pieces.push([pieceStart, pieceEnd]);
	return pieces;
}

// ---------------------------------------------------------------------------------
// Font tables
// ---------------------------------------------------------------------------------

interface Advances {
	unitsPerEm: number;
	/** Advance width in font units of the glyph for a code point, if the font has one. */
	advanceOf(codePoint: number): number | undefined;
}

// Reads just enough of an sfnt (TTF/OTF) to know each character's advance: `head` for
// units per em, `hhea` + `hmtx` for advances, `cmap` (format 12 or 4) for glyph ids.
function parseAdvances(data: Uint8Array): Advances {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	try {
		const tables = new Map<string, number>();
		const numTables = view.getUint16(4);
		for (let i = 0; i < numTables; i++) {
			const record = 12 + i * 16;
			const tag = String.fromCharCode(
				view.getUint8(record),
				view.getUint8(record + 1),
				view.getUint8(record + 2),
				view.getUint8(record + 3),
			);
			tables.set(tag, view.getUint32(record + 8));
		}
		const table = (tag: string): number => {
			const offset = tables.get(tag);
			if (offset === undefined) throw new Error(`the font has no "${tag}" table`);
			return offset;
		};
		const unitsPerEm = view.getUint16(table('head') + 18);
		const numberOfHMetrics = view.getUint16(table('hhea') + 34);
		const hmtx = table('hmtx');
		const glyphAdvance = (glyph: number): number =>
			view.getUint16(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
		const glyphs = readCmap(view, table('cmap'));
		return {
			unitsPerEm,
			advanceOf(codePoint) {
				const glyph = glyphs.get(codePoint);
				return glyph === undefined || glyph === 0 ? undefined : glyphAdvance(glyph);
			},
		};
	} catch (error) {
		throw new Error('Cannot read advance widths from the font (is it TTF/OTF, not WOFF2?).', { cause: error });
	}
}

function readCmap(view: DataView, cmap: number): Map<number, number> {
	const count = view.getUint16(cmap + 2);
	let format4: number | undefined;
	let format12: number | undefined;
	for (let i = 0; i < count; i++) {
		const record = cmap + 4 + i * 8;
		const platform = view.getUint16(record);
		const encoding = view.getUint16(record + 2);
		const subtable = cmap + view.getUint32(record + 4);
		const format = view.getUint16(subtable);
		// Unicode subtables only: Windows (3, 1 | 10) or the Unicode platform (0).
		if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
		if (format === 12) format12 ??= subtable;
		if (format === 4) format4 ??= subtable;
	}
	const glyphs = new Map<number, number>();
	if (format12 !== undefined) {
		const groups = view.getUint32(format12 + 12);
		for (let g = 0; g < groups; g++) {
			const group = format12 + 16 + g * 12;
			const first = view.getUint32(group);
			const last = view.getUint32(group + 4);
			const glyph = view.getUint32(group + 8);
			for (let code = first; code <= last; code++) glyphs.set(code, glyph + code - first);
		}
		return glyphs;
	}
	if (format4 === undefined) throw new Error('the font has no Unicode cmap subtable (format 4 or 12)');
	const segments = view.getUint16(format4 + 6) / 2;
	const ends = format4 + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const first = view.getUint16(starts + s * 2);
		const last = view.getUint16(ends + s * 2);
		const delta = view.getInt16(deltas + s * 2);
		const rangeOffset = view.getUint16(rangeOffsets + s * 2);
		for (let code = first; code <= last && code !== 0xffff; code++) {
			let glyph: number;
			if (rangeOffset === 0) {
				glyph = (code + delta) & 0xffff;
			} else {
				// idRangeOffset is relative to its own position in the array (OpenType cmap spec).
				const at = rangeOffsets + s * 2 + rangeOffset + (code - first) * 2;
				glyph = view.getUint16(at);
				if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
			}
			if (glyph !== 0) glyphs.set(code, glyph);
		}
	}
	return glyphs;
}
