import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Scratch copies of the project, and the two files a test site writes for itself in one: its
 * brand (`src/brand.config.ts`) and its featured articles (`src/site.config.ts`). Plain
 * JavaScript so that the build tests (tests/support/tiny-site.ts), the browser suite's site
 * (tests/support/e2e-site.mjs, run by plain Node before the test runner starts) and the CMS
 * spec's copies all use it.
 */

/**
 * What a project copy takes from the project: the code, its public files and its configuration (no output, no caches).
 * The lock file too, as in an owner's checkout: it pins the admin's body-check package, which the build fetches by
 * it (src/features/cms/satteri-wasm-package.ts). Without it every build of a copy bundled the admin again (its
 * bundle without the body check is never kept), about 2.5 s of each test build.
 */
const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * Copies the project's sources from `from` into `dir` and links `node_modules` instead of
 * copying it. `src/content` is left out unless `content` is set: most copies bring their own.
 * @param {string} from the project's root
 * @param {string} dir the copy's root (created if missing)
 * @param {{ content?: boolean }} [options] `content`: copy `from`'s `src/content` too
 */
export function copyProjectSources(from, dir, { content = false } = {}) {
	mkdirSync(dir, { recursive: true });
	const contentDir = join(from, 'src/content');
	for (const entry of SOURCES) {
		if (!existsSync(join(from, entry))) continue;
		cpSync(join(from, entry), join(dir, entry), { recursive: true, filter: (source) => content || (source !== contentDir && !source.startsWith(`${contentDir}/`)) });
	}
	symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'));
}

/**
 * The `featuredRefs: [...]` properties of a configuration's source, read with TypeScript's
 * parser: a key in a comment or a string is none.
 * @param {string} path for the parser's messages
 * @param {string} text
 * @returns {import('typescript').ArrayLiteralExpression[]}
 */
function featuredLists(path, text) {
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	/** @type {import('typescript').ArrayLiteralExpression[]} */
	const found = [];
	/** @param {import('typescript').Node} node */
	const visit = (node) => {
		if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'featuredRefs' && ts.isArrayLiteralExpression(node.initializer)) found.push(node.initializer);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/**
 * Sets the articles the home page features (`featuredRefs` in `dir`'s `src/site.config.ts`):
 * a featured ref no article has stops the build (src/features/articles/featured.ts), so each
 * test site names its own. Exactly one real `featuredRefs: [...]` must be there, and is the one
 * replaced; otherwise it throws, naming the file, and writes nothing.
 * @param {string} dir the project copy's root
 * @param {readonly number[]} refs
 */
export function setFeaturedRefs(dir, refs) {
	const path = join(dir, 'src/site.config.ts');
	const config = readFileSync(path, 'utf8');
	const lists = featuredLists(path, config);
	if (lists.length !== 1) throw new Error(`${path}: featuredRefs: [...] must be written exactly once (found ${lists.length}), so a test site can set its featured articles`);
	const [list] = lists;
	const written = `[${refs.join(', ')}]`;
	const updated = `${config.slice(0, list.getStart())}${written}${config.slice(list.getEnd())}`;
	// Read back as the build will: the one list, now holding `refs`.
	const after = featuredLists(path, updated);
	if (after.length !== 1 || after[0].getText() !== written) throw new Error(`${path}: featuredRefs could not be set to ${written}`);
	writeFileSync(path, updated);
}

/**
 * Writes `brand` as `dir`'s `src/brand.config.ts`, the way an owner's file is laid out (the
 * origin a separate export, the object checked against `BrandInput`): from a typed object, so
 * a test never edits the file's text and a change of the file's layout cannot turn an edit
 * into a silent no-op. JSON is valid TypeScript; the build checks the brand with its schema.
 * @param {string} dir the project copy's root
 * @param {import('../../src/core/brand-schema').BrandInput<import('../../src/site.config').Locale>} brand
 * @param {string} writer who wrote it, for the file's first line
 */
export function writeBrandFile(dir, brand, writer) {
	const { origin, ...rest } = brand;
	writeFileSync(
		join(dir, 'src/brand.config.ts'),
		`// Written by ${writer}.\nimport type { BrandInput } from './core/brand-schema';\nimport type { Locale } from './site.config';\n\nexport const origin = ${JSON.stringify(origin)};\n\nexport default { ...${JSON.stringify(rest, null, '\t')}, origin } satisfies BrandInput<Locale>;\n`,
	);
}
