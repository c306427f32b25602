import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { i as ogImagePath } from "./og-images_WkO5h-qe.mjs";
import { n as $$StatusTime, t as $$StatusIsland } from "./StatusIsland_DsPCrm_i.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_Ba_H2EAU.mjs";
import { t as $$ComponentStatusText } from "./ComponentStatusText_B6N1mxAG.mjs";
import { n as $$StatusFeeds, r as $$IncidentCard, t as $$UptimeBars } from "./UptimeBars_D-IwUeiA.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { a as affecting, n as loadStatusContent, r as localizedIncident, s as siteZoneName } from "./status-content_Cm0-HUi2.mjs";
import { c as localePath } from "./urls_BUq7YIFw.mjs";
// src/pages/[locale]/status/[service].astro
var _service__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Service,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const rows = (await loadStatusContent()).view.groups.flatMap((group) => group.services);
	return locales.flatMap((locale) => rows.map((row) => ({
		params: {
			locale,
			service: row.service.id
		},
		props: {
			locale,
			row
		}
	})));
}
var $$Service = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Service;
	const { locale, row } = Astro.props;
	const content = await loadStatusContent();
	const { view, now, services } = content;
	const id = row.service.id;
	const name = row.service.data.name[locale];
	const path = localePath(locale, "status", id);
	const alternates = Object.fromEntries(locales.map((l) => [l, localePath(l, "status", id)]));
	const crumbs = [
		{
			name: t(locale, "core.home"),
			path: localePath(locale)
		},
		{
			name: t(locale, "status.title"),
			path: localePath(locale, "status")
		},
		{
			name,
			path
		}
	];
	const localized = (slug) => localizedIncident(content, slug, locale);
	const titles = new Map(view.all.map((item) => [item.incident.slug, localized(item.incident.slug).incident.data.title]));
	const current = [
		...affecting(view.active, id),
		...affecting(view.activeMaintenance, id),
		...affecting(view.upcoming, id)
	];
	const past = affecting(view.past, id);
	const description = row.service.data.description?.[locale];
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": `${name} · ${t(locale, "status.title")}`,
		"description": description,
		"path": path,
		"alternates": alternates,
		"ogImage": {
			path: ogImagePath(locale, "service", id),
			alt: t(locale, "agent.ogAlt", {
				title: name,
				site: t(locale, "core.siteName")
			})
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container status-page"${addAttribute(id, "data-service-page")}${addAttribute(row.status, "data-status")}>${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"crumbs": crumbs
	})}<h1>${name}</h1>${description && renderTemplate`<p class="meta">${description}</p>`}<p class="overall-line">${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": row.status
	})} · <span class="meta">${t(locale, "status.asOf", { time: "" }).trim()} ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": now,
		"locale": locale,
		"now": now
	})}</span></p><section class="status-section" aria-labelledby="history-title"><h2 id="history-title">${t(locale, "status.historyHeading")}</h2>${renderComponent($$result, "UptimeBars", $$UptimeBars, {
		"locale": locale,
		"serviceId": id,
		"serviceName": name,
		"bars": row.bars,
		"uptime": row.uptime,
		"titles": titles
	})}<details class="uptime-note"><summary>${t(locale, "status.uptimeNoteHeading")}</summary><p>${t(locale, "status.uptimeNote", { zone: siteZoneName(locale, now) })}</p></details></section><section class="status-section" aria-labelledby="service-incidents-title"><h2 id="service-incidents-title">${t(locale, "status.serviceIncidentsHeading")}</h2>${current.length + past.length === 0 ? renderTemplate`<p>${t(locale, "status.serviceNoIncidents")}</p>` : renderTemplate`<div class="incident-list">${current.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
		"locale": locale,
		"view": item,
		"localized": localized(item.incident.slug),
		"services": services,
		"now": now
	})}`)}${past.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
		"locale": locale,
		"view": item,
		"localized": localized(item.incident.slug),
		"services": services,
		"now": now,
		"withLatest": false
	})}`)}</div>`}</section><p><a${addAttribute(localePath(locale, "status"), "href")}>${t(locale, "status.allServices")}</a></p>${renderComponent($$result, "StatusFeeds", $$StatusFeeds, {
		"locale": locale,
		"serviceId": id
	})}</div>${renderComponent($$result, "StatusIsland", $$StatusIsland, { "locale": locale })}` })}`;
}, "/work/wt/cms/src/pages/[locale]/status/[service].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/status/[service].astro";
var $$url = "/[locale]/status/[service]/";
// \0virtual:astro:page:src/pages/[locale]/status/[service]@_@astro
var page = () => _service__exports;
export { page };
