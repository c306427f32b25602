import type { z } from 'astro/zod';
import { noticeTemplates, type NoticeTemplate } from './notice-templates';
export { listSummaryKeys, transientWidgets } from './entry-keys';
import { dictionaries, t } from '../../core/i18n';
import type { PluralMessage } from '../../core/message-format';
import { articleFields } from '../articles/article-schema';
import { categoryFields } from '../articles/category-schema';
import { channelFields } from '../notices/channel-schema';
import { calendarDate, instant, slugPattern } from '../../core/schema';
import { logoPath } from '../../core/urls';
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
	options?: Array<{ label: string; value: string }>;
	/** Relation widget: the collection whose entries the value is picked from, by file name. */
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	multiple?: boolean;
	options_length?: number;
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
	/**
	 * Fields whose values are ids of other entries (`services` → the services collection),
	 * by path (`affected.service` for a field inside a list of objects). The form offers the
	 * existing entries to pick from, so a value the build's cross-file check would refuse
	 * cannot be typed.
	 */
	references?: Readonly<Record<string, string>>;
	/** A whole-number field the CMS numbers itself for a new entry (the next free one), e.g. an article's `ref`. */
	autoNumber?: string;
	/** Offer the notice templates (src/features/cms/notice-templates.ts) at the top of a new entry. */
	templates?: boolean;
	/** The body may be left empty (an incident's timeline is its front matter; the build accepts no body). */
	optionalBody?: boolean;
}

/** Every content collection an editor can edit, in the order the CMS lists them. */
export const cmsCollectionSpecs: readonly CmsCollectionSpec[] = [
	{
		name: 'notices',
		folder: 'notices',
		storage: 'mdx-per-locale',
		fields: noticeFields,
		shared: ['kind', 'severity', 'start', 'end', 'services', 'regions', 'pinned', 'related', 'hours'],
		// The list shows phase (live, upcoming, ended), severity and window, computed when
		// the entry is read (src/features/cms/browser/formats.ts) in the editor's language and calendar.
		summary: '{{title}} · {{fields.bayanPhase}} · {{fields.bayanSeverity}} · {{fields.bayanWindow}}',
		references: { services: 'services', regions: 'regions', related: 'articles' },
		templates: true,
	},
	{
		name: 'articles',
		folder: 'articles',
		storage: 'mdx-per-locale',
		fields: articleFields,
		shared: ['category', 'ref', 'related', 'aliases', 'draft', 'services'],
		summary: '{{title}}',
		references: { category: 'categories', related: 'articles', services: 'services' },
		autoNumber: 'ref',
	},
	{
		name: 'incidents',
		folder: 'incidents',
		storage: 'mdx-per-locale',
		fields: incidentFields,
		shared: ['kind', 'impact', 'affected', 'window'],
		summary: '{{title}}',
		references: { 'affected.service': 'services' },
		optionalBody: true,
	},
	{ name: 'categories', folder: 'categories', storage: 'yaml-file', fields: categoryFields, summary: '{{slug}}' },
	{ name: 'channels', folder: 'channels', storage: 'yaml-file', fields: channelFields, summary: '{{slug}}', references: { region: 'regions' } },
	{ name: 'regions', folder: 'regions', storage: 'yaml-file', fields: regionFields, summary: '{{slug}}' },
	{ name: 'services', folder: 'services', storage: 'yaml-file', fields: serviceFields, summary: '{{slug}}', references: { group: 'serviceGroups' } },
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

/** Context for labels and messages: the CMS's interface language, and the collection's references. */
interface Labels {
	uiLocale: Locale;
	references?: Readonly<Record<string, string>>;
}

/** A select option's label: the value in the editor's language (`cms.option.<value>`). */
function optionLabel(labels: Labels, value: string): string {
	try {
		return t(labels.uiLocale, `cms.option.${value}`);
	} catch (cause) {
		throw new Error(`src/features/cms/cms-config.ts: no label for the option "${value}"; add "option.${value}" to src/features/cms/strings/<locale>.json`, { cause });
	}
}

/** The collections with per-language files, whose entries are shown by title rather than by name. */
const titled = new Set(['articles', 'notices', 'incidents']);

/** A relation field picking `collection` entries by file name, one or (`multiple`) several. */
function relation(labels: Labels, collection: string, multiple: boolean, max?: number): Partial<CmsField> {
	const display = titled.has(collection) ? ['title'] : [`name.${labels.uiLocale}`];
	return {
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: titled.has(collection) ? ['title'] : locales.map((locale) => `name.${locale}`),
		display_fields: display,
		multiple,
		...(multiple && max ? { max } : {}),
		// Every entry is offered, not only the first 20 Decap shows by default.
		options_length: 1000,
	};
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

	// The two date shapes are string pipes (checked, then turned into Dates); recognise them by identity.
	// Bayan's own widgets (src/features/cms/browser/bayan-widgets.ts): dates in the site's calendar and time zone,
	// stored as the text the schema reads (`2026-11-22`, `2026-11-22T09:00:00+03:30`), and
	// never rewritten on load, so an untouched entry stays unchanged.
	if (inner === calendarDate) return { ...base, widget: 'bayan-date', format: 'YYYY-MM-DD' };
	if (inner === instant) {
		return { ...base, widget: 'bayan-instant', format: 'YYYY-MM-DDTHH:mm:ssZ', hint: t(labels.uiLocale, 'cms.hint.instant', { zone: siteConfig.timeZone }) };
	}
	const target = labels.references?.[path.replaceAll('[]', '')];
	if (target) {
		const def = defOf(inner);
		const isList = def.type === 'array';
		const max = isList ? checksOf(inner).find((check) => check.check === 'max_length')?.maximum : undefined;
		return { ...base, ...relation(labels, target, isList, max) } as CmsField;
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
			return { ...base, widget: 'select', options: (def.values ?? []).map((value) => ({ label: optionLabel(labels, String(value)), value: String(value) })) };
		}
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(def.entries ?? {}).map((value) => ({ label: optionLabel(labels, value), value })) };
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
			return { ...base, widget: 'bayan-instant' };
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
	auth_type?: string;
}

