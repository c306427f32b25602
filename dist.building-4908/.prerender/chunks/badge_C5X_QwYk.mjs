import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { r as statusBadgeSvg, t as indicatorBadgeColours } from "./badge_zwTJa8GJ.mjs";
import { n as loadStatusContent } from "./status-content_Cm0-HUi2.mjs";
// src/pages/status/badge.svg.ts
var badge_svg_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** `/status/badge.svg`: the page-wide indicator as a badge, worded in the default locale like the API. */
var GET = async () => {
	const { view } = await loadStatusContent();
	const locale = siteConfig.defaultLocale;
	const svg = statusBadgeSvg(t(locale, "status.badgeLabel"), t(locale, view.overall.key), indicatorBadgeColours[view.overall.indicator]);
	return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/status/badge.svg@_@ts
var page = () => badge_svg_exports;
export { page };
