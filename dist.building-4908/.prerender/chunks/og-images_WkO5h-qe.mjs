import { a as t } from "./i18n_8_KJbI8d.mjs";
// src/features/og/og-images.ts
/**
* Where each page's Open Graph image is published and what it shows. The drawing is in
* og.ts; this module only decides the URL and the input, so pages (which add the
* `og:image` meta) and the image endpoint (which draws it) cannot disagree.
*/
/** The kinds of page that have their own image, with the URL segment each lives under. */
var ogSections = {
	home: "home",
	article: "articles",
	notice: "notices",
	incident: "status/incidents",
	service: "status"
};
/**
* Path of a page's image: `/og/<locale>/home.png`, `/og/<locale>/articles/<slug>.png`,
* `/og/<locale>/notices/<slug>.png`, `/og/<locale>/status/incidents/<slug>.png`,
* `/og/<locale>/status/<service-id>.png`. Mirrors the page's own URL so it is easy to find.
*/
function ogImagePath(locale, kind, id) {
	if (kind === "home") return `/og/${locale}/home.png`;
	if (!id) throw new Error(`An Open Graph image of kind "${kind}" needs the id (slug or service id) of its page.`);
	return `/og/${locale}/${ogSections[kind]}/${id}.png`;
}
/** The `path` param of the image endpoint (`src/pages/og/[...path].png.ts`) for an image path. */
function ogEndpointParam(imagePath) {
	return imagePath.replace(/^\/og\//, "").replace(/\.png$/, "");
}
/** Dictionary key of each kind's label: the cards say what the site itself calls the page. */
var kindLabelKeys = {
	home: "agent.ogKindHome",
	article: "agent.ogKindArticle",
	notice: "agent.ogKindNotice",
	incident: "agent.ogKindIncident",
	service: "agent.ogKindService"
};
/** The site name and the label of `kind` in `locale`, from the dictionaries. */
function ogLabels(locale, kind) {
	return {
		siteName: t(locale, "core.siteName"),
		kindLabel: t(locale, kindLabelKeys[kind])
	};
}
/** Builds an image entry; `labels` gives the site name and the kind label in the page's language (`ogLabels`). */
function ogImageEntry(page, labels) {
	return {
		path: ogImagePath(page.locale, page.kind, page.id),
		input: {
			title: page.title,
			...page.subtitle ? { subtitle: page.subtitle } : {},
			kind: page.kind,
			locale: page.locale,
			siteName: labels.siteName,
			kindLabel: labels.kindLabel,
			...page.severity ? { severity: page.severity } : {}
		}
	};
}
/** Finds duplicate image paths (two pages would overwrite one image); returns messages. */
function duplicateOgPaths(entries) {
	const seen = /* @__PURE__ */ new Set();
	const problems = [];
	for (const entry of entries) {
		if (seen.has(entry.path)) problems.push(`Two pages want the Open Graph image ${entry.path}`);
		seen.add(entry.path);
	}
	return problems;
}
export { ogLabels as a, ogImagePath as i, ogEndpointParam as n, ogImageEntry as r, duplicateOgPaths as t };
