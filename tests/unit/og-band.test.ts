import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { drawCard, type OgNode, planCard } from '../../src/features/og/draw';
import { fitTitle, ogCardJob, ogFontFiles, ogTree, renderOgImage, TITLE_SIZES, type OgImageInput } from '../../src/features/og/og';

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

// A title of `size` px for each of TITLE_SIZES, in each language, mixed direction in fa and
// ar (Latin words, digits and brackets inside right-to-left text), with a two-line subtitle:
// the body at every height it can have, drawn alone over the template.
const words: Record<'fa' | 'ar' | 'en', string[]> = {
	fa: ['نصب', 'Bayan', 'CLI', 'نسخهٔ', '۲.۴', '(beta)', 'روی', 'macOS', 'و', 'ویندوز', 'برای', 'فروشگاه‌های', 'کوچک'],
	ar: ['تثبيت', 'Bayan', 'CLI', 'الإصدار', '٢٫٤', '(beta)', 'على', 'macOS', 'وَ', 'وِندوز', 'لِلمتاجر', 'الصغيرة'],
	en: ['Installing', 'the', 'Bayan', 'CLI', '2.4', '(beta)', 'on', 'macOS', 'and', 'Windows', 'for', 'small', 'shops'],
};

function titleAt(locale: 'fa' | 'ar' | 'en', size: number): string {
	const dir = locale === 'en' ? 'ltr' : 'rtl';
	const list = words[locale];
	for (let n = 1; n < 200; n++) {
		const title = Array.from({ length: n }, (_, i) => list[i % list.length]).join(' ');
		const block = fitTitle(title, dir);
		if (block.fontSize === size && !block.truncated && block.lines.length === 3) return title;
	}
	throw new Error(`No ${locale} title of ${size} px`);
}

for (const locale of ['fa', 'ar', 'en'] as const) {
	for (const size of TITLE_SIZES) {
		cards[`${locale}, mixed direction, ${size} px title and a two-line subtitle`] = {
			title: titleAt(locale, size),
			subtitle: `${titleAt(locale, TITLE_SIZES[0])} ${titleAt(locale, TITLE_SIZES[0])} ${titleAt(locale, TITLE_SIZES[0])}`,
			kind: 'article',
			locale,
			kindLabel: locale === 'en' ? 'Article (guide)' : 'مقاله',
			...labels,
		};
	}
}

function pixels(png: Buffer): Buffer {
	return PNG.sync.read(png).data;
}

describe('drawing only the body over the template', () => {
	for (const [name, input] of Object.entries(cards)) {
		it(`gives the same pixels as the whole card: ${name}`, async () => {
			const whole = await drawCard({ tree: ogTree(input) }, fonts, input.title);
			const banded = await renderOgImage(input);
			const job = ogCardJob(input);
			expect(job.template).toBeDefined();
			// Drawn from the tree without the header's and footer's glyphs, only in the body's rows.
			const plan = await planCard(job, fonts, input.title);
			expect(plan.tree).toBe(job.bodyTree);
			expect(plan.band && plan.band.bottom - plan.band.top).toBeLessThan(400);
			expect(pixels(banded).equals(pixels(whole))).toBe(true);
		});
	}

	it('draws the whole tree in the band when the header or footer reaches into it', async () => {
		const input = cards['fa, three lines at 64 px'] as OgImageInput;
		// A band as tall as the card: the template has the header's and footer's pixels there.
		const job = { ...ogCardJob(input), overflow: 400 };
		const plan = await planCard(job, fonts, input.title);
		expect(plan.tree).toBe(job.tree);
		const whole = await drawCard({ tree: ogTree(input) }, fonts, input.title);
		expect(pixels(await drawCard(job, fonts, input.title)).equals(pixels(whole))).toBe(true);
	});

	it('is not blind: the body drawn alone lacks the header and footer that the template brings', async () => {
		const input = cards['fa, three lines at 64 px'] as OgImageInput;
		const job = ogCardJob(input);
		const alone = await drawCard({ tree: job.bodyTree as OgNode }, fonts, input.title);
		expect(pixels(alone).equals(pixels(await drawCard({ tree: job.tree }, fonts, input.title)))).toBe(false);
	});

	it('is not blind: a card drawn over another kind of template differs', async () => {
		const input = cards['en, no subtitle, descenders'] as OgImageInput;
		const job = ogCardJob(input);
		const other = ogCardJob({ ...input, kind: 'notice', severity: 'critical' });
		const wrong = await drawCard({ ...job, template: other.template }, fonts, input.title);
		expect(pixels(wrong).equals(pixels(await renderOgImage(input)))).toBe(false);
	});
});
