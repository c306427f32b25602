import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { g as statusLevel } from "./status-content_Cm0-HUi2.mjs";
import { t as $$StatusIcon } from "./StatusIcon_D10n5bys.mjs";
// src/features/status/ComponentStatusText.astro
createAstro("https://help.bazarak.example");
var $$ComponentStatusText = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ComponentStatusText;
	const { locale, status } = Astro.props;
	const level = statusLevel[status];
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute(`status-text level-${level}`, "class")}${addAttribute(status, "data-component-status")}>${renderComponent($$result, "StatusIcon", $$StatusIcon, {
		"level": level,
		"size": 18
	})}<span>${t(locale, `status.component.${status}`)}</span></span>`;
}, "/work/wt/cms/src/features/status/ComponentStatusText.astro", void 0);
export { $$ComponentStatusText as t };
