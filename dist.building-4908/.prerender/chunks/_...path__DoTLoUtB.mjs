import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { i as getCollection, r as splitArticleId, t as assertNoProblems } from "./integrity_CqYVpkYH.mjs";
import { a as t, i as isLocale, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { a as ogLabels, n as ogEndpointParam, r as ogImageEntry, t as duplicateOgPaths } from "./og-images_WkO5h-qe.mjs";
import { n as loadStatusContent, r as localizedIncident } from "./status-content_Cm0-HUi2.mjs";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import bidiFactory from "bidi-js";
// src/features/og/text-layout.ts
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
var bidiInstance;
function bidi() {
	bidiInstance ??= bidiFactory();
	return bidiInstance;
}
/**
* Orders already-wrapped lines for display. Embedding levels are resolved on the lines
* joined back into their paragraph before each line is reordered (UAX #9 §3.4), so a
* neutral at a line edge (a space, a bracket) takes the direction its sentence gives
* it, not the one its lonely line would.
*/
function orderLines(lines, baseDir) {
	const paragraph = lines.join(" ");
	if (paragraph.length === 0) return lines.map(() => []);
	const levels = bidi().getEmbeddingLevels(paragraph, baseDir);
	let start = 0;
	return lines.map((line) => {
		const runs = line.length === 0 ? [] : runsOfRange(paragraph, levels, start, start + line.length - 1);
		start += line.length + 1;
		return runs;
	});
}
function runsOfRange(text, embedding, start, end) {
	const { levels } = embedding;
	const order = [];
	for (let i = start; i <= end; i++) order.push(i);
	for (const [from, to] of bidi().getReorderSegments(text, embedding, start, end)) {
		if (from === void 0 || to === void 0) continue;
		const slice = order.slice(from - start, to - start + 1).reverse();
		order.splice(from - start, slice.length, ...slice);
	}
	const mirrored = bidi().getMirroredCharactersMap(text, levels, start, end);
	const resolved = lineLevels(text, embedding, start, end);
	const runs = [];
	let group = [];
	const flush = () => {
		const first = group[0];
		if (first === void 0) return;
		const dir = (resolved.get(first) ?? 0) % 2 === 1 ? "rtl" : "ltr";
		const logical = dir === "rtl" ? [...group].reverse() : group;
		const shown = logical.map((i) => mirrored.get(i) ?? text[i]).join("");
		runs.push({
			text: logical.map((i) => text[i]).join(""),
			dir,
			visual: dir === "rtl" ? Array.from(shown).reverse().join("") : shown
		});
		group = [];
	};
	for (const index of order) {
		const previous = group[group.length - 1];
		if (previous !== void 0) {
			const sameLevel = resolved.get(previous) === resolved.get(index);
			const contiguous = (resolved.get(index) ?? 0) % 2 === 1 ? index === previous - 1 : index === previous + 1;
			if (!sameLevel || !contiguous) flush();
		}
		group.push(index);
	}
	flush();
	return runs;
}
function lineLevels(text, embedding, start, end) {
	const { levels, paragraphs } = embedding;
	const paragraphLevel = paragraphs.find((p) => p.start <= start && start <= p.end)?.level ?? 0;
	const result = /* @__PURE__ */ new Map();
	let trailing = true;
	for (let i = end; i >= start; i--) {
		if (trailing && /\s/u.test(text[i] ?? "")) {
			result.set(i, paragraphLevel);
			continue;
		}
		trailing = false;
		result.set(i, levels[i] ?? paragraphLevel);
	}
	return result;
}
/**
* Headroom on measured widths. The measure sums advances without kerning or the
* font's other substitutions, which in Vazirmatn only ever tighten a line; against
* satori's real output it came out 0–5% wide before this margin (Persian, Arabic,
* Latin, digits). The margin covers what the sum cannot see (ligatures the font has
* beyond lam-alef, mark positioning) at the cost of wrapping a little early.
*/
var WIDTH_SAFETY_MARGIN = 1.04;
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
function fontMeasure(fontData) {
	const metrics = parseAdvances(fontData);
	const fallback = metrics.advanceOf(1605) ?? metrics.unitsPerEm * .6;
	const advance = (code) => metrics.advanceOf(code) ?? fallback;
	return (text, fontSizePx) => {
		let units = 0;
		for (const code of shapedCodePoints(text)) units += advance(code);
		return units / metrics.unitsPerEm * fontSizePx * WIDTH_SAFETY_MARGIN;
	};
}
var presentationForms;
function formsTable() {
	if (presentationForms) return presentationForms;
	const letters = /* @__PURE__ */ new Map();
	const lamAlef = /* @__PURE__ */ new Map();
	for (const [from, to] of [[65136, 65276], [64336, 65023]]) {
		let group = [];
		let base = "";
		const flush = () => {
			const [isolated, final, initial, medial] = group;
			if (isolated !== void 0 && final !== void 0 && (group.length === 2 || group.length === 4)) {
				const forms = group.length === 4 ? [
					isolated,
					final,
					initial,
					medial
				] : [isolated, final];
				if ([...base].length === 1 && !letters.has(base)) letters.set(base, forms);
				if (/^\u0644[\u0622\u0623\u0625\u0627]$/u.test(base) && !lamAlef.has(base)) lamAlef.set(base, forms);
			} else if (group.length === 1 && isolated !== void 0 && [...base].length === 1 && !letters.has(base)) letters.set(base, [isolated, isolated]);
			group = [];
		};
		for (let code = from; code <= to; code++) {
			const char = String.fromCodePoint(code);
			const letter = char.normalize("NFKC");
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
	presentationForms = {
		letters,
		lamAlef
	};
	return presentationForms;
}
var JOIN_CAUSING = /[\u0640\u200d]/u;
/**
* The code points whose advances add up to the shaped width of `text`: contextual
* forms for Arabic-script letters, nothing for marks, joiners and bidi controls.
*/
function* shapedCodePoints(text) {
	const { letters, lamAlef } = formsTable();
	const chars = [...text];
	const isMark = (char) => char !== void 0 && TRANSPARENT.test(char);
	const neighbour = (from, step) => {
		let i = from + step;
		while (isMark(chars[i])) i += step;
		return chars[i];
	};
	const joinsForward = (char) => char !== void 0 && (JOIN_CAUSING.test(char) || letters.get(char)?.[2] !== void 0);
	const joinsBackward = (char) => char !== void 0 && (JOIN_CAUSING.test(char) || letters.has(char));
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i] ?? "";
		if (ZERO_WIDTH.test(char)) continue;
		const forms = letters.get(char);
		if (!forms) {
			yield char.codePointAt(0) ?? 0;
			continue;
		}
		const afterPrevious = joinsForward(neighbour(i, -1)) && forms[1] !== forms[0];
		const next = neighbour(i, 1);
		const ligature = char === "ل" && next !== void 0 ? lamAlef.get(char + next) : void 0;
		if (ligature) {
			yield afterPrevious ? ligature[1] : ligature[0];
			while (isMark(chars[i + 1])) i++;
			i++;
			continue;
		}
		const beforeNext = forms[2] !== void 0 && joinsBackward(next);
		if (afterPrevious && beforeNext) yield forms[3] ?? forms[1];
		else if (afterPrevious) yield forms[1];
		else if (beforeNext) yield forms[2] ?? forms[0];
		else yield forms[0];
	}
}
var TRANSPARENT = /[\p{Mn}\p{Me}]/u;
var ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
var measures = /* @__PURE__ */ new Map();
/** The measure for Vazirmatn, the one family Bayan renders images with (loaded once per weight). */
function vazirmatnMeasure(weight = "bold") {
	let measure = measures.get(weight);
	if (!measure) {
		measure = fontMeasure(readFileSync(vazirmatnFontPath(weight)));
		measures.set(weight, measure);
	}
	return measure;
}
/** Absolute path of the Vazirmatn TTF for a weight (TTF because satori cannot read every WOFF2). */
function vazirmatnFontPath(weight) {
	const file = weight === "bold" ? "Vazirmatn-Bold.ttf" : "Vazirmatn-Regular.ttf";
	const require = createRequire(import.meta.url);
	try {
		return require.resolve(`vazirmatn/fonts/ttf/${file}`);
	} catch (error) {
		throw new Error(`Cannot find the font vazirmatn/fonts/ttf/${file}; is the "vazirmatn" package installed?`, { cause: error });
	}
}
/** Width of `text` at `fontSizePx`, by default in Vazirmatn Bold. */
function measureText(text, fontSizePx, options = {}) {
	return measureOf(options)(text, fontSizePx);
}
function measureOf(options) {
	return options.measure ?? vazirmatnMeasure(options.weight ?? "bold");
}
/**
* Breaks `text` into lines no wider than `maxWidthPx`, in reading order, at spaces
* only: a zero-width non-joiner (نیم‌فاصله) is part of a Persian word, never a break.
* Whitespace runs collapse to one space, as in HTML. A word wider than a whole line is
* the one exception to keeping words whole: it is cut between graphemes, because a
* line that overflows the image is worse than a broken word (callers shrink the font
* before it comes to that).
*/
function wrapText(text, maxWidthPx, fontSizePx, options = {}) {
	const paragraph = normalizeSpace(text);
	return wrapRanges(paragraph, maxWidthPx, fontSizePx, options).map(([start, end]) => paragraph.slice(start, end + 1));
}
/** Whether every word of `text` fits on a line of `maxWidthPx` without being cut. */
function wordsFit(text, maxWidthPx, fontSizePx, options = {}) {
	const measure = measureOf(options);
	return normalizeSpace(text).split(" ").every((word) => measure(word, fontSizePx) <= maxWidthPx);
}
function normalizeSpace(text) {
	return text.replace(/[\s\u2028\u2029]+/gu, " ").trim();
}
function wrapRanges(paragraph, maxWidthPx, fontSizePx, options) {
	if (!(maxWidthPx > 0) || !(fontSizePx > 0)) throw new RangeError(`Cannot wrap to a width of ${maxWidthPx}px at ${fontSizePx}px.`);
	const measure = measureOf(options);
	const fits = (start, end) => measure(paragraph.slice(start, end + 1), fontSizePx) <= maxWidthPx;
	const words = [];
	for (const match of paragraph.matchAll(/[^ ]+/gu)) words.push([match.index, match.index + match[0].length - 1]);
	const lines = [];
	let line;
	for (const [start, end] of words) {
		if (line && fits(line[0], end)) {
			line = [line[0], end];
			continue;
		}
		if (line) lines.push(line);
		line = void 0;
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
var graphemes = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function cutWord(text, start, end, fits) {
	const pieces = [];
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
function parseAdvances(data) {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	try {
		const tables = /* @__PURE__ */ new Map();
		const numTables = view.getUint16(4);
		for (let i = 0; i < numTables; i++) {
			const record = 12 + i * 16;
			const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
			tables.set(tag, view.getUint32(record + 8));
		}
		const table = (tag) => {
			const offset = tables.get(tag);
			if (offset === void 0) throw new Error(`the font has no "${tag}" table`);
			return offset;
		};
		const unitsPerEm = view.getUint16(table("head") + 18);
		const numberOfHMetrics = view.getUint16(table("hhea") + 34);
		const hmtx = table("hmtx");
		const glyphAdvance = (glyph) => view.getUint16(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
		const glyphs = readCmap(view, table("cmap"));
		return {
			unitsPerEm,
			advanceOf(codePoint) {
				const glyph = glyphs.get(codePoint);
				return glyph === void 0 || glyph === 0 ? void 0 : glyphAdvance(glyph);
			}
		};
	} catch (error) {
		throw new Error("Cannot read advance widths from the font (is it TTF/OTF, not WOFF2?).", { cause: error });
	}
}
function readCmap(view, cmap) {
	const count = view.getUint16(cmap + 2);
	let format4;
	let format12;
	for (let i = 0; i < count; i++) {
		const record = cmap + 4 + i * 8;
		const platform = view.getUint16(record);
		const encoding = view.getUint16(record + 2);
		const subtable = cmap + view.getUint32(record + 4);
		const format = view.getUint16(subtable);
		if (!(platform === 0 || platform === 3 && (encoding === 1 || encoding === 10))) continue;
		if (format === 12) format12 ??= subtable;
		if (format === 4) format4 ??= subtable;
	}
	const glyphs = /* @__PURE__ */ new Map();
	if (format12 !== void 0) {
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
	if (format4 === void 0) throw new Error("the font has no Unicode cmap subtable (format 4 or 12)");
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
		for (let code = first; code <= last && code !== 65535; code++) {
			let glyph;
			if (rangeOffset === 0) glyph = code + delta & 65535;
			else {
				const at = rangeOffsets + s * 2 + rangeOffset + (code - first) * 2;
				glyph = view.getUint16(at);
				if (glyph !== 0) glyph = glyph + delta & 65535;
			}
			if (glyph !== 0) glyphs.set(code, glyph);
		}
	}
	return glyphs;
}
/** Width of an Open Graph image in pixels, as Facebook, LinkedIn and X expect. */
var OG_WIDTH = 1200;
/** Title sizes tried in turn until the title fits in three lines with no word cut. */
var TITLE_SIZES = [
	64,
	52,
	44,
	38
];
var TITLE_MAX_LINES = 3;
var TITLE_LINE_HEIGHT = 1.3;
var SUBTITLE_SIZE = 30;
var SUBTITLE_MAX_LINES = 2;
var SUBTITLE_LINE_HEIGHT = 1.5;
var PADDING_X = 80;
var CONTENT_WIDTH = 1040;
var ELLIPSIS = "…";
var colours = {
	background: "#fbfaf7",
	text: "#1c2430",
	muted: "#5b6573",
	brand: "#0f766e",
	brandTint: "#d5f0eb"
};
var severityColours = {
	info: {
		fg: "#1d4ed8",
		bg: "#dbe7fd"
	},
	warning: {
		fg: "#92400e",
		bg: "#fdefc8"
	},
	critical: {
		fg: "#a11b1b",
		bg: "#fddede"
	}
};
var severityTone = {
	none: "info",
	info: "info",
	minor: "warning",
	warning: "warning",
	major: "critical",
	critical: "critical"
};
var fontsPromise;
function loadFonts() {
	fontsPromise ??= Promise.all([readFile(vazirmatnFontPath("regular")), readFile(vazirmatnFontPath("bold"))]).then(([regular, bold]) => ({
		regular,
		bold
	}), (error) => {
		fontsPromise = void 0;
		throw new Error("Cannot load the Vazirmatn fonts for Open Graph images.", { cause: error });
	});
	return fontsPromise;
}
/** Renders the Open Graph image for a page: a 1200×630 PNG. */
async function renderOgImage(input) {
	const fonts = await loadFonts();
	const tree = ogTree(input);
	let svg;
	try {
		svg = await satori(tree, {
			width: OG_WIDTH,
			height: 630,
			fonts: [{
				name: "Vazirmatn",
				data: fonts.regular,
				weight: 400,
				style: "normal"
			}, {
				name: "Vazirmatn",
				data: fonts.bold,
				weight: 700,
				style: "normal"
			}]
		});
	} catch (error) {
		throw new Error(`Cannot lay out the Open Graph image for "${input.title}".`, { cause: error });
	}
	try {
		const png = new Resvg(svg, {
			font: { loadSystemFonts: false },
			fitTo: { mode: "original" }
		}).render().asPng();
		return Buffer.from(png);
	} catch (error) {
		throw new Error(`Cannot rasterise the Open Graph image for "${input.title}".`, { cause: error });
	}
}
/**
* A stable name for an image: SHA-256 of its input (keys sorted, so property order does
* not matter), the renderer version and the versions of the packages that draw it.
*/
function ogCacheKey(input) {
	const material = JSON.stringify({
		renderer: 1,
		packages: packageVersions(),
		input: canonical({
			...input,
			footer: footerOf(input)
		})
	});
	return createHash("sha256").update(material).digest("hex");
}
/** Where cached images live unless told otherwise; `node_modules/.cache` survives CI caches of node_modules. */
var DEFAULT_OG_CACHE_DIR = join("node_modules", ".cache", "bayan-og");
/** Length of the SHA-256 digest that heads every cache file. */
var DIGEST_BYTES = 32;
/**
* The cache file of an image: `<cacheDir>/<key>.ogcache`, holding the SHA-256 of the PNG's
* bytes followed by the bytes themselves, so a file that was truncated, corrupted or
* tampered with after it was written is recognised and never published.
*/
function ogCacheFile(input, cacheDir = DEFAULT_OG_CACHE_DIR) {
	return join(cacheDir, `${ogCacheKey(input)}.ogcache`);
}
/** A cache file's record: digest, then PNG. */
function encodeOgCacheRecord(png) {
	return Buffer.concat([createHash("sha256").update(png).digest(), png]);
}
/** The PNG in a cache record, or undefined when its bytes do not match the stored digest. */
function decodeOgCacheRecord(record) {
	if (record.length <= DIGEST_BYTES) return void 0;
	const png = record.subarray(DIGEST_BYTES);
	return createHash("sha256").update(png).digest().equals(record.subarray(0, DIGEST_BYTES)) && isPng(png) ? Buffer.from(png) : void 0;
}
/**
* `renderOgImage`, but an image whose input has not changed since an earlier build is
* read back from its cache file instead of drawn again. The stored digest is checked on
* every read: a file whose bytes do not match is redrawn and rewritten.
*/
async function renderOgImageCached(input, cacheDir = DEFAULT_OG_CACHE_DIR) {
	const file = ogCacheFile(input, cacheDir);
	try {
		const cached = decodeOgCacheRecord(await readFile(file));
		if (cached) return cached;
	} catch (error) {
		if (error.code !== "ENOENT") throw new Error(`Cannot read the cached Open Graph image ${file}.`, { cause: error });
	}
	const png = await renderOgImage(input);
	try {
		await mkdir(cacheDir, { recursive: true });
		const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		await writeFile(partial, encodeOgCacheRecord(png));
		await rename(partial, file);
	} catch (error) {
		throw new Error(`Cannot write the Open Graph image cache ${file}.`, { cause: error });
	}
	return png;
}
/**
* Fits a title into at most three lines: the largest of `TITLE_SIZES` at which it needs
* no more lines and no word is cut; failing all, the smallest size with an ellipsis.
*/
function fitTitle(title, dir, width = CONTENT_WIDTH) {
	for (const size of TITLE_SIZES) {
		const lines = wrapText(title, width, size, { weight: "bold" });
		if (lines.length <= TITLE_MAX_LINES && wordsFit(title, width, size, { weight: "bold" })) return {
			fontSize: size,
			lines: orderLines(lines, dir),
			truncated: false
		};
	}
	return clamp(title, dir, width, TITLE_SIZES[TITLE_SIZES.length - 1] ?? 38, TITLE_MAX_LINES, "bold");
}
function clamp(text, dir, width, fontSize, maxLines, weight) {
	const lines = wrapText(text, width, fontSize, { weight });
	if (lines.length <= maxLines) return {
		fontSize,
		lines: orderLines(lines, dir),
		truncated: false
	};
	const kept = lines.slice(0, maxLines - 1);
	kept.push(ellipsize(lines.slice(maxLines - 1).join(" "), width, fontSize, weight));
	return {
		fontSize,
		lines: orderLines(kept, dir),
		truncated: true
	};
}
function ellipsize(line, width, fontSize, weight) {
	const fits = (candidate) => measureText(candidate + ELLIPSIS, fontSize, { weight }) <= width;
	const words = line.split(" ");
	while (words.length > 1) {
		words.pop();
		const candidate = words.join(" ").replace(/[\s\p{P}]+$/u, "");
		if (candidate && fits(candidate)) return candidate + ELLIPSIS;
	}
	const chars = [...new Intl.Segmenter(void 0, { granularity: "grapheme" }).segment(words[0] ?? "")].map((part) => part.segment);
	while (chars.length > 0 && !fits(chars.join(""))) chars.pop();
	return chars.join("") + ELLIPSIS;
}
function box(style, children) {
	return {
		type: "div",
		props: children === void 0 ? { style } : {
			style,
			children
		}
	};
}
/** The element tree satori draws for `input`; exported for layout tests. */
function ogTree(input) {
	const dir = siteConfig.locales[input.locale].dir;
	const tone = input.severity ? severityTone[input.severity] : void 0;
	const accent = tone && tone !== "info" ? severityColours[tone].fg : colours.brand;
	const pill = tone ? severityColours[tone] : {
		fg: colours.brand,
		bg: colours.brandTint
	};
	const row = dir === "rtl" ? "row-reverse" : "row";
	const alignEnd = dir === "rtl" ? "flex-end" : "flex-start";
	const gap = (px) => dir === "rtl" ? { marginLeft: px } : { marginRight: px };
	const title = fitTitle(input.title, dir);
	const subtitle = input.subtitle?.trim() ? clamp(input.subtitle, dir, CONTENT_WIDTH, SUBTITLE_SIZE, SUBTITLE_MAX_LINES, "regular") : void 0;
	const label = input.kindLabel;
	const siteName = clamp(input.siteName, dir, CONTENT_WIDTH - measureText(label, 24) - 120, 30, 1, "bold");
	const header = box({
		display: "flex",
		flexDirection: row,
		justifyContent: "space-between",
		alignItems: "center",
		width: "100%"
	}, [box({
		display: "flex",
		flexDirection: row,
		alignItems: "center"
	}, [box({
		width: 14,
		height: 14,
		borderRadius: 7,
		flexShrink: 0,
		backgroundColor: accent,
		...gap(14)
	}), textBlock(siteName, dir, {
		fontWeight: 700,
		color: colours.text,
		lineHeight: 1.4
	})]), box({
		display: "flex",
		padding: "6px 22px",
		borderRadius: 999,
		backgroundColor: pill.bg,
		color: pill.fg,
		fontSize: 24,
		fontWeight: 700
	}, lineOf(orderLines([label], dir)[0] ?? [], dir))]);
	const body = box({
		display: "flex",
		flexDirection: "column",
		width: "100%"
	}, [textBlock(title, dir, {
		fontWeight: 700,
		color: colours.text,
		lineHeight: TITLE_LINE_HEIGHT
	}), ...subtitle ? [box({ height: 20 }), textBlock(subtitle, dir, {
		fontWeight: 400,
		color: colours.muted,
		lineHeight: SUBTITLE_LINE_HEIGHT
	})] : []]);
	const footerText = footerOf(input);
	const footer = box({
		display: "flex",
		flexDirection: row,
		alignItems: "center",
		width: "100%",
		fontSize: 22,
		color: colours.muted
	}, [box({
		width: 48,
		height: 4,
		borderRadius: 2,
		flexShrink: 0,
		backgroundColor: accent,
		...gap(16)
	}), ...footerText ? [lineOf(orderLines([footerText], dir)[0] ?? [], dir)] : []]);
	return box({
		display: "flex",
		flexDirection: "column",
		width: OG_WIDTH,
		height: 630,
		backgroundColor: colours.background,
		fontFamily: "Vazirmatn",
		color: colours.text
	}, [box({
		width: "100%",
		height: 16,
		backgroundColor: accent
	}), box({
		display: "flex",
		flexDirection: "column",
		justifyContent: "space-between",
		alignItems: alignEnd,
		flexGrow: 1,
		padding: `48px ${PADDING_X}px 44px`,
		overflow: "hidden"
	}, [
		header,
		body,
		footer
	])]);
}
function textBlock(block, dir, style) {
	return box({
		display: "flex",
		flexDirection: "column",
		width: "100%",
		fontSize: block.fontSize,
		...style
	}, block.lines.map((runs) => lineOf(runs, dir)));
}
function lineOf(runs, dir) {
	return box({
		display: "flex",
		flexDirection: "row",
		justifyContent: dir === "rtl" ? "flex-end" : "flex-start",
		flexWrap: "nowrap",
		width: "100%"
	}, runs.map((run) => box({
		display: "flex",
		direction: run.dir,
		whiteSpace: "pre",
		flexShrink: 0
	}, /^\s+$/u.test(run.text) ? run.text.replace(/\s/gu, "\xA0") : run.text)));
}
function footerOf(input) {
	if (input.footer !== void 0) return input.footer;
	try {
		return new URL(siteConfig.url).host;
	} catch {
		return "";
	}
}
var versions;
function packageVersions() {
	if (versions) return versions;
	const require = createRequire(import.meta.url);
	versions = {};
	for (const name of [
		"satori",
		"@resvg/resvg-js",
		"vazirmatn"
	]) try {
		versions[name] = require(`${name}/package.json`).version;
	} catch (error) {
		throw new Error(`Cannot read the version of ${name} for the Open Graph cache key.`, { cause: error });
	}
	return versions;
}
function canonical(value) {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => [k, canonical(v)]));
	return value;
}
var PNG_SIGNATURE = Buffer.from([
	137,
	80,
	78,
	71,
	13,
	10,
	26,
	10
]);
function isPng(data) {
	return data.length > 64 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-8, -4).toString("latin1") === "IEND";
}
// src/pages/og/[...path].png.ts
var ____path__png_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
function entry(page) {
	return ogImageEntry(page, ogLabels(page.locale, page.kind));
}
var getStaticPaths = (async () => {
	const [content, notices, status, services] = await Promise.all([
		loadSiteContent(),
		getCollection("notices"),
		loadStatusContent(),
		getCollection("services")
	]);
	const pages = [
		...locales.map((locale) => entry({
			locale,
			kind: "home",
			title: t(locale, "core.siteName"),
			subtitle: t(locale, "core.siteTagline")
		})),
		...content.articles.map((article) => entry({
			locale: article.locale,
			kind: "article",
			id: article.slug,
			title: article.data.title,
			subtitle: article.data.summary
		})),
		...notices.flatMap(({ id, data }) => {
			const { locale, slug } = splitArticleId(id);
			return isLocale(locale) ? [entry({
				locale,
				kind: "notice",
				id: slug,
				title: data.title,
				subtitle: data.summary,
				severity: data.severity
			})] : [];
		}),
		...status.view.all.flatMap((view) => locales.map((locale) => {
			const { data } = localizedIncident(status, view.incident.slug, locale).incident;
			return entry({
				locale,
				kind: "incident",
				id: view.incident.slug,
				title: data.title,
				severity: data.impact
			});
		})),
		...services.flatMap(({ id, data }) => locales.map((locale) => entry({
			locale,
			kind: "service",
			id,
			title: data.name[locale],
			subtitle: data.description?.[locale]
		})))
	];
	assertNoProblems(duplicateOgPaths(pages));
	return pages.map((page) => ({
		params: { path: ogEndpointParam(page.path) },
		props: { input: page.input }
	}));
});
var cacheDir = process.env.BAYAN_OG_CACHE_DIR ?? DEFAULT_OG_CACHE_DIR;
var GET = async ({ props }) => {
	const png = await renderOgImageCached(props.input, cacheDir);
	return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
// \0virtual:astro:page:src/pages/og/[...path].png@_@ts
var page = () => ____path__png_exports;
export { page };
