import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleFields } from '../../src/features/articles/article-schema';
import { categoryFields } from '../../src/features/articles/category-schema';
import { channelFields } from '../../src/features/notices/channel-schema';
import { incidentFields } from '../../src/features/status/incident-schema';
import { noticeFields } from '../../src/features/notices/notice-schema';
import { regionFields } from '../../src/features/notices/region-schema';
import { serviceFields, serviceGroupFields } from '../../src/features/status/service-schema';
import { synonymGroupFields } from '../../src/features/search/synonyms-schema';
import { backendFromEnv, buildAdminData, buildCmsConfig, fieldFromZod, localServerPort, type CmsField } from '../../src/features/cms/cms-config';
import { cleanEntryData, imagesWithoutAlt } from '../../src/features/cms/cms-entry';
import { locales } from '../../src/site.config';

/**
 * The CMS configuration is generated from the schemas; these tests hold it to them field by
 * field, with the schema itself as the oracle: what the form requires is what the schema
 * requires, every option a select offers is accepted, a value the form produces parses.
 */
const config = buildCmsConfig({ env: {} });

// Listed here, not taken from the generator, so a collection dropped from the CMS fails.
const expected: Record<string, { folder: string; fields: z.ZodRawShape; perLocale: boolean }> = {
	articles: { folder: 'src/content/articles', fields: articleFields, perLocale: true },
	notices: { folder: 'src/content/notices', fields: noticeFields, perLocale: true },
	incidents: { folder: 'src/content/incidents', fields: incidentFields, perLocale: true },
	categories: { folder: 'src/content/categories', fields: categoryFields, perLocale: false },
	channels: { folder: 'src/content/channels', fields: channelFields, perLocale: false },
	regions: { folder: 'src/content/regions', fields: regionFields, perLocale: false },
	services: { folder: 'src/content/services', fields: serviceFields, perLocale: false },
	serviceGroups: { folder: 'src/content/service-groups', fields: serviceGroupFields, perLocale: false },
	synonyms: { folder: 'src/content/synonyms', fields: synonymGroupFields, perLocale: false },
};

const collection = (name: string) => {
	const found = config.collections.find((item) => item.name === name);
	if (!found) throw new Error(`no CMS collection ${name}`);
	return found;
};

/** A value the Decap widget could produce, built from the CMS field alone. */
function sampleFor(field: CmsField): unknown {
	switch (field.widget) {
		case 'string':
		case 'text':
			// The first plausible value the field's own pattern accepts (slug, time, text).
			// (A closing time must come after the opening time, a rule across fields.)
			return ['sample-id', field.name === 'close' ? '17:00' : '09:00', 'نمونه'].find((value) => !field.pattern || new RegExp(field.pattern[0]).test(value)) ?? 'نمونه';
		case 'number':
			return field.min ?? 3;
		case 'boolean':
			// The CMS writes no `false` (cleanEntryData), so a form's untouched flag is absent.
			return false;
		case 'select':
			return field.options![0]!.value;
		case 'bayan-date':
			return '2026-11-22';
		case 'bayan-instant':
			return '2026-11-22T09:30:00+03:30';
		case 'bayan-ref':
			return 3;
		case 'relation':
			// The id of an existing entry (the widget offers only those); one, or a list of them.
			return field.multiple ? ['sample-id'] : 'sample-id';
		case 'list':
			// As many items as the list's minimum (a synonym group needs two terms).
			return Array.from({ length: Math.max(1, field.min ?? 1) }, () => (field.fields ? sampleObject(field.fields) : sampleFor(field.field!)));
		case 'object':
			return sampleObject(field.fields!);
		case 'bayan-yaml':
			return { 'contact-centre': 'closed' };
		default:
			throw new Error(`no sample for widget ${field.widget}`);
	}
}

/** A value as the CMS writes it (see cleanEntryData). */
function written(value: unknown): unknown {
	return cleanEntryData({ value }).value;
}

function sampleObject(fields: CmsField[]): Record<string, unknown> {
	return Object.fromEntries(fields.map((field) => [field.name, sampleFor(field)]));
}

