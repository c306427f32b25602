import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import { a as t, c as createComponent, n as dirOf, o as siteConfig, r as formatNumber } from "./i18n_8_KJbI8d.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import "./compiler_DTDGJuW1.mjs";
import { _ as statusPath, c as localePath, g as statusApiPath, r as badgePath } from "./urls_BUq7YIFw.mjs";
import { l as $$BidiText } from "./BaseLayout_DLBNQ213.mjs";
import { n as formatDate } from "./edit-distance_aadxCfO2.mjs";
import { _ as visibleUpdates } from "./status-content_Cm0-HUi2.mjs";
import { n as $$StatusTime } from "./StatusIsland_DsPCrm_i.mjs";
// src/features/status/IncidentCard.astro
createAstro("https://help.bazarak.example");
var $$IncidentCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$IncidentCard;
	const { locale, view, localized, services, now, level = 3, withLatest = true } = Astro.props;
	const { incident, textLocale } = localized;
	const Heading = `h${level}`;
	const data = incident.data;
	const latest = visibleUpdates(incident, now).at(-1);
	const statusKey = data.kind === "maintenance" ? `status.maintenanceStatus.${view.phase}` : `status.incidentStatus.${latest.status}`;
	const latestKey = `status.${data.kind === "maintenance" ? "maintenanceStatus" : "incidentStatus"}.${latest.status}`;
	const { bcp47 } = siteConfig.locales[locale];
	const foreign = textLocale !== locale;
	const serviceName = (id) => services.find((service) => service.id === id)?.data.name[locale] ?? id;
	return renderTemplate`${maybeRenderHead($$result)}<article${addAttribute(`incident-card impact-${data.impact} kind-${data.kind}`, "class")}${addAttribute(incident.slug, "data-incident")}${addAttribute(view.phase, "data-phase")}>${renderComponent($$result, "Heading", Heading, { "class": "incident-title" }, { "default": ($$result) => renderTemplate`<a${addAttribute(localePath(locale, "status", "incidents", incident.slug), "href")}${addAttribute(foreign ? textLocale : void 0, "lang")}${addAttribute(foreign ? dirOf(textLocale) : void 0, "dir")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": data.title,
		"locale": textLocale
	})}</a>` })}<p class="incident-meta">${(!withLatest || data.kind === "maintenance") && renderTemplate`<span class="pill">${t(locale, statusKey)}</span>`}${data.kind === "incident" && renderTemplate`<span class="pill">${t(locale, `status.impact.${data.impact}`)}</span>`}${data.affected.length > 0 && renderTemplate`<span>${t(locale, "status.affects")}: ${new Intl.ListFormat(bcp47, { type: "conjunction" }).format(data.affected.map((entry) => serviceName(entry.service)))}</span>`}</p>${data.window && renderTemplate`<p class="incident-window">${t(locale, "status.window")}:${" "}${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": data.window.start,
		"locale": locale
	})} – ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": data.window.end,
		"locale": locale
	})}</p>`}${withLatest && renderTemplate`<div class="incident-latest"><p class="incident-latest-meta"><strong>${t(locale, latestKey)}</strong> · ${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": latest.at,
		"locale": locale,
		"now": now
	})}</p><p${addAttribute(foreign ? textLocale : void 0, "lang")}${addAttribute(foreign ? dirOf(textLocale) : void 0, "dir")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": latest.text,
		"locale": textLocale
	})}</p></div>`}${!withLatest && renderTemplate`<p class="incident-latest-meta">${renderComponent($$result, "StatusTime", $$StatusTime, {
		"date": view.startedAt,
		"locale": locale
	})}</p>`}</article>`;
}, "/work/wt/cms/src/features/status/IncidentCard.astro", void 0);
// src/features/status/StatusFeeds.astro
createAstro("https://help.bazarak.example");
var $$StatusFeeds = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusFeeds;
	const { locale, serviceId } = Astro.props;
	const base = statusPath(locale);
	const links = [
		{
			href: `${base}rss.xml`,
			label: t(locale, "status.rssLink"),
			type: "application/rss+xml"
		},
		{
			href: `${base}maintenance.ics`,
			label: t(locale, "status.calendarLink"),
			type: "text/calendar"
		},
		{
			href: statusApiPath("summary"),
			label: t(locale, "status.apiLink"),
			type: "application/json"
		},
		{
			href: badgePath(serviceId),
			label: t(locale, "status.badgeLink"),
			type: "image/svg+xml"
		}
	];
	return renderTemplate`${maybeRenderHead($$result)}<section class="status-follow" aria-labelledby="follow-title"><h2 id="follow-title">${t(locale, "status.followHeading")}</h2><ul>${links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")}${addAttribute(link.type, "type")}>${link.label}</a></li>`)}</ul></section>`;
}, "/work/wt/cms/src/features/status/StatusFeeds.astro", void 0);
// src/features/status/UptimeBars.astro
createAstro("https://help.bazarak.example");
var $$UptimeBars = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$UptimeBars;
	const { locale, serviceId, serviceName, bars, uptime, titles } = Astro.props;
	const levelText = {
		none: t(locale, "status.component.operational"),
		maintenance: t(locale, "status.component.under_maintenance"),
		minor: t(locale, "status.component.degraded_performance"),
		major: t(locale, "status.component.partial_outage"),
		critical: t(locale, "status.component.major_outage")
	};
	const percent = formatNumber(locale, uptime / 100, {
		style: "percent",
		maximumFractionDigits: 2
	});
	const labelId = `bars-${serviceId}`;
	return renderTemplate`${maybeRenderHead($$result)}<div class="uptime"><ol class="bars"${addAttribute(labelId, "aria-labelledby")} data-bars>${bars.map((bar, index) => renderTemplate`<li${addAttribute(`day level-${bar.worst}`, "class")}${addAttribute(index === bars.length - 1 ? 0 : -1, "tabindex")}${addAttribute(bar.date, "data-day")}${addAttribute(bar.worst, "data-level")}><span class="tip"><strong>${formatDate(/* @__PURE__ */ new Date(`${bar.date}T12:00:00Z`), locale, "date", "UTC")}</strong><span class="tip-status">${levelText[bar.worst]}</span>${bar.incidents.length > 0 ? renderTemplate`<span class="tip-list">${bar.incidents.map((slug) => renderTemplate`<span class="tip-incident">${titles.get(slug) ?? slug}</span>`)}</span>` : renderTemplate`<span>${t(locale, "status.dayNoIncidents")}</span>`}${bar.downtimeMinutes > 0 && renderTemplate`<span>${t(locale, "status.dayDowntime", { minutes: bar.downtimeMinutes })}</span>`}</span></li>`)}</ol><p class="bars-legend"><span>${t(locale, "status.barsStart")}</span><span class="visually-hidden"${addAttribute(labelId, "id")}>${t(locale, "status.barsLabel", { service: serviceName })}</span><span class="uptime-value"${addAttribute(uptime, "data-uptime")}>${t(locale, "status.uptime", { percent })}</span><span>${t(locale, "status.barsEnd")}</span></p></div>`;
}, "/work/wt/cms/src/features/status/UptimeBars.astro", void 0);
export { $$StatusFeeds as n, $$IncidentCard as r, $$UptimeBars as t };
