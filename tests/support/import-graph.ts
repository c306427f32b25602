import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of `src/`, read with TypeScript's own parser (not regular expressions,
 * which miss multi-line imports and match text inside strings and comments), and the
 * direction rules of the layout the README describes:
 *
 * - `src/core/` and `src/site.config.ts` are shared ground: they import no feature and no page;
 * - `src/components/` (tiny generic components) imports only shared ground;
 * - `src/features/` never imports `src/pages/`;
 * - code that runs in the browser (each feature's `browser/` folder and the `<script>` blocks
 *   of `.astro` components, with everything they import) pulls in no Node built-in, no
 *   `astro:*` virtual module and no module that reads the environment (`process.env`,
 *   `import.meta.env`): those would fail in the browser or leak build settings into bundles.
 */

/** One import of a module: where it points and whether it survives compilation. */
export interface ImportRef {
	/** The specifier as written, without a Vite query (`?worker&url`). */
	specifier: string;
	/** `import type …` and `export type …` vanish from the JavaScript; they bundle nothing. */
	typeOnly: boolean;
}

/** A source file as the checker sees it: server-side imports and browser-side ones. */
export interface ModuleInfo {
	/** Path relative to the project root, with `/` separators. */
	path: string;
	/** Imports of the module itself (for `.astro`: its frontmatter). */
	imports: ImportRef[];
	/** Imports of bundled `<script>` blocks (only `.astro` files have them). */
	scriptImports: ImportRef[];
	/** Reads `process.env` or `import.meta.env`. */
	readsEnv: boolean;
}

