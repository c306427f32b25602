import type { z } from 'astro/zod';
import { dictionaries, t } from '../../core/i18n';
import { articleFields } from '../articles/article-schema';
import { categoryFields } from '../articles/category-schema';
import { channelFields } from '../notices/channel-schema';
import { calendarDate, instant, slugPattern } from '../../core/schema';
import { incidentFields } from '../status/incident-schema';
import { noticeFields } from '../notices/notice-schema';
import { regionFields } from '../notices/region-schema';
import { serviceFields, serviceGroupFields } from '../status/service-schema';
import { synonymGroupFields } from '../search/synonyms-schema';
import { locales, siteConfig, type Locale } from '../../site.config';

/**
 * The Decap CMS configuration, generated from the Zod field shapes in each feature's `*-schema.ts` so the
 * CMS can never drift from what the build accepts: a new schema field either maps to a
 * widget here or stops the build with a message naming the collection and the field.
 */

/** One field of a Decap collection (the subset of Decap's field options Bayan uses). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	/** Decap validates the value against this regular expression: `[source, message]`. */
	pattern?: [string, string];
	options?: string[];
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	format?: string;
	date_format?: string | boolean;
	time_format?: string | boolean;
	picker_utc?: boolean;
	default?: unknown;
	field?: CmsField;
	fields?: CmsField[];
	collapsed?: boolean;
	summary?: string;
	/** `true`: one value per language; `'duplicate'`: copied to every translation. */
	i18n?: boolean | 'duplicate' | 'none';
	/** Markdown editor: which buttons and editor components are offered. */
	buttons?: string[];
	editor_components?: string[];
	modes?: string[];
	choose_url?: boolean;
	media_library?: { config: Record<string, unknown> };
}

/** A Decap folder collection. */
export interface CmsCollection {
	name: string;
	label: string;
	label_singular: string;
	folder: string;
	create: boolean;
	format: string;
	extension: string;
	slug: string;
	identifier_field: string;
	summary: string;
	i18n?: boolean;
	fields: CmsField[];
	sortable_fields?: string[];
	editor?: { preview: boolean };
}

/** How a collection is stored, which decides its format, its languages and its body. */
type Storage = 'mdx-per-locale' | 'yaml-file';

/** A content collection as the CMS sees it. */
export interface CmsCollectionSpec {
	/** Decap collection name (also the name of the custom format `bayan-<name>`). */
	name: string;
	/** Folder under `src/content/`. */
	folder: string;
	storage: Storage;
	/** The Zod field shape the content collection validates against. */
	fields: z.ZodRawShape;
	/** Fields every translation shares (copied from the default language). */
	shared?: readonly string[];
	/** The field the list of entries shows. */
	summary: string;
}

/** Every content collection an editor can edit, in the order the CMS lists them. */
export const cmsCollectionSpecs: readonly CmsCollectionSpec[] = [
	{
		name: 'notices',
		folder: 'notices',
		storage: 'mdx-per-locale',
		fields: noticeFields,
		shared: ['kind', 'severity', 'start', 'end', 'services', 'regions', 'pinned', 'related', 'hours'],
		summary: '{{title}}',
	},
	{
		name: 'articles',
		folder: 'articles',
		storage: 'mdx-per-locale',
		fields: articleFields,
		shared: ['category', 'ref', 'related', 'aliases', 'draft', 'services'],
		summary: '{{title}}',
	},
	{
		name: 'incidents',
		folder: 'incidents',
		storage: 'mdx-per-locale',
		fields: incidentFields,
		shared: ['kind', 'impact', 'affected', 'window'],
		summary: '{{title}}',
	},
	{ name: 'categories', folder: 'categories', storage: 'yaml-file', fields: categoryFields, summary: '{{slug}}' },
	{ name: 'channels', folder: 'channels', storage: 'yaml-file', fields: channelFields, summary: '{{slug}}' },
	{ name: 'regions', folder: 'regions', storage: 'yaml-file', fields: regionFields, summary: '{{slug}}' },
	{ name: 'services', folder: 'services', storage: 'yaml-file', fields: serviceFields, summary: '{{slug}}' },
	{ name: 'serviceGroups', folder: 'service-groups', storage: 'yaml-file', fields: serviceGroupFields, summary: '{{slug}}' },
	{ name: 'synonyms', folder: 'synonyms', storage: 'yaml-file', fields: synonymGroupFields, summary: '{{slug}}' },
];

