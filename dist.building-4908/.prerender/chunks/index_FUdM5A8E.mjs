import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { n as $$StatusTime, t as $$StatusIsland } from "./StatusIsland_DsPCrm_i.mjs";
import { n as $$StatusFeeds, r as $$IncidentCard, t as $$UptimeBars } from "./UptimeBars_D-IwUeiA.mjs";
import { a as t, c as createComponent, s as locales } from "./i18n_8_KJbI8d.mjs";
import { t as $$StatusIcon } from "./StatusIcon_D10n5bys.mjs";
import { c as localePath } from "./urls_BUq7YIFw.mjs";
import { t as $$ComponentStatusText } from "./ComponentStatusText_B6N1mxAG.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
import { n as loadStatusContent, o as groupByMonth, r as localizedIncident, s as siteZoneName } from "./status-content_Cm0-HUi2.mjs";
// src/features/status/OverallStatus.astro
createAstro("https://help.bazarak.example");
var $$OverallStatus = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OverallStatus;
	const { locale, overall, now } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section${addAttribute(`overall level-${overall.indicator}`, "class")} aria-labelledby="overall-title"${addAttribute(overall.indicator, "data-indicator")}><h2 id="overall-title" class="visually-hidden">${t(locale, "status.overallHeading")}</h2>${renderComponent($$result, "StatusIcon", $$StatusIcon, {
		"level": overall.indicator,
		"size": 32
	})}<div><p class="overall-text">${t(locale, overall.key)}</p><p class="overall-time">${t(locale, "status.asOf", { time: "" }).trim()} ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": now,
		"locale": locale,
		"now": now
	})}</p></div></section>`;
}, "/work/wt/cms/src/features/status/OverallStatus.astro", void 0);
// src/features/status/ServiceGroups.astro
createAstro("https://help.bazarak.example");
var $$ServiceGroups = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ServiceGroups;
	const { locale, groups, titles } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="status-groups">${groups.map(({ group, status, services }) => renderTemplate`<details class="status-group" open${addAttribute(group.id, "data-group-id")}><summary><span class="group-name">${group.data.name[locale]}</span>${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": status
	})}</summary><ul class="service-list">${services.map((row) => renderTemplate`<li class="service-row"${addAttribute(row.service.id, "data-service-id")}${addAttribute(row.status, "data-status")}><div class="service-head"><a${addAttribute(localePath(locale, "status", row.service.id), "href")}>${row.service.data.name[locale]}</a>${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": row.status
	})}</div>${renderComponent($$result, "UptimeBars", $$UptimeBars, {
		"locale": locale,
		"serviceId": row.service.id,
		"serviceName": row.service.data.name[locale],
		"bars": row.bars,
		"uptime": row.uptime,
		"titles": titles
	})}</li>`)}</ul></details>`)}</div>`;
}, "/work/wt/cms/src/features/status/ServiceGroups.astro", void 0);
// src/pages/[locale]/status/index.astro
var status_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
var getStaticPaths = localeStaticPaths;
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { locale } = Astro.props;
	const content = await loadStatusContent();
	const { view, now, services } = content;
	const path = localePath(locale, "status");
	const alternates = Object.fromEntries(locales.map((l) => [l, localePath(l, "status")]));
	const localized = (slug) => localizedIncident(content, slug, locale);
	const titles = new Map(view.all.map((item) => [item.incident.slug, localized(item.incident.slug).incident.data.title]));
	const since = /* @__PURE__ */ new Date(now.getTime() - 7776e6);
	const months = groupByMonth(view.past, locale, now, since);
	const zoneName = siteZoneName(locale, now);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "status.title"),
		"description": t(locale, "status.description"),
		"path": path,
		"alternates": alternates
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container status-page"><h1>${t(locale, "status.title")}</h1>${renderComponent($$result, "OverallStatus", $$OverallStatus, {
			"locale": locale,
			"overall": view.overall,
			"now": now
		})}${view.active.length > 0 && renderTemplate`<section class="status-section" aria-labelledby="active-title" data-section="active"><h2 id="active-title">${t(locale, "status.activeHeading")}</h2><div class="incident-list">${view.active.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
			"locale": locale,
			"view": item,
			"localized": localized(item.incident.slug),
			"services": services,
			"now": now
		})}`)}</div></section>`}${view.activeMaintenance.length > 0 && renderTemplate`<section class="status-section" aria-labelledby="maintenance-now-title" data-section="active-maintenance"><h2 id="maintenance-now-title">${t(locale, "status.activeMaintenanceHeading")}</h2><div class="incident-list">${view.activeMaintenance.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
			"locale": locale,
			"view": item,
			"localized": localized(item.incident.slug),
			"services": services,
			"now": now
		})}`)}</div></section>`}<section class="status-section" aria-labelledby="upcoming-title" data-section="upcoming"><h2 id="upcoming-title">${t(locale, "status.upcomingHeading")}</h2>${view.upcoming.length ? renderTemplate`<div class="incident-list">${view.upcoming.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
			"locale": locale,
			"view": item,
			"localized": localized(item.incident.slug),
			"services": services,
			"now": now
		})}`)}</div>` : renderTemplate`<p>${t(locale, "status.noUpcoming")}</p>`}</section><section class="status-section" aria-labelledby="services-title" data-section="services"><h2 id="services-title">${t(locale, "status.servicesHeading")}</h2><p class="meta">${t(locale, "status.barsHint")}</p>${renderComponent($$result, "ServiceGroups", $$ServiceGroups, {
			"locale": locale,
			"groups": view.groups,
			"titles": titles
		})}<details class="uptime-note"><summary>${t(locale, "status.uptimeNoteHeading")}</summary><p>${t(locale, "status.uptimeNote", { zone: zoneName })}</p></details></section><section class="status-section" aria-labelledby="past-title" data-section="past"><h2 id="past-title">${t(locale, "status.pastHeading")}</h2>${months.map((month) => renderTemplate`<section class="month"${addAttribute(month.label, "aria-label")}><h3>${month.label}</h3>${month.items.length ? renderTemplate`<div class="incident-list">${month.items.map((item) => renderTemplate`${renderComponent($$result, "IncidentCard", $$IncidentCard, {
			"locale": locale,
			"view": item,
			"localized": localized(item.incident.slug),
			"services": services,
			"now": now,
			"level": 4,
			"withLatest": false
		})}`)}</div>` : renderTemplate`<p class="meta">${t(locale, "status.noIncidentsMonth")}</p>`}</section>`)}</section>${renderComponent($$result, "StatusFeeds", $$StatusFeeds, { "locale": locale })}</div>${renderComponent($$result, "StatusIsland", $$StatusIsland, { "locale": locale })}`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(t(locale, "status.rssLink"), "title")}${addAttribute(`${path}rss.xml`, "href")}>`
	})}`;
}, "/work/wt/cms/src/pages/[locale]/status/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/status/index.astro";
var $$url = "/[locale]/status/";
// \0virtual:astro:page:src/pages/[locale]/status/index@_@astro
var page = () => status_exports;
export { page };
