import { readFileSync } from 'node:fs';
import type { BodyHeading, FaqItem } from './render';

/**
 * Reads what the content pipeline stored on an entry (the path of its rendered HTML and
 * its metadata, src/features/content/loader.ts) with types, for pages. An entry without it
 * was not loaded by the pipeline: that is a wiring mistake, reported naming the entry
 * rather than rendering an empty page.
 */

/** What pages need from a stored body. */
export interface StoredBody {
	/** The body's HTML, read from its file when first asked for (most callers only need the metadata). */
	readonly html: string;
	/** Whether the source had any body text at all. */
	hasBody: boolean;
	headings: BodyHeading[];
	faq?: FaqItem[];
	serviceStatusIds: string[];
}

/** The stored body of an articles, notices or incidents entry. */
export function renderedBody(entry: { id: string; filePath?: string; rendered?: { html: string; metadata?: Record<string, unknown> } }): StoredBody {
	const rendered = entry.rendered;
	const metadata = rendered?.metadata ?? {};
	const htmlFile = metadata.htmlFile;
	if (!rendered || typeof htmlFile !== 'string') {
		throw new Error(`${entry.filePath ?? entry.id}: the entry has no rendered body; is its collection loaded by the content pipeline (src/content.config.ts)?`);
	}
	let html: string | undefined;
	return {
		get html() {
			if (html === undefined) {
				try {
					html = readFileSync(htmlFile, 'utf8');
				} catch (cause) {
					throw new Error(`${entry.filePath ?? entry.id}: its rendered body ${htmlFile} is gone (was the cache folder cleaned during the build?); build again`, { cause });
				}
			}
			return html;
		},
		hasBody: metadata.hasBody === true,
		headings: (metadata.headings as BodyHeading[] | undefined) ?? [],
		faq: metadata.faq as FaqItem[] | undefined,
		serviceStatusIds: (metadata.serviceStatusIds as string[] | undefined) ?? [],
	};
}
