import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import { find, svg as svgSchema } from 'property-information';
import { toXml } from 'xast-util-to-xml';
import { isInternalHref } from './safe-href';
import { hasUnsafeUrlCharacter, originProblem } from './site-origin';

/**
 * The brand: everything that makes a Bayan site one business's own (its name, logo, colours,
 * footer links and origin). The owner edits `src/brand.config.ts`; this module checks it
 * once, at build time, and every consumer (header, footer, favicon, Open Graph cards, feeds,
 * JSON-LD, the CMS) reads the checked result from `src/site.config.ts`.
 *
 * Nothing here imports the site configuration: it is imported by it.
 */

/** A colour written as `#rrggbb`, the only form the contrast check can read unambiguously. */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb, e.g. "#0a6a61"' });

/** A link target: a path on this site (`/fa/...`) or an absolute https URL; nothing that could run (`javascript:`). */
const linkTarget = z.string().refine(
	(value) => {
		// One rule for every internal link (src/core/safe-href.ts): no `//`, backslash, whitespace or control character.
		if (isInternalHref(value)) return true;
		try {
			const url = new URL(value);
			return url.protocol === 'https:' && !url.username && !url.password && !hasUnsafeUrlCharacter(value);
		} catch {
			return false;
		}
	},
	{ message: 'must be a path on this site ("/privacy/") or an absolute https:// URL' },
);

const text = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'must not be empty' })
		.max(max, { message: `must be at most ${max} characters` })
		// Control and bidi-override characters would reorder or hide the name wherever it is shown.
		.refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: 'must not contain control or bidi-override characters' });

/** An SVG file inside the project, relative to its root. */
const svgFile = z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.svg$/, { message: 'must be the path of an .svg file inside the project, e.g. "src/brand/logo.svg"' });

/** Builds the schema for a site built in `locales`. */
export function brandSchema<L extends string>(locales: readonly L[]) {
	const perLocale = (max: number) => z.strictObject(Object.fromEntries(locales.map((locale) => [locale, text(max)])) as Record<L, ReturnType<typeof text>>);
	const optionalPerLocale = (max: number) => z.strictObject(Object.fromEntries(locales.map((locale) => [locale, text(max).optional()])) as Record<L, z.ZodOptional<ReturnType<typeof text>>>);
	return z.strictObject({
		/** The help centre's name in each language (header, titles, feeds, cards, JSON-LD). */
		name: perLocale(60),
		/** One line under the name on the home page and its Open Graph card. */
		tagline: perLocale(120),
		/** The company behind the site (JSON-LD publisher, footer "about" link). */
		company: perLocale(80),
		/** An optional sentence in the footer (the demo says it is fictional). */
		footerNote: optionalPerLocale(240).optional(),
		logo: z.strictObject({
			/** The mark on light backgrounds (header, CMS). A safe SVG: see `safeSvg`. */
			light: svgFile,
			/** The mark on dark backgrounds; the light one when absent. */
			dark: svgFile.optional(),
			/** The square browser-tab icon; the light logo when absent. */
			icon: svgFile.optional(),
		}),
		colours: z.strictObject({
			/** Links, buttons and the brand mark's colour on the light theme. */
			accent: hexColour,
			/** Text on an `accent` background (buttons). */
			onAccent: hexColour,
			/** The same on the dark theme. */
			accentDark: hexColour,
			onAccentDark: hexColour,
		}),
		links: z
			.strictObject({
				privacy: linkTarget.optional(),
				terms: linkTarget.optional(),
				company: linkTarget.optional(),
				/** A phone number in international form (`+98 21 1234 5678`): shown and dialled as written. */
				phone: z
					.string()
					.regex(/^\+[1-9][0-9 ]{6,20}$/, { message: 'must be an international number: "+", country code, digits and spaces, e.g. "+98 21 1234 5678"' })
					.optional(),
			})
			.default({}),
		/** The deployed origin (`https://help.example.com`); `BAYAN_SITE_URL` overrides it for previews. */
		origin: z.string().superRefine((value, ctx) => {
			const problem = originProblem(value.replace(/\/+$/, ''));
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}),
	});
}

/** What the owner writes in `src/brand.config.ts`. */
export type BrandInput<L extends string = string> = z.input<ReturnType<typeof brandSchema<L>>>;

/** The checked brand, with each logo read, checked and re-serialised. */
export type Brand<L extends string = string> = Omit<z.output<ReturnType<typeof brandSchema<L>>>, 'logo'> & {
	logo: { light: string; dark: string; icon: string };
};

// ---- Contrast (WCAG 2.2, 1.4.3 and 1.4.11) ----

/** The page backgrounds of `src/features/site/global.css` (a unit test keeps them equal). */
export const themeBackgrounds = {
	light: { bg: '#fbfbf8', surface: '#ffffff' },
	dark: { bg: '#101418', surface: '#171d22' },
} as const;

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	const n = Number.parseInt(hex.slice(1), 16);
	return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

/** Accent text must be readable as body text (links): WCAG AA, 4.5:1. */
const AA = 4.5;

