import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$NotFound } from "./NotFound_Cn1y1hGQ.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { c as localePath } from "./urls_BUq7YIFw.mjs";
// src/pages/[locale]/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
var getStaticPaths = localeStaticPaths;
var $$404 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$404;
	const { locale } = Astro.props;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "pages.notFoundTitle"),
		"path": localePath(locale, "404"),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "NotFound", $$NotFound, { "locale": locale })}` })}`;
}, "/work/wt/cms/src/pages/[locale]/404.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/404.astro";
var $$url = "/[locale]/404/";
// \0virtual:astro:page:src/pages/[locale]/404@_@astro
var page = () => _404_exports;
export { page };
