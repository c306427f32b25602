/**
 * The browser suite's own business, Sarvestan (a fictional garden-supplies shop): its brand and
 * its featured articles. The suite never tests the owner's `src/brand.config.ts` or
 * `src/content`: tests/support/e2e-site.mjs makes a scratch project the way an owner starts
 * (`npm run init -- --empty --yes`), writes this brand as its `src/brand.config.ts`, the
 * logos beside this file and the content of `content/`, and builds it. Specs read the brand's
 * names and origin from here, never as literals.
 */
import type { BrandInput } from '../../../src/core/brand-schema';
import type { Locale } from '../../../src/site.config';

/** Where the suite's site says it lives (canonical URLs, feeds, JSON-LD). */
export const origin = 'https://help.sarvestan.example';

/** The logo files of this folder, and where the scratch project keeps them. */
export const logoFiles = { 'sarvestan.svg': 'src/brand/sarvestan.svg', 'sarvestan-dark.svg': 'src/brand/sarvestan-dark.svg' } as const;

/** The brand, as an owner writes it in `src/brand.config.ts` (checked by the same schema when the site is built). */
export const brand = {
	name: { fa: 'راهنمای سروستان', ar: 'مركز مساعدة سروستان', en: 'Sarvestan Help' },
	tagline: {
		fa: 'پاسخ پرسش‌هایتان درباره سفارش، ارسال، پرداخت و شعبه‌ها',
		ar: 'إجابات أسئلتكم عن الطلبات والتوصيل والدفع والفروع',
		en: 'Answers about orders, delivery, payment and our branches',
	},
	company: { fa: 'سروستان', ar: 'سروستان', en: 'Sarvestan' },
	footerNote: {
		fa: 'سروستان فروشگاهی خیالی است که مجموعهٔ آزمون «بیان» با آن اجرا می‌شود.',
		ar: 'سروستان متجر خيالي تُشغَّل به اختبارات «بيان».',
		en: 'Sarvestan is a fictional shop the Bayan test suite runs on.',
	},
	logo: { light: logoFiles['sarvestan.svg'], dark: logoFiles['sarvestan-dark.svg'] },
	colours: { accent: '#9a3412', onAccent: '#ffffff', accentDark: '#fdba74', onAccentDark: '#1c0a02' },
	links: {
		privacy: 'https://sarvestan.example/privacy',
		terms: 'https://sarvestan.example/terms',
		company: 'https://sarvestan.example/',
		phone: '+98 21 9100 0000',
	},
	origin,
} satisfies BrandInput<Locale>;

/** The articles the home page features (`featuredRefs` of src/site.config.ts): the content below has them. */
export const featuredRefs = [1, 2, 3, 4, 5, 6];
