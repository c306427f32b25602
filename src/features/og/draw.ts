/**
 * The expensive half of an Open Graph card: an element tree (already laid out, wrapped
 * and bidi-ordered by ./og.ts) drawn by satori into SVG and rasterised by resvg
 * into a 1200×630 PNG, plus the cache record that stores it.
 *
 * This module runs both in the build's own thread and in worker threads
 * (./draw-worker.ts), which Node starts from the source file with its built-in type
 * stripping: so it imports only packages and other `.ts` files by their full name,
 * and uses only type syntax that can be erased.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import satori from 'satori';
import { encodePng, encodeRows, overRows, pngRows, type PngRows } from './png.ts';

/**
 * resvg-js, loaded with mimalloc's purging off (`MIMALLOC_PURGE_DELAY=-1`, unless the
 * environment sets it). Its native module has its own mimalloc, which by default hands the
 * pixmap of every rasterised band back to the kernel shortly after it is freed, so the next
 * card's pixmaps fault in fresh pages: measured on corpus bands, ~1,000 page faults and a
 * third of the rasterising CPU per card, growing to ~2,700 a band as a long run goes on, against
 * ~790 steady with purging off. mimalloc reads its options once, when the module is loaded,
 * so the variable is set just for that moment, in this process (not inherited by the
 * processes the build starts later, such as Pagefind), and by `require` rather than an import,
 * which a bundle would hoist above it. Astro's bundler (Rolldown, with its own mimalloc) is
 * loaded long before and keeps its settings.
 */
const { Resvg } = withPurgeDelay(() => createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

function withPurgeDelay<T>(load: () => T): T {
	const before = process.env.MIMALLOC_PURGE_DELAY;
	if (before === undefined) process.env.MIMALLOC_PURGE_DELAY = '-1';
	try {
		return load();
	} finally {
		if (before === undefined) delete process.env.MIMALLOC_PURGE_DELAY;
	}
}

/** Width of an Open Graph image in pixels, as Facebook, LinkedIn and X expect. */
export const OG_WIDTH = 1200;
/** Height of an Open Graph image in pixels. */
export const OG_HEIGHT = 630;

/** A satori element: the shape JSX compiles to, written out so no JSX build step is needed. */
export interface OgNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: OgNode | OgNode[] | string };
}

/** The two Vazirmatn weights every card is set in. */
export interface CardFonts {
	regular: Buffer;
	bold: Buffer;
}

/**
 * What changes between cards of one kind is only their body (title and subtitle): the
 * header, footer and bars are the same for every card of a locale, kind and severity.
 * So the card is rasterised once per `key` without its body (the template), and each
 * card only in the band of rows its body can touch, over a copy of the template.
 * resvg's cost grows with the pixels it fills (it clears and composites whole pixmaps;
 * faulting fresh ones in was most of it until `releaseRasters`), and the PNG rows outside
 * the band are converted once per template.
 */
export interface CardTemplate {
	/** Same key, same header, footer and bars (og.ts builds it from what they show). */
	key: string;
	/** The card with an empty body. */
	tree: OgNode;
	/** The card with a body of exactly `MARKER_HEIGHT` px filled with `MARKER_COLOUR`: tells where a body's centre sits. */
	marker: OgNode;
}

/** One card to draw: its whole tree, and how to draw only its body over the template. */
export interface CardJob {
	tree: OgNode;
	/**
	 * The same card with the header's and footer's text left out but every box kept, so the
	 * body sits exactly where `tree` puts it: what is drawn in the band when the template
	 * shows only background there (satori and resvg then touch only the body's glyphs).
	 */
	bodyTree?: OgNode;
	template?: CardTemplate;
	/** Height of the body box in px (title and subtitle lines), as the tree lays it out. */
	bodyHeight?: number;
	/** Rows above and below the body box that glyphs (marks, descenders) may reach. */
	overflow?: number;
}

/** Height of the marker body of `CardTemplate.marker`. */
export const MARKER_HEIGHT = 100;
/** Fill of the marker body; a colour no card uses, so its rect is the only one in the SVG. */
export const MARKER_COLOUR = '#ff00fe';

const SVG_HEAD = `<svg width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}"`;
const ROW_BYTES = OG_WIDTH * 4;

interface Template {
	pixels: Uint8Array;
	/** `pixels` as PNG rows, for `overRows`. */
	rows: PngRows;
	/** Where the centre of a body sits (space-between keeps it fixed whatever the body's height). */
	bodyCentre: number;
	/** The rows around `bodyCentre` that hold nothing but the background, `clearTop` to `clearBottom` (exclusive). */
	clearTop: number;
	clearBottom: number;
}

/** The rows of a card drawn over its template, `top` to `bottom` (exclusive). */
export interface CardBand {
	top: number;
	bottom: number;
	template: Template;
}

/** How a card is drawn: the tree satori lays out, and the band of rows rasterised over the template (none: the whole card). */
export interface CardPlan {
	tree: OgNode;
	band?: CardBand;
}

// A handful per thread: a build draws its cards grouped by kind and locale, and each is 3 MB.
const MAX_TEMPLATES = 6;
const templates = new Map<string, Promise<Template>>();
let canvas: Uint8Array | undefined;