function contrastProblems(colours: Brand['colours']): string[] {
	const pairs: [key: string, fg: string, bg: string, against: string][] = [
		['colours.accent', colours.accent, themeBackgrounds.light.bg, 'the light page background'],
		['colours.accent', colours.accent, themeBackgrounds.light.surface, 'the light card background'],
		['colours.onAccent', colours.onAccent, colours.accent, 'colours.accent'],
		['colours.accentDark', colours.accentDark, themeBackgrounds.dark.bg, 'the dark page background'],
		['colours.accentDark', colours.accentDark, themeBackgrounds.dark.surface, 'the dark card background'],
		['colours.onAccentDark', colours.onAccentDark, colours.accentDark, 'colours.accentDark'],
	];
	return pairs
		.map(([key, fg, bg, against]) => [key, fg, bg, against, contrastRatio(fg, bg)] as const)
		.filter(([, , , , ratio]) => ratio < AA)
		.map(([key, fg, bg, against, ratio]) => `${key}: ${fg} on ${against} (${bg}) has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs at least ${AA}:1`);
}

// ---- Safe SVG ----

/** Drawing elements only: no script, no foreignObject (HTML), no animation (can rewrite href), no image (fetches). */
const SVG_ELEMENTS = new Set([
	'svg',
	'g',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'title',
	'desc',
	'defs',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask',
	'symbol',
	'use',
	'text',
	'tspan',
]);

/** Presentation and geometry properties (hast names). No `style` (it can load URLs), no event handlers. */
const SVG_PROPERTIES = new Set([
	'xmlns',
	'xmlnsXLink',
	'version',
	'viewBox',
	'preserveAspectRatio',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'x2',
	'y1',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'fx',
	'fy',
	'd',
	'points',
	'pathLength',
	'transform',
	'id',
	'fill',
	'fillOpacity',
	'fillRule',
	'clipRule',
	'clipPath',
	'clipPathUnits',
	'mask',
	'maskUnits',
	'maskContentUnits',
	'stroke',
	'strokeWidth',
	'strokeLineCap',
	'strokeLineJoin',
	'strokeMiterLimit',
	'strokeDashArray',
	'strokeDashOffset',
	'strokeOpacity',
	'opacity',
	'color',
	'gradientUnits',
	'gradientTransform',
	'spreadMethod',
	'offset',
	'stopColor',
	'stopOpacity',
	'href',
	'xLinkHref',
	'role',
	'ariaLabel',
	'ariaHidden',
	'fontFamily',
	'fontSize',
	'fontWeight',
	'fontStyle',
	'textAnchor',
	'dominantBaseline',
	'direction',
	'letterSpacing',
	'dx',
	'dy',
	'visibility',
	'display',
]);

