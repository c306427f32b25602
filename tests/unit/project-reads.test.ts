import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectReads, projectReadsIn } from '../support/project-reads';

/**
 * The guard of tests/unit/e2e-site.test.ts (the browser suite reads none of the owner's
 * content or brand) on every way a spec could write such a read: each must be named, with
 * its line; a scratch project's content, type imports and bare strings must not be.
 */

const spec = 'tests/e2e/some.spec.ts';
const problems = (code: string, path = spec) => projectReadsIn(path, code).problems;

const head = `import { join, resolve, dirname, sep } from 'node:path';
import { readdirSync, readFileSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../support/tiny-site';
`;

describe('the guard that keeps the browser suite off the owner’s content and brand', () => {
	const caught: Array<[string, string, RegExp]> = [
		['a join of the project root with src and content as separate parts', `readdirSync(join(projectRoot, 'src', 'content'));`, /:5: reads the project's src\/content/],
		['one folder deeper, in one part', `const articles = join(projectRoot, 'src/content/articles', 'fa');`, /:5: reads the project's src\/content/],
		['a template literal from the project root', `const dir = \`\${projectRoot}/src/content\`;`, /:5: reads the project's src\/content/],
		['the working directory', `const dir = resolve(process.cwd(), 'src', 'content');`, /:5: reads the project's src\/content/],
		['a bare relative path handed to the file system', `readFileSync('src/content/categories/orders.yaml', 'utf8');`, /:5: reads the project's src\/content/],
		['resolve() of a relative path (from the working directory)', `const dir = resolve('src/content');`, /:5: reads the project's src\/content/],
		['a path from the spec’s own folder', `const dir = join(__dirname, '../../src/content');`, /:5: reads the project's src\/content/],
		['a URL from the spec’s own file', `const dir = fileURLToPath(new URL('../../src/content/', import.meta.url));`, /:5: reads the project's src\/content/],
		['dirname(fileURLToPath(import.meta.url))', `const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'content');`, /:5: reads the project's src\/content/],
		[
			'the project root under another name, through constants',
			`const base = projectRoot;\nconst here = join(base, 'src');\nreaddirSync(join(here, 'content'));`,
			/:7: reads the project's src\/content/,
		],
		[
			'the project root imported under another name',
			`import { projectRoot as top } from '../support/import-graph';\nreaddirSync(join(top, 'src', 'content'));`,
			/:6: reads the project's src\/content/,
		],
		['string concatenation from the project root', `readdirSync(projectRoot + '/src/content');`, /:5: reads the project's src\/content/],
		['concatenation over several parts', `const brandFile = projectRoot + '/src' + '/brand.config.ts';`, /:5: reads the project's brand \(src\/brand\.config\.ts\)/],
		['a template literal with path.sep between its parts', `readdirSync(\`\${projectRoot}\${sep}src\${sep}content\`);`, /:5: reads the project's src\/content/],
		[
			'the project root as a property of a helper’s namespace',
			`import * as tiny from '../support/tiny-site';\nreaddirSync(join(tiny.projectRoot, 'src', 'content'));`,
			/:6: reads the project's src\/content/,
		],
		['the project root under a let', `let root = projectRoot;\nreaddirSync(join(root, 'src/content'));`, /:6: reads the project's src\/content/],
		['the project root as a parameter’s default', `function list(root = projectRoot) {\n\treturn readdirSync(join(root, 'src/content'));\n}`, /:6: reads the project's src\/content/],
		[
			'a copy of the project with its content',
			`import { copyProjectSources } from '../support/project-copy.mjs';\ncopyProjectSources(projectRoot, '/tmp/copy', { content: true });`,
			/:6: reads the project's src\/content/,
		],
		['a file opened by a relative path', `openSync('src/brand.config.ts', 'r');`, /:5: reads the project's brand/],
		['the brand file by path', `readFileSync(join(projectRoot, 'src', 'brand.config.ts'), 'utf8');`, /:5: reads the project's brand \(src\/brand\.config\.ts\)/],
		['the brand module of src/core by path', `readFileSync(join(projectRoot, 'src/core/brand.ts'), 'utf8');`, /:5: reads the project's checked brand/],
		['a brand logo by path', `readFileSync(join(projectRoot, 'src/brand/logo.svg'), 'utf8');`, /:5: reads the project's brand logos/],
		['the brand config imported by default under another name', `import shop from '../../src/brand.config';`, /imports \.\.\/\.\.\/src\/brand\.config, the project's brand/],
		[
			'the brand config imported as a namespace, with its extension, in double quotes',
			`import * as everything from "../../src/brand.config.ts";`,
			/imports \.\.\/\.\.\/src\/brand\.config\.ts, the project's brand/,
		],
		['the checked brand of src/core under another name', `import { brand as theirs } from '../../src/core/brand';`, /imports \.\.\/\.\.\/src\/core\/brand, the project's checked brand/],
		['an import over several lines', `import {\n\tbrand as theirs,\n} from '../../src/core/brand.ts';`, /the project's checked brand/],
		['a dynamic import', `const { default: b } = await import('../../src/brand.config');`, /the project's brand/],
		['a re-export', `export { default as shop } from '../../src/brand.config';`, /the project's brand/],
		['a require', `const b = require('../../src/brand.config');`, /the project's brand/],
		['the content config', `import { collections } from '../../src/content.config';`, /the project's content config/],
		['the site configuration’s values', `import { siteConfig } from '../../src/site.config';`, /the project's site configuration/],
	];
	for (const [form, code, message] of caught) {
		it(`names ${form}`, () => {
			const found = problems(`${head}${code}\n`);
			expect(found, code).toHaveLength(1);
			expect(found[0]).toMatch(message);
		});
	}

	it('names a read from a file of the suite’s own site, resolved from that file (tests/e2e/site/)', () => {
		expect(problems(`import brand from '../../../src/brand.config';\n`, 'tests/e2e/site/site.ts')).toHaveLength(1);
		// The same specifier from tests/e2e/ points outside the project: not the owner's brand.
		expect(problems(`import brand from '../../../src/brand.config';\n`, spec)).toEqual([]);
	});

	it('follows the test helpers a spec imports, not the product’s modules', () => {
		const { helpers } = projectReadsIn(spec, `${head}import { siteDist } from './helpers';\nimport { html } from '../../src/core/html';\nimport { axe } from '../support/axe';\n`);
		expect(helpers).toEqual(['tests/support/tiny-site', 'tests/support/axe']);
	});

	it('follows helpers imported as `.js`, as a folder or as `.mts`, and names one it cannot find', () => {
		const root = mkdtempSync(join(tmpdir(), 'bayan-project-reads-'));
		try {
			const read = "import { readdirSync } from 'node:fs';\nexport const x = readdirSync('src/content');\n";
			const files = {
				'tests/e2e/a.spec.ts': "import { x } from '../support/spelled.js';\nimport { y } from '../support/folder';\nimport { z } from '../support/module.mjs';\nimport { w } from '../support/gone';\n",
				'tests/support/spelled.ts': read,
				'tests/support/folder/index.ts': read,
				'tests/support/module.mts': read,
			};
			for (const [path, text] of Object.entries(files)) {
				mkdirSync(join(root, path, '..'), { recursive: true });
				writeFileSync(join(root, path), text);
			}
			expect(projectReads(root, ['tests/e2e/a.spec.ts', 'tests/e2e/missing.spec.ts'])).toEqual([
				'tests/e2e/missing.spec.ts: cannot be found (so cannot be checked)',
				"tests/support/spelled.ts:2: reads the project's src/content",
				"tests/support/folder/index.ts:2: reads the project's src/content",
				"tests/support/module.mts:2: reads the project's src/content",
				'tests/e2e/a.spec.ts: imports tests/support/gone, which cannot be found (so cannot be checked)',
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('leaves alone what is not the owner’s: a scratch project’s content, type imports, the schema, bare strings', () => {
		const code = `${head}import type { Locale } from '../../src/site.config';
import type BrandFile from '../../src/brand.config';
type Brand = typeof import('../../src/brand.config').default;
copyProjectSources(projectRoot, '/tmp/copy');
copyProjectSources(projectRoot, '/tmp/copy', { content: false });
import type { BrandInput } from '../../src/core/brand-schema';
import { siteProject } from './helpers';
let project = '';
const file = (path: string) => join(project, 'src/content', path);
readFileSync(join(project, 'src/content/articles/fa/x.mdx'), 'utf8');
const copy = join(siteProject, 'src', 'content');
const committed = \`src/content/articles/fa/\${'slug'}.mdx\`;
const logo = readFileSync(join(projectRoot, 'tests/e2e/site/sarvestan.svg'), 'utf8');
const pages = readdirSync(join(projectRoot, 'dist'));
existsSync(join(siteProject, 'src/brand.config.ts'));
// readdirSync(join(projectRoot, 'src', 'content')) in a comment is no read
const words = 'join(projectRoot, "src", "content")';
`;
		expect(problems(code)).toEqual([]);
	});
});
