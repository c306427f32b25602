// decap-cms-app has declarations, its deep modules do not; these cover the ones the admin bundle imports.
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
	export function frontmatterYAML(delimiter?: string): import('./types').Formatter;
}
declare module 'decap-cms-core/dist/esm/formats/yaml' {
	const yamlFormatter: import('./types').Formatter;
	export default yamlFormatter;
}
declare module 'decap-cms-locales/dist/esm/fa' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
declare module 'decap-cms-core/dist/esm/backend' {
	export class Backend {
		entryToRaw(collection: unknown, entry: unknown): string;
	}
	/** The one backend instance of this admin (created by CMS.init), for a given config. */
	export function currentBackend(config: unknown): unknown;
}
declare module 'decap-cms-core/dist/esm/redux' {
	export const store: { getState(): unknown; dispatch(action: unknown): unknown; subscribe(listener: () => void): () => void };
}
declare module 'decap-cms-core/dist/esm/actions/entries' {
	export function changeDraftField(payload: {
		field: unknown;
		value: unknown;
		metadata?: unknown;
		entries: unknown[];
		i18n?: { currentLocale: string; defaultLocale: string; locales: string[] };
	}): unknown;
}
declare module 'decap-cms-locales/dist/esm/en' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
// satteri's WebAssembly binary, bundled as a file (decap-integration.ts resolves the name): its URL.
declare module 'bayan:satteri-wasm' {
	const url: string;
	export default url;
}
// @napi-rs/wasm-runtime ships no declarations; the part satteri-wasm.ts calls.
declare module '@napi-rs/wasm-runtime' {
	export function getDefaultContext(): unknown;
	export class WASI {
		constructor(options: { version: 'preview1' });
	}
	export function instantiateNapiModule(
		bytes: ArrayBuffer,
		options: {
			context: unknown;
			asyncWorkPoolSize: number;
			wasi: WASI;
			onCreateWorker(): Worker;
			overwriteImports(importObject: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>>;
			beforeInit(source: { instance: WebAssembly.Instance }): void;
		},
	): Promise<{ napiModule: { exports: Record<string, unknown> } }>;
}
