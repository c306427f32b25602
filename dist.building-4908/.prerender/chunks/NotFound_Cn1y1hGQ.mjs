import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { u as $$SearchBox } from "./BaseLayout_DLBNQ213.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { c as localePath } from "./urls_BUq7YIFw.mjs";
// src/features/site/NotFound.astro
createAstro("https://help.bazarak.example");
var $$NotFound = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NotFound;
	const { locale } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="container notice-page" data-not-found><p class="not-found-code" aria-hidden="true">404</p><h1 id="not-found-title">${t(locale, "pages.notFoundTitle")}</h1><p>${t(locale, "pages.notFoundBody")}</p>${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "not-found-search",
		"labelledby": "not-found-title"
	})}<p><a${addAttribute(localePath(locale), "href")}>${t(locale, "pages.notFoundHome")}</a></p></div>`;
}, "/work/wt/cms/src/features/site/NotFound.astro", void 0);
export { $$NotFound as t };
