/**
 * Open Graph images against committed reference PNGs. After an intended change to the
 * drawing, regenerate them and look at every one before committing:
 *
 *     UPDATE_OG_REFERENCES=1 npx vitest run tests/unit/og.test.ts
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { measureText } from '../../src/features/og/text-layout';
import {
	OG_HEIGHT,
	OG_WIDTH,
	TITLE_SIZES,
	fitTitle,
	ogCacheKey,
	renderOgImage,
	renderOgImageCached,
	ogCacheFile,
	encodeOgCacheRecord,
	decodeOgCacheRecord,
	type OgImageInput,
} from '../../src/features/og/og';

// pngjs ships no types (and @types/pngjs is not installed); this is the part we use.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
	PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

// The references are drawn in the demo's accent colour; the project's brand (src/brand.config.ts)
// is the owner's after `npm run init -- --empty`, so the drawing is compared in that one colour.
vi.mock('../../src/core/brand', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/core/brand')>();
	return { ...original, brand: { ...original.brand, colours: { ...original.brand.colours, accent: '#0a6a61' } } };
});

const referenceDir = join(import.meta.dirname, '..', 'fixtures', 'og');
const updating = process.env.UPDATE_OG_REFERENCES === '1';
/**
 * Share of pixels allowed to differ. Anti-aliasing may drift between resvg builds
 * (pixelmatch's threshold absorbs most of it); one changed digit in a title moves about
 * 0.2% of the image, so the bar sits below that rather than at a looser 0.5%.
 */
const TOLERANCE = 0.001;

const fixtures: Record<string, OgImageInput> = {
	'fa-article': {
		title: 'چطور سفارشم را پیگیری کنم؟',
		subtitle: 'وضعیت ارسال را با کد رهگیری در چند ثانیه ببینید.',
		kind: 'article',
		locale: 'fa',
		siteName: 'راهنمای بازارک',
		kindLabel: 'مقاله',
		footer: 'help.bazarak.example',
	},
	'ar-article': {
		title: 'كيف أتتبع طلبي؟',
		subtitle: 'اعرف مكان شحنتك خطوة بخطوة.',
		kind: 'article',
		locale: 'ar',
		siteName: 'دليل بازارك',
		kindLabel: 'مقالة',
		footer: 'help.bazarak.example',
	},
	'fa-mixed': {
		title: 'راهنمای Astro 7 برای ۱۴۰۵',
		subtitle: 'سفارش BZ-48213 (ارسال‌شده) — وزن ۱۲ kg',
		kind: 'article',
		locale: 'fa',
		siteName: 'راهنمای بازارک',
		kindLabel: 'مقاله',
		footer: 'help.bazarak.example',
	},
	'ar-mixed': {
		title: 'تحديث iOS 18 للتطبيق',
		subtitle: 'ما الجديد في الإصدار وكيف تحدّث التطبيق',
		kind: 'notice',
		severity: 'warning',
		locale: 'ar',
		siteName: 'دليل بازارك',
		kindLabel: 'إشعار',
		footer: 'help.bazarak.example',
	},
	'fa-long': {
		title: 'راهنمای کامل پیگیری سفارش‌های ارسال‌شده با پست پیشتاز و تیپاکس در روزهای تعطیل رسمی و غیررسمی، بازگرداندن کالا در صورت آسیب‌دیدگی در مسیر ارسال به شهرستان‌ها و دریافت هزینهٔ ارسال از فروشگاه',
		subtitle: 'اگر بسته‌تان دیر رسیده یا آسیب دیده است، این راهنما قدم‌به‌قدم می‌گوید چه کنید و تا چه زمانی می‌توانید درخواست بدهید.',
		kind: 'incident',
		severity: 'critical',
		locale: 'fa',
		siteName: 'راهنمای بازارک',
		kindLabel: 'گزارش اختلال',
		footer: 'help.bazarak.example',
	},
	'en-service': {
		title: 'Payment gateway',
		subtitle: 'Card payments and refunds',
		kind: 'service',
		locale: 'en',
		siteName: 'Bazarak Help',
		kindLabel: 'Service status',
		footer: 'help.bazarak.example',
	},
};

