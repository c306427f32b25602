import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { renderedBody } from '../../src/features/content/entry';
import { contentPipelineLoader } from '../../src/features/content/loader';
import { yamlFiles } from '../../src/features/content/yaml-loader';
import { assertNoProblems, checkArticles, splitArticleId } from '../../src/features/content/integrity';
import { tempFolder } from './temp-folder';
import { checkNotices, checkNoticesAgreeWithStatus, type LoadedNotice } from '../../src/features/notices/notice-integrity';
import { buildNow } from '../../src/core/clock';
import { checkIncidentReferences, checkIncidentTranslations, checkServiceGroups, toIncidentEntry, type GroupEntry, type ServiceEntry } from '../../src/features/status/status';
import { checkServiceStatusEmbeds } from '../../src/features/status/status-view';
import { articleSchema } from '../../src/features/articles/article-schema';
import type { ArticleData } from '../../src/features/articles/article-schema';
import { categorySchema } from '../../src/features/articles/category-schema';
import { channelSchema } from '../../src/features/notices/channel-schema';
import { incidentSchema, type IncidentData } from '../../src/features/status/incident-schema';
import { noticeSchema } from '../../src/features/notices/notice-schema';
import { regionSchema } from '../../src/features/notices/region-schema';
import { serviceGroupSchema, serviceSchema } from '../../src/features/status/service-schema';
import { synonymGroupSchema } from '../../src/features/search/synonyms-schema';
import { locales } from '../../src/site.config';
import { tinyContent, writeFiles } from './tiny-site';

/**
 * The content path of a build, in process: the tiny site's files plus a test's files are
 * written to a scratch folder and loaded by the real loaders (the strict reader, the
 * collection schemas, the body check and render), then the cross-file rules run as
 * `src/features/content/content.ts`, `notices-content.ts` and `status-content.ts` run them. Only Astro's
 * own `parseData` is stood in for: it parses with the same schema and fails with Astro's
 * message format (`**field**: message`), which the loaders turn into file/field/line.
 */

/** The collections as `src/content.config.ts` declares them. */
const perLocale = { articles: articleSchema, notices: noticeSchema, incidents: incidentSchema } as const;
const yamlFolders = {
	categories: ['categories', categorySchema],
	channels: ['channels', channelSchema],
	regions: ['regions', regionSchema],
	services: ['services', serviceSchema],
	serviceGroups: ['service-groups', serviceGroupSchema],
	synonyms: ['synonyms', synonymGroupSchema],
} as const;

export interface Entry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
	digest?: string;
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

export type LoadedSite = Record<keyof typeof perLocale | keyof typeof yamlFolders, Map<string, Entry>>;

/**
 * Astro's cache folder for every site this process loads: the pipeline keeps rendered bodies
 * there (src/content-pipeline/loader.ts), and they must outlive the site's own folder, which
 * goes as soon as it is loaded. Removed when the importing test file is done.
 */
const cacheDir = tempFolder('bayan-corpus-cache-');

/**
 * A stand-in for Astro's loader context: the store is a Map, the logger is silent, the
 * digest is a small string hash. `parseData` is the caller's; Astro's fails with the entry
 * id and the field (`**field**: message`) but no file or line, which the loaders turn into
 * file/field/line.
 */
export function loaderContext(options: {
	root: string;
	collection: string;
	store: Map<string, Entry>;
	parseData: (entry: { id: string; data: Record<string, unknown> }) => Promise<unknown>;
	/** Astro's cache folder; by default the loader's own default under the project. */
	cacheDir?: string;
}): LoaderContext {
	const { store } = options;
	return {
		collection: options.collection,
		config: { root: pathToFileURL(`${options.root}/`), ...(options.cacheDir ? { cacheDir: pathToFileURL(`${options.cacheDir}/`) } : {}) },
		store: {
			get: (id: string) => store.get(id),
			set: (entry: Entry) => {
				store.set(entry.id, entry);
				return true;
			},
			keys: () => [...store.keys()],
			delete: (id: string) => void store.delete(id),
		},
		logger: { info() {}, warn() {}, error() {} },
		generateDigest: (value: string) => String([...String(value)].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7)),
		parseData: options.parseData,
	} as unknown as LoaderContext;
}

