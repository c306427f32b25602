import { O as unescapeHTML, _ as renderTemplate, b as addAttribute, d as Fragment, n as templateEnter, r as templateExit, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
/* empty css                        */
import { t as componentStatuses } from "./incident-schema_BpmDyaUH.mjs";
import { i as serviceById, n as loadStatusContent } from "./status-content_Cm0-HUi2.mjs";
import { g as statusApiPath, h as servicePath } from "./urls_BUq7YIFw.mjs";
import { c as createComponent, i as isLocale, o as siteConfig } from "./i18n_8_KJbI8d.mjs";
import { t as $$ComponentStatusText } from "./ComponentStatusText_B6N1mxAG.mjs";
import { c as iconPaths } from "./BaseLayout_DLBNQ213.mjs";
import "./content_DXa6ojYn.mjs";
import { f as mod, i as line, u as slugPattern } from "./schema_D_u_5cv6.mjs";
import "github-slugger";
import { defaultSchema } from "hast-util-sanitize";
import "satteri";
// src/features/status/ServiceStatus.astro
createAstro("https://help.bazarak.example");
var $$ServiceStatus = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ServiceStatus;
	const { id } = Astro.props;
	const segment = Astro.url.pathname.split("/")[1];
	const locale = isLocale(segment) ? segment : siteConfig.defaultLocale;
	const content = await loadStatusContent();
	const service = serviceById(content, id, `<ServiceStatus> on ${Astro.url.pathname}`);
	const row = content.view.groups.flatMap((group) => group.services).find((item) => item.service.id === id);
	return renderTemplate`${maybeRenderHead($$result)}<p class="service-status-inline"${addAttribute(id, "data-service-status")}${addAttribute(row.status, "data-status")}${addAttribute(statusApiPath("summary"), "data-status-api")} data-astro-cid-itemur43><a${addAttribute(servicePath(locale, id), "href")} data-astro-cid-itemur43>${service.data.name[locale]}</a>: <span data-service-status-text data-astro-cid-itemur43>${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": row.status,
		"data-astro-cid-itemur43": true
	})}</span><template data-variants data-astro-cid-itemur43>${templateEnter($$result)}${componentStatuses.map((status) => renderTemplate`${renderComponent($$result, "ComponentStatusText", $$ComponentStatusText, {
		"locale": locale,
		"status": status,
		"data-astro-cid-itemur43": true
	})}`)}${templateExit($$result)}</template></p>${renderScript($$result, "/work/wt/cms/src/features/status/ServiceStatus.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/status/ServiceStatus.astro", void 0);
mod.strictObject({
	type: mod.enum([
		"info",
		"warning",
		"danger"
	]).default("info"),
	title: line(160).optional()
}), mod.strictObject({}), mod.strictObject({
	q: mod.string({ message: "the question (q=\"…\") is required" }).trim().min(1, { message: "the question (q=\"…\") is required" }).pipe(line(300)),
	open: mod.literal(true, { message: "write a bare `open` (no value) to show the answer open" }).optional()
}), mod.strictObject({ id: mod.string().regex(slugPattern, { message: "must be a service id such as \"payment-gateway\"" }) });
// src/features/content/check.ts
/** HTML elements content may write: GitHub's sanitiser list, minus form controls and media sources. */
var allowedHtmlElements = new Set((defaultSchema.tagNames ?? []).filter((tag) => ![
	"input",
	"picture",
	"source"
].includes(tag)));
// src/features/content/render.ts
/** Tag of the placeholder a `<ServiceStatus>` becomes; content cannot write it (the checker refuses unknown elements). */
var serviceStatusTag = "bayan-service-status";
/** The exact placeholder markup for one embedded service status, as the serializer writes it. */
var serviceStatusPlaceholder = /<bayan-service-status service="([a-z0-9]+(?:-[a-z0-9]+)*)"><\/bayan-service-status>/g;
(() => {
	const base = structuredClone(defaultSchema);
	const attributes = base.attributes;
	const add = (tag, ...entries) => {
		const list = [...attributes[tag] ?? []];
		for (const entry of entries) {
			const existing = typeof entry === "string" ? -1 : list.findIndex((item) => Array.isArray(item) && item[0] === entry[0]);
			if (existing < 0 || typeof entry === "string") list.push(entry);
			else list[existing] = [...list[existing], ...entry.slice(1)];
		}
		attributes[tag] = list;
	};
	add("aside", [
		"className",
		"callout",
		"callout-info",
		"callout-warning",
		"callout-danger"
	], "ariaLabel");
	add("p", ["className", "callout-title"]);
	add("div", [
		"className",
		"callout-body",
		"answer",
		"steps",
		"heading-wrap",
		"heading-wrap-h2",
		"heading-wrap-h3"
	]);
	add("details", ["className", "question"]);
	add("a", ["className", "heading-anchor"], "dataHeadingAnchor");
	add("span", "ariaHidden", ["className", "visually-hidden"]);
	add("svg", "width", "height", "viewBox", "fill", "stroke", "strokeWidth", "strokeLinecap", "strokeLinejoin", "ariaHidden", "focusable", [
		"className",
		"icon",
		...Object.keys(iconPaths).map((name) => `icon-${name}`)
	]);
	add("path", "d");
	add(serviceStatusTag, "service");
	return {
		...base,
		tagNames: [
			...allowedHtmlElements,
			"aside",
			"svg",
			"path",
			serviceStatusTag
		],
		attributes,
		clobber: [],
		protocols: {
			...base.protocols,
			href: [
				"http",
				"https",
				"mailto",
				"tel"
			],
			src: ["data"]
		}
	};
})();
// src/features/content/ContentBody.astro
createAstro("https://help.bazarak.example");
var $$ContentBody = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ContentBody;
	const { html = "" } = Astro.props;
	const parts = html.split(new RegExp(serviceStatusPlaceholder.source));
	return renderTemplate`${parts.map((part, index) => index % 2 === 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(part)}` })}` : renderTemplate`${renderComponent($$result, "ServiceStatus", $$ServiceStatus, { "id": part })}`)}`;
}, "/work/wt/cms/src/features/content/ContentBody.astro", void 0);
export { $$ContentBody as t };
