import { _ as renderTemplate, b as addAttribute, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as formatDate, r as machineDate } from "./edit-distance_aadxCfO2.mjs";
// src/components/FormattedDate.astro
createAstro("https://help.bazarak.example");
var $$FormattedDate = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormattedDate;
	const { date, locale, style = "date", dateOnly = false } = Astro.props;
	const timeZone = dateOnly ? "UTC" : void 0;
	return renderTemplate`${maybeRenderHead($$result)}<time${addAttribute(machineDate(date, dateOnly ? "date" : "date-time", timeZone), "datetime")}>${formatDate(date, locale, style, timeZone)}</time>`;
}, "/work/wt/cms/src/components/FormattedDate.astro", void 0);
export { $$FormattedDate as t };
