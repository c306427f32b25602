import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mediaGuard } from '../../src/features/content/media-integration';
import { checkMediaFolder, mediaProblem, sniffMediaType } from '../../src/features/content/media';
import { formatHeaders, headersFor, mediaHeaderRules, parseHeaders } from '../../src/features/site/security-headers';

/** Uploads are raster images recognised by content; everything else is refused, naming the file. */
const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(40, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 2)]);
const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(40, 3)]);
const webp = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(40, 4)]);
const avif = Buffer.concat([Buffer.from('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf', 'latin1'), Buffer.alloc(40, 5)]);
const avifCompatible = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00avifmiaf', 'latin1'), Buffer.alloc(40, 5)]);
const html = Buffer.from('<!doctype html><script>alert(document.domain)</script>');
const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
const polyglotGif = Buffer.from('GIF89a/*\x00\x00\x00\x00*/=1;<script>alert(document.cookie)</script>', 'latin1');

const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('sniffMediaType', () => {
	it('recognises each accepted type by its magic bytes', () => {
		expect(sniffMediaType(png)).toBe('png');
		expect(sniffMediaType(jpeg)).toBe('jpeg');
		expect(sniffMediaType(gif)).toBe('gif');
		expect(sniffMediaType(webp)).toBe('webp');
		expect(sniffMediaType(avif)).toBe('avif');
		expect(sniffMediaType(avifCompatible)).toBe('avif');
	});
	it('recognises nothing else', () => {
		for (const bytes of [html, svg, Buffer.from('%PDF-1.7\n'), Buffer.from('console.log(1)'), Buffer.alloc(0), Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42', 'latin1')]) {
			expect(sniffMediaType(bytes)).toBeUndefined();
		}
	});
});

describe('mediaProblem', () => {
	it('accepts images named for what they are', () => {
		expect(mediaProblem('chart.png', png)).toBeUndefined();
		expect(mediaProblem('photo.JPG', jpeg)).toBeUndefined();
		expect(mediaProblem('photo.jpeg', jpeg)).toBeUndefined();
		expect(mediaProblem('anim.gif', gif)).toBeUndefined();
		expect(mediaProblem('shot.webp', webp)).toBeUndefined();
		expect(mediaProblem('shot.avif', avif)).toBeUndefined();
		expect(mediaProblem('.gitkeep', Buffer.alloc(0))).toBeUndefined();
	});
	it('refuses a PNG named .jpg', () => {
		expect(mediaProblem('photo.jpg', png)).toMatch(/PNG image but is named "\.jpg"; rename it to \.png/);
	});
	it('refuses an HTML file named .png', () => {
		expect(mediaProblem('innocent.png', html)).toMatch(/not a PNG, JPEG, WebP, GIF or AVIF image/);
	});
	it('refuses SVG, saying why', () => {
		expect(mediaProblem('logo.svg', svg)).toMatch(/SVG can carry script; upload PNG or WebP/);
		expect(mediaProblem('logo.png', svg)).toMatch(/SVG/);
	});
	it('refuses a GIF that is also HTML with a script (polyglot)', () => {
		expect(sniffMediaType(polyglotGif)).toBe('gif');
		expect(mediaProblem('funny.gif', polyglotGif)).toMatch(/also contains HTML or script/);
	});
	it('refuses scripts, PDFs, extensionless files and non-empty placeholders', () => {
		expect(mediaProblem('app.js', Buffer.from('alert(1)'))).toBeDefined();
		expect(mediaProblem('guide.pdf', Buffer.from('%PDF-1.7\n'))).toBeDefined();
		expect(mediaProblem('image', png)).toMatch(/no extension/);
		expect(mediaProblem('.gitkeep', html)).toMatch(/must be empty/);
	});
});

describe('the media folder at build start', () => {
	function project(files: Record<string, Buffer>): string {
		const root = mkdtempSync(join(tmpdir(), 'bayan-media-'));
		temps.push(root);
		mkdirSync(join(root, 'public/media/2026'), { recursive: true });
		for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, 'public/media', name), bytes);
		return root;
	}
	async function start(root: string): Promise<void> {
		const hooks = mediaGuard().hooks as Record<string, (options: unknown) => unknown>;
		await hooks['astro:config:done']!({ config: { root: new URL(`file://${root}/`) } });
		await hooks['astro:build:start']!({});
	}

	it('passes with images only', async () => {
		await expect(start(project({ '.gitkeep': Buffer.alloc(0), 'a.png': png, '2026/b.webp': webp }))).resolves.toBeUndefined();
	});
	it('stops naming every offending file, in subfolders too', async () => {
		const root = project({ 'a.png': png, 'x.html': html, '2026/page.png': html, 'logo.svg': svg });
		symlinkSync('/etc/passwd', join(root, 'public/media/passwd.png'));
		const error = await start(root).then(
			() => undefined,
			(thrown: Error) => thrown,
		);
		expect(error?.message).toContain('public/media/x.html: is not a PNG');
		expect(error?.message).toContain('public/media/2026/page.png: is not a PNG');
		expect(error?.message).toContain('public/media/logo.svg: is an SVG');
		expect(error?.message).toContain('public/media/passwd.png: is not a regular file');
		expect(error?.message).not.toContain('a.png');
		expect(checkMediaFolder(join(root, 'public/media'), root)).toHaveLength(4);
	});
	it('passes when there is no media folder', () => {
		expect(checkMediaFolder('/nonexistent/public/media', '/nonexistent')).toEqual([]);
	});
});

describe('headers for /media/*', () => {
	it('forbid sniffing and give any document opened there a sandbox that loads nothing', () => {
		const rules = parseHeaders(
			formatHeaders([{ path: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } }, { path: '/media/*', headers: { 'Content-Security-Policy': "default-src 'self'" } }, ...mediaHeaderRules()]),
		);
		const headers = headersFor(rules, '/media/2026/a.png');
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Content-Security-Policy']).toBe("default-src 'none'; sandbox");
		expect(headersFor(rules, '/fa/')['Content-Security-Policy']).toBeUndefined();
	});
});