function context(root: string, collection: string, schema: z.ZodType, store: Map<string, Entry>): LoaderContext {
	return loaderContext({
		root,
		collection,
		store,
		cacheDir,
		async parseData({ id, data }) {
			const parsed = await schema.safeParseAsync(data);
			if (parsed.success) return parsed.data;
			const lines = parsed.error.issues.map((issue) => `  **${issue.path.map(String).join('.')}**: ${issue.message}`);
			throw new Error(`**${collection} → ${id}** data does not match collection schema.\n\n${lines.join('\n')}\n`);
		},
	});
}

/**
 * Loads the tiny site with `files` added (a `null` value removes a tiny-site file; `prepare`
 * may change the folder further) and runs every cross-file rule. Throws the first error a build would stop with.
 */
export async function loadSite(files: Record<string, string | null> = {}, prepare?: (root: string) => void): Promise<LoadedSite> {
	// Removed as soon as it is loaded: entries keep what they need, and ~150 folders left for afterAll to delete time it out on a busy machine.
	const root = mkdtempSync(join(tmpdir(), 'bayan-corpus-'));
	try {
		const all: Record<string, string> = tinyContent();
		for (const [path, text] of Object.entries(files)) {
			if (text === null) delete all[path];
			else all[path] = text;
		}
		writeFiles(root, all);
		prepare?.(root);
		const site = {} as LoadedSite;
		for (const [name, [folder, schema]] of Object.entries(yamlFolders)) {
			const store = new Map<string, Entry>();
			await yamlFiles(`src/content/${folder}`, schema as z.ZodType).load(context(root, name, schema as z.ZodType, store));
			site[name as keyof typeof yamlFolders] = store;
		}
		for (const [name, schema] of Object.entries(perLocale)) {
			const store = new Map<string, Entry>();
			await contentPipelineLoader(name, schema as z.ZodType).load(context(root, name, schema as z.ZodType, store));
			site[name as keyof typeof perLocale] = store;
		}
		checkCrossFile(site);
		return site;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The cross-file rules, in the order the content modules run them. */
function checkCrossFile(site: LoadedSite): void {
	const articles = [...site.articles.values()];
	const serviceIds = [...site.services.keys()];
	// src/features/content/content.ts
	assertNoProblems(
		checkArticles(
			articles.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data as unknown as ArticleData })),
			{ categories: [...site.categories.keys()], services: serviceIds },
		),
	);
	// src/features/notices/notices-content.ts
	const { notices, problems } = checkNotices([...site.notices.values()] as unknown as LoadedNotice[], {
		services: serviceIds,
		regions: [...site.regions.keys()],
		channels: [...site.channels.values()].map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, region: entry.data.region as string | undefined })),
		articleSlugsByLocale: Object.fromEntries(locales.map((locale) => [locale, articles.filter((a) => a.id.startsWith(`${locale}/`)).map((a) => splitArticleId(a.id).slug)])),
	});
	assertNoProblems(problems);
	// src/features/status/status-content.ts
	const services = [...site.services.values()].map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath }) as unknown as ServiceEntry);
	const groups = [...site.serviceGroups.values()].map((entry) => ({ id: entry.id, data: entry.data }) as unknown as GroupEntry);
	const incidents = [...site.incidents.values()].map((entry) => toIncidentEntry(entry as unknown as { id: string; filePath?: string; data: IncidentData }));
	assertNoProblems([
		...checkServiceGroups(services, groups),
		...checkIncidentReferences(incidents, serviceIds),
		...checkIncidentTranslations(incidents),
		...checkServiceStatusEmbeds(
			[...site.articles.values(), ...site.notices.values(), ...site.incidents.values()].map((entry) => ({
				filePath: entry.filePath ?? entry.id,
				serviceStatusIds: renderedBody(entry).serviceStatusIds,
			})),
			serviceIds,
		),
		...checkNoticesAgreeWithStatus(notices, { services, incidents, now: buildNow() }),
	]);
}

/** The message `loadSite(files)` stops with; fails the test if it loads. */
export async function refusal(files: Record<string, string | null>, prepare?: (root: string) => void): Promise<string> {
	try {
		await loadSite(files, prepare);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	throw new Error(`expected the content to be refused, but it loaded: ${Object.keys(files).join(', ')}`);
}

/** 1-based line and column of the first occurrence of `needle` in `text` (computed from the fixture, not the code under test). */
export function placeOf(text: string, needle: string, from = 0): { line: number; column: number } {
	const offset = text.indexOf(needle, from);
	if (offset < 0) throw new Error(`placeOf: "${needle}" is not in the fixture`);
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export { join };
