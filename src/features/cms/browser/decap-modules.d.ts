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
}
