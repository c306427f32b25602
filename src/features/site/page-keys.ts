import { getCollection } from 'astro:content';
import { buildNow } from '../../core/clock';
import { digestOf } from '../../core/digest';
import { brand } from '../../core/brand';
import { dictionaries, isLocale } from '../../core/i18n';
import { loadSiteContent } from '../content/content';
import { loadBannerItems } from '../notices/banner-content';
import { loadNoticeContent } from '../notices/notices-content';
import { loadStatusContent } from '../status/status-content';
import { locales, siteConfig, type Locale } from '../../site.config';

/**
 * The cache keys of Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs).
 *
 * Astro skips a page, and restores its previous output, when the hash of the route's code
 * (its module graph) AND the `cacheKey` its `getStaticPaths()` returned both match the last
 * build. Code is Astro's half. This module is the other half, the contract of "what a page
 * depends on besides code", in one place:
 *
 * - its `params` and `props`, always: a page's own data travels in its props (an article
 *   carries its entry, whose digest covers its front matter and body, and the translations
 *   the language switcher and hreflang links show), so data a route passes is never forgotten;
 * - `extra`: what the route reads of other entries that its props do not carry (the related
 *   articles an article lists, the articles a category page lists);
 * - the dependencies it names from `Dependency`: the site-wide chrome every page has, the
 *   notices banner of its locale as of the build clock, the whole knowledge base, the
 *   notices, the status snapshot, or the build clock itself.
 *
 * A route that reads something not listed here must add it, or name `clock` (then a build
 * without `BAYAN_NOW` always renders it again). The build test
 * tests/build/incremental.test.ts edits each kind of dependency and checks an incremental
 * rebuild is byte-identical to a clean one.
 *
 * The banner embeds the instant it was built (`data-built`), read only by its script to
 * decide whether `banner.json` is newer; a page restored from an earlier build keeps its
 * earlier instant, which only makes the script prefer `banner.json`. So `banner` keys the
 * banner's content (which notices are active or upcoming now, and what they say), not the
 * instant, and an unchanged site is restored even without `BAYAN_NOW`.
 */

/**
 * What a page may depend on besides its props:
 * - `chrome`: site configuration, brand, UI strings, categories (header, footer, nav, breadcrumbs);
 * - `banner`: the notices banner of the page's locale as of the build clock (every page with `BaseLayout`);
 * - `knowledgeBase`: every published article and category (home, search, agent console);
 * - `notices`: every notice, channel and region (notice pages, feeds, contact);
 * - `status`: the status snapshot as of the build clock (status pages, badges, API);
 * - `clock`: the build instant itself (pages that print "as of" times or compute with it).
 */
export type Dependency = 'chrome' | 'banner' | 'knowledgeBase' | 'notices' | 'status' | 'clock';

/** A `getStaticPaths()` entry. */
export interface StaticPath {
	params: Record<string, string | undefined>;
	props?: Record<string, unknown>;
}

// Each digest is computed once per build, the first time a route asks.
const digests = new Map<string, Promise<string>>();
function once(name: string, compute: () => Promise<string>): Promise<string> {
	let found = digests.get(name);
	if (!found) digests.set(name, (found = compute()));
	return found;
}

function chromeDigest(): Promise<string> {
	return once('chrome', async () => digestOf(siteConfig, brand, dictionaries, await getCollection('categories')));
}

function bannerDigest(locale: Locale): Promise<string> {
	return once(`banner:${locale}`, async () => {
		const now = buildNow();
		const { regionById } = await loadNoticeContent();
		return digestOf(await loadBannerItems(locale, now), regionById);
	});
}

function knowledgeBaseDigest(): Promise<string> {
	return once('knowledgeBase', async () => {
		const content = await loadSiteContent();
		return digestOf(
			content.articles.map((article) => ({ locale: article.locale, slug: article.slug, digest: article.entry.digest, data: article.data })),
			content.categories,
		);
	});
}

function noticesDigest(): Promise<string> {
	return once('notices', async () => digestOf(await loadNoticeContent()));
}

function statusDigest(): Promise<string> {
	return once('status', async () => {
		const { entries, ...snapshot } = await loadStatusContent();
		// `entries` are the incidents' collection entries, already in `incidents`; their digests cover the bodies.
		return digestOf(
			snapshot,
			[...entries.values()].map((entry) => entry.digest),
		);
	});
}

async function dependencyDigest(dependency: Dependency, locale: Locale | undefined): Promise<string> {
	switch (dependency) {
		case 'chrome':
			return chromeDigest();
		case 'banner':
			// A page of no locale (a redirect at the site root) shows every locale's banner data it may show.
			return locale ? bannerDigest(locale) : digestOf(await Promise.all(locales.map(bannerDigest)));
		case 'knowledgeBase':
			return knowledgeBaseDigest();
		case 'notices':
			return noticesDigest();
		case 'status':
			return statusDigest();
		case 'clock':
			return buildNow().toISOString();
	}
}

/**
 * `paths` with a `cacheKey` each: the digest of its params, props, `extra(path)` and the
 * digests of `dependencies` (see the module comment for the contract).
 */
export async function withCacheKeys<P extends StaticPath>(paths: readonly P[], dependencies: readonly Dependency[], extra?: (path: P) => unknown): Promise<(P & { cacheKey: string })[]> {
	const shared = new Map<Dependency, string>();
	for (const dependency of dependencies) if (dependency !== 'banner') shared.set(dependency, await dependencyDigest(dependency, undefined));
	const keyed: (P & { cacheKey: string })[] = [];
	for (const path of paths) {
		const locale = [path.props?.locale, path.params.locale].find(isLocale);
		const parts: unknown[] = [path.params, path.props, extra ? extra(path) : null];
		for (const dependency of dependencies) parts.push(dependency, shared.get(dependency) ?? (await dependencyDigest(dependency, locale)));
		keyed.push({ ...path, cacheKey: digestOf(...parts) });
	}
	return keyed;
}

/** For the few pages (a handful per locale) that read notices, status and the clock: they are rendered again whenever anything changed, or without `BAYAN_NOW`. */
export const dependsOnEverything: readonly Dependency[] = ['chrome', 'banner', 'knowledgeBase', 'notices', 'status', 'clock'];
