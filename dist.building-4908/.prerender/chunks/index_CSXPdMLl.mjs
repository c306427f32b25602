import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$NoticeArchivePage } from "./NoticeArchivePage_BKBnB8LR.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { p as noticesPath } from "./urls_BUq7YIFw.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
// src/pages/[locale]/notices/index.astro
var notices_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
var getStaticPaths = localeStaticPaths;
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { locale } = Astro.props;
	return renderTemplate`${renderComponent($$result, "NoticeArchivePage", $$NoticeArchivePage, {
		"locale": locale,
		"title": t(locale, "notices.archiveTitle"),
		"lead": t(locale, "notices.archiveLead"),
		"path": noticesPath(locale),
		"alternates": Object.fromEntries(locales.map((l) => [l, noticesPath(l)]))
	})}`;
}, "/work/wt/cms/src/pages/[locale]/notices/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/notices/index.astro";
var $$url = "/[locale]/notices/";
// \0virtual:astro:page:src/pages/[locale]/notices/index@_@astro
var page = () => notices_exports;
export { page };
