import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, y as renderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { a as t, c as createComponent, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { c as localePath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
// src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const target = localePath(siteConfig.defaultLocale);
	const endonyms = {
		fa: "فارسی",
		ar: "العربية",
		en: "English"
	};
	return renderTemplate`<html${addAttribute(siteConfig.defaultLocale, "lang")}${addAttribute(siteConfig.locales[siteConfig.defaultLocale].dir, "dir")} data-astro-cid-lcdefpme><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t(siteConfig.defaultLocale, "core.siteName")}</title><meta http-equiv="refresh"${addAttribute(`0; url=${target}`, "content")}><link rel="canonical"${addAttribute(absoluteUrl(target), "href")}><meta name="robots" content="noindex">${renderHead($$result)}</head><body data-astro-cid-lcdefpme><main data-astro-cid-lcdefpme><h1 data-astro-cid-lcdefpme>${t(siteConfig.defaultLocale, "core.siteName")}</h1><ul data-astro-cid-lcdefpme>${locales.map((locale) => renderTemplate`<li data-astro-cid-lcdefpme><a${addAttribute(localePath(locale), "href")}${addAttribute(locale, "lang")}${addAttribute(locale, "hreflang")}${addAttribute(siteConfig.locales[locale].dir, "dir")} data-astro-cid-lcdefpme>${endonyms[locale]}</a></li>`)}</ul></main></body></html>`;
}, "/work/wt/cms/src/pages/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