/** The imports in a piece of TypeScript, found by walking its syntax tree. */
export function importsIn(code: string, fileName = 'module.ts'): ImportRef[] {
	const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const found: ImportRef[] = [];
	const add = (literal: ts.Expression | undefined, typeOnly: boolean) => {
		if (literal && ts.isStringLiteralLike(literal)) found.push({ specifier: literal.text.split('?')[0] ?? literal.text, typeOnly });
	};
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node)) {
			const clause = node.importClause;
			const allTypes =
				clause !== undefined &&
				(clause.isTypeOnly ||
					(!clause.name &&
						clause.namedBindings !== undefined &&
						ts.isNamedImports(clause.namedBindings) &&
						clause.namedBindings.elements.length > 0 &&
						clause.namedBindings.elements.every((element) => element.isTypeOnly)));
			add(node.moduleSpecifier, allTypes);
		} else if (ts.isExportDeclaration(node)) {
			add(node.moduleSpecifier, node.isTypeOnly);
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			add(node.arguments[0], false);
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
			add(node.argument.literal, true);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** The frontmatter and the bundled `<script>` blocks of an `.astro` component. */
export function astroParts(text: string): { frontmatter: string; scripts: string[] } {
	const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	const frontmatter = front?.[1] ?? '';
	const template = front ? text.slice(front[0].length) : text;
	const scripts: string[] = [];
	// `is:inline` scripts and scripts with `src` are not bundled by Astro: they import nothing.
	// A self-closing `<script … />` (Astro allows it, e.g. a JSON block filled by set:html) has no body.
	for (const match of template.matchAll(/<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g)) {
		const attributes = match[1] ?? '';
		if (match[2] === undefined) continue;
		if (/\bis:inline\b|\bdefine:vars\b|\bsrc\s*=|type\s*=\s*["']?application\/(ld\+)?json/.test(attributes)) continue;
		scripts.push(match[2]);
	}
	return { frontmatter, scripts };
}

const envReader = /\bprocess\.env\b|\bimport\.meta\.env\b/;
// Comments may mention process.env (to explain why a module avoids it); only code counts.
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '$1');
const readsEnvironment = (code: string) => envReader.test(withoutComments(code));

/** Reads one source file into a {@link ModuleInfo}. */
export function moduleInfo(path: string, text: string): ModuleInfo {
	if (path.endsWith('.astro')) {
		const { frontmatter, scripts } = astroParts(text);
		return {
			path,
			imports: importsIn(frontmatter, `${path}.ts`),
			scriptImports: scripts.flatMap((script) => importsIn(script, `${path}.script.ts`)),
			readsEnv: scripts.some(readsEnvironment),
		};
	}
	return { path, imports: importsIn(text, path), scriptImports: [], readsEnv: readsEnvironment(text) };
}

const codeFile = /\.(ts|mts|tsx|astro|mjs|js)$/;

/** Every code file under `src/` (content excluded: it is data), read into {@link ModuleInfo}s. */
export function projectModules(root: string): Map<string, ModuleInfo> {
	const modules = new Map<string, ModuleInfo>();
	const srcDir = join(root, 'src');
	for (const entry of readdirSync(srcDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !codeFile.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
		const full = join(entry.parentPath, entry.name);
		const path = relative(root, full).split(sep).join('/');
		if (path.startsWith('src/content/')) continue;
		modules.set(path, moduleInfo(path, readFileSync(full, 'utf8')));
	}
	return modules;
}

/** The module a relative specifier points at, if it is one of `known`; bare specifiers give `undefined`. */
export function resolveImport(from: string, specifier: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = posix.normalize(posix.join(posix.dirname(from), specifier));
	for (const candidate of [base, `${base}.ts`, `${base}.astro`, `${base}.mjs`, `${base}/index.ts`]) {
		if (known.has(candidate)) return candidate;
	}
	return undefined;
}

const nodeBuiltins = new Set(builtinModules);
const isNodeOnly = (specifier: string) => specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? specifier);

const layer = (path: string): 'core' | 'components' | 'feature' | 'page' | 'other' => {
	if (path.startsWith('src/core/') || path === 'src/site.config.ts') return 'core';
	if (path.startsWith('src/components/')) return 'components';
	if (path.startsWith('src/features/')) return 'feature';
	if (path.startsWith('src/pages/')) return 'page';
	return 'other';
};

const isBrowserEntry = (path: string) => /^src\/features\/[^/]+\/browser\//.test(path);

/**
 * Every broken rule, one readable line each: the importing file, what it imports and why
 * that is not allowed. Empty when the layout holds.
 */
export function layoutViolations(modules: ReadonlyMap<string, ModuleInfo>): string[] {
	const problems: string[] = [];
	for (const module of modules.values()) {
		const from = layer(module.path);
		for (const ref of [...module.imports, ...module.scriptImports]) {
			const target = resolveImport(module.path, ref.specifier, modules);
			if (!target) continue;
			const to = layer(target);
			if (from === 'core' && (to === 'feature' || to === 'page' || to === 'components')) {
				problems.push(`${module.path} imports ${target}: shared ground (src/core/, src/site.config.ts) imports no feature, component or page`);
			} else if (from === 'components' && (to === 'feature' || to === 'page')) {
				problems.push(`${module.path} imports ${target}: src/components/ holds generic components that import only src/core/`);
			} else if (from === 'feature' && to === 'page') {
				problems.push(`${module.path} imports ${target}: features never import pages (pages import features)`);
			}
		}
	}

	// Browser code: walk from every entry through the runtime (non-type) imports.
	const entries: Array<{ path: string; refs: ImportRef[]; label: string }> = [];
	for (const module of modules.values()) {
		if (isBrowserEntry(module.path)) entries.push({ path: module.path, refs: module.imports, label: module.path });
		if (module.scriptImports.length > 0) entries.push({ path: module.path, refs: module.scriptImports, label: `<script> in ${module.path}` });
		if (module.path.endsWith('.astro') && module.readsEnv) problems.push(`<script> in ${module.path} reads the environment, which does not exist in the browser`);
	}
	for (const entry of entries) {
		const seen = new Set<string>();
		const queue: Array<{ from: string; refs: ImportRef[]; chain: string[] }> = [{ from: entry.path, refs: entry.refs, chain: [entry.label] }];
		while (queue.length > 0) {
			const { from, refs, chain } = queue.shift()!;
			for (const ref of refs) {
				if (ref.typeOnly) continue;
				const via = chain.join(' → ');
				if (isNodeOnly(ref.specifier)) {
					problems.push(`${via} imports the Node module "${ref.specifier}", which does not exist in the browser`);
					continue;
				}
				if (ref.specifier.startsWith('astro:')) {
					problems.push(`${via} imports "${ref.specifier}", which exists only at build time`);
					continue;
				}
				const target = resolveImport(from, ref.specifier, modules);
				if (!target || seen.has(target)) continue;
				seen.add(target);
				const module = modules.get(target)!;
				if (module.readsEnv && !target.endsWith('.astro')) {
					problems.push(`${via} → ${target} reads the environment (process.env / import.meta.env), which must not reach a browser bundle`);
				}
				// An imported .astro file is a component, not browser code; its frontmatter stays on the server.
				if (!target.endsWith('.astro')) queue.push({ from: target, refs: module.imports, chain: [...chain, target] });
			}
		}
	}
	return problems;
}

/** The project root (the folder holding package.json), from this file. */
export const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
if (!existsSync(join(projectRoot, 'package.json'))) throw new Error(`tests/support/import-graph.ts: no package.json in ${projectRoot}`);

/**
 * Source files that Node runs directly (the `scripts/` commands, no bundler) must be plain
 * JavaScript through their whole static import chain: the project supports Node 20
 * (package.json `engines`), and Node before 22.18 refuses a `.ts` module
 * (ERR_UNKNOWN_FILE_EXTENSION) unless told to strip types; and Node resolves no `./x` to a
 * file, so every relative import names its extension. Returns one line per import that would
 * fail at run time, naming the chain from the script to the first TypeScript module.
 */
export function nodeRunViolations(root: string, modules: ReadonlyMap<string, ModuleInfo>): string[] {
	const problems: string[] = [];
	const scriptsDir = join(root, 'scripts');
	const queue: Array<{ from: string; refs: ImportRef[]; chain: string[] }> = [];
	for (const entry of readdirSync(scriptsDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mjs')) continue;
		const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
		queue.push({ from: path, refs: importsIn(readFileSync(join(root, path), 'utf8'), path), chain: [path] });
	}
	// Every script is walked from itself, so a helper's problem is named once, from the helper.
	const seen = new Set<string>(queue.map((item) => item.from));
	while (queue.length > 0) {
		const { from, refs, chain } = queue.shift()!;
		for (const ref of refs) {
			if (ref.typeOnly || !ref.specifier.startsWith('.')) continue;
			const target = posix.normalize(posix.join(posix.dirname(from), ref.specifier));
			const via = chain.join(' → ');
			if (!/\.(ts|mjs|js|json)$/.test(ref.specifier)) {
				problems.push(`${via} imports "${ref.specifier}" without its extension, which Node cannot resolve when a script runs it`);
				continue;
			}
			if (ref.specifier.endsWith('.ts')) {
				// Named where the chain first reaches TypeScript; what that module imports is moot.
				problems.push(`${via} imports "${ref.specifier}", a TypeScript module, which Node 20 and Node 22 before 22.18 refuse to run`);
				continue;
			}
			if (seen.has(target)) continue;
			seen.add(target);
			// src/ modules come parsed already; a scripts/ helper is read here (the source walk covers src/ only).
			const module = modules.get(target);
			const imports = module ? module.imports : target.startsWith('scripts/') && existsSync(join(root, target)) ? importsIn(readFileSync(join(root, target), 'utf8'), target) : [];
			queue.push({ from: target, refs: imports, chain: [...chain, target] });
		}
	}
	// In one order whatever the disk's.
	return problems.sort();
}
