import type { BodyHeading, FaqItem } from './render';

/**
 * Reads what the content pipeline stored on an entry (`rendered.html` and its metadata)
 * with types, for pages. An entry without it was not loaded by the pipeline: that is a
 * wiring mistake, reported naming the entry rather than rendering an empty page.
 */

/** What pages need from a stored body. */
export interface StoredBody {
	html: string;
	headings: BodyHeading[];
	faq?: FaqItem[];
	serviceStatusIds: string[];
}

/** The stored body of an articles, notices or incidents entry. */
export function renderedBody(entry: { id: string; filePath?: string; rendered?: { html: string; metadata?: Record<string, unknown> } }): StoredBody {
	const rendered = entry.rendered;
	if (!rendered) throw new Error(`${entry.filePath ?? entry.id}: the entry has no rendered body; is its collection loaded by the content pipeline (src/content.config.ts)?`);
	const metadata = rendered.metadata ?? {};
	return {
		html: rendered.html,
		headings: (metadata.headings as BodyHeading[] | undefined) ?? [],
		faq: metadata.faq as FaqItem[] | undefined,
		serviceStatusIds: (metadata.serviceStatusIds as string[] | undefined) ?? [],
	};
}
