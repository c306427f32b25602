import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$ArticleList } from "./ArticleList_CN1uCczx.mjs";
import { t as $$BaseLayout, u as $$SearchBox } from "./BaseLayout_DLBNQ213.mjs";
/* empty css                 */
import { a as t, c as createComponent, o as siteConfig, s as locales, t as dictionaries } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent, t as articlesInCategory } from "./content_DXa6ojYn.mjs";
import { c as localePath, m as searchPath } from "./urls_BUq7YIFw.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
// src/features/search/SearchPanel.astro
createAstro("https://help.bazarak.example");
var $$SearchPanel = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SearchPanel;
	const { locale, input } = Astro.props;
	const content = await loadSiteContent();
	const popular = siteConfig.featuredRefs.map((ref) => content.byLocale[locale].find((article) => article.data.ref === ref)).filter((article) => article !== void 0);
	const types = [
		["", "search.typeAll"],
		["article", "search.typeArticle"],
		["notice", "search.typeNotice"],
		["incident", "search.typeIncident"]
	];
	const typeLabels = {
		article: t(locale, "search.typeArticleOne"),
		notice: t(locale, "search.typeNoticeOne"),
		incident: t(locale, "search.typeIncidentOne")
	};
	const { bcp47, numberingSystem } = siteConfig.locales[locale];
	return renderTemplate`${maybeRenderHead($$result)}<div class="search-panel" data-search-panel${addAttribute(input, "data-input")}${addAttribute(bcp47, "data-bcp47")}${addAttribute(numberingSystem, "data-numbering")}${addAttribute(JSON.stringify(dictionaries[locale]["search.resultCount"]), "data-count-messages")}${addAttribute(JSON.stringify(typeLabels), "data-type-labels")}${addAttribute(t(locale, "search.searching"), "data-searching")}${addAttribute(t(locale, "search.error"), "data-error")}${addAttribute(t(locale, "search.resultsLabel"), "data-results-label")}${addAttribute(t(locale, "search.moreResults"), "data-more")}${addAttribute(t(locale, "search.correctedTo"), "data-corrected-to")}${addAttribute(t(locale, "search.searchInstead"), "data-search-instead")} hidden data-astro-cid-xltb2lyp><form class="search-filters" data-search-filters${addAttribute(t(locale, "search.filtersLegend"), "aria-label")} data-astro-cid-xltb2lyp><fieldset class="search-types" data-astro-cid-xltb2lyp><legend data-astro-cid-xltb2lyp>${t(locale, "search.typeLabel")}</legend>${types.map(([value, key]) => renderTemplate`<label data-astro-cid-xltb2lyp><input type="radio" name="type"${addAttribute(value, "value")}${addAttribute(value === "", "checked")} data-astro-cid-xltb2lyp><span data-astro-cid-xltb2lyp>${t(locale, key)}</span></label>`)}</fieldset><label class="search-category" data-astro-cid-xltb2lyp><span data-astro-cid-xltb2lyp>${t(locale, "search.categoryLabel")}</span><select name="category" data-astro-cid-xltb2lyp><option value="" data-astro-cid-xltb2lyp>${t(locale, "search.categoryAll")}</option>${content.categories.map((category) => renderTemplate`<option${addAttribute(category.data.name[locale], "value")} data-astro-cid-xltb2lyp>${category.data.name[locale]}</option>`)}</select></label></form><p class="search-status" role="status" data-search-status data-astro-cid-xltb2lyp></p><p class="search-correction" data-search-correction hidden data-astro-cid-xltb2lyp></p><p class="meta search-hint" data-astro-cid-xltb2lyp>${t(locale, "search.keyboardHint")}</p></div><section class="search-empty" data-search-empty aria-labelledby="search-empty-title" hidden data-astro-cid-xltb2lyp><h2 id="search-empty-title" data-astro-cid-xltb2lyp>${t(locale, "search.emptyTitle")}</h2><h3 data-astro-cid-xltb2lyp>${t(locale, "search.emptyTipsTitle")}</h3><ul class="search-tips" data-astro-cid-xltb2lyp><li data-astro-cid-xltb2lyp>${t(locale, "search.emptyTipFewer")}</li><li data-astro-cid-xltb2lyp>${t(locale, "search.emptyTipSpelling")}</li><li data-astro-cid-xltb2lyp>${t(locale, "search.emptyTipScript")}</li><li data-astro-cid-xltb2lyp>${t(locale, "search.emptyTipFilters")}</li></ul>${popular.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 data-astro-cid-xltb2lyp>${t(locale, "search.emptyPopular")}</h3>${renderComponent($$result, "ArticleList", $$ArticleList, {
		"locale": locale,
		"articles": popular,
		"data-astro-cid-xltb2lyp": true
	})}` })}`}<div class="search-contact" data-search-contact data-astro-cid-xltb2lyp><h3 data-astro-cid-xltb2lyp>${t(locale, "search.emptyContactTitle")}</h3><p data-astro-cid-xltb2lyp>${t(locale, "search.emptyContactBody")}</p><a class="button"${addAttribute(localePath(locale, "contact"), "href")} data-contact-link data-astro-cid-xltb2lyp>${t(locale, "search.emptyContactLink")}</a></div></section>`;
}, "/work/wt/cms/src/features/search/SearchPanel.astro", void 0);
// src/pages/[locale]/search/index.astro
var search_exports = /* @__PURE__ */ __exportAll({
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
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "pages.searchTitle"),
		"description": t(locale, "pages.searchDescription"),
		"path": searchPath(locale),
		"alternates": Object.fromEntries(locales.map((l) => [l, searchPath(l)]))
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container section"><h1 id="search-title">${t(locale, "pages.searchTitle")}</h1>${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "search-page-input",
		"large": true,
		"labelledby": "search-title"
	})}${renderComponent($$result, "SearchPanel", $$SearchPanel, {
		"locale": locale,
		"input": "search-page-input"
	})}<div data-search-results></div><section class="search-fallback" data-search-fallback aria-labelledby="all-articles-title"><p class="meta" data-search-nojs>${t(locale, "pages.searchNoJs")}</p><h2 id="all-articles-title">${t(locale, "pages.allArticles")}</h2>${content.categories.map((category) => {
		const articles = articlesInCategory(content, locale, category.id);
		return articles.length ? renderTemplate`<section${addAttribute(`cat-${category.id}`, "aria-labelledby")}><h3${addAttribute(`cat-${category.id}`, "id")}>${category.data.name[locale]}</h3>${renderComponent($$result, "ArticleList", $$ArticleList, {
			"locale": locale,
			"articles": articles
		})}</section>` : null;
	})}</section></div>` })}`;
}, "/work/wt/cms/src/pages/[locale]/search/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/search/index.astro";
var $$url = "/[locale]/search/";
// \0virtual:astro:page:src/pages/[locale]/search/index@_@astro
var page = () => search_exports;
export { page };
