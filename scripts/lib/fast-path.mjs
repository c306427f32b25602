/**
 * The notices fast path: `npm run build -- --only notices` builds only the notice and
 * status outputs (src/core/build-scope.ts) and this module merges them into the last good
 * `dist/`, so a crisis notice is live in well under a minute whatever the size of the site.
 * Pages built earlier still carry the banner of their build in their HTML; with JavaScript
 * their banner script reads the fresh `/<locale>/notices/banner.json`. Without JavaScript
 * they catch up at the next full build.
 *
 * The merge happens in the new build's scratch folder, which scripts/build.mjs then swaps in
 * with renames like any build (scripts/lib/atomic-output.mjs): the previous site's files are
 * hard-linked into it (no copy, no write into a file the live site serves), so readers see
 * the old site or the new one, never a mixture.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, listedEntry } from '../../src/core/files-under.mjs';

/** A build's output publishes symbolic links (public/ is copied as it is): both walks of the merge keep them, as links. */
const outputEntries = { links: true };

/** Content folders whose changes alone may take the fast path. */
export const fastPathContent = ['src/content/notices/', 'src/content/incidents/'];

/**
 * Which build a deploy should run.
 * - `notices`: the change touches only notices and incidents, and a previous full build of
 *   the site is at hand to merge into;
 * - `all`: anything else, including the scheduled rebuild (which is what brings pages built
 *   earlier up to date without JavaScript) and a first build.
 * @param {{ changed: readonly string[] | undefined, event: string, hasPrevious: boolean }} input
 *   `changed`: files changed since the commit the previous build was made from (undefined
 *   when that is unknown); `event`: the CI event (`push`, `schedule`, `workflow_dispatch`, …)
 * @returns {'notices' | 'all'}
 */
export function chooseBuildScope({ changed, event, hasPrevious }) {
	if (event !== 'push' || !hasPrevious || !changed || changed.length === 0) return 'all';
	return changed.every((file) => fastPathContent.some((folder) => file.startsWith(folder))) ? 'notices' : 'all';
}

/**
 * What the fast path does with an output path (relative to `dist/`, `/`-separated):
 * - `fresh`: the fast build owns it; the previous site's copy is dropped (so a deleted
 *   notice's page goes away) and the new one taken: notice, status and contact pages of
 *   every language, the Statuspage API, the badges;
 * - `union`: content-addressed assets (`_astro/` bundles, Open Graph cards): the new build's
 *   files are added, the previous ones kept, because pages built earlier still use them;
 * - `headers`: `_headers`, merged (see `mergeHeaders`);
 * - `previous`: everything else (home pages, articles, search, search index, sitemap,
 *   redirects, CMS) stays as the last full build made it. The home pages list article counts
 *   and featured articles, which would mean reading every article; their banner script
 *   reads the fresh banner data, and without JavaScript they catch up at the next full build.
 * @param {string} path
 * @returns {'fresh' | 'union' | 'headers' | 'previous'}
 */
