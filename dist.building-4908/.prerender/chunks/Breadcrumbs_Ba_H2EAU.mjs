import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { l as $$BidiText } from "./BaseLayout_DLBNQ213.mjs";
// src/features/articles/Breadcrumbs.astro
createAstro("https://help.bazarak.example");
var $$Breadcrumbs = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breadcrumbs;
	const { locale, crumbs } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs"${addAttribute(t(locale, "article.breadcrumb"), "aria-label")}><ol>${crumbs.map((crumb, index) => renderTemplate`<li>${index === crumbs.length - 1 ? renderTemplate`<span aria-current="page">${renderComponent($$result, "BidiText", $$BidiText, {
		"text": crumb.name,
		"locale": locale
	})}</span>` : renderTemplate`<a${addAttribute(crumb.path, "href")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": crumb.name,
		"locale": locale
	})}</a>`}</li>`)}</ol></nav>`;
}, "/work/wt/cms/src/features/articles/Breadcrumbs.astro", void 0);
export { $$Breadcrumbs as t };
