/**
 * Open Graph images (1200×630 PNG) for every page, drawn with satori and rasterised
 * with resvg, in the page's own language and direction.
 *
 * satori shapes Arabic script (letters join) but only approximates the bidi algorithm
 * and wraps on its own measurements. So text never reaches it as a sentence: titles are
 * wrapped here (text-layout.ts), each line is cut into directional runs in visual order,
 * and each run becomes one box in a left-to-right row that satori merely places.
 *
 * Rendering costs tens of milliseconds per image and a site has thousands of pages, so
 * `renderOgImageCached` keys every image by its content and renderer version and keeps
 * it on disk between builds, with the hash of its bytes (a damaged file is redrawn).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brand } from '../../core/brand';
import { mixHex } from '../../core/brand-schema';
import { siteConfig, type Locale } from '../../site.config';
import type { OgKind } from '../../core/urls';
import { drawCard, decodeOgCacheRecord, releaseRasters, MARKER_COLOUR, MARKER_HEIGHT, OG_HEIGHT, OG_WIDTH, writeOgCacheFile, type CardFonts, type CardJob, type OgNode } from './draw';
import { measureText, orderLines, vazirmatnFontPath, wordsFit, wrapText, type DirectionalRun, type TextDirection } from './text-layout';

export { decodeOgCacheRecord, encodeOgCacheRecord, OG_HEIGHT, OG_WIDTH, type OgNode } from './draw';

/** What a page's image is about; picks the label and, with `severity`, the accent colour. */
export type { OgKind };

/** Notice severity or incident impact; anything above "info"/"none" tints the image. */
export type OgSeverity = 'info' | 'warning' | 'critical' | 'none' | 'minor' | 'major';

/** Everything an Open Graph image shows. Same input, same pixels (and same cache key). */
export interface OgImageInput {
	/** Page title, drawn large; wraps to three lines at most, shrinking before it is cut. */
	title: string;
	/** Summary line under the title; two lines at most. */
	subtitle?: string;
	kind: OgKind;
	/** Language of the page: decides direction and alignment. */
	locale: Locale;
	/** Name of the help centre in that language (`core.json` → `siteName`). */
	siteName: string;
	severity?: OgSeverity;
	/** The label for `kind` in the page's language, from the dictionaries (`ogLabels` in og-images.ts). */
	kindLabel: string;
	/** Small print at the bottom; defaults to the site's host name. */
	footer?: string;
}

/**
 * Bump when the drawing changes in a way neither the input nor the design constants
 * below capture (the layout code, the tree, a satori or resvg upgrade that moves
 * pixels), so cached images from older builds are not reused. Package versions are
 * deliberately not part of the key: a dependency bump alone must not redraw every card.
 * 3: our own PNG encoder (./png.ts): the same pixels in different bytes, so a card from an
 * older cache would differ byte for byte from the one a clean build draws.
 */
export const OG_RENDERER_VERSION = 3;

/** Title sizes tried in turn until the title fits in three lines with no word cut. */
export const TITLE_SIZES = [64, 52, 44, 38] as const;
const TITLE_MAX_LINES = 3;
const TITLE_LINE_HEIGHT = 1.3;
const SUBTITLE_SIZE = 30;
const SUBTITLE_MAX_LINES = 2;
const SUBTITLE_LINE_HEIGHT = 1.5;
const PADDING_X = 80;
const CONTENT_WIDTH = OG_WIDTH - PADDING_X * 2;
const ELLIPSIS = '…';

const colours = {
	background: '#fbfaf7',
	text: '#1c2430',
	muted: '#5b6573',
	// The owner's accent (src/brand.config.ts); the tint is drawn from it over the card's background.
	brand: brand.colours.accent,
	brandTint: mixHex(brand.colours.accent, '#fbfaf7', 0.16),
};

const severityColours: Record<'info' | 'warning' | 'critical', { fg: string; bg: string }> = {
	info: { fg: '#1d4ed8', bg: '#dbe7fd' },
	warning: { fg: '#92400e', bg: '#fdefc8' },
	critical: { fg: '#a11b1b', bg: '#fddede' },
};

// Everything the drawing depends on besides the input, for the cache key: change a
// colour or a size here and exactly the cards it shows on are drawn again.
const design = {
	width: OG_WIDTH,
	height: OG_HEIGHT,
	titleSizes: TITLE_SIZES,
	titleMaxLines: TITLE_MAX_LINES,
	titleLineHeight: TITLE_LINE_HEIGHT,
	subtitleSize: SUBTITLE_SIZE,
	subtitleMaxLines: SUBTITLE_MAX_LINES,
	subtitleLineHeight: SUBTITLE_LINE_HEIGHT,
	paddingX: PADDING_X,
	colours,
	severityColours,
};

