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
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './png.ts';

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
 * Draws a laid-out card. `what` names the card in errors (its title).
 *
 * The tree must not use `overflow: hidden`: satori turns it into a clip path and a mask
 * on every element inside, and resvg then allocates and composites a full-size mask
 * layer per text run (measured: about a quarter of the rasterising time). The layout
 * already keeps every line inside the card.
 */
export async function drawCard(tree: OgNode, fonts: CardFonts, what: string): Promise<Buffer> {
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
		throw new Error(`Cannot lay out the Open Graph image for "${what}".`, { cause: error });
	}
	try {
		// satori has already turned text into paths; system fonts would only cost start-up time.
		const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
		// Our encoder, not resvg's asPng(): same pixels, a sixth of the time (./png.ts).
		return encodePng(image.pixels, image.width, image.height);
	} catch (error) {
		throw new Error(`Cannot rasterise the Open Graph image for "${what}".`, { cause: error });
	}
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
