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
import type { HarfBuzz } from 'harfbuzzjs';

// HarfBuzz is WebAssembly, instantiated once when this module loads, so measuring stays
// synchronous. Loaded through `require`: the package's CommonJS export *is* the promise,
// which an ESM default import would wrap.
const hb = await (createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>);

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
export function visualLines(text: string, baseDir: TextDirection, maxWidthPx: number, fontSizePx: number, options: MeasureOptions = {}): DirectionalRun[][] {
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
 * A measure that shapes text with HarfBuzz (harfbuzzjs, the build satori itself shapes
 * with) in the given TrueType/OpenType font: Arabic-script letters get their joined
 * forms and ligatures, marks sit on their letters, Latin gets its kerning, exactly as
 * the card will draw them.
 *
 * Text is shaped word by word (Arabic joining and kerning never cross a space), each
 * word cut into Arabic-script and other runs shaped in their own script and direction,
 * as satori shapes each directional run; word widths are remembered, because titles
 * repeat their words across sizes, lines and pages.
 */
export function fontMeasure(fontData: Uint8Array): TextMeasure {
	const shaper = createShaper(fontData);
	const widths = new Map<string, number>();
	const space = shaper.advance(' ', 'ltr');
	return (text, fontSizePx) => {
		let units = 0;
		let words = 0;
		for (const word of text.split(' ')) {
			words++;
			if (word === '') continue;
			let width = widths.get(word);
			if (width === undefined) {
				width = 0;
				for (const run of word.match(SCRIPT_RUNS) ?? []) width += shaper.advance(run, ARABIC_RUN.test(run) ? 'rtl' : 'ltr');
				// A bound on memory for a build of many thousands of distinct words.
				if (widths.size >= MAX_REMEMBERED_WORDS) widths.clear();
				widths.set(word, width);
			}
			units += width;
		}
		units += (words - 1) * space;
		return (units / shaper.unitsPerEm) * fontSizePx;
	};
}

const MAX_REMEMBERED_WORDS = 50_000;
// Arabic-script runs keep ZWNJ/ZWJ (they decide joining) and combining marks with their letters.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: ZWNJ and ZWJ are matched on their own, as characters of the run, not as joiners of the class's members
const SCRIPT_RUNS = /[\p{Script_Extensions=Arabic}\u200c\u200d\p{M}]+|[^\p{Script_Extensions=Arabic}\u200c\u200d]+/gu;
const ARABIC_RUN = /\p{Script_Extensions=Arabic}/u;

interface Shaper {
	unitsPerEm: number;
	/** Advance width in font units of `text` shaped as one run in `dir`. */
	advance(text: string, dir: TextDirection): number;
}

// One HarfBuzz font per font file; a shaping buffer per call (they are cheap, and a
// reused buffer would keep the previous run's script and direction).
function createShaper(fontData: Uint8Array): Shaper {
	const blob = hb.createBlob(fontData);
	const face = hb.createFace(blob, 0);
	const font = hb.createFont(face);
	const advance = (text: string, dir: TextDirection): number => {
		const buffer = hb.createBuffer();
		try {
			buffer.addText(text);
			buffer.guessSegmentProperties();
			buffer.setDirection(dir);
			hb.shape(font, buffer);
			let sum = 0;
			for (const position of buffer.getGlyphPositions()) sum += position.x_advance;
			return sum;
		} finally {
			buffer.destroy();
		}
	};
	// HarfBuzz shapes anything, mapping unknown data to glyph 0; a font without real
	// glyphs for Latin and Arabic letters is not one we can measure with.
	const probe = hb.createBuffer();
	try {
		probe.addText('aب');
		probe.guessSegmentProperties();
		hb.shape(font, probe);
		if (face.upem <= 0 || probe.getGlyphInfos().every((glyph) => glyph.codepoint === 0)) {
			throw new Error('Cannot read advance widths from the font (is it TTF/OTF, not WOFF2?).', {
				cause: new Error(`HarfBuzz found no glyphs for Latin or Arabic letters in ${fontData.byteLength} bytes.`),
			});
		}
	} finally {
		probe.destroy();
	}
	return { unitsPerEm: face.upem, advance };
}

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
function wrapRanges(paragraph: string, maxWidthPx: number, fontSizePx: number, options: MeasureOptions): Array<[number, number]> {
	if (!(maxWidthPx > 0) || !(fontSizePx > 0)) {
		throw new RangeError(`Cannot wrap to a width of ${maxWidthPx}px at ${fontSizePx}px.`);
	}
	const measure = measureOf(options);
	const fits = (start: number, end: number): boolean => measure(paragraph.slice(start, end + 1), fontSizePx) <= maxWidthPx;

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
function cutWord(text: string, start: number, end: number, fits: (start: number, end: number) => boolean): Array<[number, number]> {
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
