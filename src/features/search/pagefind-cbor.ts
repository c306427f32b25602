/**
 * The part of CBOR (RFC 8949) Pagefind writes its index and metadata files in: unsigned and
 * negative integers, text strings and arrays, each of definite length with the shortest
 * header (what Pagefind's encoder, minicbor, writes). Anything else (maps, byte strings,
 * floats, tags, indefinite lengths, headers longer than needed) is refused with the file
 * named, so an index of another shape fails the build instead of being rewritten wrongly.
 * Small on purpose: the index re-cut (index-chunks.ts) reads words and their byte spans and
 * copies postings as they are, and re-encodes only `pf_meta`, checked to come back byte for byte.
 */

/** A value of the CBOR subset Pagefind writes. */
export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/** One item's header: its major type, its argument (integer value, length or count) and where its content starts. */
interface Header {
	major: number;
	value: number;
	start: number;
}

function readHeader(bytes: Uint8Array, at: number, file: string): Header {
	const first = bytes[at];
	if (first === undefined) throw new Error(`${file}: CBOR ends early at byte ${at}`);
	const major = first >> 5;
	const info = first & 31;
	if (major !== UNSIGNED && major !== NEGATIVE && major !== TEXT && major !== ARRAY) throw new Error(`${file}: CBOR major type ${major} at byte ${at}, which Pagefind's index does not use`);
	if (info < 24) return { major, value: info, start: at + 1 };
	const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
	if (width === 0) throw new Error(`${file}: CBOR item at byte ${at} has no definite length (additional information ${info})`);
	if (at + 1 + width > bytes.length) throw new Error(`${file}: CBOR ends early at byte ${at}`);
	let value = 0;
	for (let i = 1; i <= width; i += 1) value = value * 256 + bytes[at + i]!;
	if (!Number.isSafeInteger(value)) throw new Error(`${file}: CBOR integer at byte ${at} is too large`);
	// Only the shortest header is Pagefind's: anything longer would not come back byte for byte.
	if (value < 24 || (width > 1 && value < 256 ** (width / 2))) throw new Error(`${file}: CBOR header at byte ${at} is longer than needed`);
	return { major, value, start: at + 1 + width };
}

/** The array header at `at`: how many items the array has and where the first one starts. */
export function cborArrayAt(bytes: Uint8Array, at: number, file: string, what: string): { count: number; start: number } {
	const header = readHeader(bytes, at, file);
	if (header.major !== ARRAY) throw new Error(`${file}: ${what} is not a CBOR array`);
	return { count: header.value, start: header.start };
}

/** Where the item starting at `at` ends (the offset after it), without building its value. */
export function cborItemEnd(bytes: Uint8Array, at: number, file: string): number {
	let pending = 1;
	let offset = at;
	while (pending > 0) {
		const header = readHeader(bytes, offset, file);
		pending -= 1;
		offset = header.start;
		if (header.major === TEXT) offset += header.value;
		else if (header.major === ARRAY) pending += header.value;
		if (offset > bytes.length) throw new Error(`${file}: CBOR ends early inside the item at byte ${at}`);
	}
	return offset;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The item starting at `at` and where it ends. */
export function decodeCborAt(bytes: Uint8Array, at: number, file: string): { value: CborValue; end: number } {
	const header = readHeader(bytes, at, file);
	if (header.major === UNSIGNED) return { value: header.value, end: header.start };
	if (header.major === NEGATIVE) return { value: -1 - header.value, end: header.start };
	if (header.major === TEXT) {
		const end = header.start + header.value;
		if (end > bytes.length) throw new Error(`${file}: CBOR text at byte ${at} ends past the file`);
		try {
			return { value: utf8.decode(bytes.subarray(header.start, end)), end };
		} catch (cause) {
			throw new Error(`${file}: CBOR text at byte ${at} is not UTF-8`, { cause });
		}
	}
	const items: CborValue[] = [];
	let offset = header.start;
	for (let i = 0; i < header.value; i += 1) {
		const item = decodeCborAt(bytes, offset, file);
		items.push(item.value);
		offset = item.end;
	}
	return { value: items, end: offset };
}

/** Decodes a whole CBOR document (one item, nothing after it). */
export function decodeCbor(bytes: Uint8Array, file: string): CborValue {
	const { value, end } = decodeCborAt(bytes, 0, file);
	if (end !== bytes.length) throw new Error(`${file}: ${bytes.length - end} bytes after the CBOR item`);
	return value;
}

/** The shortest header for major type `major` with argument `value`, as minicbor writes it. */
export function cborHeader(major: number, value: number): Uint8Array {
	if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR: cannot encode ${value}`);
	const type = major << 5;
	if (value < 24) return Uint8Array.of(type | value);
	const width = value < 256 ? 1 : value < 65536 ? 2 : value < 2 ** 32 ? 4 : 8;
	const out = new Uint8Array(1 + width);
	out[0] = type | (width === 1 ? 24 : width === 2 ? 25 : width === 4 ? 26 : 27);
	let rest = value;
	for (let i = width; i >= 1; i -= 1) {
		out[i] = rest % 256;
		rest = Math.floor(rest / 256);
	}
	return out;
}

const textEncoder = new TextEncoder();

/** Encodes `value` as minicbor does: definite lengths, shortest headers. */
export function encodeCbor(value: CborValue): Uint8Array {
	const parts: Uint8Array[] = [];
	const walk = (item: CborValue): void => {
		if (typeof item === 'number') {
			if (!Number.isSafeInteger(item)) throw new Error(`CBOR: ${item} is not an integer this encoder writes`);
			parts.push(item >= 0 ? cborHeader(UNSIGNED, item) : cborHeader(NEGATIVE, -1 - item));
		} else if (typeof item === 'string') {
			const text = textEncoder.encode(item);
			parts.push(cborHeader(TEXT, text.length), text);
		} else {
			parts.push(cborHeader(ARRAY, item.length));
			for (const element of item) walk(element);
		}
	};
	walk(value);
	return Buffer.concat(parts);
}

/** The header of an array of `count` items (to write an array whose items are already encoded). */
export const cborArrayHeader = (count: number): Uint8Array => cborHeader(ARRAY, count);
