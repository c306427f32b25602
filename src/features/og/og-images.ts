import type { Locale } from '../../site.config';
import type { OgImageInput, OgSeverity } from './og';
import { ogImagePath, type OgKind } from '../../core/urls';
import { t } from '../../core/i18n';

/**
 * What each page's Open Graph image shows. The drawing is in og.ts and the image's URL in
 * src/core/urls.ts (`ogImagePath`), which both pages (the `og:image` meta) and the image
 * endpoint (which draws it) use, so they cannot disagree.
 */

/** An image to publish: where, and what to draw. */
export interface OgImageEntry {
	path: string;
	input: OgImageInput;
}

/** Text of one page for its image. */
export interface OgPageText {
	locale: Locale;
	kind: OgKind;
	id?: string;
	title: string;
	subtitle?: string;
	severity?: OgSeverity;
}

/** Dictionary key of each kind's label: the cards say what the site itself calls the page. */
const kindLabelKeys = {
	home: 'agent.ogKindHome',
	article: 'agent.ogKindArticle',
	notice: 'agent.ogKindNotice',
	incident: 'agent.ogKindIncident',
	service: 'agent.ogKindService',
} as const satisfies Record<OgKind, string>;

/** The site name and the label of `kind` in `locale`, from the dictionaries. */
export function ogLabels(locale: Locale, kind: OgKind): { siteName: string; kindLabel: string } {
	return { siteName: t(locale, 'core.siteName'), kindLabel: t(locale, kindLabelKeys[kind]) };
}

/** Builds an image entry; `labels` gives the site name and the kind label in the page's language (`ogLabels`). */
export function ogImageEntry(page: OgPageText, labels: { siteName: string; kindLabel: string }): OgImageEntry {
	return {
		path: ogImagePath(page.locale, page.kind, page.id),
		input: {
			title: page.title,
			...(page.subtitle ? { subtitle: page.subtitle } : {}),
			kind: page.kind,
			locale: page.locale,
			siteName: labels.siteName,
			kindLabel: labels.kindLabel,
			...(page.severity ? { severity: page.severity } : {}),
		},
	};
}

/** Finds duplicate image paths (two pages would overwrite one image); returns messages. */
export function duplicateOgPaths(entries: readonly OgImageEntry[]): string[] {
	const seen = new Set<string>();
	const problems: string[] = [];
	for (const entry of entries) {
		if (seen.has(entry.path)) problems.push(`Two pages want the Open Graph image ${entry.path}`);
		seen.add(entry.path);
	}
	return problems;
}
