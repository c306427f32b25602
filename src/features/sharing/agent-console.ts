import type { Locale } from '../../site.config';
import { normalizeForSearch } from '../search/normalize';
import { articlePath, goPath } from '../../core/urls';
import type { PermalinkOptions } from '../content/permalinks';
import { replyPlainText } from './reply';

/**
 * The agent console's table: one row per article (all its translations side by side),
 * with everything an agent copies computed at build time, and the text the filter
 * matches already normalised (Arabic/Persian letter and digit variants folded).
 */

/** One translation as the console needs it. */
export interface ConsoleTranslation {
	locale: Locale;
	slug: string;
	ref: number;
	title: string;
	summary: string;
	category: string;
	updated: Date;
	aliases?: readonly string[];
}

/** One language cell of a row. */
export interface ConsoleCell {
	locale: Locale;
	title: string;
	/** Article page path. */
	path: string;
	/** Permanent short path in this language, e.g. `/fa/go/3/`. */
	shortPath: string;
	/** Absolute permanent link. */
	shortUrl: string;
	/** Plain-text reply: title, summary, short link. */
	reply: string;
}

/** One article. */
export interface ConsoleRow {
	ref: number;
	slug: string;
	category: string;
	/** Latest `updated` of its translations. */
	updated: Date;
	/** Cells per site language; missing where the article is not translated. */
	cells: Partial<Record<Locale, ConsoleCell>>;
	/** Normalised text the filter matches: ref, slug, aliases, titles and summaries. */
	search: string;
}

/** Builds the console rows, sorted by ref. `absolute` turns a site path into a URL. */
export function consoleRows(translations: readonly ConsoleTranslation[], options: PermalinkOptions & { absolute: (path: string) => string }): ConsoleRow[] {
	const bySlug = new Map<string, ConsoleTranslation[]>();
	for (const translation of translations) bySlug.set(translation.slug, [...(bySlug.get(translation.slug) ?? []), translation]);
	const rows: ConsoleRow[] = [];
	for (const [slug, versions] of bySlug) {
		const first = versions[0]!;
		const cells: ConsoleRow['cells'] = {};
		for (const version of versions) {
			const shortPath = goPath(version.ref, version.locale);
			const shortUrl = options.absolute(shortPath);
			cells[version.locale] = {
				locale: version.locale,
				title: version.title,
				path: articlePath(version.locale, slug),
				shortPath,
				shortUrl,
				reply: replyPlainText({ title: version.title, summary: version.summary, url: shortUrl }),
			};
		}
		const aliases = [...new Set(versions.flatMap((version) => version.aliases ?? []))];
		rows.push({
			ref: first.ref,
			slug,
			category: first.category,
			updated: new Date(Math.max(...versions.map((version) => version.updated.getTime()))),
			cells,
			search: normalizeForSearch([first.ref, slug, ...aliases, ...versions.flatMap((v) => [v.title, v.summary])].join(' ')),
		});
	}
	return rows.sort((a, b) => a.ref - b.ref);
}

// The filter runs in the browser too, so it lives in a module that imports no site
// configuration (which reads the environment); re-exported here for server code and tests.
export { rowMatches } from './console-filter';
