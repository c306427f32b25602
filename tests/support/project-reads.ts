import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { importsIn } from './import-graph';

/**
 * Does test code reach the owner's content or brand? The browser suite tests its own site
 * (tests/e2e/site, built by tests/support/e2e-site.mjs), so no file of it may read the
 * project's `src/content`, its brand (`src/brand.config.ts`, the logos in `src/brand/`, the
 * checked brand of `src/core/brand.ts`) or the project's site configuration at run time.
 *
 * Read with TypeScript's own parser, not regular expressions (which missed
 * `join(projectRoot, 'src', 'content')`, double quotes, multi-line and dynamic imports and
 * imports of the brand under another module's name):
 *
 * - every import (static, dynamic, `export … from`, `import('…')` types, `require`), resolved
 *   from the importing file, followed through the test helpers it imports as the runner resolves
 *   them (`./x.js` for `x.ts`, a folder's `index`; one that cannot be found is named), never into
 *   `src/` or `scripts/`, whose own imports are the product's; type-only imports read nothing
 *   (`Locale`, `typeof import('…')`), any other import of the site configuration, the brand or
 *   the content config is named;
 * - every path a file builds (string literals, template literals, `+` concatenation, `join`/
 *   `resolve`/`dirname`/`fileURLToPath`/`new URL(…, import.meta.url)`, and the `const`s, `let`s
 *   and parameter defaults holding them; a helper's `projectRoot` under any name or as
 *   `x.projectRoot`; a project copy made with its content), evaluated as far
 *   as its parts are known: a path that starts at the project root (`projectRoot`,
 *   `process.cwd()`, a relative path handed to a file-system call) or at the file's own folder
 *   (`__dirname`, `import.meta.dirname`, `import.meta.url`) and lands in one of those places is
 *   named. A path from any other folder (a scratch project: `join(project, 'src/content')`) is
 *   the test's own.
 */

/** Where a path starts. */
type Base = 'project' | 'file' | 'relative';

/** A path as far as it is known: its start and its segments (`*` for a part that is not known). */
interface StaticPath {
	base: Base;
	segments: string[];
}

/** What a file of the suite may not reach, as project paths (a folder, or a module without its extension). */
const forbidden: Array<{ path: string; what: string; folder: boolean }> = [
	{ path: 'src/content', what: "the project's src/content", folder: true },
	{ path: 'src/brand', what: "the project's brand logos (src/brand/)", folder: true },
	{ path: 'src/brand.config', what: "the project's brand (src/brand.config.ts)", folder: false },
	{ path: 'src/core/brand', what: "the project's checked brand (src/core/brand.ts)", folder: false },
	{ path: 'src/content.config', what: "the project's content config (src/content.config.ts)", folder: false },
];

/** A module path without a code extension (`src/brand.config.ts` → `src/brand.config`). */
const withoutExtension = (path: string) => path.replace(/\.(?:ts|mts|js|mjs|tsx|jsx)$/, '');

/** What `projectPath` (relative to the project root, normalised) reaches of the forbidden places, if anything. */
function forbiddenPlace(projectPath: string): string | undefined {
	for (const place of forbidden) {
		if (place.folder ? projectPath === place.path || projectPath.startsWith(`${place.path}/`) : withoutExtension(projectPath) === place.path) return place.what;
	}
	return undefined;
}

/** File-system calls whose first argument, when relative, is read from the working directory: the project root when the suites run. */
const fileSystemCalls = new Set([
	'readFileSync',
	'readFile',
	'readdirSync',
	'readdir',
	'existsSync',
	'statSync',
	'stat',
	'lstatSync',
	'lstat',
	'cpSync',
	'cp',
	'copyFileSync',
	'copyFile',
	'createReadStream',
	'opendirSync',
	'opendir',
	'globSync',
	'glob',
	'watch',
	'access',
	'accessSync',
	'realpathSync',
	'openSync',
]);

/** The name a call is made by: `join(…)`, `path.join(…)`, `posix.join(…)` are all `join`. */
function calleeName(expression: ts.Expression): string | undefined {
	if (ts.isIdentifier(expression)) return expression.text;
	if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
	return undefined;
}

