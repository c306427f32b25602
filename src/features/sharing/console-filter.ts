import { normalizeForSearch } from '../search/normalize';

/**
 * Does a row match the filter? Every word of the query must occur in the row's text,
 * compared in normalised form and also with spaces removed (ZWNJ/space/joined
 * spellings of Persian compounds). Shared by the page (build time) and
 * the browser script, so it must stay free of Node and site-configuration imports.
 */
export function rowMatches(search: string, query: string): boolean {
	const words = normalizeForSearch(query).split(' ').filter(Boolean);
	if (!words.length) return true;
	const joined = search.replace(/ /g, '');
	return words.every((word) => search.includes(word) || joined.includes(word));
}