function differingShare(actual: Buffer, expected: Buffer): number {
	const a = PNG.sync.read(actual);
	const b = PNG.sync.read(expected);
	expect([a.width, a.height]).toEqual([b.width, b.height]);
	const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
	return differing / (a.width * a.height);
}

const rendered = new Map<string, Buffer>();

async function render(name: string): Promise<Buffer> {
	let png = rendered.get(name);
	if (!png) {
		const input = fixtures[name];
		if (!input) throw new Error(`No fixture "${name}"`);
		png = await renderOgImage(input);
		rendered.set(name, png);
	}
	return png;
}

describe('renderOgImage', () => {
	for (const name of Object.keys(fixtures)) {
		it(`draws ${name} like its reference`, async () => {
			const png = await render(name);
			const image = PNG.sync.read(png);
			expect([image.width, image.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
			const reference = join(referenceDir, `${name}.png`);
			if (updating) {
				await mkdir(referenceDir, { recursive: true });
				await writeFile(reference, png);
				return;
			}
			expect(differingShare(png, await readFile(reference))).toBeLessThan(TOLERANCE);
		});
	}

	it('tells titles apart: a wrong drawing fails the comparison', async () => {
		if (updating) return;
		// Same layout, same colours, only the words differ: if this passed, the tolerance would be blind.
		const share = differingShare(await render('fa-article'), await readFile(join(referenceDir, 'fa-mixed.png')));
		expect(share).toBeGreaterThan(TOLERANCE);
	});
});

describe('fitTitle', () => {
	const width = 1040;

	it('keeps a short title at the largest size', () => {
		const block = fitTitle('راهنمای Astro 7 برای ۱۴۰۵', 'rtl', width);
		expect(block.fontSize).toBe(TITLE_SIZES[0]);
		expect(block.lines).toHaveLength(1);
		expect(block.truncated).toBe(false);
	});

	it('shrinks, then cuts with an ellipsis, and never overflows', () => {
		const title = fixtures['fa-long']?.title ?? '';
		const block = fitTitle(title, 'rtl', width);
		expect(block.fontSize).toBe(TITLE_SIZES[TITLE_SIZES.length - 1]);
		expect(block.lines).toHaveLength(3);
		expect(block.truncated).toBe(true);
		// The ellipsis ends the sentence, which in a right-to-left line is its left edge.
		expect(block.lines[2]?.[0]?.visual.startsWith('…')).toBe(true);
		for (const runs of block.lines) {
			const line = runs.map((run) => run.text).join('');
			expect(measureText(line, block.fontSize)).toBeLessThanOrEqual(width);
		}
	});

	it('shrinks a title that needs four lines at 64px but fits in three at a smaller size', () => {
		const title = 'راهنمای کامل پیگیری سفارش‌های ارسال‌شده با پست پیشتاز و تیپاکس در روزهای تعطیل رسمی و غیررسمی و بازگرداندن کالا';
		const block = fitTitle(title, 'rtl', width);
		expect(block.fontSize).toBeLessThan(TITLE_SIZES[0]);
		expect(block.lines.length).toBeLessThanOrEqual(3);
		expect(block.truncated).toBe(false);
	});
});

describe('Open Graph cache', () => {
	const dirs: string[] = [];
	afterAll(async () => {
		await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
	});
	const input = fixtures['fa-mixed'] as OgImageInput;

	it('keys by content, not by property order', () => {
		const key = ogCacheKey(input);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		const reordered = Object.fromEntries(Object.entries(input).reverse()) as unknown as OgImageInput;
		expect(ogCacheKey(reordered)).toBe(key);
		expect(ogCacheKey({ ...input, subtitle: undefined })).not.toBe(key);
		expect(ogCacheKey({ ...input, title: `${input.title}!` })).not.toBe(key);
		expect(ogCacheKey({ ...input, locale: 'ar' })).not.toBe(key);
	});

	it('returns identical bytes from the cache and does not redraw', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'bayan-og-'));
		dirs.push(dir);
		const first = await renderOgImageCached(input, dir);
		const file = ogCacheFile(input, dir);
		expect(decodeOgCacheRecord(await readFile(file))?.equals(first)).toBe(true);
		const second = await renderOgImageCached(input, dir);
		expect(second.equals(first)).toBe(true);

		// Plant another valid record under the key: a cache hit must return it untouched.
		const planted = await render('en-service');
		await writeFile(file, encodeOgCacheRecord(planted));
		expect((await renderOgImageCached(input, dir)).equals(planted)).toBe(true);
	});

	it('redraws over a truncated cache file', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'bayan-og-'));
		dirs.push(dir);
		const file = ogCacheFile(input, dir);
		const good = await renderOgImageCached(input, dir);
		await writeFile(file, (await readFile(file)).subarray(0, 100));
		const again = await renderOgImageCached(input, dir);
		expect(again.equals(good)).toBe(true);
		expect(decodeOgCacheRecord(await readFile(file))?.equals(good)).toBe(true);
	});

	it('redraws a cache file whose bytes no longer match their hash, even if it still looks like a PNG', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'bayan-og-'));
		dirs.push(dir);
		const file = ogCacheFile(input, dir);
		const good = await renderOgImageCached(input, dir);
		const record = await readFile(file);
		// Flip one byte in the middle of the image data: signature and IEND are intact.
		const damaged = Buffer.from(record);
		const middle = 32 + Math.floor(good.length / 2);
		damaged[middle] = damaged[middle]! ^ 0xff;
		await writeFile(file, damaged);
		expect(decodeOgCacheRecord(damaged)).toBeUndefined();
		const again = await renderOgImageCached(input, dir);
		expect(again.equals(good)).toBe(true);
		expect((await readFile(file)).equals(record)).toBe(true);
		// A bare PNG (no digest), as older builds stored, is not trusted either.
		await writeFile(file, good);
		expect(decodeOgCacheRecord(good)).toBeUndefined();
		expect((await renderOgImageCached(input, dir)).equals(good)).toBe(true);
	});
});