/** The field holding the file name; it is never written into the file (the custom format drops it). */
export const slugFieldName = 'slug';

/** Where uploads are stored in the repository, and the URL they are served from. */
export const media = { folder: 'public/media', publicFolder: '/media' } as const;

/** The editor components registered by the admin script (`src/features/cms/browser/editor-components.ts`). */
export const editorComponentIds = ['callout', 'steps', 'question', 'figure'] as const;

/** Zod 4 keeps a schema's definition on `_zod.def`; only the parts read here are typed. */
interface ZodDef {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	entries?: Record<string, string>;
	values?: unknown[];
	options?: z.ZodType[];
	checks?: Array<{ _zod: { def: ZodCheckDef } }>;
}

interface ZodCheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	value?: number;
	inclusive?: boolean;
}

function defOf(schema: z.ZodType): ZodDef {
	return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

function checksOf(schema: z.ZodType): ZodCheckDef[] {
	return (defOf(schema).checks ?? []).map((check) => check._zod.def);
}

/** Strips `.optional()`/`.default()` wrappers and says whether the field may be left out. */
export function unwrapOptional(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
	let current = schema;
	let optional = false;
	for (;;) {
		const def = defOf(current);
		if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
			optional = true;
			current = def.innerType;
		} else {
			return { schema: current, optional };
		}
	}
}

/** Strings at least this long get a multi-line box (the schema still forbids line breaks). */
const longTextFrom = 300;

/** Characters `line()` in the schemas rejects: control and bidi-override characters. */
const forbiddenInLine = String.raw`\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069`;

/** Context for labels and messages: the CMS's interface language. */
interface Labels {
	uiLocale: Locale;
}

function label(labels: Labels, name: string): string {
	const key = `cms.field.${name}`;
	try {
		return t(labels.uiLocale, key);
	} catch {
		// A locale code or a weekday has its own key family; anything else is a missing string.
		if ((locales as readonly string[]).includes(name)) return t(labels.uiLocale, `cms.language.${name}`);
		throw new Error(`src/features/cms/cms-config.ts: no label for the field "${name}"; add "field.${name}" to src/features/cms/strings/<locale>.json`);
	}
}

/**
 * Maps one Zod field to a Decap field. Throws, naming the path, for a schema construct with
 * no faithful widget, so a schema change cannot silently produce a CMS that writes files
 * the build then refuses.
 */