/** A reference may only point inside the same drawing. */
const LOCAL_REFERENCE = /^#[\w-]+$/;
const URL_FUNCTION = /url\s*\(/i;
const LOCAL_URL = /^url\(\s*#[\w-]+\s*\)$/;

/**
 * Reads an SVG logo and returns it re-serialised from an allow-list of elements and
 * attributes, or throws naming the first thing refused. The logo is served from the site's
 * own origin, where an SVG opened directly would run any script in it as the site, so
 * anything outside the allow-list stops the build rather than being stripped silently.
 */
export function safeSvg(source: string, where: string): string {
	// An XML prolog and comments carry nothing visible; a DOCTYPE could declare entities.
	const body = source
		.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.trim();
	if (/<!DOCTYPE|<!ENTITY|<!\[CDATA\[/i.test(body)) throw new Error(`${where}: an SVG logo may not contain a DOCTYPE, entities or CDATA`);
	const tree: Root = fromHtml(body, { fragment: true });
	const elements = tree.children.filter((node): node is Element => node.type === 'element');
	const stray = tree.children.find((node) => (node.type === 'text' ? node.value.trim() !== '' : node.type !== 'element'));
	if (elements.length !== 1 || elements[0]!.tagName !== 'svg' || stray) throw new Error(`${where}: must contain exactly one <svg> element and nothing else`);
	const check = (node: Element, path: string): void => {
		if (!SVG_ELEMENTS.has(node.tagName)) throw new Error(`${where}: <${node.tagName}> is not allowed in a logo (${path}); allowed: ${[...SVG_ELEMENTS].join(', ')}`);
		for (const [name, value] of Object.entries(node.properties)) {
			// Messages name the attribute as the owner wrote it (`stroke-linecap`), not hast's property name.
			const written = find(svgSchema, name).attribute;
			if (!SVG_PROPERTIES.has(name))
				throw new Error(
					`${where}: the attribute ${JSON.stringify(written)} on <${node.tagName}> is not allowed in a logo (${path}); use presentation attributes such as fill and stroke, not style or event handlers`,
				);
			const textValue = Array.isArray(value) ? value.join(' ') : String(value);
			if ((name === 'href' || name === 'xLinkHref') && !LOCAL_REFERENCE.test(textValue)) {
				throw new Error(`${where}: <${node.tagName} ${written}> may only point inside the logo ("#id"), not ${JSON.stringify(textValue)}`);
			}
			// CSS reads `u\rl(` as `url(`, and image-set() and its kin fetch without url(): neither belongs in a logo.
			if (/\\|(?:image-set|cross-fade|element|image|src)\s*\(/i.test(textValue)) {
				throw new Error(`${where}: ${written} on <${node.tagName}> may not use CSS escapes or image functions, not ${JSON.stringify(textValue)}`);
			}
			if (URL_FUNCTION.test(textValue) && !LOCAL_URL.test(textValue.trim())) {
				throw new Error(`${where}: ${written} on <${node.tagName}> may only use url(#id), not ${JSON.stringify(textValue)}`);
			}
		}
		node.children.forEach((child: ElementContent, index: number) => {
			if (child.type === 'element') check(child, `${path} > ${child.tagName}[${index}]`);
			else if (child.type === 'comment') throw new Error(`${where}: comments are not allowed inside the logo`);
		});
	};
	const svg = elements[0]!;
	check(svg, 'svg');
	if (!svg.properties.viewBox) throw new Error(`${where}: the <svg> needs a viewBox so it scales to the header's size`);
	// Every logo is served as a file of its own (`/brand/logo.svg`, `/favicon.svg`), which a
	// browser parses as XML: written by an XML serializer, and `xlink:href` as SVG 2's plain
	// `href`, so a logo read leniently as HTML (an undeclared `xlink:` prefix) stays well-formed.
	const rename = (node: Element): void => {
		if (node.properties.xLinkHref !== undefined) {
			node.properties.href ??= node.properties.xLinkHref;
			delete node.properties.xLinkHref;
		}
		delete node.properties.xmlnsXLink;
		for (const child of node.children) if (child.type === 'element') rename(child);
	};
	rename(svg);
	delete svg.properties.xmlns;
	return toXml(toXast({ type: 'root', children: [svg as RootContent] }, { space: 'svg' }));
}

/** The ways a brand can be wrong, each naming its key; empty when it is fine. */
export class BrandError extends Error {
	constructor(
		readonly where: string,
		readonly problems: string[],
		options?: { cause?: unknown },
	) {
		super(`${where} is not a usable brand:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`, options);
		this.name = 'BrandError';
	}
}

/**
 * Checks `input` against the schema and the contrast rules, and reads, checks and
 * re-serialises its logos (paths relative to `root`). Throws a `BrandError` naming every key
 * that is wrong.
 */
export function parseBrand<L extends string>(input: unknown, locales: readonly L[], options: { where?: string; root?: string } = {}): Brand<L> {
	const where = options.where ?? 'src/brand.config.ts';
	const result = brandSchema(locales).safeParse(input);
	if (!result.success) {
		throw new BrandError(
			where,
			result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
			{ cause: result.error },
		);
	}
	const data = result.data;
	const problems = contrastProblems(data.colours);
	if (problems.length) throw new BrandError(where, problems);
	const root = options.root ?? process.cwd();
	const read = (key: string, file: string): string => {
		let source: string;
		try {
			source = readFileSync(resolve(root, file), 'utf8');
		} catch (cause) {
			throw new BrandError(where, [`${key}: cannot read ${file}`], { cause });
		}
		try {
			return safeSvg(source, `${key} (${file})`);
		} catch (cause) {
			throw new BrandError(where, [cause instanceof Error ? cause.message : String(cause)], { cause });
		}
	};
	const light = read('logo.light', data.logo.light);
	return {
		...data,
		logo: {
			light,
			dark: data.logo.dark ? read('logo.dark', data.logo.dark) : light,
			icon: data.logo.icon ? read('logo.icon', data.logo.icon) : light,
		},
	} as Brand<L>;
}

/**
 * The brand's colours as CSS custom properties over the stylesheet's defaults. `:root:root`
 * outranks the stylesheet's `:root` wherever either is loaded. Values are checked `#rrggbb`
 * colours, so nothing from the config can end the rule.
 */
export function brandCss(colours: Brand['colours']): string {
	const set = (accent: string, on: string) => `--accent:${accent};--accent-contrast:${on};--accent-soft:color-mix(in srgb,${accent} 14%,var(--surface))`;
	return `:root:root{${set(colours.accent, colours.onAccent)}}@media (prefers-color-scheme:dark){:root:root{${set(colours.accentDark, colours.onAccentDark)}}}`;
}

/** `#rrggbb` of `weight` (0–1) of `a` over `b`, for tints drawn where CSS `color-mix` is not available (Open Graph cards). */
export function mixHex(a: string, b: string, weight: number): string {
	const pa = Number.parseInt(a.slice(1), 16);
	const pb = Number.parseInt(b.slice(1), 16);
	const mix = (shift: number) => Math.round(((pa >> shift) & 255) * weight + ((pb >> shift) & 255) * (1 - weight));
	return `#${((mix(16) << 16) | (mix(8) << 8) | mix(0)).toString(16).padStart(6, '0')}`;
}