// Impact levels fold onto the three notice severities: a reader needs "how worried
// should I be", not the Statuspage vocabulary.
const severityTone: Record<OgSeverity, 'info' | 'warning' | 'critical'> = {
	none: 'info',
	info: 'info',
	minor: 'warning',
	warning: 'warning',
	major: 'critical',
	critical: 'critical',
};

let fontsPromise: Promise<CardFonts> | undefined;

// Read once per process: every image of a build uses the same two files.
function loadFonts(): Promise<CardFonts> {
	fontsPromise ??= Promise.all([readFile(vazirmatnFontPath('regular')), readFile(vazirmatnFontPath('bold'))]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			fontsPromise = undefined;
			throw new Error('Cannot load the Vazirmatn fonts for Open Graph images.', { cause: error });
		},
	);
	return fontsPromise;
}

/** The font files cards are drawn with, for worker threads that read them themselves. */
export function ogFontFiles(): { regular: string; bold: string } {
	return { regular: vazirmatnFontPath('regular'), bold: vazirmatnFontPath('bold') };
}

/** Renders the Open Graph image for a page, in this thread: a 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
	const png = await drawCard(ogCardJob(input), await loadFonts(), input.title);
	// This thread may draw card after card without V8 collecting resvg's images (draw.ts).
	await releaseRasters();
	return png;
}

/**
 * A stable name for an image: SHA-256 of exactly what it shows: its input (keys
 * sorted, so property order does not matter), the design (colours, sizes, spacing),
 * the bytes of the fonts and the renderer version. Nothing else: an unchanged page keeps
 * its card across dependency bumps and machines.
 */
export function ogCacheKey(input: OgImageInput): string {
	const material = JSON.stringify({
		renderer: OG_RENDERER_VERSION,
		design: canonical(design),
		fonts: fontDigest(),
		input: canonical({ ...input, footer: footerOf(input) }),
	});
	return createHash('sha256').update(material).digest('hex');
}

let fontsDigest: string | undefined;

// The font files' own bytes, not the package version: a re-release with the same glyphs redraws nothing.
function fontDigest(): string {
	if (fontsDigest) return fontsDigest;
	const hash = createHash('sha256');
	for (const weight of ['regular', 'bold'] as const) {
		const path = vazirmatnFontPath(weight);
		try {
			hash.update(readFileSync(path));
		} catch (error) {
			throw new Error(`Cannot read ${path} for the Open Graph cache key.`, { cause: error });
		}
	}
	fontsDigest = hash.digest('hex');
	return fontsDigest;
}

/** Where cached images live unless told otherwise: Astro's own cache folder, which Cloudflare Pages' build cache and the GitHub workflow keep (README: Keeping the Open Graph cache). */
export const DEFAULT_OG_CACHE_DIR = join('node_modules', '.astro', 'bayan-og');

/**
 * The cache file of an image: `<cacheDir>/<key>.ogcache`, holding the SHA-256 of the PNG's
 * bytes followed by the bytes themselves, so a file that was truncated, corrupted or
 * tampered with after it was written is recognised and never published.
 */
export function ogCacheFile(input: OgImageInput, cacheDir: string = DEFAULT_OG_CACHE_DIR): string {
	return join(cacheDir, `${ogCacheKey(input)}.ogcache`);
}

/** The PNG in a cache file; undefined when there is none or it is damaged (then it is drawn again). */
export async function readOgCacheFile(file: string): Promise<Buffer | undefined> {
	try {
		return decodeOgCacheRecord(await readFile(file));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`Cannot read the cached Open Graph image ${file}.`, { cause: error });
	}
}

/**
 * `renderOgImage`, but an image whose input has not changed since an earlier build is
 * read back from its cache file instead of drawn again. The stored digest is checked on
 * every read: a file whose bytes do not match is redrawn and rewritten.
 */
export async function renderOgImageCached(input: OgImageInput, cacheDir: string = DEFAULT_OG_CACHE_DIR): Promise<Buffer> {
	const file = ogCacheFile(input, cacheDir);
	const cached = await readOgCacheFile(file);
	if (cached) return cached;
	const png = await renderOgImage(input);
	await writeOgCacheFile(file, png);
	return png;
}

/** One laid-out block of text: its size and its lines as runs in visual order. */
export interface OgTextBlock {
	fontSize: number;
	lines: DirectionalRun[][];
	/** Whether text had to be cut and ended with an ellipsis. */
	truncated: boolean;
}

/**
 * Fits a title into at most three lines: the largest of `TITLE_SIZES` at which it needs
 * no more lines and no word is cut; failing all, the smallest size with an ellipsis.
 */
