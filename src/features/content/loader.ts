import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { dictionaries, isLocale } from '../../core/i18n';
import { ContentError, parseContentFile, readPlainFile } from '../../core/content-file';
import { type Locale, siteConfig } from '../../site.config';
import { fileNameProblem } from '../../core/schema';
import { listContentFiles, shownFrom } from './content-files';
import { pipelineFingerprint } from './fingerprint';
import { pipelineVersion, renderBody } from './body';

/**
 * The content loader for the Markdown collections (articles, notices, incidents): reads
 * `src/content/<folder>/<locale>/<slug>.mdx` with the one strict content reader, checks
 * the frontmatter with the collection schema, and stores the body's HTML rendered by the
 * content pipeline. No body is compiled to a module, so nothing an editor writes runs.
 *
 * The HTML is kept out of Astro's data store, in one file per body under
 * `<cacheDir>/bayan-bodies/<folder>/` named by the hash of its HTML; the entry stores that
 * file's path (`rendered.metadata.htmlFile`). Astro inlines the whole data store into the
 * server bundle as one string and parses it whole, so every body in the store cost memory
 * several times over for the whole build, growing with the site; a page now reads its one
 * body when it renders (`renderedBody`, src/features/content/entry.ts).
 */

/** How old a body file no entry refers to must be before a build removes it. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;

/** The entry id of `<locale>/<slug>.mdx`: `<locale>/<slug>` (`listContentFiles` has checked both parts). */
function entryId(relativeToBase: string): string {
	return relativeToBase.replace(/\.mdx$/, '');
}

/**
 * Turns Astro's schema error (which names the entry id and the fields, but not the file
 * or the line) into a `ContentError` naming the file, the first field and its line.
 */
function schemaError(error: unknown, file: string, lineOf: (path: (string | number)[]) => number | undefined): ContentError {
	const message = String((error as Error)?.message ?? error);
	const issues = [...message.matchAll(/^\s*\*\*([^*]*)\*\*: (.*)$/gm)].map((match) => ({ field: match[1]!, text: match[2]! }));
	if (!issues.length) return new ContentError(file, message.replace(/\*\*/g, ''), {}, { cause: error });
	const first = issues[0]!;
	const path = first.field ? first.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
	return new ContentError(
		file,
		`the frontmatter does not match the schema: ${issues.map((issue) => `${issue.field || '(frontmatter)'}: ${issue.text}`).join('; ')}`,
		{ field: first.field || undefined, line: path.length ? lineOf(path) : undefined },
		{ cause: error },
	);
}

/** The message of a Zod issue, looking inside a union for the branch that fits the value's type. */
function issueMessage(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
	if (issue.code === 'invalid_union' && issue.errors.length) {
		// The branch that failed on something other than the value's type says what is wrong with it.
		const branch = issue.errors.find((issues) => issues.length && issues[0]!.code !== 'invalid_type') ?? issue.errors[0]!;
		const inner = branch[0] ? issueMessage(branch[0]) : undefined;
		if (inner) return { path: [...issue.path, ...inner.path], message: inner.message };
	}
	return { path: issue.path, message: issue.message };
}

/**
 * Checks the frontmatter against the collection schema first, so a failure can name the
 * file, the field and its line with the schema's own words (Astro's message names the
 * entry id and flattens unions to "Did not match union").
 */
async function checkSchema(schema: z.ZodType | undefined, data: Record<string, unknown>, file: string, lineOf: (path: (string | number)[]) => number | undefined): Promise<void> {
	if (!schema) return;
	const parsed = await schema.safeParseAsync(data);
	if (parsed.success) return;
	const issues = parsed.error.issues.map(issueMessage);
	const fieldOf = (path: PropertyKey[]) => path.map(String).join('.');
	const first = issues[0]!;
	throw new ContentError(
		file,
		`the frontmatter does not match the schema: ${issues.map((issue) => `${fieldOf(issue.path) || '(frontmatter)'}: ${issue.message}`).join('; ')}`,
		{ field: fieldOf(first.path) || undefined, line: first.path.length ? lineOf(first.path.filter((part): part is string | number => typeof part !== 'symbol')) : undefined },
		{ cause: parsed.error },
	);
}

/** Options of `contentPipelineLoader`. */
export interface PipelineLoaderOptions {
	/**
	 * Load only these files (`<locale>/<slug>.mdx`, relative to the collection folder): the
	 * notices fast path loads just the articles notice pages show (`articlesNoticesNeed` in
	 * src/features/notices/notice-files.ts). Every file name is still checked; body files
	 * of the entries not loaded are left alone (they belong to the full build's cache).
	 */
	only?: () => ReadonlySet<string>;
}

/**
 * A loader for `src/content/<folder>/<locale>/<slug>.mdx`. Give it the collection's
 * schema too, so schema errors name the file, field and line.
 */