export function fieldFromZod(name: string, schema: z.ZodType, labels: Labels, path = name, insideOptional = false): CmsField {
	const unwrapped = unwrapOptional(schema);
	const inner = unwrapped.schema;
	// Decap cannot say "required once the optional parent is filled in": it would demand the
	// child even when the parent is left out, so children of optional objects are optional
	// in the form and the build's schema still checks them when the parent is present.
	const optional = unwrapped.optional || insideOptional;
	const base = { name, label: label(labels, name), required: !optional };
	// Decap fills an empty date field with "now"; an optional end or an unused window must stay empty.
	const emptyDefault = optional ? { default: '' } : {};

	// The two date shapes are string pipes (checked, then turned into Dates); recognise them by identity.
	if (inner === calendarDate) {
		return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, ...emptyDefault };
	}
	if (inner === instant) {
		// moment's `Z` writes the offset (+03:30), which the schema requires.
		// Decap's picker works in the editor's own zone and saves its offset, so the instant is
		// exact; the hint says so, because an editor abroad may mean the site's local time.
		return {
			...base,
			widget: 'datetime',
			format: 'YYYY-MM-DDTHH:mm:ssZ',
			date_format: 'YYYY-MM-DD',
			time_format: 'HH:mm',
			hint: t(labels.uiLocale, 'cms.hint.instant', { zone: siteConfig.timeZone }),
			...emptyDefault,
		};
	}

	const def = defOf(inner);
	switch (def.type) {
		case 'pipe': {
			// `strictObject` is preprocess (a transform) piped into the object; a string with
			// `.transform()` is the string piped into the transform. Edit the data-shaped side.
			const side = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
			return { ...fieldFromZod(name, side, labels, path, optional), required: !optional };
		}
		case 'string':
			return { ...base, ...stringWidget(inner, labels) };
		case 'number': {
			const checks = checksOf(inner);
			const integer = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
			const positive = checks.find((check) => check.check === 'greater_than' && check.value === 0);
			return {
				...base,
				widget: 'number',
				value_type: integer ? 'int' : 'float',
				...(positive ? { min: integer && !positive.inclusive ? 1 : 0 } : {}),
			};
		}
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'literal': {
			if (def.values?.length === 1 && def.values[0] === true) {
				// `always: true` or nothing: the custom format drops `false` so the file stays valid.
				return { ...base, widget: 'boolean', required: false };
			}
			return { ...base, widget: 'select', options: (def.values ?? []).map(String) };
		}
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
		case 'array': {
			const element = unwrapOptional(def.element!).schema;
			const min = checksOf(inner).find((check) => check.check === 'min_length')?.minimum;
			const item = fieldFromZod(name, element, labels, `${path}[]`);
			const list: CmsField = { ...base, widget: 'list', ...(min ? { min } : {}) };
			if (item.widget === 'object' && item.fields) {
				return { ...list, fields: item.fields, collapsed: false, summary: summaryFor(item.fields) };
			}
			return { ...list, field: { ...item, name: 'item', label: base.label } };
		}
		case 'object':
			return {
				...base,
				widget: 'object',
				collapsed: false,
				fields: Object.entries(def.shape ?? {}).map(([key, value]) => fieldFromZod(key, value, labels, `${path}.${key}`, optional)),
			};
		case 'record':
			// A map with editor-chosen keys (channel id → hours) has no Decap widget; the admin
			// registers a YAML box for it that stores a real object.
			return { ...base, widget: 'bayan-yaml' };
		case 'date':
			return { ...base, widget: 'datetime', ...emptyDefault };
		default:
			throw new Error(`src/features/cms/cms-config.ts: the field "${path}" is a Zod ${def.type}, which has no CMS widget; map it in fieldFromZod`);
	}
}

function summaryFor(fields: CmsField[]): string {
	return fields
		.filter((field) => ['string', 'select', 'datetime', 'text'].includes(field.widget))
		.slice(0, 3)
		.map((field) => `{{fields.${field.name}}}`)
		.join(' · ');
}

function stringWidget(schema: z.ZodType, labels: Labels): Pick<CmsField, 'widget' | 'pattern' | 'hint'> {
	const checks = checksOf(schema);
	const regex = checks.find((check) => check.check === 'string_format' && check.pattern)?.pattern;
	if (regex) {
		const message = regex.source === slugPattern.source ? t(labels.uiLocale, 'cms.pattern.slug') : t(labels.uiLocale, 'cms.pattern.format');
		return { widget: 'string', pattern: [regex.source, message] };
	}
	const max = checks.find((check) => check.check === 'max_length')?.maximum;
	const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
	if (max === undefined) return { widget: 'string' };
	// Mirrors line(): at least one visible character, no control or bidi-override characters, at most `max`.
	const visible = min > 0 ? String.raw`(?=[\s\S]*\S)` : '';
	return {
		widget: max >= longTextFrom ? 'text' : 'string',
		pattern: [`^${visible}[^${forbiddenInLine}]{${min},${max}}$`, t(labels.uiLocale, 'cms.pattern.line', { max })],
	};
}

