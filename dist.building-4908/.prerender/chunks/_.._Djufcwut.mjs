import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, y as renderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import { a as t, c as createComponent, n as dirOf, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { u as slugPattern } from "./schema_D_u_5cv6.mjs";
import { n as articlePath, o as goPath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { t as assertNoProblems } from "./integrity_CqYVpkYH.mjs";
// src/features/content/permalinks.ts
/** Is `value` a whole number usable as a `/go/<ref>/` ref? */
var isRef = (value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0;
/** Is `value` a slug (lower-case Latin kebab-case, `slugPattern`)? */
var isSlug = (value) => typeof value === "string" && slugPattern.test(value);
/**
* What a redirect path is, or `undefined` when it is not exactly one of `/go/<ref>/`,
* `/<locale>/go/<ref>/` or `/<locale>/articles/<slug>/` with a valid ref, one of
* `locales` and a valid slug. Parsing by exact shape (not looking for bad characters)
* is the point: anything not known to be safe is refused.
*/
function redirectPathShape(path, locales) {
	const parts = path.split("/");
	if (parts[0] !== "" || parts.at(-1) !== "") return void 0;
	const segments = parts.slice(1, -1);
	const asRef = (text) => text && /^[1-9][0-9]{0,15}$/.test(text) && isRef(Number(text)) ? Number(text) : void 0;
	const asLocale = (text) => locales.find((locale) => locale === text);
	if (segments.length === 2 && segments[0] === "go") {
		const ref = asRef(segments[1]);
		return ref === void 0 ? void 0 : {
			kind: "go",
			ref
		};
	}
	if (segments.length !== 3) return void 0;
	const locale = asLocale(segments[0]);
	if (!locale) return void 0;
	if (segments[1] === "go") {
		const ref = asRef(segments[2]);
		return ref === void 0 ? void 0 : {
			kind: "go",
			ref,
			locale
		};
	}
	if (segments[1] === "articles" && isSlug(segments[2])) return {
		kind: "article",
		locale,
		slug: segments[2]
	};
}
/**
* `path` if it is a redirect path `redirectPathShape` accepts (and, with `kind`, of that
* kind), else an error naming it and `what` it was for. Writers call this right before
* printing a path, so a value that slipped past the table still stops the build.
*/
function assertRedirectPath(path, locales, what, kind) {
	const shape = redirectPathShape(path, locales);
	if (!shape || kind && shape.kind !== kind) throw new Error(`${what}: ${JSON.stringify(path)} is not a valid ${kind === "article" ? "article path (/<locale>/articles/<slug>/)" : "redirect path"}`);
	return path;
}
/**
* The language a link asking for `wanted` should open: `wanted` itself if the article is
* written in it, else the default locale, else the first language (site order) it exists in.
*/
function pickLocale(available, wanted, options) {
	if (available.includes(wanted)) return wanted;
	if (available.includes(options.defaultLocale)) return options.defaultLocale;
	return options.locales.find((locale) => available.includes(locale));
}
/**
* Builds every permanent redirect and detects every collision: an alias that is an
* existing slug, an alias claimed by two articles, a ref shared by two articles (its
* `/go/` link would be ambiguous), and any two redirects from one path to different pages.
*/
function buildRedirectTable(allArticles, options) {
	const problems = [];
	const articles = [];
	for (const article of allArticles) {
		const bad = [
			...isSlug(article.slug) ? [] : [`slug ${JSON.stringify(article.slug)} is not a slug (lower-case Latin letters, digits and single hyphens)`],
			...options.locales.includes(article.locale) ? [] : [`locale ${JSON.stringify(article.locale)} is not one of ${options.locales.join(", ")}`],
			...isRef(article.ref) ? [] : [`ref ${JSON.stringify(article.ref)} is not a positive whole number`],
			...(article.aliases ?? []).flatMap((alias, index) => isSlug(alias) ? [] : [`aliases[${index}] ${JSON.stringify(alias)} is not a slug (lower-case Latin letters, digits and single hyphens)`])
		];
		if (bad.length) problems.push(...bad.map((reason) => `${article.filePath}: ${reason}; no redirect is written for it`));
		else articles.push(article);
	}
	const bySlug = /* @__PURE__ */ new Map();
	for (const article of articles) bySlug.set(article.slug, [...bySlug.get(article.slug) ?? [], article]);
	const slugOfRef = /* @__PURE__ */ new Map();
	/** Paths whose clash a specific message above already names. */
	const explained = /* @__PURE__ */ new Set();
	const aliasOwner = /* @__PURE__ */ new Map();
	for (const article of articles) {
		const first = slugOfRef.get(article.ref);
		if (!first) slugOfRef.set(article.ref, article);
		else if (first.slug !== article.slug) {
			problems.push(`${article.filePath}: ref ${article.ref} is also the ref of "${first.slug}" (${first.filePath}); ${goPath(article.ref)} would lead to two articles`);
			explained.add(goPath(article.ref));
			for (const locale of options.locales) explained.add(goPath(article.ref, locale));
		}
		(article.aliases ?? []).forEach((alias, index) => {
			const slugOwner = bySlug.get(alias)?.[0];
			if (slugOwner) {
				problems.push(`${article.filePath}: aliases[${index}] "${alias}" is the slug of ${slugOwner.filePath}; an alias must be a retired slug`);
				return;
			}
			const owner = aliasOwner.get(alias);
			if (owner && owner.slug !== article.slug) {
				problems.push(`${article.filePath}: aliases[${index}] "${alias}" is already an alias of "${owner.slug}" (${owner.filePath})`);
				for (const locale of options.locales) explained.add(articlePath(locale, alias));
			} else if (!owner) aliasOwner.set(alias, article);
		});
	}
	const redirects = [];
	for (const [slug, versions] of bySlug) {
		const available = versions.map((version) => version.locale);
		const ref = versions[0].ref;
		const sources = versions.map((version) => version.filePath);
		for (const locale of options.locales) {
			const target = pickLocale(available, locale, options);
			redirects.push({
				from: goPath(ref, locale),
				to: articlePath(target, slug),
				slug,
				toLocale: target,
				kind: "go",
				locale,
				ref,
				sources
			});
		}
		const fallback = pickLocale(available, options.defaultLocale, options);
		redirects.push({
			from: goPath(ref),
			to: articlePath(fallback, slug),
			slug,
			toLocale: fallback,
			kind: "go",
			locale: options.defaultLocale,
			ref,
			sources
		});
		const aliases = new Set(versions.flatMap((version) => version.aliases ?? []));
		for (const alias of aliases) {
			if (bySlug.has(alias)) continue;
			for (const locale of options.locales) redirects.push({
				from: articlePath(locale, alias),
				to: articlePath(locale, slug),
				slug,
				toLocale: locale,
				kind: "alias",
				locale,
				ref,
				sources: versions.filter((version) => version.aliases?.includes(alias)).map((version) => version.filePath)
			});
		}
	}
	const seen = /* @__PURE__ */ new Map();
	const unique = [];
	for (const redirect of redirects) {
		const earlier = seen.get(redirect.from);
		if (!earlier) {
			seen.set(redirect.from, redirect);
			unique.push(redirect);
		} else if (earlier.to !== redirect.to && !explained.has(redirect.from)) problems.push(`${redirect.sources.join(", ")}: ${redirect.from} would lead to ${redirect.to}, but ${earlier.sources.join(", ")} already sends it to ${earlier.to}`);
	}
	return {
		redirects: unique.sort((a, b) => a.from.localeCompare(b.from)),
		problems
	};
}
// src/features/content/RedirectPage.astro
createAstro("https://help.bazarak.example");
var $$RedirectPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RedirectPage;
	const { locale, to: requested, targetTitle, targetLocale } = Astro.props;
	const to = assertRedirectPath(requested, locales, `Redirect page to ${JSON.stringify(requested)}`, "article");
	return renderTemplate`<html${addAttribute(locale, "lang")}${addAttribute(dirOf(locale), "dir")} data-astro-cid-4lkhowpw><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t(locale, "agent.redirectTitle")}</title><meta http-equiv="refresh"${addAttribute(`0; url=${to}`, "content")}><link rel="canonical"${addAttribute(absoluteUrl(to), "href")}><meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">${renderHead($$result)}</head><body data-astro-cid-4lkhowpw><main data-astro-cid-4lkhowpw><h1 data-astro-cid-4lkhowpw>${t(locale, "agent.redirectTitle")}</h1><p data-astro-cid-4lkhowpw>${t(locale, "agent.redirectBody")}</p><p data-astro-cid-4lkhowpw><a${addAttribute(to, "href")} data-redirect-target${addAttribute(targetLocale, "lang")}${addAttribute(dirOf(targetLocale), "dir")}${addAttribute(targetLocale, "hreflang")} data-astro-cid-4lkhowpw>${targetTitle}</a></p></main>${renderScript($$result, "/work/wt/cms/src/features/content/RedirectPage.astro?astro&type=script&index=0&lang.ts")}</body></html>`;
}, "/work/wt/cms/src/features/content/RedirectPage.astro", void 0);
// src/features/content/permalink-content.ts
/**
* The site's redirect table, built from the published articles once per build. A
* collision (an alias that is a slug, an alias or ref claimed twice) stops the build with
* a message naming the files.
*/
var cache;
/** Every permanent redirect of the site (`/go/` links and retired slugs). */
function loadRedirects() {
	cache ??= loadSiteContent().then((content) => {
		const table = buildRedirectTable(content.articles.map((article) => ({
			locale: article.locale,
			slug: article.slug,
			ref: article.data.ref,
			aliases: article.data.aliases ?? [],
			filePath: article.filePath
		})), {
			locales,
			defaultLocale: siteConfig.defaultLocale
		});
		assertNoProblems(table.problems);
		return table.redirects;
	});
	return cache;
}
// src/pages/[...redirect].astro
var ____redirect__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const [redirects, content] = await Promise.all([loadRedirects(), loadSiteContent()]);
	return redirects.map((redirect) => {
		const versions = content.translations.get(redirect.slug) ?? {};
		const shown = versions[redirect.toLocale] ?? versions[siteConfig.defaultLocale] ?? locales.map((l) => versions[l]).find(Boolean);
		return {
			params: { redirect: redirect.from.slice(1, -1) },
			props: {
				redirect,
				title: shown?.data.title ?? redirect.slug,
				titleLocale: shown?.locale ?? redirect.toLocale
			}
		};
	});
}
var $$Component = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { redirect, title, titleLocale } = Astro.props;
	return renderTemplate`${renderComponent($$result, "RedirectPage", $$RedirectPage, {
		"locale": redirect.locale,
		"to": redirect.to,
		"targetTitle": title,
		"targetLocale": titleLocale
	})}`;
}, "/work/wt/cms/src/pages/[...redirect].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[...redirect].astro";
var $$url = "/[...redirect]/";
// \0virtual:astro:page:src/pages/[...redirect]@_@astro
var page = () => ____redirect__exports;
export { page };
