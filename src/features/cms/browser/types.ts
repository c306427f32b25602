import type { CmsAdminData } from '../cms-config';

/**
 * The small part of Decap's API and of Immutable.js the admin script touches. Decap ships
 * no types for its browser API, so these stay deliberately narrow.
 */

/** An Immutable.js map or list as Decap hands it to widgets and previews. */
export interface ImmutableLike {
	get(key: string | number): unknown;
	getIn(path: Array<string | number>): unknown;
	toJS(): unknown;
	/** A copy with the value at `path` replaced (Immutable's `setIn`). */
	setIn(path: Array<string | number>, value: unknown): ImmutableLike;
}

/** Props Decap passes to a preview template. */
export interface PreviewProps {
	entry: ImmutableLike;
	widgetFor(name: string): unknown;
	document?: Document;
}

/** Props Decap passes to a widget's control. */
export interface ControlProps {
	value: unknown;
	onChange(value: unknown): void;
	forID: string;
	classNameWrapper: string;
	setActiveStyle(): void;
	setInactiveStyle(): void;
	field: ImmutableLike;
	entry: ImmutableLike;
	locale?: string;
	/** Decap's search over a collection's entries (what the relation widget uses). */
	query?(forID: string, collection: string, searchFields: string[], term: string): Promise<{ payload?: { hits?: unknown[] } }>;
}

/** An editor component (Decap's "shortcodes" for the markdown widget). */
export interface EditorComponent {
	id: string;
	label: string;
	fields: Array<Record<string, unknown>>;
	pattern: RegExp;
	fromBlock(match: RegExpMatchArray): Record<string, unknown>;
	toBlock(data: Record<string, unknown>): string;
	toPreview(data: Record<string, unknown>): string;
}

/** A file format Decap can read and write. */
export interface Formatter {
	fromFile(content: string): Record<string, unknown>;
	toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** The Decap global (`CMS`). */
export interface DecapCms {
	init(options: { config: unknown }): void;
	registerPreviewStyle(style: string, options?: { raw: boolean }): void;
	registerPreviewTemplate(name: string, component: unknown): void;
	registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
	/** A registered widget (Decap's own are registered when decap-cms-app loads). */
	getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
	registerEditorComponent(component: EditorComponent): void;
	registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
	registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
	registerLocale(locale: string, phrases: unknown): void;
}

/** The data `/admin/` embeds, with a helper to read its strings. */
export interface AdminContext extends CmsAdminData {
	/** A CMS string by key (`cms.json` without the `cms.` prefix), `{name}` placeholders filled. */
	s(key: string, vars?: Record<string, string | number>): string;
}
