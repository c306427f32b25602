import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkData, parseYamlFile, readPlainFile, withFieldLines, type SafeParser, type YamlFile } from '../../core/content-file';
import { listYamlFiles, shownFrom, yamlExtensions } from './content-files';
import { pipelineFingerprint } from './fingerprint';

/**
 * Loader for the collections that keep one entry per YAML file (`categories/<id>.yaml`,
 * `channels/`, `regions/`, `services/`, `service-groups/`). It replaces Astro's `glob`
 * loader so these files are read by the one strict reader (`parseYamlFile`): Astro's own
 * YAML reader would turn unquoted dates into `Date`s, read `0b1010` as a number and
 * follow anchors, which the frontmatter of the other collections is not allowed to do.
 *
 * The entry id is the file name without its extension, as with `glob` before; a file name
 * that is not a slug is an error naming the file (the id is what other files refer to).
 */

/**
 * One-entry-per-file YAML collection under `folder` (relative to the project root). Give it
 * the collection's schema too, so a schema error names the file, the field and its line
 * (Astro's own message names the collection and entry id, not the file).
 */
export function yamlFiles(folder: string, schema?: SafeParser<unknown>): Loader {
	return {
		name: 'bayan-yaml-files',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const base = resolve(root, folder);
			const load = () => syncFolder(context, root, base, schema);
			await load();
			// In `astro dev`, reload the whole folder on any change: it holds a handful of small
			// files, and a full pass is the simplest way to drop deleted or renamed entries.
			context.watcher?.add(base);
			const onChange = async (changed: string) => {
				if (!changed.startsWith(base) || !yamlExtensions.has(extname(changed))) return;
				try {
					await load();
				} catch (error) {
					context.logger.error(error instanceof Error ? error.message : String(error));
				}
			};
			context.watcher?.on('add', onChange);
			context.watcher?.on('change', onChange);
			context.watcher?.on('unlink', onChange);
		},
	};
}

async function syncFolder(context: LoaderContext, root: string, base: string, schema?: SafeParser<unknown>): Promise<void> {
	const seen = listYamlFiles(base, shownFrom(root, base));
	const untouched = new Set(context.store.keys());
	for (const [id, filePath] of seen) {
		untouched.delete(id);
		// Checked again at read time (lstat, regular file, at most 1 MiB): the listing above may be stale.
		const source = readPlainFile(join(root, filePath), filePath);
		// The pipeline fingerprint (schemas, site config, reader, package versions) is part of the digest, so a tightened rule is applied to unchanged files too.
		const digest = context.generateDigest(`bayan-yaml-files\n${pipelineFingerprint(root)}\n${source}`);
		const existing = context.store.get(id);
		if (existing && existing.digest === digest && existing.filePath === filePath) continue;
		const parsed: YamlFile = parseYamlFile(source, filePath);
		if (schema) {
			const [first] = checkData(parsed, schema).problems;
			if (first) throw first;
		}
		let data: Record<string, unknown>;
		try {
			data = await context.parseData({ id, data: parsed.data, filePath: join(root, filePath) });
		} catch (error) {
			throw withFieldLines(error, parsed.lineOf);
		}
		context.store.set({ id, data, digest, filePath });
	}
	for (const id of untouched) context.store.delete(id);
}
