import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { a as t, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { n as statusBadgeColours, r as statusBadgeSvg } from "./badge_zwTJa8GJ.mjs";
import { n as loadStatusContent } from "./status-content_Cm0-HUi2.mjs";
// src/pages/status/[service]/badge.svg.ts
var badge_svg_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
/** One badge per service. */
var getStaticPaths = async () => {
	const { view } = await loadStatusContent();
	return view.groups.flatMap((group) => group.services).map((row) => ({
		params: { service: row.service.id },
		props: { row }
	}));
};
/** `/status/<service-id>/badge.svg`: the service's name and status, in the default locale like the API. */
var GET = ({ props }) => {
	const { row } = props;
	const locale = siteConfig.defaultLocale;
	const svg = statusBadgeSvg(row.service.data.name[locale], t(locale, `status.component.${row.status}`), statusBadgeColours[row.status]);
	return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/status/[service]/badge.svg@_@ts
var page = () => badge_svg_exports;
export { page };