export function fitTitle(title: string, dir: TextDirection, width: number = CONTENT_WIDTH): OgTextBlock {
	for (const size of TITLE_SIZES) {
		const lines = wrapText(title, width, size, { weight: 'bold' });
		if (lines.length <= TITLE_MAX_LINES && wordsFit(title, width, size, { weight: 'bold' })) {
			return { fontSize: size, lines: orderLines(lines, dir), truncated: false };
		}
	}
	const size = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 38;
	return clamp(title, dir, width, size, TITLE_MAX_LINES, 'bold');
}

function clamp(text: string, dir: TextDirection, width: number, fontSize: number, maxLines: number, weight: 'regular' | 'bold'): OgTextBlock {
	const lines = wrapText(text, width, fontSize, { weight });
	if (lines.length <= maxLines) return { fontSize, lines: orderLines(lines, dir), truncated: false };
	const kept = lines.slice(0, maxLines - 1);
	kept.push(ellipsize(lines.slice(maxLines - 1).join(' '), width, fontSize, weight));
	return { fontSize, lines: orderLines(kept, dir), truncated: true };
}

// Drops whole words from the end until the rest and "…" fit; a lone word too long for
// the line loses graphemes instead. The ellipsis is a neutral, so bidi puts it at the
// line's end in reading order: the left of a right-to-left line.
function ellipsize(line: string, width: number, fontSize: number, weight: 'regular' | 'bold'): string {
	const fits = (candidate: string): boolean => measureText(candidate + ELLIPSIS, fontSize, { weight }) <= width;
	const words = line.split(' ');
	while (words.length > 1) {
		words.pop();
		// Trailing punctuation before "…" reads as a typo ("سفارش،…").
		const candidate = words.join(' ').replace(/[\s\p{P}]+$/u, '');
		if (candidate && fits(candidate)) return candidate + ELLIPSIS;
	}
	const chars = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(words[0] ?? '')].map((part) => part.segment);
	while (chars.length > 0 && !fits(chars.join(''))) chars.pop();
	return chars.join('') + ELLIPSIS;
}

// ---------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------

