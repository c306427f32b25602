import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
import { l as $$BidiText } from "./BaseLayout_DLBNQ213.mjs";
import { n as articlePath } from "./urls_BUq7YIFw.mjs";
// src/features/articles/ArticleList.astro
createAstro("https://help.bazarak.example");
var $$ArticleList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ArticleList;
	const { locale, articles } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="article-list">${articles.map((article) => renderTemplate`<li><a${addAttribute(articlePath(locale, article.slug), "href")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": article.data.title,
		"locale": locale
	})}</a><p>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": article.data.summary,
		"locale": locale
	})}</p></li>`)}</ul>`;
}, "/work/wt/cms/src/features/articles/ArticleList.astro", void 0);
export { $$ArticleList as t };
