/**
 * A PNG encoder for the raw pixels resvg renders, tuned for Open Graph cards: a few flat
 * colours and anti-aliased text. resvg-js's own `asPng()` and pngjs spend 14–40 ms on a
 * 1200×630 card (filter heuristics and a high deflate level, in JavaScript for pngjs);
 * Node's own zlib at level 3 on unfiltered rows takes about 3 ms and the file stays
 * within a few KB of resvg's (measured on corpus cards: README, "Open Graph images").
 *
 * Written here rather than taken from a package because it is only the container (three
 * chunks, CRC from node:zlib); the compression itself is zlib's.
 *
 * Runs in worker threads started from source (Node type stripping): erasable types only.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Level 3 is the knee for these images: level 1 is larger and no faster, level 6 is three times slower for 25% less.
const DEFLATE_LEVEL = 3;

/**
 * An image's rows as PNG stores them before compression: a filter byte (0, none) then the
 * pixels, RGB when every pixel is opaque (a card always is: its background fills it), RGBA
 * otherwise, so no pixel is ever changed.
 */
export interface PngRows {
	data: Buffer;
	width: number;
	height: number;
	channels: 3 | 4;
}

/**
 * Encodes 8-bit RGBA pixels (`width × height × 4` bytes, row by row) as a PNG: truecolour
 * without alpha when every pixel is opaque, truecolour with alpha otherwise.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
	return encodeRows(pngRows(rgba, width, height, scratchRows));
}

/**
 * The rows of `rgba`, in a buffer of their own (`allocate`: a fresh one unless told), for
 * an image many others are drawn over (`overRows`).
 */
export function pngRows(rgba: Uint8Array, width: number, height: number, allocate: (size: number) => Buffer = Buffer.allocUnsafe): PngRows {
	if (!(width > 0 && height > 0) || rgba.length !== width * height * 4) {
		throw new RangeError(`Cannot encode ${rgba.length} bytes as a ${width}×${height} RGBA image.`);
	}
	const rgb = allocate((width * 3 + 1) * height);
	if (writeRgb(rgb, rgba, width, 0, height)) return { data: rgb, width, height, channels: 3 };
	const data = allocate((width * 4 + 1) * height);
	for (let y = 0, p = 0, q = 0; y < height; y++, p += width * 4, q += width * 4) {
		data[q++] = 0;
		data.set(rgba.subarray(p, p + width * 4), q);
	}
	return { data, width, height, channels: 4 };
}

/**
 * `base` with its rows from `top` on replaced by `rgba` (whole rows of the same width), in
 * this thread's scratch buffer: valid until the next call. Converts only those rows, so a
 * card drawn over a template pays only for its band. Undefined when `base` is RGB and a pixel
 * of `rgba` is not opaque (then the whole image must be encoded with alpha).
 */
export function overRows(base: PngRows, rgba: Uint8Array, top: number): PngRows | undefined {
	const count = rgba.length / (base.width * 4);
	if (!Number.isInteger(count) || top < 0 || top + count > base.height) {
		throw new RangeError(`Cannot put ${rgba.length} bytes of ${base.width}-pixel rows at row ${top} of a ${base.width}×${base.height} image.`);
	}
	const data = scratchRows(base.data.length);
	base.data.copy(data);
	if (base.channels === 3) return writeRgb(data, rgba, base.width, top, count) ? { ...base, data } : undefined;
	const stride = base.width * 4 + 1;
	for (let y = 0; y < count; y++) data.set(rgba.subarray(y * base.width * 4, (y + 1) * base.width * 4), (top + y) * stride + 1);
	return { ...base, data };
}

/** The PNG file of `rows`. */
export function encodeRows(rows: PngRows): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(rows.width, 0);
	header.writeUInt32BE(rows.height, 4);
	header[8] = 8; // bits per channel
	header[9] = rows.channels === 3 ? 2 : 6; // truecolour, or truecolour with alpha
	// Bytes 10-12: deflate compression, adaptive filtering, no interlace (all zero).
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows.data, { level: DEFLATE_LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

// Writes `count` rows of `rgba` as filtered RGB rows into `rows` from row `top`, checking
// opacity on the way (one pass over the pixels, not two). False when a pixel is not opaque.
function writeRgb(rows: Buffer, rgba: Uint8Array, width: number, top: number, count: number): boolean {
	let alpha = 255;
	let p = 0;
	let q = top * (width * 3 + 1);
	for (let y = 0; y < count; y++) {
		// Filter type 0 (none) on every row: flat colour compresses well without it, and
		// choosing a filter per row is where other encoders spend their time.
		rows[q++] = 0;
		for (let x = 0; x < width; x++, p += 4, q += 3) {
			rows[q] = rgba[p] as number;
			rows[q + 1] = rgba[p + 1] as number;
			rows[q + 2] = rgba[p + 2] as number;
			alpha &= rgba[p + 3] as number;
		}
	}
	return alpha === 255;
}

let scratch: Buffer | undefined;

// One row buffer per thread, reused: a fresh 2–3 MB buffer per card costs more in page
// faults than the copy into it (measured on the 2-core VM this project benches on).
function scratchRows(size: number): Buffer {
	if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
	return scratch.subarray(0, size);
}

function chunk(type: string, data: Buffer): Buffer {
	const out = Buffer.allocUnsafe(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}