const isImportMeta = (node: ts.Node) => ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === 'meta';

/**
 * The project paths a file reaches that it may not, one line each (`file:line: what`), and the
 * test helpers it imports (for the caller to read in turn).
 * @param path the file's path from the project root, `/`-separated (imports and `__dirname` resolve from it)
 * @param text its source
 */
export function projectReadsIn(path: string, text: string): { problems: string[]; helpers: string[] } {
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.mjs') || path.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
	const folder = posix.dirname(path);
	const problems: string[] = [];
	const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

	// Imports: resolved from the file.
	const helpers: string[] = [];
	const requires: ts.StringLiteralLike[] = [];
	const visitRequires = (node: ts.Node) => {
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]))
			requires.push(node.arguments[0]);
		ts.forEachChild(node, visitRequires);
	};
	visitRequires(source);
	const imports = [...importsIn(text, path), ...requires.map((literal) => ({ specifier: literal.text, typeOnly: false }))];
	for (const ref of imports) {
		// Types vanish from the JavaScript (`import type`, `typeof import('…')`): they read nothing at run time.
		if (!ref.specifier.startsWith('.') || ref.typeOnly) continue;
		const target = posix.normalize(posix.join(folder, ref.specifier));
		const place = forbiddenPlace(target);
		if (place) problems.push(`${path}: imports ${ref.specifier}, ${place}`);
		else if (withoutExtension(target) === 'src/site.config')
			problems.push(`${path}: imports ${ref.specifier} (not only its types): the project's site configuration (origin, featured list) is the owner's`);
		else if (target.startsWith('tests/') && !target.startsWith('tests/e2e/')) helpers.push(target);
	}

	// Paths: every expression that builds one, evaluated as far as it is known. Names are
	// resolved by TypeScript's checker (scopes, shadowing, imports under other names), so a
	// `path` of one function is never read as the `path` of another.
	const checker = checkerFor(source);
	/** The declaration a name refers to, through an import's alias to the import itself. */
	const declarationOf = (identifier: ts.Identifier) => checker.getSymbolAtLocation(identifier)?.declarations?.[0];

	/** A part of a string as text: a literal's, `/` for `sep`/`path.sep`, `*` for anything not known. */
	const textOf = (node: ts.Expression): string => {
		if (ts.isStringLiteralLike(node)) return node.text;
		if ((ts.isIdentifier(node) && node.text === 'sep') || (ts.isPropertyAccessExpression(node) && node.name.text === 'sep')) return '/';
		return '*';
	};
	/** Does an options object say `content: true` (or anything but a literal `false`)? */
	const copiesContent = (node: ts.Expression): boolean =>
		!ts.isObjectLiteralExpression(node) ||
		node.properties.some(
			(property) =>
				(ts.isPropertyAssignment(property) && property.name.getText(source) === 'content' && property.initializer.kind !== ts.SyntaxKind.FalseKeyword) ||
				(ts.isShorthandPropertyAssignment(property) && property.name.text === 'content') ||
				ts.isSpreadAssignment(property),
		);

	const evaluating = new Set<ts.Node>();
	/** Every reading of `node` as a path (several when a `const` may hold several). */
	const evaluate = (node: ts.Expression): StaticPath[] => {
		if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return evaluate(node.expression);
		if (ts.isStringLiteralLike(node)) return [literalPath(node.text)];
		if (ts.isTemplateExpression(node)) {
			const head = node.head.text;
			const first = node.templateSpans[0]!;
			const starts = head === '' ? evaluate(first.expression) : [literalPath(head)];
			const rest = [...(head === '' ? [] : [textOf(first.expression)]), first.literal.text, ...node.templateSpans.slice(1).flatMap((span) => [textOf(span.expression), span.literal.text])].join('');
			return starts.map((start) => append(start, [rest]));
		}
		// `projectRoot + '/src/content'`: a string built by concatenation, as a path.
		if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
			const right = textOf(node.right);
			return evaluate(node.left).map((start) => append(start, [right]));
		}
		if (ts.isIdentifier(node)) {
			const declaration = declarationOf(node);
			if (!declaration) {
				if (node.text === '__dirname') return [{ base: 'file', segments: [] }];
				if (node.text === '__filename') return [{ base: 'file', segments: [posix.basename(path)] }];
				return [];
			}
			// `projectRoot` of a helper, under its own name or another one.
			if (ts.isImportSpecifier(declaration)) return (declaration.propertyName ?? declaration.name).text === 'projectRoot' ? [{ base: 'project', segments: [] }] : [];
			// `const`, `let` and `var` by what they are first given, a parameter by its default.
			const initial = (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration)) && ts.isIdentifier(declaration.name) ? declaration.initializer : undefined;
			if (!initial || evaluating.has(declaration)) return [];
			const constant = ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
			evaluating.add(declaration);
			try {
				// What may change later (`let repo = ''`, set by a hook) is followed only from a known folder: a placeholder string is no path.
				return evaluate(initial).filter((reading) => constant || reading.base !== 'relative');
			} finally {
				evaluating.delete(declaration);
			}
		}
		if (ts.isPropertyAccessExpression(node)) {
			if (isImportMeta(node.expression) && node.name.text === 'dirname') return [{ base: 'file', segments: [] }];
			if (isImportMeta(node.expression) && (node.name.text === 'url' || node.name.text === 'filename')) return [{ base: 'file', segments: [posix.basename(path)] }];
			// `new URL(…, import.meta.url).pathname`
			if (node.name.text === 'pathname' || node.name.text === 'href') return evaluate(node.expression);
			// A helper's `projectRoot` through a namespace or an object (`tiny.projectRoot`).
			if (node.name.text === 'projectRoot') return [{ base: 'project', segments: [] }];
			return [];
		}
		if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length === 2) {
			const [spec, base] = node.arguments;
			return (
				evaluate(base!)
					.filter((start) => start.base === 'file')
					// Resolved like a URL: from the folder of the base (`import.meta.url` names the file itself).
					.flatMap((start) => evaluate(spec!).map((relative) => (relative.base === 'relative' ? append(start, ['..', ...relative.segments]) : relative)))
			);
		}
		if (ts.isCallExpression(node)) {
			const name = calleeName(node.expression);
			if (name === 'cwd' && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'process') {
				return [{ base: 'project', segments: [] }];
			}
			if ((name === 'fileURLToPath' || name === 'dirname' || name === 'normalize') && node.arguments[0]) {
				return evaluate(node.arguments[0]).map((start) => (name === 'dirname' ? append(start, ['..']) : start));
			}
			if ((name === 'join' || name === 'resolve') && node.arguments.length > 0) {
				let readings: StaticPath[] = [];
				node.arguments.forEach((argument, index) => {
					const parts = evaluate(argument);
					if (index === 0) {
						// `resolve('src/content')` starts at the working directory, the project root.
						readings = parts.map((part) => (name === 'resolve' && part.base === 'relative' ? { ...part, base: 'project' } : part));
						return;
					}
					const relative = parts.filter((part) => part.base === 'relative');
					readings = readings.flatMap((start) => (relative.length > 0 ? relative.map((part) => append(start, part.segments)) : [append(start, ['*'])]));
				});
				return readings;
			}
		}
		return [];
	};

	const reported = new Set<string>();
	const report = (node: ts.Node, reading: StaticPath, base: Base) => {
		if (base === 'relative') return;
		const from = base === 'project' ? '.' : folder;
		const projectPath = posix.normalize(posix.join(from, ...reading.segments));
		const place = forbiddenPlace(projectPath);
		const line = `${path}:${lineOf(node)}: reads ${place}`;
		if (place && !reported.has(line)) {
			reported.add(line);
			problems.push(line);
		}
	};
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
		if (ts.isCallExpression(node)) {
			const name = calleeName(node.expression);
			const first = node.arguments[0];
			// A relative path handed to the file system is read from the working directory.
			if (name && fileSystemCalls.has(name) && first) for (const reading of evaluate(first)) report(node, reading, reading.base === 'relative' ? 'project' : reading.base);
			// tests/support/project-copy.mjs: `{ content: true }` copies `src/content` of the project it is given.
			const options = node.arguments[2];
			if (name === 'copyProjectSources' && first && options && copiesContent(options)) {
				for (const reading of evaluate(first)) report(node, append(reading, ['src/content']), reading.base === 'relative' ? 'project' : reading.base);
			}
		}
		if (ts.isExpression(node) && !ts.isIdentifier(node)) for (const reading of evaluate(node)) report(node, reading, reading.base);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { problems, helpers };
}

