/**
 * The brand: the one file to edit to make this help centre yours (README, "Make it yours").
 * Every key is checked when the site is built (src/core/brand-schema.ts): a missing
 * language, an accent colour without WCAG AA contrast, an unsafe SVG or a `javascript:` link
 * stops the build with a message naming the key.
 *
 * Written by `npm run init -- --empty` or `--starter` in place of the demo's brand: neutral
 * names to replace with your own, and no footer links until you add yours.
 */
import type { BrandInput } from './core/brand-schema';
import type { Locale } from './site.config';

/**
 * Where the site lives (\`https://help.example.com\`); \`BAYAN_SITE_URL\` overrides it for previews.
 * A separate export so the site configuration, which pages' scripts also import, reads it
 * without the rest of the brand.
 */
export const origin = 'https://help.example.com';

const brand = {
	name: { fa: 'مرکز راهنما', ar: 'مركز المساعدة', en: 'Help Centre' },
	tagline: {
		fa: 'پاسخ پرسش‌هایتان، بی‌معطلی',
		ar: 'إجابات أسئلتكم دون انتظار',
		en: 'Answers to your questions, without the wait',
	},
	company: { fa: 'شرکت شما', ar: 'شركتكم', en: 'Your company' },
	// Paths from the project root; plain drawings only (no script, style, images or links out).
	logo: { light: 'src/brand/logo.svg', dark: 'src/brand/logo-dark.svg' },
	colours: { accent: '#0a6a61', onAccent: '#ffffff', accentDark: '#5fc9bb', onAccentDark: '#0b1a18' },
	// Privacy, terms, company and phone links appear in the footer once you add them here.
	links: {},
	origin,
} satisfies BrandInput<Locale>;

export default brand;