export function contentPipelineLoader(folder: string, schema?: z.ZodType, options: PipelineLoaderOptions = {}): Loader {
	return {
		name: 'bayan-content-pipeline',
		async load(context: LoaderContext) {
			const { config, store, parseData, generateDigest, watcher, logger } = context;
			const root = fileURLToPath(config.root);
			const base = join(root, 'src', 'content', folder);
			const idOfPath = new Map<string, string>();
			const cacheDir = fileURLToPath(config.cacheDir ?? new URL('node_modules/.astro/', config.root));
			const bodiesDir = join(cacheDir, 'bayan-bodies', folder);
			mkdirSync(bodiesDir, { recursive: true });

			/** Writes `html` to its content-addressed file (once; atomically, for builds sharing the cache) and returns the path. */
			function bodyFile(html: string): string {
				const path = join(bodiesDir, `${createHash('sha256').update(html).digest('hex').slice(0, 40)}.html`);
				if (!existsSync(path)) {
					const scratch = `${path}.${process.pid}.tmp`;
					try {
						writeFileSync(scratch, html);
						renameSync(scratch, path);
					} catch (cause) {
						rmSync(scratch, { force: true });
						throw new Error(`Cannot write the rendered body ${path}`, { cause });
					}
				}
				return path;
			}

			/** What every entry of a locale is checked and rendered with besides its file: computed once per locale, not per entry. */
			const rules = new Map<Locale, string>();
			const rulesOf = (locale: Locale) => {
				let found = rules.get(locale);
				// The pipeline fingerprint (schemas, site config, renderer, package versions) and the labels it writes, so a changed rule
				// or renderer checks and renders the entries again instead of serving ones cached under the old rules.
				if (found === undefined) rules.set(locale, (found = generateDigest(`${pipelineFingerprint(root)}\n${JSON.stringify(dictionaries[locale])}`)));
				return found;
			};

			async function sync(entry: string): Promise<string> {
				const absolute = join(base, entry);
				const filePath = relative(root, absolute).split(sep).join('/');
				const id = entryId(entry);
				// The file's text, with the same refusals (links, special files, size) as every content read.
				const source = readPlainFile(absolute, filePath);
				const folderName = entry.split('/')[0]!;
				// `listContentFiles` refuses a folder that is not a locale; a file the dev watcher reports there is rendered in the default locale.
				const locale = isLocale(folderName) ? folderName : siteConfig.defaultLocale;
				// The digest is of the file's text as written, so an unchanged file is recognised without parsing
				// its frontmatter (every rebuild used to parse every file's YAML only to find it unchanged).
				const digest = generateDigest(`bayan-content-pipeline ${pipelineVersion}\n${locale}\n${rulesOf(locale)}\n${source}`);
				idOfPath.set(absolute, id);
				const stored = store.get(id);
				const storedFile = stored?.rendered?.metadata?.htmlFile;
				// A cached entry counts only while its body file is still there (a cleaned cache re-renders).
				if (stored?.digest === digest && typeof storedFile === 'string' && storedFile.startsWith(bodiesDir) && existsSync(storedFile)) return id;
				const file = parseContentFile(source, filePath);
				await checkSchema(schema, file.data, filePath, file.lineOf);
				let data: Record<string, unknown>;
				try {
					data = await parseData({ id, data: file.data, filePath: absolute });
				} catch (error) {
					throw schemaError(error, filePath, file.lineOf);
				}
				const rendered = renderBody(file.body, { file: filePath, bodyLine: file.bodyLine, locale });
				store.set({
					id,
					data,
					filePath,
					digest,
					// No `body` and no inline `html`: see the module comment.
					rendered: {
						html: '',
						metadata: { htmlFile: bodyFile(rendered.html), hasBody: file.body.trim().length > 0, headings: rendered.headings, faq: rendered.faq, serviceStatusIds: rendered.serviceStatusIds },
					},
				});
				return id;
			}

			const untouched = new Set(store.keys());
			const only = options.only?.();
			for (const entry of listContentFiles(base, folder, shownFrom(root, base))) if (!only || only.has(entry)) untouched.delete(await sync(entry));
			for (const id of untouched) store.delete(id);

			if (!watcher) {
				// A partial load does not know which body files the other entries use: it removes none.
				if (only) return;
				// A build: body files no entry refers to any more (edited or deleted content) go, once
				// they are an hour old, so a dev server or another build sharing the cache keeps its own.
				const used = new Set(store.keys().map((id) => store.get(id)?.rendered?.metadata?.htmlFile));
				const before = Date.now() - ORPHAN_AGE_MS;
				for (const name of readdirSync(bodiesDir)) {
					const path = join(bodiesDir, name);
					if (!used.has(path) && (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY) < before) rmSync(path, { force: true });
				}
				return;
			}
			// Dev server and CMS preview: re-read a file when it changes; an error is logged, not fatal.
			watcher.add(base);
			const entryOf = (changed: string) => {
				const entry = relative(base, changed).split(sep).join('/');
				return /^[^/]+\/[^/]+\.mdx$/.test(entry) ? entry : undefined;
			};
			const onChange = async (changed: string) => {
				const entry = entryOf(changed);
				if (!entry) return;
				const previous = idOfPath.get(changed);
				try {
					// The dev watcher holds files to the same rule as a build (a locale folder, a slug file name).
					const [localeName = '', name = ''] = entry.split('/');
					if (!isLocale(localeName)) throw new ContentError(`src/content/${folder}/${entry}`, `folder "${localeName}" is not a site locale`);
					const problem = fileNameProblem(name.slice(0, -'.mdx'.length));
					if (problem) throw new ContentError(`src/content/${folder}/${entry}`, problem);
					const id = await sync(entry);
					if (previous && previous !== id) store.delete(previous);
					logger.info(`Reloaded ${folder}/${entry}`);
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', (deleted: string) => {
				const id = idOfPath.get(deleted);
				if (!entryOf(deleted) || !id) return;
				store.delete(id);
				idOfPath.delete(deleted);
			});
		},
	};
}