/** The Git backend an editor publishes through. */
export interface CmsBackend {
	name: string;
	repo?: string;
	branch: string;
	base_url?: string;
	auth_endpoint?: string;
	app_id?: string;
	api_root?: string;
	squash_merges?: boolean;
}

/** Backends that can be chosen with `DECAP_BACKEND`. */
export const backendNames = ['git-gateway', 'github', 'gitlab', 'gitea', 'bitbucket'] as const;

/**
 * The production backend from the build environment: `DECAP_BACKEND` (default
 * `git-gateway`), `DECAP_REPO` (`owner/name`, required except for Git Gateway),
 * `DECAP_BRANCH` (default `main`), and optionally `DECAP_BASE_URL`/`DECAP_AUTH_ENDPOINT`
 * (an OAuth proxy), `DECAP_APP_ID`, `DECAP_API_ROOT`. No secret is ever needed here:
 * editors sign in to the Git host in the browser.
 */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
	const name = env.DECAP_BACKEND?.trim() || 'git-gateway';
	if (!(backendNames as readonly string[]).includes(name)) {
		throw new Error(`DECAP_BACKEND is "${name}"; use one of ${backendNames.join(', ')}`);
	}
	const repo = env.DECAP_REPO?.trim();
	if (name !== 'git-gateway' && !repo) {
		throw new Error(`DECAP_REPO must be set (owner/name, e.g. bazarak/help) when DECAP_BACKEND is "${name}"`);
	}
	if (repo && !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(repo)) {
		throw new Error(`DECAP_REPO is "${repo}"; write it as owner/name, e.g. bazarak/help`);
	}
	const optional = {
		base_url: env.DECAP_BASE_URL,
		auth_endpoint: env.DECAP_AUTH_ENDPOINT,
		app_id: env.DECAP_APP_ID,
		api_root: env.DECAP_API_ROOT,
	};
	return {
		name,
		...(repo ? { repo } : {}),
		branch: env.DECAP_BRANCH?.trim() || 'main',
		...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
		squash_merges: true,
	};
}

/** The port the local backend (decap-server inside its guard) listens on for local editing (`DECAP_SERVER_PORT`, default 8081). */
export function localServerPort(env: Record<string, string | undefined>): number {
	const raw = env.DECAP_SERVER_PORT ?? '8081';
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`DECAP_SERVER_PORT is "${raw}"; use a port number`);
	return port;
}

function slugField(labels: Labels, i18n: boolean): CmsField {
	return {
		name: slugFieldName,
		label: t(labels.uiLocale, 'cms.field.slug'),
		widget: 'bayan-slug',
		required: true,
		hint: t(labels.uiLocale, 'cms.hint.slug'),
		pattern: [slugPattern.source, t(labels.uiLocale, 'cms.pattern.slug')],
		// Only the default language's form asks for it: translations share the file name.
		...(i18n ? { i18n: 'none' as const } : {}),
	};
}

function bodyField(labels: Labels): CmsField {
	return {
		name: 'body',
		label: t(labels.uiLocale, 'cms.field.body'),
		widget: 'markdown',
		required: true,
		i18n: true,
		modes: ['rich_text', 'raw'],
		buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list', 'code'],
		editor_components: [...editorComponentIds],
	};
}