/** Walks a schema field and its CMS field together, checking each level. */
function compare(path: string, schema: z.ZodType, field: CmsField, parentOptional = false): void {
	expect(field.name, path).toBe(path.split('.').pop()!.replace('[]', ''));
	const optional = schema.safeParse(undefined).success;
	expect(field.required, `${path}: required`).toBe(!optional && !parentOptional);
	const value = written(sampleFor(field));
	// Whatever the form produces, once written, must be accepted by the schema it was generated from.
	const parsed = schema.safeParse(value);
	expect(parsed.success, `${path}: ${JSON.stringify(value)} → ${parsed.error?.message}`).toBe(true);
	if (field.widget === 'select') {
		for (const option of field.options!) {
			expect(schema.safeParse(option.value).success, `${path}: option ${option.value}`).toBe(true);
			// Shown in the editor's language, never as the stored code.
			expect(option.label, `${path}: label of ${option.value}`).not.toBe(option.value);
		}
		expect(schema.safeParse('not-an-allowed-value').success, `${path}: other values refused`).toBe(false);
	}
	if (field.pattern) {
		const pattern = new RegExp(field.pattern[0]);
		expect(pattern.test(String(value)), `${path}: sample matches the pattern`).toBe(true);
		// Values the pattern refuses are refused by the schema too (no CMS-only rules).
		for (const bad of ['Has Spaces', '', ' ', 'a\nb', 'x'.repeat(1001)]) {
			if (!pattern.test(bad)) expect(schema.safeParse(bad).success, `${path}: ${JSON.stringify(bad.slice(0, 20))}`).toBe(false);
		}
	}
	if (field.widget === 'number' || field.widget === 'bayan-ref') {
		expect(schema.safeParse(1.5).success, `${path}: integers only`).toBe(field.value_type !== 'int');
		if (field.min !== undefined) expect(schema.safeParse(field.min - 1).success, `${path}: below min`).toBe(false);
	}
	if (field.widget === 'bayan-instant') {
		// The stored format carries an offset; the schema refuses a time without one.
		expect(field.format).toMatch(/Z$/);
		expect(schema.safeParse('2026-11-22T09:30:00').success, `${path}: needs an offset`).toBe(false);
	}
	if (field.widget === 'object') {
		const shape = innerShape(schema);
		expect(field.fields!.map((child) => child.name).sort(), `${path}: same subfields`).toEqual(Object.keys(shape).sort());
		for (const child of field.fields!) compare(`${path}.${child.name}`, shape[child.name]!, child, optional || parentOptional);
	}
	if (field.widget === 'list') {
		expect(schema.safeParse([]).success, `${path}: empty list`).toBe(!field.min);
		const element = innerElement(schema);
		if (field.fields) {
			const shape = innerShape(element);
			expect(field.fields.map((child) => child.name).sort(), `${path}[]: same subfields`).toEqual(Object.keys(shape).sort());
			for (const child of field.fields) compare(`${path}[].${child.name}`, shape[child.name]!, child);
		} else {
			expect(element.safeParse(sampleFor(field.field!)).success, `${path}[]`).toBe(true);
		}
	}
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: z.ZodRawShape; element?: z.ZodType };
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
	const d = def(schema);
	if (d.innerType && ['optional', 'default', 'nullable'].includes(d.type)) return unwrap(d.innerType);
	if (d.type === 'pipe') return unwrap(def(d.in!).type === 'transform' ? d.out! : d.in!);
	return schema;
}
const innerShape = (schema: z.ZodType) => def(unwrap(schema)).shape as Record<string, z.ZodType>;
const innerElement = (schema: z.ZodType) => def(unwrap(schema)).element!;

