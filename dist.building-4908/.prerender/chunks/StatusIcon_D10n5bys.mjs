import { _ as renderTemplate, b as addAttribute, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
// src/features/status/StatusIcon.astro
createAstro("https://help.bazarak.example");
var $$StatusIcon = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusIcon;
	const { level, size = 20 } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<svg${addAttribute(size, "width")}${addAttribute(size, "height")} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"${addAttribute(`status-icon level-${level}`, "class")}${addAttribute(level, "data-level")}><path${addAttribute({
		none: "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM8 12.5l2.7 2.7L16 9.5",
		maintenance: "M14.7 6.3a4 4 0 0 0-5.4 5.4L3.5 17.5l3 3 5.8-5.8a4 4 0 0 0 5.4-5.4l-2.6 2.6-2.3-.7-.7-2.3z",
		minor: "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 7v6M12 16.5v.5",
		major: "M12 3l10 18H2zM12 10v5M12 18v.5",
		critical: "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9 9l6 6M15 9l-6 6"
	}[level], "d")}></path></svg>`;
}, "/work/wt/cms/src/features/status/StatusIcon.astro", void 0);
export { $$StatusIcon as t };
