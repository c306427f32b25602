import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$ArticleList } from "./ArticleList_CN1uCczx.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_Ba_H2EAU.mjs";
import { r as breadcrumbJsonLd, s as $$Icon, t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as loadSiteContent, t as articlesInCategory } from "./content_DXa6ojYn.mjs";
import { c as localePath, i as categoryPath } from "./urls_BUq7YIFw.mjs";
// src/pages/[locale]/categories/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const content = await loadSiteContent();
	return locales.flatMap((locale) => content.categories.map((category) => ({
		params: {
			locale,
			id: category.id
		},
		props: {
			locale,
			category
		}
	})));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { locale, category } = Astro.props;
	const content = await loadSiteContent();
	const articles = articlesInCategory(content, locale, category.id);
	const name = category.data.name[locale];
	const path = categoryPath(locale, category.id);
	const crumbs = [{
		name: t(locale, "core.home"),
		path: localePath(locale)
	}, {
		name,
		path
	}];
	const alternates = Object.fromEntries(locales.map((l) => [l, categoryPath(l, category.id)]));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": name,
		"description": category.data.description?.[locale],
		"path": path,
		"alternates": alternates,
		"jsonLd": [breadcrumbJsonLd(crumbs)]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container">${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"crumbs": crumbs
	})}<h1 class="category-title">${renderComponent($$result, "Icon", $$Icon, {
		"name": category.data.icon ?? "box",
		"size": 28
	})} ${name}</h1>${category.data.description?.[locale] && renderTemplate`<p class="meta">${category.data.description[locale]}</p>`}<p class="meta">${t(locale, "core.articleCount", { count: articles.length })}</p>${articles.length ? renderTemplate`${renderComponent($$result, "ArticleList", $$ArticleList, {
		"locale": locale,
		"articles": articles
	})}` : renderTemplate`<p>${t(locale, "article.categoryEmpty")}</p>`}</div>` })}`;
}, "/work/wt/cms/src/pages/[locale]/categories/[id].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/categories/[id].astro";
var $$url = "/[locale]/categories/[id]/";
// \0virtual:astro:page:src/pages/[locale]/categories/[id]@_@astro
var page = () => _id__exports;
export { page };
