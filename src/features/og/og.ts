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
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { siteConfig, type Locale } from '../../site.config';
import {
	measureText,
	orderLines,
	vazirmatnFontPath,
	wordsFit,
	wrapText,
	type DirectionalRun,
	type TextDirection,
} from './text-layout';

/** What a page's image is about; picks the label and, with `severity`, the accent colour. */
export type OgKind = 'home' | 'article' | 'notice' | 'incident' | 'service';

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
 * Bump when the drawing changes in a way the input does not capture (layout, colours,
 * fonts), so cached images from older builds are not reused.
 */
export const OG_RENDERER_VERSION = 1;

/** Width of an Open Graph image in pixels, as Facebook, LinkedIn and X expect. */
export const OG_WIDTH = 1200;
/** Height of an Open Graph image in pixels. */
export const OG_HEIGHT = 630;

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
	brand: '#0f766e',
	brandTint: '#d5f0eb',
};

const severityColours: Record<'info' | 'warning' | 'critical', { fg: string; bg: string }> = {
	info: { fg: '#1d4ed8', bg: '#dbe7fd' },
	warning: { fg: '#92400e', bg: '#fdefc8' },
	critical: { fg: '#a11b1b', bg: '#fddede' },
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

interface Fonts {
	regular: Buffer;
	bold: Buffer;
}

let fontsPromise: Promise<Fonts> | undefined;

// Read once per process: every image of a build uses the same two files.
function loadFonts(): Promise<Fonts> {
	fontsPromise ??= Promise.all([
		readFile(vazirmatnFontPath('regular')),
		readFile(vazirmatnFontPath('bold')),
	]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			fontsPromise = undefined;
			throw new Error('Cannot load the Vazirmatn fonts for Open Graph images.', { cause: error });
		},
	);
	return fontsPromise;
}

/** Renders the Open Graph image for a page: a 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
	const fonts = await loadFonts();
	const tree = ogTree(input);
	let svg: string;
	try {
		svg = await satori(tree as Parameters<typeof satori>[0], {
			width: OG_WIDTH,
			height: OG_HEIGHT,
			fonts: [
				{ name: 'Vazirmatn', data: fonts.regular, weight: 400, style: 'normal' },
				{ name: 'Vazirmatn', data: fonts.bold, weight: 700, style: 'normal' },
			],
		});
	} catch (error) {
		throw new Error(`Cannot lay out the Open Graph image for "${input.title}".`, { cause: error });
	}
	try {
		// satori has already turned text into paths; system fonts would only cost start-up time.
		const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
		return Buffer.from(png);
	} catch (error) {
		throw new Error(`Cannot rasterise the Open Graph image for "${input.title}".`, { cause: error });
	}
}

/**
 * A stable name for an image: SHA-256 of its input (keys sorted, so property order does
 * not matter), the renderer version and the versions of the packages that draw it.
 */
export function ogCacheKey(input: OgImageInput): string {
	const material = JSON.stringify({
		renderer: OG_RENDERER_VERSION,
		packages: packageVersions(),
		input: canonical({ ...input, footer: footerOf(input) }),
	});
	return createHash('sha256').update(material).digest('hex');
}

/** Where cached images live unless told otherwise; `node_modules/.cache` survives CI caches of node_modules. */
export const DEFAULT_OG_CACHE_DIR = join('node_modules', '.cache', 'bayan-og');

/** Length of the SHA-256 digest that heads every cache file. */
const DIGEST_BYTES = 32;

/**
 * The cache file of an image: `<cacheDir>/<key>.ogcache`, holding the SHA-256 of the PNG's
 * bytes followed by the bytes themselves, so a file that was truncated, corrupted or
 * tampered with after it was written is recognised and never published.
 */
export function ogCacheFile(input: OgImageInput, cacheDir: string = DEFAULT_OG_CACHE_DIR): string {
	return join(cacheDir, `${ogCacheKey(input)}.ogcache`);
}

/** A cache file's record: digest, then PNG. */
export function encodeOgCacheRecord(png: Buffer): Buffer {
	return Buffer.concat([createHash('sha256').update(png).digest(), png]);
}

/** The PNG in a cache record, or undefined when its bytes do not match the stored digest. */
export function decodeOgCacheRecord(record: Buffer): Buffer | undefined {
	if (record.length <= DIGEST_BYTES) return undefined;
	const png = record.subarray(DIGEST_BYTES);
	const digest = createHash('sha256').update(png).digest();
	return digest.equals(record.subarray(0, DIGEST_BYTES)) && isPng(png) ? Buffer.from(png) : undefined;
}

/**
 * `renderOgImage`, but an image whose input has not changed since an earlier build is
 * read back from its cache file instead of drawn again. The stored digest is checked on
 * every read: a file whose bytes do not match is redrawn and rewritten.
 */
