import { siteConfig, type Locale } from '../../site.config';
import { machineDate } from '../../core/dates';
import type { FaqItem } from '../content/render';
import { jsonForScript } from '../../core/json-script';
import { absoluteUrl } from '../../core/urls';

/**
 * schema.org JSON-LD builders. Pages call these and the layout prints the results, so
 * every page describes itself the same way.
 */

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail. */
export interface Crumb {
	name: string;
	path: string;
}

/** schema.org BreadcrumbList for a trail of pages. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: absoluteUrl(crumb.path),
		})),
	};
}

/** schema.org Article for a knowledge-base article. */
export function articleJsonLd(input: { locale: Locale; title: string; summary: string; path: string; updated: Date; publisher: string; section?: string }): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: input.title,
		description: input.summary,
		inLanguage: siteConfig.locales[input.locale].bcp47,
		// `updated` is a calendar date (midnight UTC); read it in UTC, as the page shows it.
		dateModified: machineDate(input.updated, 'date', 'UTC'),
		mainEntityOfPage: absoluteUrl(input.path),
		url: absoluteUrl(input.path),
		...(input.section ? { articleSection: input.section } : {}),
		publisher: { '@type': 'Organization', name: input.publisher },
	};
}

/** schema.org FAQPage for an article that is a list of questions. */
export function faqJsonLd(locale: Locale, items: readonly FaqItem[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		inLanguage: siteConfig.locales[locale].bcp47,
		mainEntity: items.map((item) => ({
			'@type': 'Question',
			name: item.question,
			acceptedAnswer: { '@type': 'Answer', text: item.answer },
		})),
	};
}

/** schema.org WebSite with the search action, for home pages. */
export function websiteJsonLd(locale: Locale, name: string, homePath: string, searchPath: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name,
		inLanguage: siteConfig.locales[locale].bcp47,
		url: absoluteUrl(homePath),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(searchPath)}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`, through the one script
 * serializer (src/core/json-script.ts), so content (a title containing "</script>") can
 * never close the element.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
	return jsonForScript(data);
}
