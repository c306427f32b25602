import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { noticePath } from '../../core/urls';
import { locales } from '../../site.config';

/**
 * The notice pages that are real translations, read from the file names in
 * `src/content/notices/<locale>/` (the build configuration runs before the content layer).
 * Every language also gets a page for a notice not translated into it, showing the original;
 * those are `noindex` and must not be offered to search engines as that language's page.
 */
export function translatedNoticePaths(contentDir = 'src/content/notices'): Set<string> {
	const paths = new Set<string>();
	for (const locale of locales) {
		const folder = join(contentDir, locale);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder)) if (name.endsWith('.mdx')) paths.add(noticePath(locale, name.slice(0, -4)));
	}
	return paths;
}

/** `/<locale>/notices/<slug>/` (one segment after notices/, so not the kind filters). */
export const noticePagePattern = /^\/[a-z]{2}\/notices\/[^/]+\/$/;
