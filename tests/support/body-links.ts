import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import {
	articlePath,
	badgePath,
	categoryPath,
	contactPath,
	faviconPath,
	incidentPath,
	localePath,
	logoPath,
	notFoundPath,
	noticeBannerJsonPath,
	noticeJsonFeedPath,
	noticeKindPath,
	noticePath,
	noticeRssPath,
	noticesPath,
	ogImagePath,
	searchPath,
	servicePath,
	statusApiPath,
	statusCalendarPath,
	statusPath,
	statusRssPath,
} from '../../src/core/urls';
import { buildNow } from '../../src/core/clock';
import { urlProperties } from '../../src/features/content/check';
import { renderedBody } from '../../src/features/content/entry';
import { splitArticleId } from '../../src/features/content/integrity';
import { buildRedirectTable, redirectPathShape } from '../../src/features/content/permalinks';
import { noticeKinds } from '../../src/features/notices/notice-schema';
import type { IncidentData } from '../../src/features/status/incident-schema';
import { toIncidentEntry, type GroupEntry, type ServiceEntry } from '../../src/features/status/status';
import { statuspageEndpoints } from '../../src/features/status/statuspage-api';
import { buildStatusView } from '../../src/features/status/status-view';
import { locales, siteConfig, type Locale } from '../../src/site.config';
import type { Entry, LoadedSite } from './content-harness';

/**
 * Every link in the bodies of a loaded site (tests/support/content-harness.ts `loadSite`:
 * the real schemas and body renderer) that leads nowhere on that site. The browser suite's
 * link crawl checks the pages of its own built site; the project's own `src/content` (the
 * demo, or the owner's) is never built by the suites, so its body links are checked here, in
 * process, from the same rules the build uses: `/go/<ref>/` and retired slugs through the
 * permalink table (src/features/content/permalinks.ts), every other page through the URL
 * builders of src/core/urls.ts, files through the public folder.
 *
 * Links to other sites, `mailto:`/`tel:` and in-page `#anchors` are not this check's
 * business (the body check refuses unsafe schemes). A draft's body is never published, so
 * its links are not checked (a draft may link to another draft, or to what is not written yet).
 */

/** Where the pages of each collection live, from an entry's id (`<locale>/<slug>`). */
const pageOf = {
	articles: (locale: Locale, slug: string) => articlePath(locale, slug),
	notices: (locale: Locale, slug: string) => noticePath(locale, slug),
	incidents: (locale: Locale, slug: string) => incidentPath(locale, slug),
} as const;

/**
 * Every URL of a body's HTML, in document order, in the attributes the body check lets content
 * write URLs in (src/features/content/check.ts `urlProperties`): links (`<a href>`), images
 * (`![x](/media/…)`, `<img src>`), quotation sources (`cite`). With the verb a message uses.
 */