/**
 * Draws a laid-out card. `what` names the card in errors (its title).
 *
 * The tree must not use `overflow: hidden`: satori turns it into a clip path and a mask
 * on every element inside, and resvg then allocates and composites a full-size mask
 * layer per text run (measured: about a quarter of the rasterising time). The layout
 * already keeps every line inside the card.
 */
export async function drawCard(job: CardJob, fonts: CardFonts, what: string): Promise<Buffer> {
	const plan = await planCard(job, fonts, what);
	const svg = await layOut(plan.tree, fonts, what);
	try {
		return rasteriseAndEncode(svg, plan.band);
	} catch (error) {
		throw new Error(`Cannot rasterise the Open Graph image for "${what}".`, { cause: error });
	}
}

// In a function of its own so that nothing refers to resvg's image once it returns (releaseRasters).
function rasteriseAndEncode(svg: string, band: CardBand | undefined): Buffer {
	const pixels = rasteriseCard(svg, band);
	// Our encoder, not resvg's asPng(): same pixels, a sixth of the time (./png.ts).
	if (!band) return encodePng(pixels, OG_WIDTH, OG_HEIGHT);
	// Over the template's rows, already converted for PNG: only the band's rows are converted.
	const rows = overRows(band.template.rows, pixels, band.top);
	return rows ? encodeRows(rows) : encodePng(overTemplate(pixels, band), OG_WIDTH, OG_HEIGHT);
}

type CollectGarbage = (options: { type: 'minor' }) => void;
let collectGarbage: CollectGarbage | undefined;

/**
 * V8's garbage collector, for `releaseRasters`, fetched on first use (the card workers never
 * need it). Node offers it only behind `--expose-gc`; the flag set at run time takes effect in
 * contexts created after it, so a fresh context hands the function over (the build's own
 * context is left as it was).
 */
function garbageCollector(): CollectGarbage {
	if (!collectGarbage) {
		setFlagsFromString('--expose-gc');
		collectGarbage = runInNewContext('gc') as CollectGarbage;
	}
	return collectGarbage;
}

/**
 * Frees the native memory of the images resvg has rendered so far, so the next card's pixmap
 * reuses warm pages. resvg-js hands each image to JavaScript as an object whose megabytes of
 * pixels are freed only when V8 collects that object and then, on a later turn of the event
 * loop, runs its finaliser; V8 never sees those megabytes, so it collects rarely, and every
 * card's pixmap lands in fresh memory that the kernel must map and zero page by page. On the
 * bench machine that was most of resvg's time: an empty 1200×630 canvas took 13 ms with
 * 770 page faults, and 0.2 ms with a young-generation collection and one turn of the event
 * loop between renders (scripts/og-split.bench-test.ts measures both ways).
 *
 * For cards drawn in the build's own thread (og.ts, `renderOgImage`), whose young generation
 * is large and whose event loop need not turn between cards. The card workers do not call it:
 * with their 8 MB young generation (card-pool.ts) V8 collects every card or so anyway, and
 * they return to the event loop after each card; measured with the pool, the same page
 * faults with or without it, and the collection only costs time.
 */
export async function releaseRasters(): Promise<void> {
	garbageCollector()({ type: 'minor' });
	await nextTurn();
}

/**
 * What `drawCard` lays out and rasterises for `job` (exported, like the two steps after
 * it, so scripts/og-split.bench-test.ts can time each): with a template, the band of rows
 * the body can touch, and `bodyTree` when the template shows only background in all of
 * them (else the whole tree, whose header or footer reaches into the band).
 */
export async function planCard(job: CardJob, fonts: CardFonts, what: string): Promise<CardPlan> {
	const band = job.template && job.bodyHeight !== undefined ? await bandOf(job, fonts, what) : undefined;
	if (!band) return { tree: job.tree };
	const clear = job.bodyTree && band.top >= band.template.clearTop && band.bottom <= band.template.clearBottom;
	return { tree: clear && job.bodyTree ? job.bodyTree : job.tree, band };
}

/**
 * Rasterises satori's SVG of a card: all of it, or only the band's rows. The same SVG
 * seen through a window of whole rows: resvg draws exactly the pixels the full canvas
 * has there (tests/unit/og-band.test.ts compares the two byte for byte).
 */
export function rasteriseCard(svg: string, band?: CardBand): Uint8Array {
	if (!band) return checkedSize(rasterise(svg), OG_HEIGHT).pixels;
	// An SVG head we do not know (another satori): the whole canvas, cut to the band's rows.
	if (!svg.startsWith(SVG_HEAD)) return checkedSize(rasterise(svg), OG_HEIGHT).pixels.subarray(band.top * ROW_BYTES, band.bottom * ROW_BYTES);
	const rows = band.bottom - band.top;
	const window = `<svg width="${OG_WIDTH}" height="${rows}" viewBox="0 ${band.top} ${OG_WIDTH} ${rows}"`;
	return checkedSize(rasterise(window + svg.slice(SVG_HEAD.length)), rows).pixels;
}