/** Backends that can be chosen with `DECAP_BACKEND`. */
export const backendNames = ['github', 'gitlab', 'gitea', 'bitbucket', 'git-gateway'] as const;

/**
 * The production backend from the build environment: `DECAP_BACKEND` (default `github`),
 * `DECAP_REPO` (`owner/name`), `DECAP_BRANCH` (default `main`), and optionally
 * `DECAP_BASE_URL`/`DECAP_AUTH_ENDPOINT` (an OAuth proxy), `DECAP_APP_ID` (GitLab or Gitea
 * PKCE), `DECAP_API_ROOT` (a self-hosted Git host). No secret is ever needed here: editors
 * sign in to the Git host in the browser.
 *
 * Without `DECAP_REPO` the admin works only against the local backend (`npm run cms`);
 * a production build (`BAYAN_PRODUCTION=1`) then stops, see `productionBackendProblem`.
 */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
	const name = env.DECAP_BACKEND?.trim() || 'github';
	if (!(backendNames as readonly string[]).includes(name)) {
		throw new Error(`DECAP_BACKEND is "${name}"; use one of ${backendNames.join(', ')}`);
	}
	const repo = env.DECAP_REPO?.trim();
	if (name !== 'git-gateway' && !repo && env.DECAP_BACKEND?.trim()) {
		throw new Error(`DECAP_REPO must be set (owner/name, e.g. example/help) when DECAP_BACKEND is "${name}"`);
	}
	if (repo && !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(repo)) {
		throw new Error(`DECAP_REPO is "${repo}"; write it as owner/name, e.g. example/help`);
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
		// GitLab signs in without a server when given an application id (PKCE).
		...(name === 'gitlab' && env.DECAP_APP_ID ? { auth_type: 'pkce' } : {}),
		squash_merges: true,
	};
}