describe('the CMS configuration mirrors the content schemas', () => {
	it('has every collection, in its folder and format', () => {
		expect(config.collections.map((item) => item.name).sort()).toEqual(Object.keys(expected).sort());
		for (const [name, spec] of Object.entries(expected)) {
			const item = collection(name);
			expect(item.folder, name).toBe(spec.folder);
			expect(item.extension, name).toBe(spec.perLocale ? 'mdx' : 'yaml');
			expect(Boolean(item.i18n), name).toBe(spec.perLocale);
		}
	});

	for (const [name, spec] of Object.entries(expected)) {
		it(`${name}: every schema field has a CMS field with the same name, widget rules, required flag and allowed values`, () => {
			const item = collection(name);
			const extra = [...(spec.perLocale ? ['slug', 'body'] : ['slug']), ...(name === 'notices' ? ['template'] : [])];
			expect(item.fields.map((field) => field.name).sort()).toEqual([...Object.keys(spec.fields), ...extra].sort());
			for (const [fieldName, schema] of Object.entries(spec.fields)) {
				compare(fieldName, schema as z.ZodType, item.fields.find((field) => field.name === fieldName)!);
			}
			// A complete form (required fields only) is a valid file for the plain field schema.
			const sample = Object.fromEntries(item.fields.filter((field) => field.required && !['slug', 'body', 'template'].includes(field.name)).map((field) => [field.name, sampleFor(field)]));
			const result = z.object(spec.fields).safeParse(cleanEntryData(sample));
			expect(result.success, result.error?.message).toBe(true);
		});
	}

	it('uses the widgets an editor expects', () => {
		const widget = (name: string, field: string) => collection(name).fields.find((item) => item.name === field)!;
		expect(widget('articles', 'title').widget).toBe('string');
		expect(widget('articles', 'summary').widget).toBe('text');
		expect(widget('articles', 'updated')).toMatchObject({ widget: 'bayan-date', format: 'YYYY-MM-DD' });
		// Numbered by the CMS (the next free number), never typed.
		expect(widget('articles', 'ref')).toMatchObject({ widget: 'bayan-ref', value_type: 'int', min: 1 });
		expect(widget('articles', 'draft').widget).toBe('boolean');
		expect(widget('articles', 'body')).toMatchObject({ widget: 'markdown', required: true });
		// Most demo incidents have no body, which the build accepts: the form must not demand one.
		expect(widget('incidents', 'body')).toMatchObject({ widget: 'markdown', required: false });
		expect(widget('notices', 'kind')).toMatchObject({
			widget: 'select',
			options: [
				{ label: 'تأخیر', value: 'delay' },
				{ label: 'تغییر ساعت کاری', value: 'hours-change' },
				{ label: 'ایمنی', value: 'safety' },
				{ label: 'موجودی کالا', value: 'stock' },
				{ label: 'اختلال', value: 'outage' },
				{ label: 'عمومی', value: 'general' },
			],
		});
		expect(widget('notices', 'severity').options!.map((option) => option.label)).toEqual(['اطلاع‌رسانی', 'هشدار', 'بحرانی']);
		expect(widget('notices', 'start')).toMatchObject({ widget: 'bayan-instant', format: 'YYYY-MM-DDTHH:mm:ssZ' });
		// Never filled in by the form: an empty end means "until further notice".
		expect(widget('notices', 'end')).toMatchObject({ widget: 'bayan-instant', required: false });
		expect(widget('notices', 'end').default).toBeUndefined();
		expect(widget('notices', 'hours').fields!.map((field) => [field.name, field.widget, field.required])).toEqual([
			['from', 'bayan-date', false],
			['to', 'bayan-date', false],
			['channels', 'bayan-yaml', false],
		]);
		expect(widget('categories', 'name').fields!.map((field) => [field.name, field.required])).toEqual(locales.map((locale) => [locale, true]));
		expect(widget('channels', 'hours').fields!.find((field) => field.name === 'sat')).toMatchObject({ widget: 'list', required: false });
	});

	it('picks ids of other entries from the existing ones, never typed (the cross-file rules)', () => {
		const field = (name: string, path: string) => {
			const [top, child] = path.split('.');
			const found = collection(name).fields.find((item) => item.name === top)!;
			return child ? found.fields!.find((item) => item.name === child)! : found;
		};
		const picks = (name: string, path: string) => {
			const { widget, collection: target, value_field, multiple } = field(name, path);
			return { widget, collection: target, value_field, multiple };
		};
		expect(picks('notices', 'services')).toEqual({ widget: 'relation', collection: 'services', value_field: '{{slug}}', multiple: true });
		expect(picks('notices', 'regions')).toEqual({ widget: 'relation', collection: 'regions', value_field: '{{slug}}', multiple: true });
		expect(picks('notices', 'related')).toEqual({ widget: 'relation', collection: 'articles', value_field: '{{slug}}', multiple: true });
		expect(picks('articles', 'category')).toEqual({ widget: 'relation', collection: 'categories', value_field: '{{slug}}', multiple: false });
		expect(picks('articles', 'related')).toMatchObject({ widget: 'relation', collection: 'articles' });
		expect(picks('articles', 'services')).toMatchObject({ widget: 'relation', collection: 'services' });
		expect(picks('incidents', 'affected.service')).toEqual({ widget: 'relation', collection: 'services', value_field: '{{slug}}', multiple: false });
		expect(picks('channels', 'region')).toMatchObject({ widget: 'relation', collection: 'regions', multiple: false });
		expect(picks('services', 'group')).toMatchObject({ widget: 'relation', collection: 'serviceGroups', multiple: false });
		// Every relation points at a collection the CMS has, and offers all of its entries.
		const names = new Set(config.collections.map((item) => item.name));
		const relations = config.collections.flatMap((item) => item.fields.flatMap((top) => [top, ...(top.fields ?? [])])).filter((item) => item.widget === 'relation');
		expect(relations.length).toBeGreaterThanOrEqual(9);
		for (const relation of relations) {
			expect(names.has(relation.collection!), relation.name).toBe(true);
			expect(relation.options_length).toBeGreaterThanOrEqual(1000);
		}
	});

	it('names files by a Latin slug the editor types, stored in the language folders', () => {
		for (const item of config.collections) {
			const slug = item.fields.find((field) => field.name === 'slug')!;
			// Not `required` for Decap (an existing entry is never asked for it); the widget requires it of a new entry.
			expect(slug).toMatchObject({ name: 'slug', widget: 'bayan-slug', required: false });
			expect(item.slug).toBe('{{fields.slug}}');
			const pattern = new RegExp(slug.pattern![0]);
			expect(pattern.test('north-tehran-delay')).toBe(true);
			for (const bad of ['North', 'تاخیر', 'a--b', '-a', 'a b']) expect(pattern.test(bad), bad).toBe(false);
		}
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['fa', 'ar', 'en'], default_locale: 'fa' });
		expect(config.locale).toBe('fa');
	});

	it('refuses a schema construct it cannot edit faithfully, naming the field', () => {
		expect(() => fieldFromZod('title', z.bigint(), { uiLocale: 'fa' })).toThrow(/"title".*bigint/);
	});
});

