import type { ComponentStatus } from './incident-schema';
import type { Indicator } from './status';
import { escapeXml, xmlText } from '../../core/xml-text';

/**
 * Status badges (`/status/badge.svg`, `/status/<service-id>/badge.svg`) in the familiar
 * shields.io shape: a grey label on the left, the status on a coloured right half. They
 * are embedded in READMEs and intranets we do not control, so the SVG is self-contained,
 * has no fonts or scripts to load, and names itself for screen readers.
 */

/**
 * Badge colours per component status, dark enough that white text on them passes WCAG AA
 * (4.5:1) for small text; the tests check every one.
 */
export const statusBadgeColours: Record<ComponentStatus, string> = {
	operational: '#1e7b34',
	under_maintenance: '#1f5fa8',
	degraded_performance: '#8a5a00',
	partial_outage: '#b3410e',
	major_outage: '#b21f24',
};

/** Badge colours per page-wide indicator, matching the component colour of the same level. */
export const indicatorBadgeColours: Record<Indicator, string> = {
	none: statusBadgeColours.operational,
	maintenance: statusBadgeColours.under_maintenance,
	minor: statusBadgeColours.degraded_performance,
	major: statusBadgeColours.partial_outage,
	critical: statusBadgeColours.major_outage,
};

/** The badge of a page that lists no service yet: neutral, since there is no status to colour. */
export const emptyBadgeColour = '#5f5f5f';

const LABEL_COLOUR = '#555555';
const FONT_SIZE = 11;
const PADDING = 6;
const HEIGHT = 20;

/**
 * Escapes text for XML character data and attribute values, stripping what XML cannot carry:
 * the shared XML serializer (src/core/xml-text.ts), re-exported where badge callers look for it.
 */
export { escapeXml };

/**
 * Approximate rendered width of `text` in 11 px Verdana/DejaVu Sans, the badge font. No
 * font is available at build time, so characters are sorted into a few width classes;
 * an estimate a few pixels off only changes the padding, never clips the text.
 */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		if (/[\u064b-\u065f\u0670\u200c\u200d]/.test(char)) continue; // Arabic diacritics and joiners take no width.
		if (/[ilj.,:;'|!()[\]\u0627\u0623\u0625\u0622\u0671]/.test(char)) width += 3.5;
		else if (/[ ft\-rI/]/.test(char)) width += 4.5;
		else if (/[mwMW@%]/.test(char)) width += 10.5;
		else if (/[A-Z0-9#&]/.test(char)) width += 7.5;
		else if (/[\u0600-\u06ff]/.test(char)) width += 6.5;
		else if (/[\u1100-\u9fff\uac00-\ud7af]/.test(char)) width += 11;
		else width += 6.5;
	}
	return Math.ceil(width);
}

function channel(hex: string, offset: number): number {
	const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
	return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` or `#rgb` colour. */
export function luminance(colour: string): number {
	let hex = colour.replace('#', '');
	if (hex.length === 3) hex = [...hex].map((char) => char + char).join('');
	if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`"${colour}" is not a hex colour like #1e7b34`);
	return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on `background`, so any caller's colour stays legible. */
export function textColourOn(background: string): '#ffffff' | '#111111' {
	return contrastRatio('#ffffff', background) >= contrastRatio('#111111', background) ? '#ffffff' : '#111111';
}

/**
 * A shields.io-style badge: `label` on grey, `statusText` on `colour` (`#rrggbb`). The
 * SVG has `role="img"`, a `<title>` and an `aria-label` reading "label: status", and
 * every text is XML-escaped. Text colour is chosen for contrast against the background.
 */
export function statusBadgeSvg(rawLabel: string, rawStatusText: string, colour: string): string {
	// Cleaned before measuring, so a stripped control character takes no width either.
	const label = xmlText(rawLabel);
	const statusText = xmlText(rawStatusText);
	const labelWidth = textWidth(label) + 2 * PADDING;
	const statusWidth = textWidth(statusText) + 2 * PADDING;
	const width = labelWidth + statusWidth;
	const title = escapeXml(`${label}: ${statusText}`);
	const ink = textColourOn(colour);
	const text = (content: string, x: number, fill: string) => `<text x="${x}" y="14" fill="${fill}" text-anchor="middle">${escapeXml(content)}</text>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}">`,
		`<title>${title}</title>`,
		`<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>`,
		`<g clip-path="url(#r)">`,
		`<rect width="${labelWidth}" height="${HEIGHT}" fill="${LABEL_COLOUR}"/>`,
		`<rect x="${labelWidth}" width="${statusWidth}" height="${HEIGHT}" fill="${escapeXml(colour)}"/>`,
		`</g>`,
		`<g font-family="Verdana,'DejaVu Sans',Vazirmatn,sans-serif" font-size="${FONT_SIZE}">`,
		text(label, labelWidth / 2, '#ffffff'),
		text(statusText, labelWidth + statusWidth / 2, ink),
		`</g>`,
		`</svg>`,
	].join('');
}
