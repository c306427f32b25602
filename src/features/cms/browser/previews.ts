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

function template(kind: 'article' | 'notice', context: AdminContext) {
	return function Preview({ entry, widgetFor }: PreviewProps) {
		const locale = previewLocale(entry, context);
		const dir = context.dirs[locale as keyof typeof context.dirs] ?? 'rtl';
		const severity = text(entry, 'severity');
		return h(
			'div',
			{ lang: locale, dir, className: 'bayan-preview' },
			h(
				'main',
				{ className: 'container' },
				h(
					'article',
					{ className: kind === 'notice' ? `article notice notice-${severity}` : 'article' },
					h(
						'header',
						{ className: 'article-header' },
						h('h1', null, text(entry, 'title')),
						h('p', { className: 'summary' }, text(entry, 'summary')),
					),
					h('div', { className: 'prose' }, entry.getIn(['data', 'body']) ? (widgetFor('body') as ReactNode) : h('p', null, context.s('preview.noBody'))),
				),
			),
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
`;

/** Registers the preview styles and templates. */
export function registerPreviews(cms: DecapCms, context: AdminContext): void {
	for (const href of context.previewStyles) cms.registerPreviewStyle(href);
	cms.registerPreviewStyle(previewCss, { raw: true });
	cms.registerPreviewTemplate('articles', template('article', context));
	cms.registerPreviewTemplate('notices', template('notice', context));
	cms.registerPreviewTemplate('incidents', template('notice', context));
}
