import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { filesUnder } from '../../core/files-under.mjs';
import { adminBundlePath } from '../../core/urls';
import { lockFile, satteriVersion, satteriWasmFile, satteriWasmPackage } from './satteri-wasm-package';

/**
 * Serves Decap CMS from the site itself (no CDN): bundles `src/features/cms/browser/cms.ts` (Decap, React
 * and Bayan's widgets, formats and previews) with esbuild into `/admin/cms/`. Decap's
 * prebuilt browser bundle cannot be copied as is: it expects a global React of exactly the
 * version it was built against, which is not the one installed. The bundle is cached by the
 * hash of its inputs, so builds that did not touch the admin reuse it in milliseconds.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const entry = join(root, 'src/features/cms/browser/cms.ts');
/** The body check's worker (browser/body-worker.ts), a file of its own beside `cms.js`, which starts it by that name. */
const bodyWorker = join(root, 'src/features/cms/browser/body-worker.ts');

/**
 * A hash of everything the bundle is made of: Bayan's sources (the admin imports the content
 * schemas and shared helpers, so every source file counts, content aside) and the Decap versions.
 */
function inputsHash(): string {
	const hash = createHash('sha256');
	const sources = filesUnder(join(root, 'src'))
		.map((file) => `src/${file}`)
		.filter((file) => !file.startsWith('src/content/') && /\.(?:ts|tsx|json)$/.test(file));
	// By the path inside the project, not the absolute one: the same sources in another checkout
	// (another CI folder, a test's scratch copy) are the same bundle.
	for (const file of sources) {
		hash.update(file).update(readFileSync(join(root, file)));
	}
	for (const pkg of ['decap-cms-app', 'decap-cms-core', 'react', 'react-dom', 'esbuild', 'satteri', '@napi-rs/wasm-runtime', '@emnapi/core', '@emnapi/runtime', '@tybys/wasm-util']) {
		hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
	}
	// The wasm package's pin (satteri-wasm-package.ts) and every other bundled package's version.
	const lock = lockFile(root);
	if (lock) hash.update(readFileSync(lock));
	return hash.digest('hex').slice(0, 16);
}

/**
 * satteri in the admin (the body check, browser/body-check.ts): its browser binding imports the
 * wasm package, which resolves to Bayan's loader (browser/satteri-wasm.ts, why there), and the
 * loader's `bayan:satteri-wasm` to the `.wasm` fetched for satteri's version (satteri-wasm-package.ts),
 * emitted as a file. Where it cannot be fetched the loader is a module that throws: the admin then
 * says that the body is checked when the site builds, and the build (which still refuses) warns here.
 */
export function satteriWasmPlugin(warn: (message: string) => void, unavailable: () => void, wasmFile: () => string = () => satteriWasmFile(root)): Plugin {
	return {
		name: 'bayan-satteri-wasm',
		setup(bundle) {
			bundle.onResolve({ filter: /^@bruits\/satteri-wasm32-wasi$/ }, () => {
				try {
					wasmFile();
				} catch (error) {
					warn(`${(error as Error).message}: ${String((error as Error).cause ?? '')} — the admin will not check bodies before saving (the build still does)`);
					unavailable();
					return { path: 'unavailable', namespace: 'bayan-satteri-wasm' };
				}
				return { path: join(root, 'src/features/cms/browser/satteri-wasm.ts') };
			});
			bundle.onResolve({ filter: /^bayan:satteri-wasm$/ }, () => ({ path: wasmFile() }));
			// CommonJS, so the binding's named imports bundle (as properties of nothing): the module
			// throws when the body check's chunk loads, which the admin reports as "not checked here".
			bundle.onLoad({ filter: /.*/, namespace: 'bayan-satteri-wasm' }, () => ({
				contents: `throw new Error(${JSON.stringify(`${satteriWasmPackage}@${satteriVersion(root)} was not bundled (it could not be fetched when the admin was built)`)});\nmodule.exports = {};`,
				loader: 'js',
			}));
		},
	};
}

/** Bundles the admin into `<cacheDir>/decap-<hash>/` unless that bundle exists; returns the folder. */
export async function bundleAdmin(cacheDir: string, warn: (message: string) => void = console.warn): Promise<string> {
	const out = join(cacheDir, `decap-${inputsHash()}`);
	if (existsSync(join(out, 'cms.js'))) return out;
	const scratch = `${out}.tmp-${process.pid}`;
	rmSync(scratch, { recursive: true, force: true });
	let withoutBodyCheck = false;
	try {
		await build({
			entryPoints: { cms: entry, 'body-worker': bodyWorker },
			bundle: true,
			splitting: true,
			format: 'esm',
			minify: true,
			target: 'es2022',
			outdir: scratch,
			absWorkingDir: root,
			// The shared modules read build settings from process.env; in the browser there are
			// none (the admin gets the site's zone and calendars from its embedded data instead).
			define: { 'process.env.NODE_ENV': '"production"', 'process.env': '{}', global: 'globalThis' },
			loader: { '.wasm': 'file' },
			plugins: [
				satteriWasmPlugin(warn, () => {
					withoutBodyCheck = true;
				}),
			],
			legalComments: 'linked',
			logLevel: 'warning',
		});
	} catch (cause) {
		rmSync(scratch, { recursive: true, force: true });
		throw new Error('src/features/cms/decap-integration.ts: bundling the CMS (src/features/cms/browser/cms.ts) failed', { cause });
	}
	// A bundle without the body check is not kept under the inputs' hash: the next build tries to fetch satteri's wasm again.
	const kept = withoutBodyCheck ? `${out}.without-body-check` : out;
	rmSync(kept, { recursive: true, force: true });
	mkdirSync(dirname(kept), { recursive: true });
	cpSync(scratch, kept, { recursive: true });
	rmSync(scratch, { recursive: true, force: true });
	return kept;
}

const types: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

/** The Astro integration: bundle at build end; bundle on demand and serve it in `astro dev`. */
export function decapCms(): AstroIntegration {
	let cacheDir = join(root, 'node_modules/.astro');
	return {
		name: 'bayan-decap-cms',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				let bundle: Promise<string> | undefined;
				server.middlewares.use((request, response, next) => {
					const path = (request.url ?? '').split('?')[0] ?? '';
					if (!path.startsWith(adminBundlePath)) return next();
					// Re-check the inputs on each page load of the admin, so edits to src/features/cms/browser apply on reload.
					if (!bundle || path.endsWith('/cms.js')) bundle = bundleAdmin(cacheDir);
					bundle
						.then((dir) => {
							const file = resolve(dir, `.${path.slice(adminBundlePath.length - 1)}`);
							if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
								response.statusCode = 404;
								return response.end();
							}
							response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
							createReadStream(file).pipe(response);
						})
						.catch((error: unknown) => {
							logger.error(String((error as Error).cause ?? error));
							response.statusCode = 500;
							response.end('The CMS bundle failed to build; see the terminal.');
						});
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const bundle = await bundleAdmin(cacheDir, (message) => logger.warn(message));
				cpSync(bundle, join(fileURLToPath(dir), adminBundlePath), { recursive: true });
				logger.info(`CMS bundle ready in ${adminBundlePath} (${Date.now() - started} ms)`);
			},
		},
	};
}