/**
 * Why editors could not sign in to a site built with this backend, or undefined when they
 * can. Checked only for production builds (`BAYAN_PRODUCTION=1`): locally the admin talks
 * to `npm run cms`. Each message says what to set (README, "Editors sign in").
 */
export function productionBackendProblem(backend: CmsBackend, env: Record<string, string | undefined>): string | undefined {
	const onNetlify = env.NETLIFY === 'true';
	const fix = 'see README, "Editors sign in"';
	if (backend.name === 'git-gateway') {
		return onNetlify ? undefined : `DECAP_BACKEND is "git-gateway", which works only on Netlify with Identity (deprecated by Netlify); use github, gitlab or gitea (${fix})`;
	}
	if (!backend.repo) return `no CMS backend is configured: set DECAP_REPO to the repository editors publish to (owner/name), and DECAP_BACKEND if it is not on GitHub (${fix})`;
	if ((backend.name === 'github' || backend.name === 'bitbucket') && !backend.base_url && !onNetlify) {
		return `DECAP_BACKEND is "${backend.name}" but no OAuth proxy is set: outside Netlify, set DECAP_BASE_URL to your OAuth proxy (e.g. a Cloudflare worker) so editors can sign in (${fix})`;
	}
	if (backend.name === 'gitlab' && !backend.app_id && !backend.base_url && !onNetlify) {
		return `DECAP_BACKEND is "gitlab" but neither DECAP_APP_ID (a GitLab application for PKCE sign-in) nor DECAP_BASE_URL (an OAuth proxy) is set (${fix})`;
	}
	if (backend.name === 'gitea' && (!backend.app_id || !backend.base_url || !backend.api_root)) {
		return `DECAP_BACKEND is "gitea": set DECAP_APP_ID (an OAuth2 application on your Gitea), DECAP_BASE_URL (its address) and DECAP_API_ROOT (its /api/v1) (${fix})`;
	}
	return undefined;
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
		// Required, but checked by the widget itself (only a new entry is named): an existing
		// entry's name is its file's, and writing it into the form would mark it changed.
		required: false,
		hint: t(labels.uiLocale, 'cms.hint.slug'),
		pattern: [slugPattern.source, t(labels.uiLocale, 'cms.pattern.slug')],
		// Only the default language's form asks for it: translations share the file name.
		...(i18n ? { i18n: 'none' as const } : {}),
	};
}

/** The template chooser of a new notice (its value is never written). */
function templateField(labels: Labels): CmsField {
	return {
		name: 'template',
		label: t(labels.uiLocale, 'cms.field.template'),
		widget: 'bayan-template',
		required: false,
		hint: t(labels.uiLocale, 'cms.hint.template'),
		i18n: 'none',
	};
}

function bodyField(labels: Labels, required: boolean): CmsField {
	return {
		name: 'body',
		label: t(labels.uiLocale, 'cms.field.body'),
		widget: 'markdown',
		required,
		i18n: true,
		modes: ['rich_text', 'raw'],
		buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list', 'code'],
		editor_components: [...editorComponentIds],
	};
}