export function fastPathOwner(path) {
	if (path === '_headers') return 'headers';
	if (/^(_astro|og)\//.test(path)) return 'union';
	if (/^[a-z]{2,3}(-[a-z0-9]+)?\/(notices|status|contact)\//i.test(path)) return 'fresh';
	if (/^(api\/v2|status)\//.test(path)) return 'fresh';
	return 'previous';
}

/**
 * `_headers` for the merged site: the previous file (its rules cover every page, including
 * folders the fast build does not make, such as the search index) with the script hashes of
 * both builds in its `script-src`, since the merged site serves pages of both. The fast path
 * only runs when content alone changed (`chooseBuildScope`), so the rules themselves cannot
 * differ; a file without `script-src` cannot be merged and stops the build.
 * @param {string} previous the previous `_headers`
 * @param {string} fresh the fast build's `_headers`
 * @returns {string}
 */
export function mergeHeaders(previous, fresh) {
	const scriptSrc = /script-src ([^;\n]*)/g;
	const hashesOf = (sources) => sources.split(/\s+/).filter((source) => source.startsWith("'sha"));
	const freshHashes = [...fresh.matchAll(scriptSrc)].flatMap((match) => hashesOf(match[1]));
	let merged = 0;
	// Only the policies that allow inline scripts by hash (the site's pages) gain hashes; the CMS's policy stays as it is.
	const text = previous.replace(scriptSrc, (whole, sources) => {
		const own = hashesOf(sources);
		if (own.length === 0) return whole;
		merged += 1;
		const keywords = sources
			.trim()
			.split(/\s+/)
			.filter((source) => !source.startsWith("'sha"));
		return `script-src ${[...keywords, ...[...new Set([...own, ...freshHashes])].sort()].join(' ')}`;
	});
	if (merged === 0) throw new Error('The previous _headers has no script-src with hashes to merge into; run a full build');
	return text;
}

/**
 * Hard-links the previous site's files that the merged site keeps into `fresh`, one folder
 * at a time: each folder is read and created at most once and each file costs one `link`, which is
 * what makes the merge cheap on a site of 100,000 files (it used to create every file's
 * folder and list the whole tree into one array of paths first).
 * @param {string} previous
 * @param {string} fresh
 * @param {ReadonlySet<string>} made the paths the fast build wrote and keeps
 * @returns {number} files linked
 */
function linkPrevious(previous, fresh, made) {
	let linked = 0;
	let copy = false;
	/** @param {string} relative folder, '' or ending with '/' */
	const visit = (relative) => {
		const from = join(previous, relative);
		const to = join(fresh, relative);
		// Created on its first file only: a folder of the previous site with nothing kept (a
		// deleted notice's page) must not come back empty.
		let created = relative === '';
		for (const entry of readdirSync(from, { withFileTypes: true })) {
			const path = `${relative}${entry.name}`;
			if (entry.isDirectory()) {
				visit(`${path}/`);
				continue;
			}
			// The same entries as the fast build's own listing (mergeFastBuild), or a link it kept would be linked over.
			if (!listedEntry(entry, outputEntries)) continue;
			const owner = fastPathOwner(path);
			if (owner === 'fresh' || owner === 'headers' || (owner === 'union' && made.has(path))) continue;
			if (!created) {
				mkdirSync(to, { recursive: true });
				created = true;
			}
			const source = join(from, entry.name);
			const target = join(to, entry.name);
			// A copy of a link is a link to the same name (copyFileSync would copy what it points to, or fail on a dangling one).
			const copyOver = () => (entry.isSymbolicLink() ? symlinkSync(readlinkSync(source), target) : copyFileSync(source, target));
			if (copy) copyOver();
			else {
				try {
					linkSync(source, target);
				} catch (error) {
					// The scratch folder is on another file system than the output (see atomic-output.mjs): copy instead.
					if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw new Error(`Cannot link ${path} from the previous build`, { cause: error });
					copy = true;
					copyOver();
				}
			}
			linked += 1;
		}
	};
	visit('');
	return linked;
}

/**
 * Turns `fresh` (the fast build's output) into the complete new site: drops what the fast
 * build made but does not own, hard-links in the previous site's files it does not replace,
 * and merges `_headers`. Nothing in `previous` is written to.
 * @param {{ previous: string, fresh: string }} dirs
 * @returns {{ fresh: number, linked: number, dropped: number }} counts, for the build log
 */
export function mergeFastBuild({ previous, fresh }) {
	if (!existsSync(join(previous, 'index.html')) || !existsSync(join(previous, '_headers'))) {
		throw new Error(`${previous} is not a complete build of the site (no index.html or _headers); run a full build first`);
	}
	let dropped = 0;
	/** The fast build's own files: few, whatever the size of the site. */
	const made = new Set();
	for (const path of filesUnder(fresh, outputEntries)) {
		const owner = fastPathOwner(path);
		if (owner === 'fresh' || owner === 'union') made.add(path);
		else if (owner === 'previous') {
			rmSync(join(fresh, path));
			dropped += 1;
		}
	}
	const linked = linkPrevious(previous, fresh, made);
	const headers = join(fresh, '_headers');
	const merged = mergeHeaders(readFileSync(join(previous, '_headers'), 'utf8'), existsSync(headers) ? readFileSync(headers, 'utf8') : '');
	// A new file, never the previous one's inode.
	rmSync(headers, { force: true });
	writeFileSync(headers, merged);
	return { fresh: made.size, linked, dropped };
}
