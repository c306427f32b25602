/**
 * `npm run init -- --empty`: turns the demo into a clean site. Only files that are the demo's
 * own, byte for byte (scripts/demo-files.json: path and SHA-256), are removed; a demo file
 * the owner has changed and every other file are kept and listed. Without `--yes` nothing
 * is touched: it prints what it would do.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/core/files-under.mjs';

/** YAML collections: their folders must exist (an empty one is an empty collection). */
export const yamlFolders = ['categories', 'channels', 'regions', 'services', 'service-groups', 'synonyms'];

/** The demo's featured list in src/site.config.ts, and what an empty site has instead. */
const DEMO_FEATURED = 'featuredRefs: [1, 2, 3, 4, 5, 6],';
const EMPTY_FEATURED = 'featuredRefs: [],';

/**
 * The brand file: the demo's names it, so an unchanged one is a demo trace. `--empty` puts the
 * starter's neutral brand (scripts/starter/src/brand.config.ts) in its place; an edited one is
 * the owner's and is left alone.
 */
export const BRAND_FILE = 'src/brand.config.ts';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every regular file under `dir` (a folder of `root`), relative to `root`, `/`-separated.
 * @param {string} root
 * @param {string} dir
 */
const filesOf = (root, dir) => filesUnder(join(root, dir)).map((path) => `${dir}/${path}`);

/**
 * The manifest of the demo's content as it is in `root` now (for maintainers: run after
 * changing demo content, `node scripts/init.mjs --write-demo-manifest`).
 * @param {string} root
 */
export function demoManifest(root) {
	const files = [...filesOf(root, 'src/content'), ...(existsSync(join(root, BRAND_FILE)) ? [BRAND_FILE] : [])];
	return Object.fromEntries(files.sort().map((path) => [path, sha256(readFileSync(join(root, path)))]));
}

/**
 * What `--empty` would do in `root`, and, with `apply`, does it.
 * @param {string} root
 * @param {Record<string, string>} manifest path → SHA-256 of the demo's files
 * @param {{ apply: boolean }} options
 */
export function emptySite(root, manifest, { apply, starter = starterRoot }) {
	const remove = [];
	const changed = [];
	const brandFile = join(root, BRAND_FILE);
	/** `reset`: the demo's brand, replaced by the starter's; `custom`: the owner's, kept; `absent`: none. */
	const brand = !existsSync(brandFile) ? 'absent' : lstatSync(brandFile).isFile() && manifest[BRAND_FILE] === sha256(readFileSync(brandFile)) ? 'reset' : 'custom';
	for (const [path, hash] of Object.entries(manifest)) {
		if (path === BRAND_FILE) continue;
		if (!/^src\/content\/[a-z0-9/_.-]+$/.test(path) || path.includes('..')) throw new Error(`scripts/demo-files.json: refusing the path ${JSON.stringify(path)}`);
		const file = join(root, path);
		if (!existsSync(file)) continue;
		// A link or folder where a demo file was is not the demo's: never follow or remove it.
		if (!lstatSync(file).isFile()) {
			changed.push(path);
			continue;
		}
		if (sha256(readFileSync(file)) === hash) remove.push(path);
		else changed.push(path);
	}
	const kept = filesOf(root, 'src/content').filter((path) => !(path in manifest) && !path.endsWith('/.gitkeep'));
	const keepFiles = yamlFolders.map((folder) => `src/content/${folder}/.gitkeep`);
	const configPath = join(root, 'src/site.config.ts');
	const config = readFileSync(configPath, 'utf8');
	const featured = config.includes(DEMO_FEATURED) ? 'reset' : config.includes(EMPTY_FEATURED) ? 'already-empty' : 'custom';
	if (apply) {
		for (const path of remove) rmSync(join(root, path));
		// Folders the removal emptied go too (MDX collections may be absent), except the YAML ones.
		for (const path of remove) {
			let dir = dirname(join(root, path));
			while (dir.startsWith(join(root, 'src/content') + sep) && existsSync(dir) && readdirSync(dir).length === 0 && !yamlFolders.some((folder) => dir === join(root, 'src/content', folder))) {
				rmdirSync(dir);
				dir = dirname(dir);
			}
		}
		for (const path of keepFiles) {
			if (existsSync(join(root, path))) continue;
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), '');
		}
		if (featured === 'reset') writeFileSync(configPath, config.replace(DEMO_FEATURED, EMPTY_FEATURED));
		if (brand === 'reset') writeFileSync(brandFile, readFileSync(join(starter, BRAND_FILE)));
	}
	return { remove, changed, kept, featured, brand };
}

/** The starter set `--starter` writes, kept in the repository beside this script (scripts/starter/). */
export const starterRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'starter');

/**
 * What `--starter` would write into `root` (after `--empty`): a minimal set the owner edits,
 * one category, one article per language and one contact channel with hours, with nothing
 * of the demo business in it. A file that already exists is never overwritten: it is listed
 * as kept. With `apply`, writes the files.
 * @param {string} root
 * @param {{ apply: boolean, from?: string }} options
 */
export function starterSite(root, { apply, from = starterRoot }) {
	// The starter's brand file is written by `emptySite` (in place of the demo's), never here.
	const write = [];
	const kept = [];
	for (const path of filesOf(from, 'src/content').sort()) {
		if (existsSync(join(root, path))) kept.push(path);
		else write.push(path);
	}
	if (apply) {
		for (const path of write) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), readFileSync(join(from, path)));
		}
	}
	return { write, kept };
}
