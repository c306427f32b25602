import { join } from 'node:path';
import { noticePath } from '../../core/urls';
import { isLocale } from '../../core/i18n';
import { listContentFiles } from '../content/content-files';

/**
 * The notice pages that are real translations, from the file names in
 * `src/content/notices/<locale>/` as the content layer lists them (the build configuration
 * runs before the content layer).
 * Every language also gets a page for a notice not translated into it, showing the original;
 * those are `noindex` and must not be offered to search engines as that language's page.
 */
export function translatedNoticePaths(contentDir = 'src/content/notices'): Set<string> {
	const paths = new Set<string>();
	for (const entry of listContentFiles(contentDir, 'notices', (...parts) => join(contentDir, ...parts))) {
		const [locale = '', name = ''] = entry.split('/');
		// `listContentFiles` has refused any folder that is not a site locale.
		if (isLocale(locale)) paths.add(noticePath(locale, name.slice(0, -'.mdx'.length)));
	}
	return paths;
}

/** `/<locale>/notices/<slug>/` (one segment after notices/, so not the kind filters). */
export const noticePagePattern = /^\/[a-z]{2}\/notices\/[^/]+\/$/;