/** A type checker over `source` alone: enough to resolve its own names (nothing it imports is read). */
function checkerFor(source: ts.SourceFile): ts.TypeChecker {
	const options: ts.CompilerOptions = { noResolve: true, noLib: true, allowJs: true, noEmit: true, types: [] };
	const host: ts.CompilerHost = {
		getSourceFile: (fileName) => (fileName === source.fileName ? source : undefined),
		getDefaultLibFileName: () => 'lib.d.ts',
		writeFile: () => undefined,
		getCurrentDirectory: () => '/',
		getCanonicalFileName: (fileName) => fileName,
		useCaseSensitiveFileNames: () => true,
		getNewLine: () => '\n',
		fileExists: (fileName) => fileName === source.fileName,
		readFile: () => undefined,
	};
	return ts.createProgram({ rootNames: [source.fileName], options, host }).getTypeChecker();
}

/** A string as a path: absolute ones start nowhere known. */
function literalPath(text: string): StaticPath {
	return { base: 'relative', segments: text.startsWith('/') ? ['/__absolute__', text] : [text] };
}

function append(start: StaticPath, segments: string[]): StaticPath {
	// An absolute part restarts the path (`join` would not, `resolve` would): either way, not the project's.
	if (segments[0] === '/__absolute__') return { base: 'relative', segments };
	return { base: start.base, segments: [...start.segments, ...segments] };
}

