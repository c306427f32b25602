import { getDefaultContext, instantiateNapiModule, WASI } from '@napi-rs/wasm-runtime';
import wasmUrl from 'bayan:satteri-wasm';

/**
 * satteri's WebAssembly build, started in the body check's worker (body-worker.ts). The admin bundle resolves
 * `@bruits/satteri-wasm32-wasi` (what satteri's browser binding imports) to this module
 * (decap-integration.ts), instead of the package's own loader, because that loader starts
 * four workers for asynchronous work and hands each the shared memory: posting shared memory
 * needs a cross-origin-isolated page, and isolating the admin (COOP) would cut the GitHub
 * sign-in popup off from it. The admin only calls satteri's synchronous parser, which needs
 * no worker of its own (it runs in the check's one worker), and creating shared WebAssembly memory needs no isolation (Chromium 156: the
 * body check runs with `crossOriginIsolated` false; README, "CMS"). Memory sizes and the
 * register calls are the package's own loader's.
 */

const memory = new WebAssembly.Memory({ initial: 4000, maximum: 65536, shared: true });
const bytes = await fetch(new URL(wasmUrl, import.meta.url)).then((response) => {
	if (!response.ok) throw new Error(`satteri's WebAssembly (${wasmUrl}) answered ${response.status}`);
	return response.arrayBuffer();
});
const { napiModule } = await instantiateNapiModule(bytes, {
	context: getDefaultContext(),
	asyncWorkPoolSize: 0,
	wasi: new WASI({ version: 'preview1' }),
	onCreateWorker() {
		throw new Error('satteri-wasm.ts: the admin runs satteri without workers');
	},
	overwriteImports(importObject) {
		importObject.env = { ...importObject.env, ...importObject.napi, ...importObject.emnapi, memory };
		return importObject;
	},
	beforeInit({ instance }) {
		for (const name of Object.keys(instance.exports)) {
			if (name.startsWith('__napi_register__')) (instance.exports[name] as () => void)();
		}
	},
});

/** The binding's functions, by the names satteri's browser binding (`satteri/dist/binding.browser.js`) imports. */
export const {
	applyCommandsAndCompileHandle,
	applyCommandsAndConvertToHastHandle,
	applyCommandsAndRenderHandle,
	applyCommandsToHandle,
	applyCommandsToMdastHandle,
	applyMdastCommandsAndConvertAndCompile,
	applyMdastCommandsAndConvertAndRender,
	compileHandle,
	compileMdx,
	convertMdastToHastHandle,
	createHastHandle,
	createHastHandleFromHtml,
	createHastHandleWithFrontmatter,
	createMdastHandle,
	createMdxHastHandle,
	createMdxHastHandleWithFrontmatter,
	createMdxMdastHandle,
	dropHandle,
	getHandleSource,
	getMdastFrontmatter,
	getNodeData,
	markdownToHtmlFast,
	markdownToJsFast,
	mdastTextContentHandle,
	mdxToJsFast,
	parseEsm,
	parseExpression,
	parseToHtml,
	renderHandle,
	serializeHandle,
	setNodeData,
	textContentHandle,
	walkHandle,
	walkMdastHandle,
} = napiModule.exports;
