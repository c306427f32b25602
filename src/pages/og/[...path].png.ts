/**
 * Open Graph images (1200×630 PNG) for the home pages, articles, notices, incidents and
 * services: one for each page that is published (drafts and incidents whose updates all
 * lie after the build clock get none), from the same loaders those pages use. The list
 * is handed to `OgCards` as soon as it is known, so cards missing from the on-disk cache
 * are drawn in worker threads while Astro writes the others.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildsWholeSite } from '../../core/build-scope';
import { isLocale, t } from '../../core/i18n';
import { loadSiteContent } from '../../features/content/content';
import { assertNoProblems, splitArticleId } from '../../features/content/integrity';
import { OgCards } from '../../features/og/cards';
import { DEFAULT_OG_CACHE_DIR, type OgImageInput } from '../../features/og/og';
import { ogEndpointParam } from '../../core/urls';
import { duplicateOgPaths, ogImageEntry, ogLabels, type OgImageEntry, type OgPageText } from '../../features/og/og-images';
import { loadStatusContent, localizedIncident } from '../../features/status/status-content';
import { locales } from '../../site.config';
import { withCacheKeys } from '../../features/site/page-keys';

function entry(page: OgPageText): OgImageEntry {
	return ogImageEntry(page, ogLabels(page.locale, page.kind));
}

export const getStaticPaths = (async () => {
	const [content, notices, status, services] = await Promise.all([loadSiteContent(), getCollection('notices'), loadStatusContent(), getCollection('services')]);
	const pages: OgImageEntry[] = [
		...locales.map((locale) => entry({ locale, kind: 'home', title: t(locale, 'core.siteName'), subtitle: t(locale, 'core.siteTagline') })),
		// The notices fast path keeps the article cards of the last full build.
		...(buildsWholeSite() ? content.articles : []).map((article) => entry({ locale: article.locale, kind: 'article', id: article.slug, title: article.data.title, subtitle: article.data.summary })),
		...notices.flatMap(({ id, data }) => {
			const { locale, slug } = splitArticleId(id);
			return isLocale(locale) ? [entry({ locale, kind: 'notice', id: slug, title: data.title, subtitle: data.summary, severity: data.severity })] : [];
		}),
		// Exactly the incident pages that are built: published ones (an update dated after the
		// build clock is not public yet), in every locale, in the translation that page shows.
		...status.view.all.flatMap((view) =>
			locales.map((locale) => {
				const { data } = localizedIncident(status, view.incident.slug, locale).incident;
				return entry({ locale, kind: 'incident', id: view.incident.slug, title: data.title, severity: data.impact });
			}),
		),
		...services.flatMap(({ id, data }) =>
			locales.map((locale) =>
				// A description missing in this language is left out rather than shown in another script.
				entry({ locale, kind: 'service', id, title: data.name[locale], subtitle: data.description?.[locale] }),
			),
		),
	];
	assertNoProblems(duplicateOgPaths(pages));
	// Also in the dev server (on the first card asked for): what it draws is cached for the next build.
	cards.plan(pages.map((page) => page.input));
	// A card shows its input, drawn with the brand's colours and the site's fonts (code).
	return withCacheKeys(
		pages.map((page) => ({ params: { path: ogEndpointParam(page.path) }, props: { input: page.input } })),
		['chrome'],
	);
}) satisfies GetStaticPaths;

// Separate caches let parallel builds (tests, previews) keep their own images. The worker
// is started from its source file (Node strips its types), which is why its path comes
// from the project's `src/`, not from this bundled module's own location: the project the
// build runs in, as for the default cache folder. Not `srcDir` from 'astro:config/server':
// that module brings Astro's whole app runtime into this route's code, and Astro writes into
// some of it every environment variable whose name appears in its text (`_`, the shell's last
// command, among them), so the route's code hash changed with how the build was started and
// an unchanged site rendered every card's endpoint again instead of restoring it.
const cards = new OgCards({
	cacheDir: process.env.BAYAN_OG_CACHE_DIR ?? DEFAULT_OG_CACHE_DIR,
	workerFile: pathToFileURL(join(process.cwd(), 'src', 'features', 'og', 'draw-worker.ts')),
	log: (line) => console.log(line),
});

export const GET: APIRoute = async ({ props }) => {
	const png = await cards.card((props as { input: OgImageInput }).input);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