/**
 * The file an import of `target` (a project path as the import spells it) loads, as the
 * test runner resolves it: the path itself, `.js`/`.mjs` spelled for a `.ts`/`.mts` file, a
 * code extension left out, or a folder's `index`. Undefined when there is none.
 */
export function resolveHelper(root: string, target: string): string | undefined {
	const isFile = (candidate: string) => {
		try {
			return statSync(join(root, candidate)).isFile();
		} catch {
			return false;
		}
	};
	const stem = target.replace(/\.(?:js|mjs)$/, '');
	const candidates = [
		target,
		...(stem === target ? [] : [`${stem}.ts`, `${stem}.mts`, `${stem}.tsx`]),
		...['.ts', '.mts', '.tsx', '.mjs', '.js'].map((extension) => `${target}${extension}`),
		...['index.ts', 'index.mts', 'index.tsx', 'index.mjs', 'index.js'].map((index) => `${target}/${index}`),
	];
	return candidates.find(isFile);
}

/**
 * {@link projectReadsIn} over `files` (paths from `root`) and every test helper they import,
 * transitively (tests/support, tests/fixtures: not `src/` or `scripts/`, whose imports are the product's).
 * A file or helper that cannot be found is named, never skipped: what the guard cannot read it cannot clear.
 * @param root the project root
 * @param files the suite's code files, from `root`, `/`-separated
 */
export function projectReads(root: string, files: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const queue: Array<{ path: string; from?: string }> = files.map((path) => ({ path }));
	while (queue.length > 0) {
		const { path, from } = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const file = resolveHelper(root, path);
		if (!file) {
			problems.push(from ? `${from}: imports ${path}, which cannot be found (so cannot be checked)` : `${path}: cannot be found (so cannot be checked)`);
			continue;
		}
		const found = projectReadsIn(file, readFileSync(join(root, file), 'utf8'));
		problems.push(...found.problems);
		queue.push(...found.helpers.map((helper) => ({ path: helper, from: file })));
	}
	return problems;
}