/** Builds one collection's Decap definition. */
export function collectionFromSpec(spec: CmsCollectionSpec, uiLabels: Labels): CmsCollection {
	const labels: Labels = { ...uiLabels, ...(spec.references ? { references: spec.references } : {}) };
	const perLocale = spec.storage === 'mdx-per-locale';
	const shared = new Set(spec.shared ?? []);
	const fields = Object.entries(spec.fields).map(([name, schema]) => {
		const generated = fieldFromZod(name, schema as z.ZodType, labels);
		const field: CmsField = name === spec.autoNumber ? { ...generated, widget: 'bayan-ref', hint: t(labels.uiLocale, 'cms.hint.autoNumber') } : generated;
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
		fields: [...(spec.templates ? [templateField(labels)] : []), slugField(labels, perLocale), ...fields, ...(perLocale ? [bodyField(labels, !spec.optionalBody)] : [])],
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
	const backend = backendFromEnv(env);
	if (env.BAYAN_PRODUCTION === '1') {
		const problem = productionBackendProblem(backend, env);
		if (problem) throw new Error(`Production build without a usable CMS backend: ${problem}.`);
	}
	return {
		load_config_file: false,
		locale: uiLocale,
		backend,
		// Decap only uses this when /admin/ is opened on localhost, so it is safe in production.
		local_backend: { url: `http://localhost:${localServerPort(env)}/api/v1` },
		publish_mode: 'editorial_workflow',
		media_folder: media.folder,
		public_folder: media.publicFolder,
		site_url: siteConfig.url,
		display_url: siteConfig.url,
		// The brand's mark (src/brand.config.ts), served by src/pages/brand/logo.svg.ts.
		logo_url: logoPath(),
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
	/** The CMS's UI strings with plural forms (same dictionaries), chosen by `Intl.PluralRules` (core/message-format.ts). */
	plurals: Record<string, PluralMessage>;
	/** Writing direction of each site language. */
	dirs: Record<Locale, 'rtl' | 'ltr'>;
	/** Field labels that stand for a language (the `fa`/`ar`/`en` parts of a localised name). */
	localeLabels: Record<string, Locale>;
	defaultLocale: Locale;
	/** The site's IANA time zone: the CMS enters and shows every time in it. */
	timeZone: string;
	/** How dates are shown to the editor: the interface language's `Intl` settings (fa: Solar Hijri, Persian digits). */
	uiIntl: { locale: Locale; bcp47: string; calendar: string; numberingSystem: string };
	/** Notice templates with their wording in every language. */
	templates: readonly NoticeTemplate[];
	/**
	 * The featured articles' refs (`featuredRefs` in src/site.config.ts) as this admin was built:
	 * an article holding one is not taken off the site (take-off.ts). The admin is built with the
	 * site, so it knows the setting of the commit it was deployed from.
	 */
	featuredRefs: readonly number[];
}

/** Builds the data `/admin/` embeds for `src/features/cms/browser/cms.ts`. */
export function buildAdminData(options: CmsConfigOptions & { previewStyles: string[] }): CmsAdminData {
	const uiLocale = options.uiLocale ?? siteConfig.defaultLocale;
	const strings = Object.fromEntries(
		Object.entries(dictionaries[uiLocale])
			.filter(([key, message]) => key.startsWith('cms.') && typeof message === 'string')
			.map(([key, message]) => [key.slice('cms.'.length), message as string]),
	);
	const plurals = Object.fromEntries(
		Object.entries(dictionaries[uiLocale])
			.filter(([key, message]) => key.startsWith('cms.') && typeof message === 'object')
			.map(([key, message]) => [key.slice('cms.'.length), message as PluralMessage]),
	);
	return {
		config: buildCmsConfig(options),
		previewStyles: options.previewStyles,
		strings,
		plurals,
		dirs: Object.fromEntries(locales.map((locale) => [locale, siteConfig.locales[locale].dir])) as Record<Locale, 'rtl' | 'ltr'>,
		localeLabels: Object.fromEntries(locales.map((locale) => [t(uiLocale, `cms.language.${locale}`), locale])),
		defaultLocale: siteConfig.defaultLocale,
		timeZone: siteConfig.timeZone,
		uiIntl: {
			locale: uiLocale,
			bcp47: siteConfig.locales[uiLocale].bcp47,
			calendar: siteConfig.locales[uiLocale].calendar,
			numberingSystem: siteConfig.locales[uiLocale].numberingSystem,
		},
		templates: noticeTemplates,
		featuredRefs: [...siteConfig.featuredRefs],
	};
}
