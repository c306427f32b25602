import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { drawCard } from '../../src/features/og/draw';
import { ogCardJob, ogFontFiles, ogTree, renderOgImage, type OgImageInput } from '../../src/features/og/og';

// pngjs ships no types (and @types/pngjs is not installed); this is the part we use.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
	PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

const files = ogFontFiles();
const fonts = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
const labels = { siteName: 'راهنمای بازارک', footer: 'help.bazarak.example' };

// The shapes that reach furthest: three lines at the largest size, an Arabic title with
// marks, the smallest size with an ellipsis, a card with no subtitle, severity colours.
const cards: Record<string, OgImageInput> = {
	'fa, three lines at 64 px': {
		title: 'راهنمای کامل پیگیری سفارش در روزهای تعطیل رسمی و غیررسمی برای همه',
		subtitle: 'وضعیت ارسال را با کد رهگیری در چند ثانیه ببینید و اگر دیر شد با ما تماس بگیرید تا پیگیری کنیم.',
		kind: 'article',
		locale: 'fa',
		kindLabel: 'مقاله',
		...labels,
	},
	'ar, marks above and below': {
		title: 'كَيْفَ أُتَابِعُ طَلَبِي؟ دَلِيلُ الشَّحْنِ',
		subtitle: 'اِعْرِفْ مَكَانَ شُحْنَتِكَ خُطْوَةً بِخُطْوَةٍ.',
		kind: 'notice',
		severity: 'critical',
		locale: 'ar',
		kindLabel: 'إشعار',
		...labels,
	},
	'fa, cut with an ellipsis': {
		title: 'راهنمای کامل پیگیری سفارش‌های ارسال‌شده با پست پیشتاز و تیپاکس در روزهای تعطیل رسمی و غیررسمی، بازگرداندن کالا در صورت آسیب‌دیدگی در مسیر ارسال به شهرستان‌ها و دریافت هزینهٔ ارسال از فروشگاه',
		subtitle: 'اگر بسته‌تان دیر رسیده یا آسیب دیده است، این راهنما قدم‌به‌قدم می‌گوید چه کنید و تا چه زمانی می‌توانید درخواست بدهید.',
		kind: 'incident',
		severity: 'major',
		locale: 'fa',
		kindLabel: 'گزارش اختلال',
		...labels,
	},
	'en, no subtitle, descenders': {
		title: 'Paying by gift card (jpg, qr, typography)',
		kind: 'service',
		locale: 'en',
		kindLabel: 'Service status',
		...labels,
		siteName: 'Bazarak Help',
	},
};

function pixels(png: Buffer): Buffer {
	return PNG.sync.read(png).data;
}

describe('drawing only the body over the template', () => {
	for (const [name, input] of Object.entries(cards)) {
		it(`gives the same pixels as the whole card: ${name}`, async () => {
			const whole = await drawCard({ tree: ogTree(input) }, fonts, input.title);
			const banded = await renderOgImage(input);
			expect(ogCardJob(input).template).toBeDefined();
			expect(pixels(banded).equals(pixels(whole))).toBe(true);
		});
	}

	it('is not blind: a card drawn over another kind of template differs', async () => {
		const input = cards['en, no subtitle, descenders'] as OgImageInput;
		const job = ogCardJob(input);
		const other = ogCardJob({ ...input, kind: 'notice', severity: 'critical' });
		const wrong = await drawCard({ ...job, template: other.template }, fonts, input.title);
		expect(pixels(wrong).equals(pixels(await renderOgImage(input)))).toBe(false);
	});
});
