import { _ as renderTemplate, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { t as $$FormattedDate } from "./FormattedDate_BeTDmPZx.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
// src/features/notices/NoticeWindow.astro
createAstro("https://help.bazarak.example");
var $$NoticeWindow = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeWindow;
	const { locale, data } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<span class="notice-window">${t(locale, "notices.from")} ${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"date": data.start,
		"locale": locale,
		"style": "date-time"
	})}${" "}${data.end ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${t(locale, "notices.until")} ${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"date": data.end,
		"locale": locale,
		"style": "date-time"
	})}` })}` : t(locale, "notices.untilFurtherNotice")}</span>`;
}, "/work/wt/cms/src/features/notices/NoticeWindow.astro", void 0);
export { $$NoticeWindow as t };
