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
 * Encodes 8-bit RGBA pixels (`width × height × 4` bytes, row by row) as a PNG: truecolour
 * without alpha when every pixel is opaque (a card always is: its background fills it),
 * truecolour with alpha otherwise, so no pixel is ever changed.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
	if (!(width > 0 && height > 0) || rgba.length !== width * height * 4) {
		throw new RangeError(`Cannot encode ${rgba.length} bytes as a ${width}×${height} RGBA image.`);
	}
	const opaque = isOpaque(rgba);
	const channels = opaque ? 3 : 4;
	const stride = width * channels + 1;
	const rows = scratchRows(stride * height);
	let p = 0;
	let q = 0;
	for (let y = 0; y < height; y++) {
		// Filter type 0 (none) on every row: flat colour compresses well without it, and
		// choosing a filter per row is where other encoders spend their time.
		rows[q++] = 0;
		if (opaque) {
			for (let x = 0; x < width; x++, p += 4, q += 3) {
				rows[q] = rgba[p] as number;
				rows[q + 1] = rgba[p + 1] as number;
				rows[q + 2] = rgba[p + 2] as number;
			}
		} else {
			rows.set(rgba.subarray(p, p + width * 4), q);
			p += width * 4;
			q += width * 4;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = opaque ? 2 : 6; // truecolour, or truecolour with alpha
	// Bytes 10-12: deflate compression, adaptive filtering, no interlace (all zero).
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

let scratch: Buffer | undefined;

// One row buffer per thread, reused: a fresh 2–3 MB buffer per card costs more in page
// faults than the copy into it (measured on the 2-core VM this project benches on).
function scratchRows(size: number): Buffer {
	if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
	return scratch.subarray(0, size);
}

function isOpaque(rgba: Uint8Array): boolean {
	for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
	return true;
}

function chunk(type: string, data: Buffer): Buffer {
	const out = Buffer.allocUnsafe(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}