/** Builds one collection's Decap definition. */
export function collectionFromSpec(spec: CmsCollectionSpec, labels: Labels): CmsCollection {
	const perLocale = spec.storage === 'mdx-per-locale';
	const shared = new Set(spec.shared ?? []);
	const fields = Object.entries(spec.fields).map(([name, schema]) => {
		const field = fieldFromZod(name, schema as z.ZodType, labels);
		// Decap accepts "duplicate" only on single-value widgets; lists and objects are kept per
		// translation (an editor copies them with "fill from another language").
		const duplicate = shared.has(name) && field.widget !== 'list' && field.widget !== 'object';
		return perLocale ? { ...field, i18n: duplicate ? ('duplicate' as const) : true } : field;
	});
	return {
		name: spec.name,
		label: t(labels.uiLocale, `cms.collection.${spec.name}`),
		label_singular: t(labels.uiLocale, `cms.collectionSingular.${spec.name}`),
		folder: `src/content/${spec.folder}`,
		create: true,
		format: `bayan-${spec.name}`,
		extension: perLocale ? 'mdx' : 'yaml',
		slug: `{{fields.${slugFieldName}}}`,
		identifier_field: perLocale ? 'title' : slugFieldName,
		summary: spec.summary,
		...(perLocale ? { i18n: true } : {}),
		fields: [slugField(labels, perLocale), ...fields, ...(perLocale ? [bodyField(labels)] : [])],
		...(perLocale ? { sortable_fields: ['title'] } : {}),
	};
}

/** Options for {@link buildCmsConfig}. */
export interface CmsConfigOptions {
	/** The build environment (`process.env`), for the backend and the local server's port. */
	env: Record<string, string | undefined>;
	/** Language of the CMS interface and of the field labels (default: the site's default locale). */
	uiLocale?: Locale;
}

/** The complete Decap configuration passed to `CMS.init({ config })` (`load_config_file: false`). */
export function buildCmsConfig({ env, uiLocale = siteConfig.defaultLocale }: CmsConfigOptions) {
	const labels = { uiLocale };
	return {
		load_config_file: false,
		locale: uiLocale,
		backend: backendFromEnv(env),
		// Decap only uses this when /admin/ is opened on localhost, so it is safe in production.
		local_backend: { url: `http://localhost:${localServerPort(env)}/api/v1` },
		publish_mode: 'editorial_workflow',
		media_folder: media.folder,
		public_folder: media.publicFolder,
		site_url: siteConfig.url,
		display_url: siteConfig.url,
		logo_url: '/favicon.svg',
		i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: siteConfig.defaultLocale },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: cmsCollectionSpecs.map((spec) => collectionFromSpec(spec, labels)),
	};
}

/** The generated Decap configuration. */
export type CmsConfig = ReturnType<typeof buildCmsConfig>;

/** Everything the admin script needs, embedded in `/admin/` as JSON (never as inline script). */
export interface CmsAdminData {
	config: CmsConfig;
	/** Stylesheets the preview pane loads: the site's own CSS, fonts included. */
	previewStyles: string[];
	/** The CMS's UI strings from `src/features/cms/strings/<locale>.json`, without the `cms.` prefix. */
	strings: Record<string, string>;
	/** Writing direction of each site language. */
	dirs: Record<Locale, 'rtl' | 'ltr'>;
	/** Field labels that stand for a language (the `fa`/`ar`/`en` parts of a localised name). */
	localeLabels: Record<string, Locale>;
	defaultLocale: Locale;
}

/** Builds the data `/admin/` embeds for `src/features/cms/browser/cms.ts`. */
export function buildAdminData(options: CmsConfigOptions & { previewStyles: string[] }): CmsAdminData {
	const uiLocale = options.uiLocale ?? siteConfig.defaultLocale;
	const strings = Object.fromEntries(
		Object.entries(dictionaries[uiLocale])
			.filter(([key, message]) => key.startsWith('cms.') && typeof message === 'string')
			.map(([key, message]) => [key.slice('cms.'.length), message as string]),
	);
	return {
		config: buildCmsConfig(options),
		previewStyles: options.previewStyles,
		strings,
		dirs: Object.fromEntries(locales.map((locale) => [locale, siteConfig.locales[locale].dir])) as Record<Locale, 'rtl' | 'ltr'>,
		localeLabels: Object.fromEntries(locales.map((locale) => [t(uiLocale, `cms.language.${locale}`), locale])),
		defaultLocale: siteConfig.defaultLocale,
	};
}
