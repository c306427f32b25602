import { O as unescapeHTML, _ as renderTemplate, b as addAttribute, d as Fragment, m as renderSlot, u as renderComponent, v as maybeRenderHead, y as renderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import { a as t, c as createComponent, n as dirOf, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { c as localePath, d as noticePath, m as searchPath, t as absoluteUrl, v as swapLocale } from "./urls_BUq7YIFw.mjs";
import { o as buildNow, r as machineDate } from "./edit-distance_aadxCfO2.mjs";
import { a as noticePhase, i as sortForBanner, t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
import { t as jsonForScript } from "./json-script_DoBcOzgf.mjs";
// src/features/search/SearchBox.astro
createAstro("https://help.bazarak.example");
var $$SearchBox = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SearchBox;
	const { locale, id, value, large = false, labelledby } = Astro.props;
	const analytics = siteConfig.analytics ? JSON.stringify(siteConfig.analytics) : void 0;
	const shortcuts = id === "header-search" ? "/ Control+K Meta+K" : void 0;
	return renderTemplate`${maybeRenderHead($$result)}<form${addAttribute(["search-form", { "search-form-large": large }], "class:list")} role="search"${addAttribute(searchPath(locale), "action")} method="get"${addAttribute(labelledby, "aria-labelledby")}${addAttribute(labelledby ? void 0 : t(locale, "core.searchLabel"), "aria-label")} data-search-form${addAttribute(analytics, "data-bayan-analytics")}><label class="visually-hidden"${addAttribute(id, "for")}>${t(locale, "core.searchLabel")}</label><input${addAttribute(id, "id")} name="q" type="search"${addAttribute(value, "value")}${addAttribute(t(locale, "core.searchPlaceholder"), "placeholder")} autocomplete="off" enterkeyhint="search"${addAttribute(shortcuts, "aria-keyshortcuts")} data-search-input><button type="submit">${t(locale, "core.searchSubmit")}</button></form>${renderScript($$result, "/work/wt/cms/src/features/search/SearchBox.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/search/SearchBox.astro", void 0);
// src/assets/fonts/vazirmatn-arabic-script.woff2?url
var vazirmatn_arabic_script_default = "/_astro/vazirmatn-arabic-script.Bal5PF1M.woff2";
// src/features/site/LanguageSwitcher.astro
createAstro("https://help.bazarak.example");
var $$LanguageSwitcher = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LanguageSwitcher;
	const { locale, path, targets = {} } = Astro.props;
	const endonyms = {
		fa: "فارسی",
		ar: "العربية",
		en: "English"
	};
	return renderTemplate`${maybeRenderHead($$result)}<nav class="lang-switch"${addAttribute(t(locale, "core.languageSwitcher"), "aria-label")}><ul>${locales.map((l) => renderTemplate`<li><a${addAttribute(targets[l] ?? swapLocale(path, l), "href")}${addAttribute(l, "hreflang")}${addAttribute(l, "lang")}${addAttribute(l === locale ? "true" : void 0, "aria-current")}${addAttribute(l, "data-lang-link")}>${endonyms[l]}</a></li>`)}</ul></nav>`;
}, "/work/wt/cms/src/features/site/LanguageSwitcher.astro", void 0);
// src/features/site/SiteNav.astro
createAstro("https://help.bazarak.example");
var $$SiteNav = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteNav;
	const { locale, path } = Astro.props;
	const links = [
		{
			href: localePath(locale, "notices"),
			label: t(locale, "core.notices")
		},
		{
			href: localePath(locale, "status"),
			label: t(locale, "core.status")
		},
		{
			href: localePath(locale, "contact"),
			label: t(locale, "core.contact")
		}
	];
	return renderTemplate`${maybeRenderHead($$result)}<nav class="site-nav"${addAttribute(t(locale, "core.mainNav"), "aria-label")}><ul>${links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")}${addAttribute(path.startsWith(link.href) ? "page" : void 0, "aria-current")}>${link.label}</a></li>`)}</ul></nav>`;
}, "/work/wt/cms/src/features/site/SiteNav.astro", void 0);
// src/features/site/SiteHeader.astro
createAstro("https://help.bazarak.example");
var $$SiteHeader = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteHeader;
	const { locale, path, switchTargets } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<header class="site-header"><div class="container"><a class="brand"${addAttribute(localePath(locale), "href")}><svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" fill="currentColor"></rect><path d="M9 11.5a7 7 0 0 1 14 0c0 4-4 5-5.2 8.2M16 24.5v.5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"></path></svg><span>${t(locale, "core.siteName")}</span></a><div class="header-search">${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "header-search"
	})}</div>${renderComponent($$result, "SiteNav", $$SiteNav, {
		"locale": locale,
		"path": path
	})}${renderComponent($$result, "LanguageSwitcher", $$LanguageSwitcher, {
		"locale": locale,
		"path": path,
		"targets": switchTargets
	})}</div></header>`;
}, "/work/wt/cms/src/features/site/SiteHeader.astro", void 0);
// src/features/site/SiteFooter.astro
createAstro("https://help.bazarak.example");
var $$SiteFooter = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteFooter;
	const { locale } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site-footer"><div class="container"><p>${t(locale, "core.footerNote")}</p><p>${t(locale, "core.privacyNote")}</p></div></footer>`;
}, "/work/wt/cms/src/features/site/SiteFooter.astro", void 0);
// src/core/latin-runs.ts
var latinRun = /[A-Za-z0-9](?:[A-Za-z0-9 .,:;/_+#@%&'’=?~\-–]*[A-Za-z0-9%+#])?/g;
var hasLatinLetter = /[A-Za-z]/;
/** Splits text into Latin runs (to isolate) and everything else, preserving every character. */
function splitLatinRuns(text) {
	const runs = [];
	let last = 0;
	for (const match of text.matchAll(latinRun)) {
		const value = match[0];
		if (!hasLatinLetter.test(value)) continue;
		const start = match.index;
		if (start > last) runs.push({
			text: text.slice(last, start),
			latin: false
		});
		runs.push({
			text: value,
			latin: true
		});
		last = start + value.length;
	}
	if (last < text.length) runs.push({
		text: text.slice(last),
		latin: false
	});
	return runs;
}
// src/components/BidiText.astro
createAstro("https://help.bazarak.example");
var $$BidiText = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BidiText;
	const { text, locale } = Astro.props;
	const runs = dirOf(locale) === "rtl" ? splitLatinRuns(text) : [{
		text,
		latin: false
	}];
	return renderTemplate`${runs.map((run) => run.latin ? renderTemplate`${maybeRenderHead($$result)}<span dir="ltr" lang="en">${run.text}</span>` : run.text)}`;
}, "/work/wt/cms/src/components/BidiText.astro", void 0);
// src/components/icon-paths.ts
/**
* The path data of the site's small inline SVG icons, shared by `Icon.astro` and the
* content pipeline (which writes the same icon into callouts it renders ahead of time).
*/
var iconPaths = {
	box: "M3 7l9-4 9 4-9 4-9-4zm0 0v10l9 4 9-4V7M12 11v10",
	truck: "M2 6h11v10H2zM13 10h4l4 4v2h-8M6 19a2 2 0 1 0 0-.01M17 19a2 2 0 1 0 0-.01",
	card: "M2 6h20v12H2zM2 10h20M6 15h4",
	store: "M3 9l2-5h14l2 5M3 9h18v2a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0zM5 13v7h14v-7M10 20v-4h4v4",
	user: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0",
	return: "M9 14l-5-5 5-5M4 9h10a6 6 0 0 1 0 12h-3",
	shield: "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
	chat: "M4 5h16v11H9l-5 4z",
	info: "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6M12 7v.5",
	alert: "M12 3l10 18H2zM12 10v5M12 18v.5",
	arrow: "M5 12h14M13 6l6 6-6 6"
};
// src/components/Icon.astro
createAstro("https://help.bazarak.example");
var $$Icon = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Icon;
	const { name, size = 20 } = Astro.props;
	const d = iconPaths[name] ?? iconPaths.info;
	return renderTemplate`${maybeRenderHead($$result)}<svg${addAttribute(size, "width")}${addAttribute(size, "height")} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"${addAttribute(`icon icon-${name}`, "class")}><path${addAttribute(d, "d")}></path></svg>`;
}, "/work/wt/cms/src/components/Icon.astro", void 0);
// src/features/notices/notice-icons.ts
/** Which `<Icon>` shows each kind of notice; the kind is also said in words wherever it matters. */
var icons = {
	delay: "truck",
	"hours-change": "store",
	safety: "shield",
	stock: "box",
	outage: "alert",
	general: "info"
};
/** The icon name for a notice kind. */
function noticeIcon(kind) {
	return icons[kind];
}
// src/features/notices/notice-guard.ts
/**
* What the banner's guard script decides in the browser: whether a notice rendered at
* build time should show *now*. The page may be viewed a day after it was built, so the
* build's verdict is only a first guess. The functions the script runs use nothing from
* outside themselves (they are serialised with `toString()`), so the script stays tiny; the
* one import is for the build-time serializer only.
*/
/** localStorage key holding the ids (slugs) of notices the reader dismissed, as a JSON array. */
var dismissedStorageKey = "bayan:dismissed-notices";
/** Whether a notice shows at `now`: inside its window (`start ≤ now < end`) and not dismissed (unless critical). */
function noticeVisible(notice, now, dismissed) {
	if (now < notice.start) return false;
	if (notice.end !== void 0 && !Number.isNaN(notice.end) && now >= notice.end) return false;
	return notice.critical || !dismissed.has(notice.id);
}
/** Reads the stored dismissals; anything unreadable (old format, hand-edited, blocked storage) counts as none. */
function parseDismissed(raw) {
	try {
		const value = JSON.parse(raw ?? "[]");
		return new Set(Array.isArray(value) ? value.filter((id) => typeof id === "string") : []);
	} catch {
		return /* @__PURE__ */ new Set();
	}
}
/**
* The banner's guard program. It is printed into the page as a classic inline script right
* after the banner (see `noticeGuardScript`), so it runs while the page is parsed, before
* anything below the banner is laid out: a notice that expired or started since the build
* is hidden or shown without shifting the page. Its helpers are passed in because the
* function is serialised with `toString()` and cannot see this module's scope.
*/
function runNoticeGuard(storageKey, visible, parse) {
	const banner = document.querySelector("[data-notice-banner]");
	if (!banner) return;
	const session = /* @__PURE__ */ new Set();
	const read = () => {
		let raw = null;
		try {
			raw = localStorage.getItem(storageKey);
		} catch {}
		const dismissed = parse(raw);
		for (const id of session) dismissed.add(id);
		return dismissed;
	};
	const guard = () => {
		const dismissed = read();
		const now = Date.now();
		let any = false;
		for (const item of banner.querySelectorAll("[data-notice]")) {
			const { notice = "", start = "", end } = item.dataset;
			const shown = visible({
				id: notice,
				start: Date.parse(start),
				end: end ? Date.parse(end) : void 0,
				critical: item.hasAttribute("data-critical")
			}, now, dismissed);
			item.hidden = !shown;
			any ||= shown;
		}
		banner.hidden = !any;
	};
	banner.classList.add("notices-js");
	banner.addEventListener("click", (event) => {
		const item = event.target.closest("[data-dismiss]")?.closest("[data-notice]");
		if (!item) return;
		const dismissed = read();
		session.add(item.dataset.notice);
		dismissed.add(item.dataset.notice);
		try {
			localStorage.setItem(storageKey, JSON.stringify([...dismissed]));
		} catch {}
		guard();
		(banner.querySelector("[data-notice]:not([hidden]) [data-dismiss]") ?? document.getElementById("main"))?.focus();
	});
	guard();
	setInterval(guard, 6e4);
	addEventListener("storage", guard);
	addEventListener("pageshow", guard);
}
/**
* The guard as the source of an inline script: the program and its helpers, serialised.
* The data it is called with goes through the script serializer like every JSON in a
* `<script>`, so changing the key can never close the element.
*/
function noticeGuardScript() {
	return `(${runNoticeGuard.toString()})(${jsonForScript(dismissedStorageKey)},${noticeVisible.toString()},${parseDismissed.toString()});`;
}
// src/features/notices/NoticeBanner.astro
createAstro("https://help.bazarak.example");
var $$NoticeBanner = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeBanner;
	const { locale } = Astro.props;
	const lookAheadMs = 1728e5;
	const now = buildNow();
	const { byLocale } = await loadNoticeContent();
	const shown = sortForBanner(byLocale[locale].filter((notice) => {
		const phase = noticePhase(notice, now);
		return phase === "active" || phase === "upcoming" && notice.data.start.getTime() - now.getTime() <= lookAheadMs;
	}));
	const anyActive = shown.some((notice) => noticePhase(notice, now) === "active");
	return renderTemplate`${shown.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="notice-banner"${addAttribute(t(locale, "notices.bannerLabel"), "aria-label")} data-notice-banner${addAttribute(!anyActive, "hidden")} data-astro-cid-fcyz7zav><ul class="container" role="list" data-astro-cid-fcyz7zav>${shown.map((notice) => {
		const critical = notice.data.severity === "critical";
		return renderTemplate`<li${addAttribute(`notice-item notice-${notice.data.severity}`, "class")}${addAttribute(notice.slug, "data-notice")}${addAttribute(notice.data.severity, "data-severity")}${addAttribute(notice.data.start.toISOString(), "data-start")}${addAttribute(notice.data.end?.toISOString(), "data-end")}${addAttribute(critical ? "" : void 0, "data-critical")}${addAttribute(noticePhase(notice, now) !== "active", "hidden")} data-astro-cid-fcyz7zav>${renderComponent($$result, "Icon", $$Icon, {
			"name": noticeIcon(notice.data.kind),
			"size": 20,
			"data-astro-cid-fcyz7zav": true
		})}<p data-astro-cid-fcyz7zav><span class="visually-hidden" data-astro-cid-fcyz7zav>${t(locale, `notices.severity-${notice.data.severity}`)}: </span><a${addAttribute(noticePath(locale, notice.slug), "href")} data-astro-cid-fcyz7zav>${renderComponent($$result, "BidiText", $$BidiText, {
			"text": notice.data.title,
			"locale": locale,
			"data-astro-cid-fcyz7zav": true
		})}</a>${" "}${notice.data.severity !== "info" && renderTemplate`<span class="notice-summary" data-astro-cid-fcyz7zav>${renderComponent($$result, "BidiText", $$BidiText, {
			"text": notice.data.summary,
			"locale": locale,
			"data-astro-cid-fcyz7zav": true
		})}</span>`}</p>${!critical && renderTemplate`<button type="button" class="notice-dismiss" data-dismiss${addAttribute(`${t(locale, "notices.dismiss")}: ${notice.data.title}`, "aria-label")} data-astro-cid-fcyz7zav><svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-astro-cid-fcyz7zav><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" fill="none" data-astro-cid-fcyz7zav></path></svg></button>`}</li>`;
	})}</ul></section>`}${shown.length > 0 && renderTemplate`<script>${unescapeHTML(noticeGuardScript())}<\/script>`}`;
}, "/work/wt/cms/src/features/notices/NoticeBanner.astro", void 0);
// src/features/site/structured-data.ts
/** schema.org BreadcrumbList for a trail of pages. */
function breadcrumbJsonLd(crumbs) {
	return {
		"@context": "https://schema.org",
		"@type": "BreadcrumbList",
		itemListElement: crumbs.map((crumb, index) => ({
			"@type": "ListItem",
			position: index + 1,
			name: crumb.name,
			item: absoluteUrl(crumb.path)
		}))
	};
}
/** schema.org Article for a knowledge-base article. */
function articleJsonLd(input) {
	return {
		"@context": "https://schema.org",
		"@type": "Article",
		headline: input.title,
		description: input.summary,
		inLanguage: siteConfig.locales[input.locale].bcp47,
		dateModified: machineDate(input.updated, "date", "UTC"),
		mainEntityOfPage: absoluteUrl(input.path),
		url: absoluteUrl(input.path),
		...input.section ? { articleSection: input.section } : {},
		publisher: {
			"@type": "Organization",
			name: input.publisher
		}
	};
}
/** schema.org FAQPage for an article that is a list of questions. */
function faqJsonLd(locale, items) {
	return {
		"@context": "https://schema.org",
		"@type": "FAQPage",
		inLanguage: siteConfig.locales[locale].bcp47,
		mainEntity: items.map((item) => ({
			"@type": "Question",
			name: item.question,
			acceptedAnswer: {
				"@type": "Answer",
				text: item.answer
			}
		}))
	};
}
/** schema.org WebSite with the search action, for home pages. */
function websiteJsonLd(locale, name, homePath, searchPath) {
	return {
		"@context": "https://schema.org",
		"@type": "WebSite",
		name,
		inLanguage: siteConfig.locales[locale].bcp47,
		url: absoluteUrl(homePath),
		potentialAction: {
			"@type": "SearchAction",
			target: {
				"@type": "EntryPoint",
				urlTemplate: `${absoluteUrl(searchPath)}?q={search_term_string}`
			},
			"query-input": "required name=search_term_string"
		}
	};
}
/**
* Serialises JSON-LD for a `<script type="application/ld+json">`, through the one script
* serializer (src/core/json-script.ts), so content (a title containing "<\/script>") can
* never close the element.
*/
function serializeJsonLd(data) {
	return jsonForScript(data);
}
// src/features/site/BaseLayout.astro
createAstro("https://help.bazarak.example");
var $$BaseLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BaseLayout;
	const { locale, title, description, path, alternates = {}, switchTargets, noindex = false, jsonLd = [], ogType = "website", ogImage } = Astro.props;
	const siteName = t(locale, "core.siteName");
	const fullTitle = path === localePath(locale) ? siteName : `${title} · ${siteName}`;
	const canonical = absoluteUrl(path);
	const dir = dirOf(locale);
	const usesArabicScript = dir === "rtl";
	const defaultAlternate = alternates[siteConfig.defaultLocale];
	return renderTemplate`<html${addAttribute(locale, "lang")}${addAttribute(dir, "dir")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title>${description && renderTemplate`<meta name="description"${addAttribute(description, "content")}>`}${noindex ? renderTemplate`<meta name="robots" content="noindex">` : renderTemplate`<link rel="canonical"${addAttribute(canonical, "href")}>`}${!noindex && locales.filter((l) => alternates[l]).map((l) => renderTemplate`<link rel="alternate"${addAttribute(siteConfig.locales[l].bcp47, "hreflang")}${addAttribute(absoluteUrl(alternates[l]), "href")}>`)}${!noindex && defaultAlternate && renderTemplate`<link rel="alternate" hreflang="x-default"${addAttribute(absoluteUrl(defaultAlternate), "href")}>`}<meta name="color-scheme" content="light dark"><meta name="theme-color" content="#0a6a61" media="(prefers-color-scheme: light)"><meta name="theme-color" content="#101418" media="(prefers-color-scheme: dark)"><meta property="og:type"${addAttribute(ogType, "content")}><meta property="og:site_name"${addAttribute(siteName, "content")}><meta property="og:title"${addAttribute(title, "content")}>${description && renderTemplate`<meta property="og:description"${addAttribute(description, "content")}>`}<meta property="og:url"${addAttribute(canonical, "content")}><meta property="og:locale"${addAttribute(siteConfig.locales[locale].bcp47.replace("-", "_"), "content")}>${ogImage && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<meta property="og:image"${addAttribute(absoluteUrl(ogImage.path), "content")}><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt"${addAttribute(ogImage.alt, "content")}><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image"${addAttribute(absoluteUrl(ogImage.path), "content")}><meta name="twitter:image:alt"${addAttribute(ogImage.alt, "content")}>` })}`}<link rel="icon" href="/favicon.svg" type="image/svg+xml">${usesArabicScript && renderTemplate`<link rel="preload"${addAttribute(vazirmatn_arabic_script_default, "href")} as="font" type="font/woff2" crossorigin>`}${renderSlot($$result, $$slots["head"])}${jsonLd.map((data) => renderTemplate`<script type="application/ld+json">${unescapeHTML(serializeJsonLd(data))}<\/script>`)}${renderHead($$result)}</head><body><a class="skip-link" href="#main">${t(locale, "core.skipToContent")}</a>${renderSlot($$result, $$slots["banner"])}${renderComponent($$result, "NoticeBanner", $$NoticeBanner, { "locale": locale })}${renderComponent($$result, "SiteHeader", $$SiteHeader, {
		"locale": locale,
		"path": path,
		"switchTargets": switchTargets
	})}<main id="main" tabindex="-1">${renderSlot($$result, $$slots["default"])}</main>${renderComponent($$result, "SiteFooter", $$SiteFooter, { "locale": locale })}</body></html>`;
}, "/work/wt/cms/src/features/site/BaseLayout.astro", void 0);
export { websiteJsonLd as a, iconPaths as c, faqJsonLd as i, $$BidiText as l, articleJsonLd as n, noticeIcon as o, breadcrumbJsonLd as r, $$Icon as s, $$BaseLayout as t, $$SearchBox as u };
