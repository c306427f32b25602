import { type Dirent, existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { ContentError } from '../../core/content-file';
import { isLocale } from '../../core/i18n';
import { fileNameProblem } from '../../core/schema';
import { locales } from '../../site.config';

/*
 * The one listing of the content folders. The content layer's loaders (loader.ts,
 * yaml-loader.ts) and what runs before the content layer (redirects, sitemap, security
 * headers, the search index's synonyms) list files here, so none of them can skip a file
 * another one reads or read one another refuses. Each file is then read by the one strict
 * reader (src/core/content-file.ts). Kept free of Astro and Vite imports so the build
 * configuration (astro.config.mjs) can load it.
 */

/**
 * Files a Markdown collection holds, relative to its folder: `<locale>/<slug>.mdx`, sorted.
 * The one listing of these folders: the content layer and everything that runs before it
 * (redirects, sitemap, security headers) read the same files. Anything else in the folder
 * stops the build, naming it, rather than being skipped or silently replacing another
 * entry: a folder that is not a real directory named after a site locale, a file in the
 * collection folder itself or nested deeper, another extension (`.md`, `.MDX`), a name that
 * is not a slug (`Foo.mdx` would otherwise share an id with `foo.mdx`), a link.
 * @param base the collection's folder
 * @param folder the collection's folder name under `src/content/`, for messages
 * @param shown how a path under `base` (given as its parts) is named in an error
 */
export function listContentFiles(base: string, folder: string, shown: (...parts: string[]) => string): string[] {
	if (!existsSync(base)) return [];
	const expected = `(expected ${folder}/<${locales.join('|')}>/<slug>.mdx)`;
	const sorted = (path: string) => readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return sorted(base).flatMap((localeEntry) => {
		if (localeEntry.isSymbolicLink()) throw new ContentError(shown(localeEntry.name), `is a symbolic link; content folders must be plain folders ${expected}`);
		if (!localeEntry.isDirectory()) throw new ContentError(shown(localeEntry.name), `is not inside a locale folder ${expected}`);
		const entries = sorted(join(base, localeEntry.name));
		if (!isLocale(localeEntry.name)) {
			// Named at its first file, so the message points at what the editor added.
			throw new ContentError(shown(localeEntry.name, ...(entries[0] ? [entries[0].name] : [])), `folder "${localeEntry.name}" is not a site locale ${expected}`);
		}
		return entries.map((entry) => {
			const path = shown(localeEntry.name, entry.name);
			if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory())) throw new ContentError(path, 'is a symbolic link or not a regular file; content files must be plain files');
			if (entry.isDirectory()) throw new ContentError(path, `is a folder inside a locale folder; content is not nested deeper ${expected}`);
			if (!entry.name.endsWith('.mdx')) throw new ContentError(path, `is not a ".mdx" file ${expected}; rename it or move it out of src/content/${folder}/`);
			const problem = fileNameProblem(entry.name.slice(0, -'.mdx'.length));
			if (problem) throw new ContentError(path, problem);
			return `${localeEntry.name}/${entry.name}`;
		});
	});
}

/** Names a path under `base` relative to `root`, with forward slashes, as errors show it. */
export function shownFrom(root: string, base: string): (...parts: string[]) => string {
	return (...parts) =>
		relative(root, join(base, ...parts))
			.split(sep)
			.join('/');
}

/** The endings of one-entry-per-file YAML data files. */
export const yamlExtensions: ReadonlySet<string> = new Set(['.yaml', '.yml']);

/**
 * The files of a one-entry-per-file YAML collection (`categories/<id>.yaml` and the like),
 * as entry id → path as `shown` names it, in file-name order. The id is the file name
 * without its extension; a link or special file, a name that is not a slug, or two files
 * with one id (`a.yaml`, `a.yml`) stop the build, naming the file. Other files are not
 * the collection's and are passed over.
 * @param base the collection's folder
 * @param shown how a file under `base` is named in an error (and in the returned paths)
 */
export function listYamlFiles(base: string, shown: (...parts: string[]) => string): Map<string, string> {
	let entries: Dirent[];
	try {
		entries = readdirSync(base, { withFileTypes: true })
			.filter((entry) => yamlExtensions.has(extname(entry.name)))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch (error) {
		throw new ContentError(shown(), 'the folder could not be read', {}, { cause: error });
	}
	const seen = new Map<string, string>();
	for (const entry of entries) {
		const name = entry.name;
		const filePath = shown(name);
		// A symbolic link committed as content would be read through: a secret file's text would
		// reach error messages (build logs) or, if it happened to parse, the site.
		if (!entry.isFile()) throw new ContentError(filePath, 'is a symbolic link or not a regular file; content files must be plain files');
		const id = basename(name, extname(name));
		const problem = fileNameProblem(id);
		if (problem) throw new ContentError(filePath, problem);
		const other = seen.get(id);
		if (other) throw new ContentError(filePath, `has the same id "${id}" as ${other}; keep one of them`);
		seen.set(id, filePath);
	}
	return seen;
}
