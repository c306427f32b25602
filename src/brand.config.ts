/**
 * The brand: the one file to edit to make this help centre yours (README, "Make it yours").
 * Every key is checked when the site is built (src/core/brand-schema.ts): a missing
 * language, an accent colour without WCAG AA contrast, an unsafe SVG or a `javascript:` link
 * stops the build with a message naming the key.
 *
 * The values below are the demo's fictional shop, Bazarak.
 */
import type { BrandInput } from './core/brand-schema';
import type { Locale } from './site.config';

/**
 * Where the site lives (\`https://help.example.com\`); \`BAYAN_SITE_URL\` overrides it for previews.
 * A separate export so the site configuration, which pages' scripts also import, reads it
 * without the rest of the brand.
 */
export const origin = 'https://help.bazarak.example';

const brand = {
	name: { fa: 'راهنمای بازارک', ar: 'مركز مساعدة بازارك', en: 'Bazarak Help Centre' },
	tagline: {
		fa: 'پاسخ پرسش‌هایتان درباره سفارش، ارسال، پرداخت و شعبه‌ها',
		ar: 'إجابات أسئلتكم عن الطلبات والتوصيل والدفع والفروع',
		en: 'Answers about orders, delivery, payment and our branches',
	},
	company: { fa: 'بازارک', ar: 'بازارك', en: 'Bazarak' },
	footerNote: {
		fa: 'بازارک یک فروشگاه خیالی است؛ این راهنما نمونه‌ای از نرم‌افزار آزاد «بیان» است.',
		ar: 'بازارك متجر خيالي؛ مركز المساعدة هذا مثال على البرنامج الحر «بيان».',
		en: 'Bazarak is a fictional shop; this help centre is a demo of the free software Bayan.',
	},
	// Paths from the project root; plain drawings only (no script, style, images or links out).
	logo: { light: 'src/brand/logo.svg', dark: 'src/brand/logo-dark.svg' },
	colours: { accent: '#0a6a61', onAccent: '#ffffff', accentDark: '#5fc9bb', onAccentDark: '#0b1a18' },
	links: {
		privacy: 'https://bazarak.example/privacy',
		terms: 'https://bazarak.example/terms',
		company: 'https://bazarak.example/',
		phone: '+98 21 9100 0000',
	},
	origin,
} satisfies BrandInput<Locale>;

export default brand;