describe('text measure against the renderer', () => {
	it('gives each run the width satori lays it out at, within the pixel satori rounds up to', async () => {
		const { default: satori } = await import('satori');
		const { readFile: read } = await import('node:fs/promises');
		const { vazirmatnFontPath } = await import('../../src/features/og/text-layout');
		const fonts = [
			{ name: 'Vazirmatn', data: await read(vazirmatnFontPath('regular')), weight: 400 as const, style: 'normal' as const },
			{ name: 'Vazirmatn', data: await read(vazirmatnFontPath('bold')), weight: 700 as const, style: 'normal' as const },
		];
		const samples: Array<[string, 'rtl' | 'ltr']> = [
			['چطور سفارشم را پیگیری کنم؟', 'rtl'],
			['می‌خواهم سفارش‌هایم را ببینم', 'rtl'],
			['كيف تُحدِّث تطبيق بازارك', 'rtl'],
			['لا إله إلا الله', 'rtl'],
			['Where is my order, Tavakoli?', 'ltr'],
			['BZ-48213 (۱۲ kg)', 'ltr'],
		];
		for (const weight of ['bold', 'regular'] as const) {
			for (const [text, dir] of samples) {
				const widths: number[] = [];
				await satori(
					{
						type: 'div',
						props: {
							style: { display: 'flex', fontFamily: 'Vazirmatn', fontSize: 64, fontWeight: weight === 'bold' ? 700 : 400 },
							children: { type: 'div', props: { style: { display: 'flex', direction: dir, whiteSpace: 'pre', flexShrink: 0 }, children: text } },
						},
					} as Parameters<typeof satori>[0],
					{ width: 2400, height: 200, fonts, onNodeDetected: (node) => (node.textContent === text ? widths.push(node.width) : undefined) },
				);
				expect(widths, text).toHaveLength(1);
				const measured = measureText(text, 64, { weight });
				expect(Math.abs((widths[0] ?? 0) - measured), `${weight} "${text}": satori ${widths[0]}, measure ${measured}`).toBeLessThanOrEqual(1);
			}
		}
	});
});
