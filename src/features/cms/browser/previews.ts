import { createElement as h, type ReactNode } from 'react';
import type { AdminContext, DecapCms, ImmutableLike, PreviewProps } from './types';

/**
 * Preview templates: notices and articles drawn with the site's markup and stylesheet
 * (registered as preview styles), in the entry's own language and direction.
 */

/**
 * Which language the preview shows. Decap swaps the entry's data for the translation's
 * (`entry.data = entry.i18n[locale].data`) without saying which, so compare identities.
 */
export function previewLocale(entry: ImmutableLike, context: AdminContext): string {
	const data = entry.get('data');
	for (const locale of Object.keys(context.dirs)) {
		if (locale !== context.defaultLocale && data !== undefined && entry.getIn(['i18n', locale, 'data']) === data) return locale;
	}
	return context.defaultLocale;
}

function text(entry: ImmutableLike, field: string): string {
	const value = entry.getIn(['data', field]);
	return typeof value === 'string' ? value : '';
}

/**
 * The notice as customers meet it first: one banner card at a phone's width (360 px), the
 * title in bold and, for warnings and critical notices, the summary after it, as the
 * site's banner shows them. Drawn with the site's colour tokens; the frame is preview-only.
 */
function phoneBanner(entry: ImmutableLike, context: AdminContext, locale: string) {
	const severity = text(entry, 'severity') || 'info';
	return h(
		'figure',
		{ className: 'bayan-phone' },
		h('figcaption', { lang: context.uiIntl.locale, dir: context.dirs[context.uiIntl.locale as keyof typeof context.dirs] }, context.s('preview.phone')),
		h(
			'div',
			{ className: 'bayan-phone-screen', lang: locale, dir: context.dirs[locale as keyof typeof context.dirs] ?? 'rtl' },
			h(
				'p',
				{ className: `bayan-banner-card bayan-banner-${severity}`, 'data-severity': severity },
				h('strong', null, text(entry, 'title')),
				severity !== 'info' && text(entry, 'summary') ? h('span', null, ` ${text(entry, 'summary')}`) : null,
			),
		),
	);
}

function template(kind: 'article' | 'notice', context: AdminContext) {
	// biome-ignore lint/correctness/noComponentHookFactories: one preview component per collection kind, made once at registration and never inside a render.
	return function Preview({ entry, widgetFor }: PreviewProps) {
		const locale = previewLocale(entry, context);
		const dir = context.dirs[locale as keyof typeof context.dirs] ?? 'rtl';
		const severity = text(entry, 'severity');
		return h(
			'div',
			{ lang: locale, dir, className: kind === 'notice' ? 'bayan-preview bayan-preview-notice' : 'bayan-preview' },
			kind === 'notice' ? phoneBanner(entry, context, locale) : null,
			h(
				'main',
				{ className: 'container', 'aria-label': kind === 'notice' ? context.s('preview.page') : undefined },
				h(
					'article',
					{ className: kind === 'notice' ? `article notice notice-${severity}` : 'article' },
					h('header', { className: 'article-header' }, h('h1', null, text(entry, 'title')), h('p', { className: 'summary' }, text(entry, 'summary'))),
					h('div', { className: 'prose' }, entry.getIn(['data', 'body']) ? (widgetFor('body') as ReactNode) : h('p', null, context.s('preview.noBody'))),
				),
			),
		);
	};
}

/** The terms of a list field as strings (Decap hands lists over as Immutable lists). */
function terms(entry: ImmutableLike, field: string): string[] {
	const value = entry.getIn(['data', field]) as ImmutableLike | unknown[] | undefined;
	const list = Array.isArray(value) ? value : value && typeof value === 'object' && 'toJS' in value ? value.toJS() : [];
	return Array.isArray(list) ? list.filter((term): term is string => typeof term === 'string' && term.trim() !== '') : [];
}

/**
 * A synonym group as a list of its terms, in the group's own language and direction
 * (Decap's default preview printed the list as "[object Object]").
 */
function synonymsTemplate(context: AdminContext) {
	// biome-ignore lint/correctness/noComponentHookFactories: made once at registration and never inside a render, like the templates above.
	return function SynonymsPreview({ entry }: PreviewProps) {
		const locale = text(entry, 'locale') || context.defaultLocale;
		const dir = context.dirs[locale as keyof typeof context.dirs] ?? 'rtl';
		return h(
			'div',
			{ lang: locale, dir, className: 'bayan-preview' },
			h('main', { className: 'container' }, h('ul', { className: 'bayan-synonyms' }, ...terms(entry, 'terms').map((term, index) => h('li', { key: String(index) }, term)))),
		);
	};
}

/** Preview-only layout: the site's CSS styles the content, this frames it like a page. */
const previewCss = `
html, body { margin: 0; }
.bayan-preview { padding-block: 1rem; padding-inline: 1rem; }
/* Decap's floating preview buttons sit on the physical right edge: keep text clear of them. */
.bayan-preview[dir="rtl"] { padding-inline-start: 4rem; }
.bayan-preview[dir="ltr"] { padding-inline-end: 4rem; }
.bayan-preview img { max-inline-size: 100%; block-size: auto; }
.bayan-preview-notice { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.bayan-preview-notice > main { flex: 1 1 22rem; min-inline-size: 0; }
.bayan-phone { margin: 0; flex: none; inline-size: 360px; max-inline-size: 100%; }
.bayan-phone figcaption { font-size: 0.8rem; color: var(--muted, #555); margin-block-end: 0.3rem; }
.bayan-phone-screen { border: 1px solid var(--border); border-radius: 1rem; padding: 0.5rem; background: var(--surface); min-block-size: 8rem; }
.bayan-banner-card { margin: 0; border: 1px solid var(--info-border); border-inline-start-width: 5px; background: var(--info-bg);
  border-radius: var(--radius, 0.5rem); padding: 0.45rem 0.75rem; font-size: 0.95rem; line-height: 1.6; color: var(--text); }
.bayan-banner-warning { border-color: var(--warning-border); background: var(--warning-bg); }
.bayan-banner-critical { border-color: var(--danger-border); background: var(--danger-bg); }
`;

/** Registers the preview styles and templates. */
export function registerPreviews(cms: DecapCms, context: AdminContext): void {
	for (const href of context.previewStyles) cms.registerPreviewStyle(href);
	cms.registerPreviewStyle(previewCss, { raw: true });
	cms.registerPreviewTemplate('articles', template('article', context));
	cms.registerPreviewTemplate('notices', template('notice', context));
	cms.registerPreviewTemplate('incidents', template('notice', context));
	cms.registerPreviewTemplate('synonyms', synonymsTemplate(context));
}