/** The band's pixels over a copy of its template: the whole card (a buffer reused by the next card of this thread). */
export function overTemplate(pixels: Uint8Array, band: CardBand): Uint8Array {
	canvas ??= new Uint8Array(ROW_BYTES * OG_HEIGHT);
	canvas.set(band.template.pixels);
	canvas.set(pixels, band.top * ROW_BYTES);
	return canvas;
}

function checkedSize(image: { pixels: Uint8Array; width: number; height: number }, rows: number): { pixels: Uint8Array } {
	if (image.width !== OG_WIDTH || image.height !== rows) throw new Error(`resvg drew ${image.width}×${image.height} pixels, not ${OG_WIDTH}×${rows}.`);
	return image;
}

/** A card's element tree laid out by satori into SVG, in the card's size and fonts. */
export async function layOut(tree: OgNode, fonts: CardFonts, what: string): Promise<string> {
	try {
		return await satori(tree as Parameters<typeof satori>[0], {
			width: OG_WIDTH,
			height: OG_HEIGHT,
			fonts: [
				{ name: 'Vazirmatn', data: fonts.regular, weight: 400, style: 'normal' },
				{ name: 'Vazirmatn', data: fonts.bold, weight: 700, style: 'normal' },
			],
		});
	} catch (error) {
		throw new Error(`Cannot lay out the Open Graph image for "${what}".`, { cause: error });
	}
}

function rasterise(svg: string): { pixels: Uint8Array; width: number; height: number } {
	// satori has already turned text into paths; system fonts would only cost start-up time.
	const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
	return { pixels: image.pixels, width: image.width, height: image.height };
}

async function bandOf(job: CardJob, fonts: CardFonts, what: string): Promise<CardBand | undefined> {
	const spec = job.template;
	if (!spec || job.bodyHeight === undefined) return undefined;
	let template = templates.get(spec.key);
	if (!template) {
		template = drawTemplate(spec, fonts, what);
		template.catch(() => templates.delete(spec.key));
		if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value as string);
		templates.set(spec.key, template);
	}
	const drawn = await template;
	const reach = job.bodyHeight / 2 + (job.overflow ?? 0);
	const top = Math.max(0, Math.floor(drawn.bodyCentre - reach));
	const bottom = Math.min(OG_HEIGHT, Math.ceil(drawn.bodyCentre + reach));
	return bottom > top ? { top, bottom, template: drawn } : undefined;
}

async function drawTemplate(spec: CardTemplate, fonts: CardFonts, what: string): Promise<Template> {
	const marker = await layOut(spec.marker, fonts, what);
	const found = new RegExp(`<rect x="[^"]*" y="([0-9.]+)" width="[^"]*" height="${MARKER_HEIGHT}" fill="${MARKER_COLOUR}"/>`).exec(marker);
	if (!found?.[1]) throw new Error(`Cannot find the body of the Open Graph card template for "${what}" in satori's SVG.`);
	const svg = await layOut(spec.tree, fonts, what);
	const image = rasterise(svg);
	if (image.width !== OG_WIDTH || image.height !== OG_HEIGHT) throw new Error(`The Open Graph card template for "${what}" is ${image.width}×${image.height}.`);
	const bodyCentre = Number(found[1]) + MARKER_HEIGHT / 2;
	return { pixels: image.pixels, rows: pngRows(image.pixels, OG_WIDTH, OG_HEIGHT), bodyCentre, ...clearRows(image.pixels, Math.round(bodyCentre)) };
}

// The run of rows around `row` that are one colour edge to edge (the card's background,
// as the empty body leaves it): where the header and footer draw nothing.
function clearRows(pixels: Uint8Array, row: number): { clearTop: number; clearBottom: number } {
	const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength / 4);
	const background = words[row * OG_WIDTH];
	const bare = (y: number): boolean => {
		for (let i = y * OG_WIDTH, end = i + OG_WIDTH; i < end; i++) if (words[i] !== background) return false;
		return true;
	};
	if (row < 0 || row >= OG_HEIGHT || !bare(row)) return { clearTop: 0, clearBottom: 0 };
	let clearTop = row;
	while (clearTop > 0 && bare(clearTop - 1)) clearTop--;
	let clearBottom = row + 1;
	while (clearBottom < OG_HEIGHT && bare(clearBottom)) clearBottom++;
	return { clearTop, clearBottom };
}

/** Length of the SHA-256 digest that heads every cache record. */
const DIGEST_BYTES = 32;

/** A cache file's record: the SHA-256 of the PNG, then the PNG. */
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
 * Writes a card's cache record. Written aside and renamed, so parallel builds or
 * workers never read half a file.
 */
export async function writeOgCacheFile(file: string, png: Buffer): Promise<void> {
	try {
		await mkdir(dirname(file), { recursive: true });
		const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		await writeFile(partial, encodeOgCacheRecord(png));
		await rename(partial, file);
	} catch (error) {
		throw new Error(`Cannot write the Open Graph image cache ${file}.`, { cause: error });
	}
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// A truncated file from an interrupted build is redrawn, not served.
function isPng(data: Buffer): boolean {
	return data.length > 64 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-8, -4).toString('latin1') === 'IEND';
}