describe('backend and media settings', () => {
	it('defaults to GitHub (not the deprecated Git Gateway) with the editorial workflow and uploads to public/media', () => {
		expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config).toMatchObject({ media_folder: 'public/media', public_folder: '/media' });
		expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
	});

	it('reads the GitHub backend from the environment and refuses incomplete settings', () => {
		expect(backendFromEnv({ DECAP_BACKEND: 'github', DECAP_REPO: 'bazarak/help', DECAP_BRANCH: 'content', DECAP_BASE_URL: 'https://auth.example' })).toEqual({
			name: 'github',
			repo: 'bazarak/help',
			branch: 'content',
			base_url: 'https://auth.example',
			squash_merges: true,
		});
		expect(() => backendFromEnv({ DECAP_BACKEND: 'github' })).toThrow(/DECAP_REPO/);
		expect(() => backendFromEnv({ DECAP_BACKEND: 'dropbox' })).toThrow(/DECAP_BACKEND/);
		expect(() => backendFromEnv({ DECAP_BACKEND: 'github', DECAP_REPO: 'not a repo' })).toThrow(/owner\/name/);
		expect(backendFromEnv({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'shop/help', DECAP_APP_ID: 'abc' })).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
		expect(localServerPort({ DECAP_SERVER_PORT: '8095' })).toBe(8095);
		expect(() => localServerPort({ DECAP_SERVER_PORT: 'x' })).toThrow(/DECAP_SERVER_PORT/);
	});

	it('stops a production build whose editors could not sign in, saying what to set', () => {
		const production = (env: Record<string, string>) => () => buildCmsConfig({ env: { BAYAN_PRODUCTION: '1', ...env } });
		expect(production({})).toThrow('Production build without a usable CMS backend: no CMS backend is configured: set DECAP_REPO');
		expect(production({ DECAP_REPO: 'shop/help' })).toThrow(/"github" but no OAuth proxy is set: outside Netlify, set DECAP_BASE_URL/);
		expect(production({ DECAP_BACKEND: 'git-gateway' })).toThrow(/works only on Netlify/);
		expect(production({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'shop/help' })).toThrow(/DECAP_APP_ID/);
		expect(production({ DECAP_BACKEND: 'gitea', DECAP_REPO: 'shop/help', DECAP_APP_ID: 'x' })).toThrow(/DECAP_BASE_URL \(its address\) and DECAP_API_ROOT/);
		// Usable: each host's documented shape.
		expect(production({ DECAP_REPO: 'shop/help', DECAP_BASE_URL: 'https://auth.shop.example' })()).toMatchObject({
			backend: { name: 'github', repo: 'shop/help', base_url: 'https://auth.shop.example' },
		});
		expect(production({ DECAP_REPO: 'shop/help', NETLIFY: 'true' })()).toMatchObject({ backend: { name: 'github' } });
		expect(production({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'shop/help', DECAP_APP_ID: 'x' })()).toMatchObject({ backend: { auth_type: 'pkce' } });
		expect(
			production({ DECAP_BACKEND: 'gitea', DECAP_REPO: 'shop/help', DECAP_APP_ID: 'x', DECAP_BASE_URL: 'https://git.shop.example', DECAP_API_ROOT: 'https://git.shop.example/api/v1' })(),
		).toMatchObject({ backend: { name: 'gitea' } });
		// A local or test build is not checked: the admin talks to npm run cms there.
		expect(buildCmsConfig({ env: {} }).backend).toEqual({ name: 'github', branch: 'main', squash_merges: true });
	});

	it('gives the admin its strings, directions and language labels', () => {
		const data = buildAdminData({ env: {}, previewStyles: ['/_astro/site.css'] });
		expect(data.dirs).toEqual({ fa: 'rtl', ar: 'rtl', en: 'ltr' });
		expect(data.localeLabels).toEqual({ فارسی: 'fa', عربی: 'ar', انگلیسی: 'en' });
		expect(data.strings['component.altMissing']).toBeTruthy();
		expect(data.previewStyles).toEqual(['/_astro/site.css']);
	});
});

describe('what the CMS writes', () => {
	it('drops the file-name field and empty values, keeps everything else', () => {
		const data = {
			slug: 'north-delay',
			title: 'تاخیر',
			end: '',
			services: [],
			pinned: false,
			ref: 0,
			hours: { always: false, sat: [{ open: '09:00', close: '17:00' }], sun: [] },
			window: { start: '', end: '' },
			description: { fa: 'توضیح', ar: '', en: undefined },
		};
		expect(cleanEntryData(data, { transientKeys: ['slug'] })).toEqual({
			title: 'تاخیر',
			ref: 0,
			hours: { sat: [{ open: '09:00', close: '17:00' }] },
			description: { fa: 'توضیح' },
		});
	});

	it('finds images without alt text', () => {
		expect(imagesWithoutAlt('![نقشه](/media/map.png) and ![](/media/a.png) ![ ](/media/b.png)')).toEqual(['/media/a.png', '/media/b.png']);
		expect(imagesWithoutAlt('<img src="/media/c.png"> <img src="/media/d.png" alt="نقشه">')).toEqual(['/media/c.png']);
		expect(imagesWithoutAlt('no images')).toEqual([]);
	});
});
