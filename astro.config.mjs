// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { publishedArticlePaths } from './src/features/content/article-files.ts';
import { noticePagePattern, translatedNoticePaths } from './src/features/notices/notice-files.ts';
import { pagefindIntegration } from './src/features/search/pagefind-integration.ts';
import { securityHeaderSteps } from './src/features/site/security-headers-integration.ts';
import { decapCms } from './src/features/cms/decap-integration.ts';
import { redirects } from './src/features/content/redirects-integration.ts';
import { mediaGuard } from './src/features/content/media-integration.ts';
import { collectGarbage } from './src/features/site/memory-integration.ts';
import { locales, siteConfig } from './src/site.config.ts';
import { buildsWholeSite } from './src/core/build-scope.ts';

/** Pages that must never be in the sitemap (they are `noindex`). */
const unlisted = /\/(404|admin|agent)\/|\/go\//;
/**
 * Read when the sitemap asks (full builds only): the notices fast path must not read every article.
 * @type {{ articles: Set<string>, notices: Set<string> } | undefined} */
let real;
const realPaths = () => (real ??= { articles: publishedArticlePaths(), notices: translatedNoticePaths() });
const wholeSite = buildsWholeSite();

/** In the sitemap: indexable pages only, not "not translated yet" placeholders nor notices shown untranslated. */
/** @param {string} page */
function listed(page) {
	const path = new URL(page).pathname;
	if (path === '/' || unlisted.test(path)) return false;
	if (noticePagePattern.test(path)) return realPaths().notices.has(path);
	return !/^\/[a-z]{2}\/articles\//.test(path) || realPaths().articles.has(path);
}

/** The Content-Security-Policy steps (src/features/site/security-headers-integration.ts). The owner's self-hosted analytics (off by default) is the only other origin pages may send to. */
const csp = securityHeaderSteps({ connectSources: siteConfig.analytics ? [new URL(siteConfig.analytics.endpoint).origin] : [] });

export default defineConfig({
	site: siteConfig.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Articles, notices and incidents do not go through Astro's Markdown or MDX pipeline at all:
	// src/features/content/ checks and renders them as data. This processor only serves any
	// plain .md page a developer adds.
	markdown: {
		processor: satteri(),
	},
	// No @astrojs/mdx: nothing imports an .mdx file any more, and without the integration
	// nothing can (an accidental import fails the build instead of compiling content to code).
	integrations: [
		mediaGuard(),
		// Before the integrations that read every built page: its build:done hook runs first.
		collectGarbage(),
		// The notices fast path (`--only notices`) keeps these whole-site outputs of the last full build.
		...(wholeSite
			? [
					redirects(),
					sitemap({
						filter: listed,
						i18n: {
							defaultLocale: siteConfig.defaultLocale,
							locales: Object.fromEntries(locales.map((locale) => [locale, siteConfig.locales[locale].bcp47])),
						},
					}),
					// After every integration that writes HTML: it hashes the inline scripts they contain.
					// Before the search index, which keys each page by its published bytes.
					csp.pages,
					// Last of the page readers, so it indexes the finished pages (astro:build:done).
					pagefindIntegration(),
					// Bundles Decap CMS into /admin/cms/ (served by the site, no CDN).
					decapCms(),
				]
			: []),
		// Last: `_headers` names every top-level folder, Pagefind's too. In the notices fast path,
		// where `csp.pages` is not in the list, it gives the pages their policies itself.
		csp.headers,
	],
	devToolbar: { enabled: false },
	// A rebuild renders only the pages whose code or data changed and restores the others from
	// the cache folder's copy of the last build: every route's getStaticPaths() returns a
	// `cacheKey` made by src/features/site/page-keys.ts, which says what a page depends on.
	// `npm run build -- --force` renders every page. Needs `build.concurrency` 1 (the default).
	experimental: { incrementalBuild: true },
	// Separate caches let several builds (tests, previews) run side by side. The notices fast
	// path keeps its own beside the full build's: its content store holds only notices,
	// incidents and the articles they show, and must not evict the full build's articles.
	...(process.env.BAYAN_CACHE_DIR || !wholeSite ? { cacheDir: `${process.env.BAYAN_CACHE_DIR ?? './node_modules/.astro'}${wholeSite ? '' : '-notices'}` } : {}),
});
