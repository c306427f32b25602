import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/**
 * What may be published from `public/media/` (served at `/media/`): raster images only,
 * recognised by their content (magic bytes), never by their name. An upload is a file that
 * anyone with CMS access, or a commit, can put on the site's own origin; an HTML, JS or SVG
 * file there could run script as the site. So:
 *
 * - only PNG, JPEG, WebP, GIF and AVIF are accepted, and the extension must name the type
 *   the bytes are (a PNG called `.jpg` is refused, so the host's Content-Type is right);
 * - SVG is refused: it is XML that may carry `<script>` and event handlers. Upload PNG or WebP;
 * - an image that also contains markup (a GIF/HTML polyglot with `<script>`) is refused;
 * - PDF is refused too: it can carry JavaScript and forms; link to documents elsewhere.
 *
 * Used by the build (src/features/content/media-integration.ts), the local CMS proxy (scripts/cms.mjs) and
 * the local server's tests.
 */

/** A media type Bayan publishes. */
export type MediaType = 'png' | 'jpeg' | 'webp' | 'gif' | 'avif';

/** Content-Type of each accepted type. */
export const mediaContentTypes: Record<MediaType, string> = {
	png: 'image/png',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	gif: 'image/gif',
	avif: 'image/avif',
};

/** File extensions (lower case, with the dot) allowed for each type. */
export const mediaExtensions: Record<MediaType, readonly string[]> = {
	png: ['.png'],
	jpeg: ['.jpg', '.jpeg'],
	webp: ['.webp'],
	gif: ['.gif'],
	avif: ['.avif'],
};

/** The folder uploads live in, relative to the project, and the URL path it is served at. */
export const MEDIA_FOLDER = 'public/media';

/** Placeholders Git needs to keep an empty folder; allowed when empty. */
const placeholders = new Set(['.gitkeep']);

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');

/** The media type `bytes` are, from their magic bytes, or undefined for anything else. */
export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
	if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 8) === 'PNG\r\n\x1a\n') return 'png';
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	// ISO-BMFF: [size]['ftyp'][major brand][minor version][compatible brands…]
	if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
		const size = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0);
		const end = Math.min(bytes.length, Math.max(16, size));
		const brands = [ascii(bytes, 8, 12)];
		for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
		if (brands.includes('avif') || brands.includes('avis')) return 'avif';
	}
	return undefined;
}

/**
 * Markup that makes a file readable as HTML or XML by something that sniffs (old browsers,
 * a misconfigured host, a user saving it as .html). Image data containing these byte
 * sequences is, in practice, never an accident.
 */
const markup = /<\s*(script|html|body|iframe|object|embed|svg|!doctype)\b|javascript:/i;

/**
 * Why a file may not be published from the media folder, or undefined if it may.
 * @param name the file's name (its extension is checked against its content)
 * @param bytes the file's content
 */
export function mediaProblem(name: string, bytes: Uint8Array): string | undefined {
	const base = name.split(/[\\/]/).at(-1) ?? name;
	if (placeholders.has(base)) return bytes.length === 0 ? undefined : `${base} must be empty`;
	const extension = extname(base).toLowerCase();
	const type = sniffMediaType(bytes);
	if (!type) {
		const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
		const what = /<svg\b/i.test(head) || extension === '.svg' ? 'an SVG (SVG can carry script; upload PNG or WebP instead)' : 'not a PNG, JPEG, WebP, GIF or AVIF image';
		return `is ${what}`;
	}
	if (!mediaExtensions[type].includes(extension)) {
		return `is a ${type.toUpperCase()} image but is named "${extension || '(no extension)'}"; rename it to ${mediaExtensions[type][0]}`;
	}
	if (markup.test(Buffer.from(bytes).toString('latin1'))) return `is a ${type.toUpperCase()} image that also contains HTML or script`;
	return undefined;
}

/**
 * Every file under `dir` that may not be published, as messages naming the file relative
 * to `projectRoot`. Symbolic links are refused (they could point anywhere).
 */
export function checkMediaFolder(dir: string, projectRoot: string): string[] {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true, recursive: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new Error(`Cannot list the media folder ${dir}`, { cause: error });
	}
	const problems: string[] = [];
	for (const entry of entries) {
		const path = join(entry.parentPath, entry.name);
		const shown = relative(projectRoot, path);
		if (entry.isDirectory()) continue;
		if (entry.isSymbolicLink() || !lstatSync(path).isFile()) {
			problems.push(`${shown}: is not a regular file (links and special files are not published from ${MEDIA_FOLDER}/)`);
			continue;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			throw new Error(`${shown}: cannot be read to check its type`, { cause: error });
		}
		const problem = mediaProblem(entry.name, bytes);
		if (problem) problems.push(`${shown}: ${problem}`);
	}
	return problems.sort();
}
