import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$NoticeArchivePage } from "./NoticeArchivePage_BKBnB8LR.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { u as noticeKindPath } from "./urls_BUq7YIFw.mjs";
import { n as noticeKinds } from "./notice-schema_BvATMCDg.mjs";
// src/pages/[locale]/notices/kind/[kind].astro
var _kind__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Kind,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
function getStaticPaths() {
	return locales.flatMap((locale) => noticeKinds.map((kind) => ({
		params: {
			locale,
			kind
		},
		props: {
			locale,
			kind
		}
	})));
}
var $$Kind = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Kind;
	const { locale, kind } = Astro.props;
	return renderTemplate`${renderComponent($$result, "NoticeArchivePage", $$NoticeArchivePage, {
		"locale": locale,
		"title": t(locale, "notices.kindTitle", { kind: t(locale, `notices.kind-${kind}`) }),
		"kind": kind,
		"path": noticeKindPath(locale, kind),
		"alternates": Object.fromEntries(locales.map((l) => [l, noticeKindPath(l, kind)]))
	})}`;
}, "/work/wt/cms/src/pages/[locale]/notices/kind/[kind].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/notices/kind/[kind].astro";
var $$url = "/[locale]/notices/kind/[kind]/";
// \0virtual:astro:page:src/pages/[locale]/notices/kind/[kind]@_@astro
var page = () => _kind__exports;
export { page };