function linksOf(html: string): { url: string; verb: string }[] {
	const found: { url: string; verb: string }[] = [];
	const walk = (node: Root | RootContent) => {
		if (node.type === 'element') {
			const element = node as Element;
			for (const property of urlProperties) {
				const value = element.properties[property];
				if (typeof value === 'string') found.push({ url: value, verb: property === 'src' ? 'shows' : property === 'cite' ? 'cites' : 'links to' });
			}
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(fromHtml(html, { fragment: true }));
	return found;
}

/**
 * Is `path` (a URL path, percent-encoded) a regular file of `public/` that the site publishes?
 * Decoded, it must stay inside `public/`: no `..` or `.` segment (an encoded `%2F..%2F` would
 * climb out once joined), no `\` (a separator to some hosts), no folder.
 */
function publicFile(publicDir: string, path: string): boolean {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		// A malformed escape (`%E0`) names no file.
		return false;
	}
	if (decoded.includes('\\') || decoded.includes('\0')) return false;
	const segments = decoded.split('/').slice(1);
	if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return false;
	const file = resolve(publicDir, ...segments);
	if (!file.startsWith(resolve(publicDir) + sep)) return false;
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * The path a host answers for `pathname`, in the URL builders' spelling: each segment decoded
 * and encoded again as `encodeURIComponent` does (`/fa/articles/%74rack/` is `/fa/articles/track/`;
 * an encoded `/` stays inside its segment), `…/index.html` as its folder, and directory-style
 * paths with their slash (hosts answer `/fa/go/1` with `/fa/go/1/`). A malformed escape is left as written.
 */
function pagePath(pathname: string): string {
	let path = pathname;
	try {
		path = pathname
			.split('/')
			.map((segment) => encodeURIComponent(decodeURIComponent(segment)))
			.join('/');
	} catch {
		// `%E0`: names no page; the lookups below refuse it as written.
	}
	if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
	return /\/[^/.]+$/.test(path) ? `${path}/` : path;
}

/**
 * One line per broken link or embedded resource, naming the file and the link as written: `file: links to "href" (path), which …`
 * (`shows` for an image, `cites` for a quotation's source).
 * @param site a site loaded by `loadSite`
 * @param options `publicDir`: the project's `public/` (files a body may link to); `origins`: the site's own origins, whose full
 *   URLs are checked like paths (default: the configured `siteConfig.url`); `fileName`: how to name an entry's file in messages
 */
export function brokenBodyLinks(
	site: LoadedSite,
	{ publicDir, origins = [siteConfig.url], fileName = (path) => path }: { publicDir: string; origins?: readonly string[]; fileName?: (path: string) => string },
): string[] {
	const own = new Set(origins.map((origin) => new URL(origin).origin));
	const published = [...site.articles.values()].filter((entry) => entry.data.draft !== true);
	const slugs = new Set(published.map((entry) => splitArticleId(entry.id).slug));
	const table = buildRedirectTable(
		published.map((entry) => ({
			locale: splitArticleId(entry.id).locale as Locale,
			slug: splitArticleId(entry.id).slug,
			ref: entry.data.ref as number,
			aliases: (entry.data.aliases as string[] | undefined) ?? [],
			filePath: entry.filePath ?? entry.id,
		})),
		{ locales, defaultLocale: siteConfig.defaultLocale },
	);
	const redirects = new Set(table.redirects.map((redirect) => redirect.from));
	const slugsOf = (entries: Iterable<Entry>) => new Set([...entries].map((entry) => splitArticleId(entry.id).slug));
	// The incident pages that are built: the status view's published incidents at the build clock, as the incident route lists them.
	const incidentSlugs = buildStatusView({
		services: [...site.services.values()].map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath }) as unknown as ServiceEntry),
		groups: [...site.serviceGroups.values()].map((entry) => ({ id: entry.id, data: entry.data }) as unknown as GroupEntry),
		incidents: [...site.incidents.values()].map((entry) => toIncidentEntry(entry as unknown as { id: string; filePath?: string; data: IncidentData })),
		now: buildNow(),
	}).all.map((view) => view.incident.slug);
	// `/sitemap-index.xml`: @astrojs/sitemap's entry file (astro.config.mjs).
	const pages = new Set<string>(['/', faviconPath, logoPath('light'), logoPath('dark'), badgePath(), '/admin/', '/sitemap-index.xml']);
	for (const endpoint of Object.keys(statuspageEndpoints)) pages.add(statusApiPath(endpoint));
	for (const entry of published) pages.add(ogImagePath(splitArticleId(entry.id).locale as Locale, 'article', splitArticleId(entry.id).slug));
	for (const entry of site.notices.values()) pages.add(ogImagePath(splitArticleId(entry.id).locale as Locale, 'notice', splitArticleId(entry.id).slug));
	for (const locale of locales) {
		for (const path of [localePath(locale), searchPath(locale), contactPath(locale), noticesPath(locale), statusPath(locale), notFoundPath(locale), localePath(locale, 'agent')]) pages.add(path);
		for (const path of [noticeRssPath(locale), noticeJsonFeedPath(locale), noticeBannerJsonPath(locale), statusRssPath(locale), statusCalendarPath(locale)]) pages.add(path);
		pages.add(`/admin/${locale}/`);
		pages.add(ogImagePath(locale, 'home'));
		// An article's page exists in every language, translated or not (it says so where it is not).
		for (const slug of slugs) pages.add(articlePath(locale, slug));
		for (const id of site.categories.keys()) pages.add(categoryPath(locale, id));
		for (const kind of noticeKinds) pages.add(noticeKindPath(locale, kind));
		for (const slug of slugsOf(site.notices.values())) pages.add(noticePath(locale, slug));
		for (const slug of incidentSlugs) {
			pages.add(incidentPath(locale, slug));
			pages.add(ogImagePath(locale, 'incident', slug));
		}
		for (const id of site.services.keys()) {
			pages.add(servicePath(locale, id));
			pages.add(ogImagePath(locale, 'service', id));
			pages.add(badgePath(id));
		}
	}

	const problems: string[] = [];
	for (const collection of ['articles', 'notices', 'incidents'] as const) {
		for (const entry of site[collection].values()) {
			if (entry.data.draft === true) continue;
			const { locale, slug } = splitArticleId(entry.id);
			const page = pageOf[collection](locale as Locale, slug);
			for (const { url: href, verb } of linksOf(renderedBody(entry).html)) {
				if (href.startsWith('#')) continue;
				let url: URL;
				try {
					url = new URL(href, `https://site.invalid${page}`);
				} catch {
					problems.push(`${fileName(entry.filePath ?? entry.id)}: ${verb} ${JSON.stringify(href)}, which is not a URL`);
					continue;
				}
				// Another site (or `mailto:`, `tel:`): not a link this site answers. The site's own origin, written out in full, is this site.
				if (url.origin !== 'https://site.invalid' && !own.has(url.origin)) continue;
				const path = pagePath(url.pathname);
				const named = `${fileName(entry.filePath ?? entry.id)}: ${verb} ${JSON.stringify(href)}${href === path ? '' : ` (${path})`}`;
				const shape = redirectPathShape(path, locales);
				if (shape?.kind === 'go') {
					if (!redirects.has(path)) problems.push(`${named}, but no published article has ref ${shape.ref}`);
				} else if (shape?.kind === 'article') {
					if (!pages.has(path) && !redirects.has(path)) problems.push(`${named}, but no published article has the slug or retired slug "${shape.slug}"`);
				} else if (!pages.has(path) && !publicFile(publicDir, path)) {
					problems.push(`${named}, which is no page of the site and no file of public/`);
				}
			}
		}
	}
	return problems;
}
