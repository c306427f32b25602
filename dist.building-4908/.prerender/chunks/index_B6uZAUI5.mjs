import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$ArticleList } from "./ArticleList_CN1uCczx.mjs";
import { a as websiteJsonLd, s as $$Icon, t as $$BaseLayout, u as $$SearchBox } from "./BaseLayout_DLBNQ213.mjs";
import { a as t, c as createComponent, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent, t as articlesInCategory } from "./content_DXa6ojYn.mjs";
import { a as contactPath, c as localePath, i as categoryPath, m as searchPath } from "./urls_BUq7YIFw.mjs";
import { n as $$OpenNowStatus, t as $$OpenNowScript } from "./OpenNowScript_DmeNx2UO.mjs";
import { t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
/* empty css                        */
import { n as loadStatusContent } from "./status-content_Cm0-HUi2.mjs";
import { t as $$StatusIcon } from "./StatusIcon_D10n5bys.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { i as ogImagePath } from "./og-images_WkO5h-qe.mjs";
// src/features/articles/CategoryGrid.astro
createAstro("https://help.bazarak.example");
var $$CategoryGrid = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CategoryGrid;
	const { locale, content, categories } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="card-grid">${categories.map((category) => {
		const count = articlesInCategory(content, locale, category.id).length;
		return renderTemplate`<li class="card"><h3>${renderComponent($$result, "Icon", $$Icon, {
			"name": category.data.icon ?? "box",
			"size": 22
		})}<a${addAttribute(categoryPath(locale, category.id), "href")}>${category.data.name[locale]}</a></h3>${category.data.description?.[locale] && renderTemplate`<p>${category.data.description[locale]}</p>`}<p class="meta">${t(locale, "core.articleCount", { count })}</p></li>`;
	})}</ul>`;
}, "/work/wt/cms/src/features/articles/CategoryGrid.astro", void 0);
// src/features/contact/ContactCentreLine.astro
createAstro("https://help.bazarak.example");
var $$ContactCentreLine = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ContactCentreLine;
	const { locale, channelId = "contact-centre" } = Astro.props;
	const { channels, overrides } = await loadNoticeContent();
	const channel = channels.find((candidate) => candidate.id === channelId) ?? channels.find((candidate) => candidate.data.kind === "phone");
	return renderTemplate`${channel && renderTemplate`${maybeRenderHead($$result)}<div class="container" data-astro-cid-kv5bgz7h><p class="contact-line" data-contact-line data-astro-cid-kv5bgz7h><span class="label" data-astro-cid-kv5bgz7h>${channel.data.name[locale]}:</span> ${renderComponent($$result, "OpenNowStatus", $$OpenNowStatus, {
		"locale": locale,
		"channel": channel,
		"overrides": overrides,
		"data-astro-cid-kv5bgz7h": true
	})}<a${addAttribute(contactPath(locale), "href")} data-astro-cid-kv5bgz7h>${t(locale, "contact.homeLink")}</a></p>${renderComponent($$result, "OpenNowScript", $$OpenNowScript, {
		"locale": locale,
		"channels": [channel],
		"overrides": overrides,
		"data-astro-cid-kv5bgz7h": true
	})}</div>`}`;
}, "/work/wt/cms/src/features/contact/ContactCentreLine.astro", void 0);
// src/features/status/StatusSummary.astro
createAstro("https://help.bazarak.example");
var $$StatusSummary = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusSummary;
	const { locale } = Astro.props;
	const { view } = await loadStatusContent();
	const { indicator, key } = view.overall;
	return renderTemplate`${maybeRenderHead($$result)}<section${addAttribute(`status-summary level-${indicator}`, "class")} aria-labelledby="status-summary-title"${addAttribute(indicator, "data-indicator")} data-astro-cid-wfko4j7k><h2 id="status-summary-title" class="visually-hidden" data-astro-cid-wfko4j7k>${t(locale, "status.summaryHeading")}</h2>${renderComponent($$result, "StatusIcon", $$StatusIcon, {
		"level": indicator,
		"size": 22,
		"data-astro-cid-wfko4j7k": true
	})}<p data-astro-cid-wfko4j7k><strong data-astro-cid-wfko4j7k>${t(locale, key)}</strong> · <a${addAttribute(localePath(locale, "status"), "href")} data-astro-cid-wfko4j7k>${t(locale, "status.summaryLink")}</a></p></section>`;
}, "/work/wt/cms/src/features/status/StatusSummary.astro", void 0);
// src/pages/[locale]/index.astro
var _locale__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
var getStaticPaths = localeStaticPaths;
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { locale } = Astro.props;
	const content = await loadSiteContent();
	const featured = siteConfig.featuredRefs.map((ref) => content.byLocale[locale].find((article) => article.data.ref === ref)).filter((article) => article !== void 0);
	const path = localePath(locale);
	const alternates = Object.fromEntries(locales.map((l) => [l, localePath(l)]));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "core.siteName"),
		"description": t(locale, "core.siteTagline"),
		"path": path,
		"alternates": alternates,
		"jsonLd": [websiteJsonLd(locale, t(locale, "core.siteName"), path, searchPath(locale))],
		"ogImage": {
			path: ogImagePath(locale, "home"),
			alt: t(locale, "core.siteName")
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero"><div class="container"><h1 id="home-title">${t(locale, "pages.homeTitle")}</h1><p>${t(locale, "pages.homeLead")}</p>${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "home-search",
		"large": true,
		"labelledby": "home-title"
	})}</div></section><div class="container">${renderComponent($$result, "StatusSummary", $$StatusSummary, { "locale": locale })}</div>${renderComponent($$result, "ContactCentreLine", $$ContactCentreLine, { "locale": locale })}<div class="container">${featured.length > 0 && renderTemplate`<section class="section" aria-labelledby="featured-title"><h2 id="featured-title">${t(locale, "article.featured")}</h2>${renderComponent($$result, "ArticleList", $$ArticleList, {
		"locale": locale,
		"articles": featured
	})}</section>`}<section class="section" aria-labelledby="categories-title"><h2 id="categories-title">${t(locale, "pages.browseCategories")}</h2>${renderComponent($$result, "CategoryGrid", $$CategoryGrid, {
		"locale": locale,
		"content": content,
		"categories": content.categories
	})}</section></div>` })}`;
}, "/work/wt/cms/src/pages/[locale]/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/index.astro";
var $$url = "/[locale]/";
// \0virtual:astro:page:src/pages/[locale]/index@_@astro
var page = () => _locale__exports;
export { page };
