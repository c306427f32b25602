import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { i as ogImagePath } from "./og-images_WkO5h-qe.mjs";
import { t as $$ArticleList } from "./ArticleList_CN1uCczx.mjs";
import { l as $$BidiText, o as noticeIcon, r as breadcrumbJsonLd, s as $$Icon, t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_Ba_H2EAU.mjs";
import { t as $$NoticeWindow } from "./NoticeWindow_BVARiLul.mjs";
import { t as $$ContentBody } from "./ContentBody_CIGMlUZU.mjs";
import { c as renderedBody } from "./status-content_Cm0-HUi2.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { c as localePath, d as noticePath, f as noticeRssPath, h as servicePath, p as noticesPath } from "./urls_BUq7YIFw.mjs";
import { n as specialAnnouncementJsonLd } from "./notice-structured-data_7OgJkVlD.mjs";
import { t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
// src/pages/[locale]/notices/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const { notices } = await loadNoticeContent();
	return notices.map((notice) => ({
		params: {
			locale: notice.locale,
			slug: notice.slug
		},
		props: { notice }
	}));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { notice } = Astro.props;
	const { locale, slug, data } = notice;
	const [{ notices, regionById, serviceNames }, site] = await Promise.all([loadNoticeContent(), loadSiteContent()]);
	const { html } = renderedBody(notice.entry);
	const path = noticePath(locale, slug);
	const translations = new Set(notices.filter((other) => other.slug === slug).map((other) => other.locale));
	const alternates = Object.fromEntries(locales.filter((l) => translations.has(l)).map((l) => [l, noticePath(l, slug)]));
	const switchTargets = Object.fromEntries(locales.map((l) => [l, translations.has(l) ? noticePath(l, slug) : noticesPath(l)]));
	const crumbs = [
		{
			name: t(locale, "core.home"),
			path: localePath(locale)
		},
		{
			name: t(locale, "notices.archiveTitle"),
			path: noticesPath(locale)
		},
		{
			name: data.title,
			path
		}
	];
	const regions = (data.regions ?? []).map((id) => regionById.get(id).data.name[locale]);
	const services = (data.services ?? []).map((id) => ({
		id,
		name: serviceNames.get(id)[locale]
	}));
	const related = (data.related ?? []).map((relatedSlug) => site.byLocale[locale].find((article) => article.slug === relatedSlug)).filter((article) => article !== void 0);
	const jsonLd = [breadcrumbJsonLd(crumbs), ...data.kind === "safety" ? [specialAnnouncementJsonLd({
		locale,
		data,
		path,
		regions,
		publisher: t(locale, "core.siteName")
	})] : []];
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": data.title,
		"description": data.summary,
		"path": path,
		"alternates": alternates,
		"switchTargets": switchTargets,
		"jsonLd": jsonLd,
		"ogType": "article",
		"ogImage": {
			path: ogImagePath(locale, "notice", slug),
			alt: t(locale, "agent.ogAlt", {
				title: data.title,
				site: t(locale, "core.siteName")
			})
		},
		"data-astro-cid-pe2uwuas": true
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container notice-detail" data-astro-cid-pe2uwuas>${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
			"locale": locale,
			"crumbs": crumbs,
			"data-astro-cid-pe2uwuas": true
		})}<article${addAttribute(slug, "data-notice-page")}${addAttribute(data.kind, "data-kind")}${addAttribute(data.severity, "data-severity")} data-astro-cid-pe2uwuas><header data-astro-cid-pe2uwuas><p class="notice-tags" data-astro-cid-pe2uwuas>${renderComponent($$result, "Icon", $$Icon, {
			"name": noticeIcon(data.kind),
			"size": 18,
			"data-astro-cid-pe2uwuas": true
		})}<span data-astro-cid-pe2uwuas>${t(locale, `notices.kind-${data.kind}`)}</span><span${addAttribute(`notice-severity severity-${data.severity}`, "class")} data-astro-cid-pe2uwuas>${t(locale, `notices.severity-${data.severity}`)}</span></p><h1 data-astro-cid-pe2uwuas>${renderComponent($$result, "BidiText", $$BidiText, {
			"text": data.title,
			"locale": locale,
			"data-astro-cid-pe2uwuas": true
		})}</h1><p class="summary" data-astro-cid-pe2uwuas>${renderComponent($$result, "BidiText", $$BidiText, {
			"text": data.summary,
			"locale": locale,
			"data-astro-cid-pe2uwuas": true
		})}</p><p class="meta" data-astro-cid-pe2uwuas>${renderComponent($$result, "NoticeWindow", $$NoticeWindow, {
			"locale": locale,
			"data": data,
			"data-astro-cid-pe2uwuas": true
		})}</p></header><div class="prose" data-astro-cid-pe2uwuas>${renderComponent($$result, "ContentBody", $$ContentBody, {
			"html": html,
			"data-astro-cid-pe2uwuas": true
		})}</div>${(services.length > 0 || regions.length > 0) && renderTemplate`<dl class="notice-facts" data-astro-cid-pe2uwuas>${services.length > 0 && renderTemplate`<div data-astro-cid-pe2uwuas><dt data-astro-cid-pe2uwuas>${t(locale, "notices.affectedServices")}</dt><dd data-astro-cid-pe2uwuas><ul role="list" data-affected-services data-astro-cid-pe2uwuas>${services.map((service) => renderTemplate`<li data-astro-cid-pe2uwuas><a${addAttribute(servicePath(locale, service.id), "href")}${addAttribute(t(locale, "notices.serviceStatusOf", { service: service.name }), "aria-label")} data-astro-cid-pe2uwuas>${service.name}</a></li>`)}</ul></dd></div>`}${regions.length > 0 && renderTemplate`<div data-astro-cid-pe2uwuas><dt data-astro-cid-pe2uwuas>${t(locale, "notices.affectedRegions")}</dt><dd data-astro-cid-pe2uwuas><ul role="list" data-astro-cid-pe2uwuas>${regions.map((name) => renderTemplate`<li data-astro-cid-pe2uwuas>${name}</li>`)}</ul></dd></div>`}</dl>`}${related.length > 0 && renderTemplate`<section class="related" aria-labelledby="related-title" data-astro-cid-pe2uwuas><h2 id="related-title" data-astro-cid-pe2uwuas>${t(locale, "notices.related")}</h2>${renderComponent($$result, "ArticleList", $$ArticleList, {
			"locale": locale,
			"articles": related,
			"data-astro-cid-pe2uwuas": true
		})}</section>`}<p data-astro-cid-pe2uwuas><a${addAttribute(noticesPath(locale), "href")} data-astro-cid-pe2uwuas>${t(locale, "notices.allNotices")}</a></p></article></div>`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(t(locale, "notices.feedTitle", { site: t(locale, "core.siteName") }), "title")}${addAttribute(noticeRssPath(locale), "href")}>`
	})}`;
}, "/work/wt/cms/src/pages/[locale]/notices/[slug].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/notices/[slug].astro";
var $$url = "/[locale]/notices/[slug]/";
// \0virtual:astro:page:src/pages/[locale]/notices/[slug]@_@astro
var page = () => _slug__exports;
export { page };