function box(style: Record<string, string | number>, children?: OgNode | OgNode[] | string): OgNode {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The element tree satori draws for `input`; exported for layout tests. */
export function ogTree(input: OgImageInput): OgNode {
	return cardTree(input, bodyOf(input).node);
}

/**
 * What a worker needs to draw `input`: the whole tree, and the template of cards that
 * share its header and footer, so only the rows of its title and subtitle are rasterised
 * (draw.ts, `CardTemplate`).
 */
export function ogCardJob(input: OgImageInput): CardJob {
	const body = bodyOf(input);
	const shared = { ...input, title: '', subtitle: undefined };
	return {
		tree: cardTree(input, body.node),
		bodyTree: cardTree(input, body.node, true),
		bodyHeight: body.height,
		// Line boxes are 1.3 em tall, so glyphs stay inside (the band test passes with no margin); a quarter em guards stacked Arabic marks.
		overflow: Math.ceil(body.titleSize / 4),
		template: {
			key: JSON.stringify(canonical({ ...shared, footer: footerOf(input) })),
			tree: cardTree(shared, box({ display: 'flex', width: '100%' })),
			marker: cardTree(shared, box({ display: 'flex', width: '100%', height: MARKER_HEIGHT, backgroundColor: MARKER_COLOUR })),
		},
	};
}

// The title and subtitle, and the height the tree gives them (each line is a box of
// fontSize × lineHeight; the gap between title and subtitle is 20 px).
function bodyOf(input: OgImageInput): { node: OgNode; height: number; titleSize: number } {
	const dir = siteConfig.locales[input.locale].dir;
	const title = fitTitle(input.title, dir);
	const subtitle = input.subtitle?.trim() ? clamp(input.subtitle, dir, CONTENT_WIDTH, SUBTITLE_SIZE, SUBTITLE_MAX_LINES, 'regular') : undefined;
	const node = box({ display: 'flex', flexDirection: 'column', width: '100%' }, [
		textBlock(title, dir, { fontWeight: 700, color: colours.text, lineHeight: TITLE_LINE_HEIGHT }),
		...(subtitle ? [box({ height: 20 }), textBlock(subtitle, dir, { fontWeight: 400, color: colours.muted, lineHeight: SUBTITLE_LINE_HEIGHT })] : []),
	]);
	const height = title.lines.length * title.fontSize * TITLE_LINE_HEIGHT + (subtitle ? 20 + subtitle.lines.length * subtitle.fontSize * SUBTITLE_LINE_HEIGHT : 0);
	return { node, height, titleSize: title.fontSize };
}

// With `ghost`, every text run of the header and footer is a single no-break space: each
// box keeps its size (a line's height is its font size × line height, whatever it holds),
// so the body lands exactly where the whole card puts it, but satori shapes and resvg
// parses none of those glyphs. draw.ts rasterises such a tree only in rows the template
// shows as bare background (CardJob.bodyTree).
function cardTree(input: OgImageInput, body: OgNode, ghost = false): OgNode {
	const dir = siteConfig.locales[input.locale].dir;
	const tone = input.severity ? severityTone[input.severity] : undefined;
	const accent = tone && tone !== 'info' ? severityColours[tone].fg : colours.brand;
	const pill = tone ? severityColours[tone] : { fg: colours.brand, bg: colours.brandTint };
	// Rows are always laid out left to right; an RTL image mirrors them by reversing, so
	// satori's own (partial) `direction` handling never gets a say in the order.
	const row = dir === 'rtl' ? 'row-reverse' : 'row';
	const alignEnd = dir === 'rtl' ? 'flex-end' : 'flex-start';
	// Space between a mark and its text, on the text's side only, so marks sit on the margin.
	const gap = (px: number): Record<string, number> => (dir === 'rtl' ? { marginLeft: px } : { marginRight: px });

	const label = input.kindLabel;
	const siteName = clamp(input.siteName, dir, CONTENT_WIDTH - measureText(label, 24) - 120, 30, 1, 'bold');

	const header = box({ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center', width: '100%' }, [
		box({ display: 'flex', flexDirection: row, alignItems: 'center' }, [
			box({ width: 14, height: 14, borderRadius: 7, flexShrink: 0, backgroundColor: accent, ...gap(14) }),
			textBlock(siteName, dir, { fontWeight: 700, color: colours.text, lineHeight: 1.4 }, ghost),
		]),
		box(
			{
				display: 'flex',
				padding: '6px 22px',
				borderRadius: 999,
				backgroundColor: pill.bg,
				color: pill.fg,
				fontSize: 24,
				fontWeight: 700,
			},
			lineOf(orderLines([label], dir)[0] ?? [], dir, ghost),
		),
	]);

	const footerText = footerOf(input);
	const footer = box({ display: 'flex', flexDirection: row, alignItems: 'center', width: '100%', fontSize: 22, color: colours.muted }, [
		box({ width: 48, height: 4, borderRadius: 2, flexShrink: 0, backgroundColor: accent, ...gap(16) }),
		...(footerText ? [lineOf(orderLines([footerText], dir)[0] ?? [], dir, ghost)] : []),
	]);

	return box(
		{
			display: 'flex',
			flexDirection: 'column',
			width: OG_WIDTH,
			height: OG_HEIGHT,
			backgroundColor: colours.background,
			fontFamily: 'Vazirmatn',
			color: colours.text,
		},
		[
			box({ width: '100%', height: 16, backgroundColor: accent }),
			box(
				{
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					alignItems: alignEnd,
					flexGrow: 1,
					padding: `48px ${PADDING_X}px 44px`,
				},
				[header, body, footer],
			),
		],
	);
}

function textBlock(block: OgTextBlock, dir: TextDirection, style: Record<string, string | number>, ghost = false): OgNode {
	return box(
		{ display: 'flex', flexDirection: 'column', width: '100%', fontSize: block.fontSize, ...style },
		block.lines.map((runs) => lineOf(runs, dir, ghost)),
	);
}

// A line is a left-to-right row of runs, pushed to the right edge for RTL. Each run
// keeps its own direction so satori shapes it (and mirrors its brackets) correctly.
// A ghost line keeps its runs' boxes but not their text (cardTree).
function lineOf(runs: DirectionalRun[], dir: TextDirection, ghost = false): OgNode {
	return box(
		{
			display: 'flex',
			flexDirection: 'row',
			justifyContent: dir === 'rtl' ? 'flex-end' : 'flex-start',
			flexWrap: 'nowrap',
			width: '100%',
		},
		runs.map((run) =>
			box(
				{ display: 'flex', direction: run.dir, whiteSpace: 'pre', flexShrink: 0 },
				// satori drops a text node that is only whitespace, even under `pre`; a
				// no-break space has the same advance and survives ("۱۲ kg", not "۱۲kg").
				ghost ? '\u00a0' : /^\s+$/u.test(run.text) ? run.text.replace(/\s/gu, '\u00a0') : run.text,
			),
		),
	);
}

function footerOf(input: OgImageInput): string {
	if (input.footer !== undefined) return input.footer;
	try {
		return new URL(siteConfig.url).host;
	} catch {
		return '';
	}
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([k, v]) => [k, canonical(v)]),
		);
	}
	return value;
}