export async function renderOgImageCached(input: OgImageInput, cacheDir: string = DEFAULT_OG_CACHE_DIR): Promise<Buffer> {
	const file = ogCacheFile(input, cacheDir);
	try {
		const cached = decodeOgCacheRecord(await readFile(file));
		if (cached) return cached;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw new Error(`Cannot read the cached Open Graph image ${file}.`, { cause: error });
		}
	}
	const png = await renderOgImage(input);
	try {
		await mkdir(cacheDir, { recursive: true });
		// Write aside and rename: parallel builds (or workers) never read half a file.
		const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		await writeFile(partial, encodeOgCacheRecord(png));
		await rename(partial, file);
	} catch (error) {
		throw new Error(`Cannot write the Open Graph image cache ${file}.`, { cause: error });
	}
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

function clamp(
	text: string,
	dir: TextDirection,
	width: number,
	fontSize: number,
	maxLines: number,
	weight: 'regular' | 'bold',
): OgTextBlock {
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
	const chars = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(words[0] ?? '')].map(
		(part) => part.segment,
	);
	while (chars.length > 0 && !fits(chars.join(''))) chars.pop();
	return chars.join('') + ELLIPSIS;
}

// ---------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------

/** A satori element: the shape JSX compiles to, written out so no JSX build step is needed. */
export interface OgNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: OgNode | OgNode[] | string };
}

function box(style: Record<string, string | number>, children?: OgNode | OgNode[] | string): OgNode {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The element tree satori draws for `input`; exported for layout tests. */
export function ogTree(input: OgImageInput): OgNode {
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

	const title = fitTitle(input.title, dir);
	const subtitle = input.subtitle?.trim()
		? clamp(input.subtitle, dir, CONTENT_WIDTH, SUBTITLE_SIZE, SUBTITLE_MAX_LINES, 'regular')
		: undefined;
	const label = input.kindLabel;
	const siteName = clamp(input.siteName, dir, CONTENT_WIDTH - measureText(label, 24) - 120, 30, 1, 'bold');

	const header = box(
		{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center', width: '100%' },
		[
			box({ display: 'flex', flexDirection: row, alignItems: 'center' }, [
				box({ width: 14, height: 14, borderRadius: 7, flexShrink: 0, backgroundColor: accent, ...gap(14) }),
				textBlock(siteName, dir, { fontWeight: 700, color: colours.text, lineHeight: 1.4 }),
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
				lineOf(orderLines([label], dir)[0] ?? [], dir),
			),
		],
	);

	const body = box({ display: 'flex', flexDirection: 'column', width: '100%' }, [
		textBlock(title, dir, { fontWeight: 700, color: colours.text, lineHeight: TITLE_LINE_HEIGHT }),
		...(subtitle
			? [
					box({ height: 20 }),
					textBlock(subtitle, dir, { fontWeight: 400, color: colours.muted, lineHeight: SUBTITLE_LINE_HEIGHT }),
				]
			: []),
	]);

	const footerText = footerOf(input);
	const footer = box(
		{ display: 'flex', flexDirection: row, alignItems: 'center', width: '100%', fontSize: 22, color: colours.muted },
		[
			box({ width: 48, height: 4, borderRadius: 2, flexShrink: 0, backgroundColor: accent, ...gap(16) }),
			...(footerText ? [lineOf(orderLines([footerText], dir)[0] ?? [], dir)] : []),
		],
	);

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
					overflow: 'hidden',
				},
				[header, body, footer],
			),
		],
	);
}

function textBlock(block: OgTextBlock, dir: TextDirection, style: Record<string, string | number>): OgNode {
	return box(
		{ display: 'flex', flexDirection: 'column', width: '100%', fontSize: block.fontSize, ...style },
		block.lines.map((runs) => lineOf(runs, dir)),
	);
}

// A line is a left-to-right row of runs, pushed to the right edge for RTL. Each run
// keeps its own direction so satori shapes it (and mirrors its brackets) correctly.
function lineOf(runs: DirectionalRun[], dir: TextDirection): OgNode {
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
				/^\s+$/u.test(run.text) ? run.text.replace(/\s/gu, '\u00a0') : run.text,
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

let versions: Record<string, string> | undefined;

// A satori or Vazirmatn upgrade can move pixels without any input changing.
function packageVersions(): Record<string, string> {
	if (versions) return versions;
	const require = createRequire(import.meta.url);
	versions = {};
	for (const name of ['satori', '@resvg/resvg-js', 'vazirmatn']) {
		try {
			versions[name] = (require(`${name}/package.json`) as { version: string }).version;
		} catch (error) {
			throw new Error(`Cannot read the version of ${name} for the Open Graph cache key.`, { cause: error });
		}
	}
	return versions;
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

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// A truncated file from an interrupted build is redrawn, not served.
function isPng(data: Buffer): boolean {
	return data.length > 64 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-8, -4).toString('latin1') === 'IEND';
}
