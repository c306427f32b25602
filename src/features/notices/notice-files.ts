import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, readContentFile } from '../../core/content-file';
import { fileNameProblem } from '../../core/schema';
import { noticePath } from '../../core/urls';
import { isLocale } from '../../core/i18n';
import { listContentFiles } from '../content/content-files';
import { locales } from '../../site.config';

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

/**
 * The article files the notices fast path (`npm run build -- --only notices`) loads: the
 * translations of every article a notice lists under `related`, as `<locale>/<slug>.mdx`
 * relative to `articlesDir`, for each locale where that file exists. Notice pages show those
 * articles' titles and the notice rules check that they exist; nothing else the fast path
 * builds reads an article, so the rest of the knowledge base is never read, parsed or
 * rendered and the fast path costs the same whatever the size of the site. A slug that
 * names no file is simply not loaded, so the reference check still reports it, naming the
 * notice; a slug that is not a valid file name stops here, before it becomes a path.
 */
export function articlesNoticesNeed(noticesDir = 'src/content/notices', articlesDir = 'src/content/articles'): Set<string> {
	const slugs = new Set<string>();
	// Listed as the content layer lists the collection, so a stray file stops this build too.
	for (const entry of listContentFiles(noticesDir, 'notices', (...parts) => join(noticesDir, ...parts))) {
		const filePath = join(noticesDir, entry);
		const file = readContentFile(filePath);
		const related = file.data.related;
		if (related === undefined) continue;
		if (!Array.isArray(related)) throw new ContentError(filePath, 'must be a list of article slugs', { field: 'related', line: file.lineOf(['related']) });
		related.forEach((slug: unknown, index) => {
			const problem = typeof slug === 'string' ? fileNameProblem(slug) : 'is not an article slug';
			if (problem || typeof slug !== 'string') throw new ContentError(filePath, problem ?? 'is not an article slug', { field: `related.${index}`, line: file.lineOf(['related', index]) });
			slugs.add(slug);
		});
	}
	const files = new Set<string>();
	for (const slug of slugs) for (const locale of locales) if (existsSync(join(articlesDir, locale, `${slug}.mdx`))) files.add(`${locale}/${slug}.mdx`);
	return files;
}
