import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, t as spreadAttributes, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { i as ogImagePath } from "./og-images_WkO5h-qe.mjs";
import { n as $$StatusTime, t as $$StatusIsland } from "./StatusIsland_DsPCrm_i.mjs";
import { l as $$BidiText, t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_Ba_H2EAU.mjs";
import { t as $$ComponentStatusText } from "./ComponentStatusText_B6N1mxAG.mjs";
import { a as t, c as createComponent, n as dirOf, s as locales } from "./i18n_8_KJbI8d.mjs";
import { _ as visibleUpdates, c as renderedBody, n as loadStatusContent, r as localizedIncident, s as siteZoneName } from "./status-content_Cm0-HUi2.mjs";
import { t as $$ContentBody } from "./ContentBody_CIGMlUZU.mjs";
import { c as localePath } from "./urls_BUq7YIFw.mjs";
// src/features/status/TimeZoneSwitch.astro
createAstro("https://help.bazarak.example");
var $$TimeZoneSwitch = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TimeZoneSwitch;
	const { locale, now } = Astro.props;
	const zoneName = siteZoneName(locale, now);
	return renderTemplate`${maybeRenderHead($$result)}<fieldset class="tz-switch" data-tz-switch hidden><legend>${t(locale, "status.timesIn")}</legend><label><input type="radio" name="tz" value="site" checked> ${t(locale, "status.siteZone", { zone: zoneName })}</label><label><input type="radio" name="tz" value="local"> <span${addAttribute(t(locale, "status.localZone"), "data-local-label")}>${t(locale, "status.localZone")}</span></label></fieldset>`;
}, "/work/wt/cms/src/features/status/TimeZoneSwitch.astro", void 0);
// src/pages/[locale]/status/incidents/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const content = await loadStatusContent();
	return locales.flatMap((locale) => content.view.all.map((view) => ({
		params: {
			locale,
			slug: view.incident.slug
		},
		props: {
			locale,
			view
		}
	})));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { locale, view } = Astro.props;
	const content = await loadStatusContent();
	const { now, services } = content;
	const slug = view.incident.slug;
	const { incident, entry, textLocale } = localizedIncident(content, slug, locale);
	const foreign = textLocale !== locale;
	const textAttrs = foreign ? {
		lang: textLocale,
		dir: dirOf(textLocale)
	} : {};
	const data = incident.data;
	const path = localePath(locale, "status", "incidents", slug);
	const available = locales.filter((l) => content.incidents.some((item) => item.slug === slug && item.locale === l));
	const alternates = Object.fromEntries(available.map((l) => [l, localePath(l, "status", "incidents", slug)]));
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
			name: data.title,
			path
		}
	];
	const vocabulary = data.kind === "maintenance" ? "maintenanceStatus" : "incidentStatus";
	const updates = visibleUpdates(incident, now).map((update, index) => ({
		...update,
		index
	})).reverse();
	const phaseKey = data.kind === "maintenance" ? `status.maintenanceStatus.${view.phase}` : `status.incidentStatus.${updates[0].status}`;
	const { html } = renderedBody(entry);
	const hasBody = (entry.body ?? "").trim().length > 0;
	const serviceName = (id) => services.find((service) => service.id === id)?.data.name[locale] ?? id;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": data.title,
		"description": updates[0].text,
		"path": path,
		"alternates": alternates,
		"ogType": "article",
		"ogImage": {
			path: ogImagePath(locale, "incident", slug),
			alt: t(locale, "agent.ogAlt", {
				title: data.title,
				site: t(locale, "core.siteName")
			})
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container status-page"${addAttribute(slug, "data-incident-page")}${addAttribute(view.phase, "data-phase")}>${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"crumbs": crumbs
	})}<h1${spreadAttributes(textAttrs)}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": data.title,
		"locale": textLocale
	})}</h1>${foreign && renderTemplate`<p class="meta">${t(locale, "status.translationMissing")}</p>`}<p class="incident-meta"><span class="pill">${t(locale, `status.kind.${data.kind}`)}</span><span class="pill">${t(locale, phaseKey)}</span>${data.kind === "incident" && renderTemplate`<span class="pill">${t(locale, `status.impact.${data.impact}`)}</span>`}</p>${data.affected.length > 0 && renderTemplate`<section aria-labelledby="affects-title"><h2 id="affects-title" class="visually-hidden">${t(locale, "status.affects")}</h2><p>${t(locale, "status.affects")}:</p><ul class="affected-list">${data.affected.map((item) => renderTemplate`<li><a${addAttribute(localePath(locale, "status", item.service), "href")}>${serviceName(item.service)}</a>: ${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": item.status
	})}</li>`)}</ul></section>`}${data.window && renderTemplate`<p class="incident-window">${t(locale, "status.window")}: ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": data.window.start,
		"locale": locale
	})} – ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": data.window.end,
		"locale": locale
	})}</p>`}${renderComponent($$result, "TimeZoneSwitch", $$TimeZoneSwitch, {
		"locale": locale,
		"now": now
	})}<section class="status-section" aria-labelledby="updates-title"><h2 id="updates-title">${t(locale, "status.updatesHeading")}</h2><ol class="timeline" reversed>${updates.map((update) => renderTemplate`<li${addAttribute(`update-${update.index + 1}`, "id")}${addAttribute(update.status, "data-update-status")}><h3>${t(locale, `status.${vocabulary}.${update.status}`)}</h3><p class="incident-latest-meta">${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": update.at,
		"locale": locale,
		"now": now
	})}</p><p${spreadAttributes(textAttrs)}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": update.text,
		"locale": textLocale
	})}</p></li>`)}</ol></section>${hasBody && renderTemplate`<section class="status-section prose" aria-labelledby="body-title"${spreadAttributes(textAttrs)}><h2 id="body-title">${t(locale, data.updates.some((u) => u.status === "postmortem") ? "status.postmortemHeading" : "status.updatesHeading")}</h2>${renderComponent($$result, "ContentBody", $$ContentBody, { "html": html })}</section>`}<p><a${addAttribute(localePath(locale, "status"), "href")}>${t(locale, "status.allServices")}</a></p></div>${renderComponent($$result, "StatusIsland", $$StatusIsland, { "locale": locale })}` })}`;
}, "/work/wt/cms/src/pages/[locale]/status/incidents/[slug].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/status/incidents/[slug].astro";
var $$url = "/[locale]/status/incidents/[slug]/";
// \0virtual:astro:page:src/pages/[locale]/status/incidents/[slug]@_@astro
var page = () => _slug__exports;
export { page };
