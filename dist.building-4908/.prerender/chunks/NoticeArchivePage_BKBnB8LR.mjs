import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro } from "./script_CQlJZYlB.mjs";
import { l as $$BidiText, o as noticeIcon, s as $$Icon, t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { t as $$NoticeWindow } from "./NoticeWindow_BVARiLul.mjs";
import { a as t, c as createComponent } from "./i18n_8_KJbI8d.mjs";
import { d as noticePath, f as noticeRssPath, l as noticeJsonFeedPath, p as noticesPath, u as noticeKindPath } from "./urls_BUq7YIFw.mjs";
import { o as buildNow } from "./edit-distance_aadxCfO2.mjs";
import { a as noticePhase, n as activeNotices, r as groupPastByMonth, t as loadNoticeContent } from "./notices-content_RAB7WiCp.mjs";
import { n as noticeKinds } from "./notice-schema_BvATMCDg.mjs";
// src/features/notices/NoticeCard.astro
createAstro("https://help.bazarak.example");
var $$NoticeCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeCard;
	const { locale, notice, headingLevel = "h3" } = Astro.props;
	const Heading = headingLevel;
	return renderTemplate`${maybeRenderHead($$result)}<li${addAttribute(`notice-card notice-card-${notice.data.severity}`, "class")}${addAttribute(notice.slug, "data-notice-card")}${addAttribute(notice.data.kind, "data-kind")} data-astro-cid-cuva53k6><p class="notice-tags" data-astro-cid-cuva53k6>${renderComponent($$result, "Icon", $$Icon, {
		"name": noticeIcon(notice.data.kind),
		"size": 18,
		"data-astro-cid-cuva53k6": true
	})}<span data-astro-cid-cuva53k6>${t(locale, `notices.kind-${notice.data.kind}`)}</span><span class="notice-severity" data-astro-cid-cuva53k6>${t(locale, `notices.severity-${notice.data.severity}`)}</span></p>${renderComponent($$result, "Heading", Heading, {
		"class": "notice-card-title",
		"data-astro-cid-cuva53k6": true
	}, { "default": ($$result) => renderTemplate`<a${addAttribute(noticePath(locale, notice.slug), "href")} data-astro-cid-cuva53k6>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": notice.data.title,
		"locale": locale,
		"data-astro-cid-cuva53k6": true
	})}</a>` })}<p class="notice-card-summary" data-astro-cid-cuva53k6>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": notice.data.summary,
		"locale": locale,
		"data-astro-cid-cuva53k6": true
	})}</p><p class="meta" data-astro-cid-cuva53k6>${renderComponent($$result, "NoticeWindow", $$NoticeWindow, {
		"locale": locale,
		"data": notice.data,
		"data-astro-cid-cuva53k6": true
	})}</p></li>`;
}, "/work/wt/cms/src/features/notices/NoticeCard.astro", void 0);
// src/features/notices/NoticeArchive.astro
createAstro("https://help.bazarak.example");
var $$NoticeArchive = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeArchive;
	const { locale, notices, kind } = Astro.props;
	const now = buildNow();
	const all = kind ? notices.filter((notice) => notice.data.kind === kind) : notices;
	const active = activeNotices(all, now);
	const upcoming = all.filter((notice) => noticePhase(notice, now) === "upcoming").sort((a, b) => a.data.start.getTime() - b.data.start.getTime() || a.slug.localeCompare(b.slug));
	const months = groupPastByMonth(all.filter((notice) => noticePhase(notice, now) === "expired"), locale);
	const filters = [{
		href: noticesPath(locale),
		label: t(locale, "notices.allKinds"),
		current: !kind
	}, ...noticeKinds.map((k) => ({
		href: noticeKindPath(locale, k),
		label: t(locale, `notices.kind-${k}`),
		current: k === kind
	}))];
	return renderTemplate`${maybeRenderHead($$result)}<nav class="notice-filter"${addAttribute(t(locale, "notices.filterLabel"), "aria-label")} data-astro-cid-s5twluvl><ul role="list" data-astro-cid-s5twluvl>${filters.map((filter) => renderTemplate`<li data-astro-cid-s5twluvl><a${addAttribute(filter.href, "href")}${addAttribute(filter.current ? "page" : void 0, "aria-current")} data-astro-cid-s5twluvl>${filter.label}</a></li>`)}</ul></nav><section class="section" aria-labelledby="notices-active" data-notices-active data-astro-cid-s5twluvl><h2 id="notices-active" data-astro-cid-s5twluvl>${t(locale, "notices.active")}</h2>${active.length ? renderTemplate`<ul class="notice-list" role="list" data-astro-cid-s5twluvl>${active.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"locale": locale,
		"notice": notice,
		"data-astro-cid-s5twluvl": true
	})}`)}</ul>` : renderTemplate`<p data-astro-cid-s5twluvl>${kind ? t(locale, "notices.noneOfKind") : t(locale, "notices.noneActive")}</p>`}</section><section class="section" aria-labelledby="notices-upcoming" data-notices-upcoming data-astro-cid-s5twluvl><h2 id="notices-upcoming" data-astro-cid-s5twluvl>${t(locale, "notices.upcoming")}</h2>${upcoming.length ? renderTemplate`<ul class="notice-list" role="list" data-astro-cid-s5twluvl>${upcoming.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"locale": locale,
		"notice": notice,
		"data-astro-cid-s5twluvl": true
	})}`)}</ul>` : renderTemplate`<p data-astro-cid-s5twluvl>${t(locale, "notices.noneUpcoming")}</p>`}</section><section class="section" aria-labelledby="notices-past" data-notices-past data-astro-cid-s5twluvl><h2 id="notices-past" data-astro-cid-s5twluvl>${t(locale, "notices.past")}</h2>${months.length === 0 && renderTemplate`<p data-astro-cid-s5twluvl>${t(locale, "notices.nonePast")}</p>`}${months.map((month) => renderTemplate`<section${addAttribute(`month-${month.key}`, "aria-labelledby")}${addAttribute(month.key, "data-month")} data-astro-cid-s5twluvl><h3${addAttribute(`month-${month.key}`, "id")} data-astro-cid-s5twluvl>${month.label}</h3><ul class="notice-list" role="list" data-astro-cid-s5twluvl>${month.notices.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"locale": locale,
		"notice": notice,
		"headingLevel": "h4",
		"data-astro-cid-s5twluvl": true
	})}`)}</ul></section>`)}</section><aside class="notice-feeds" aria-labelledby="notices-subscribe" data-astro-cid-s5twluvl><h2 id="notices-subscribe" data-astro-cid-s5twluvl>${t(locale, "notices.subscribe")}</h2><ul role="list" data-astro-cid-s5twluvl><li data-astro-cid-s5twluvl><a${addAttribute(noticeRssPath(locale), "href")} type="application/rss+xml" data-astro-cid-s5twluvl>${t(locale, "notices.rss")}</a></li><li data-astro-cid-s5twluvl><a${addAttribute(noticeJsonFeedPath(locale), "href")} type="application/feed+json" data-astro-cid-s5twluvl>${t(locale, "notices.jsonFeed")}</a></li></ul></aside>`;
}, "/work/wt/cms/src/features/notices/NoticeArchive.astro", void 0);
// src/features/notices/NoticeArchivePage.astro
createAstro("https://help.bazarak.example");
var $$NoticeArchivePage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeArchivePage;
	const { locale, title, path, alternates, lead, kind } = Astro.props;
	const { byLocale } = await loadNoticeContent();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": title,
		"description": lead,
		"path": path,
		"alternates": alternates,
		"data-astro-cid-4eksslp3": true
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container notices-page" data-astro-cid-4eksslp3><h1 data-astro-cid-4eksslp3>${title}</h1>${lead && renderTemplate`<p class="lead" data-astro-cid-4eksslp3>${lead}</p>`}${renderComponent($$result, "NoticeArchive", $$NoticeArchive, {
			"locale": locale,
			"notices": byLocale[locale],
			"kind": kind,
			"data-astro-cid-4eksslp3": true
		})}</div>`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(t(locale, "notices.feedTitle", { site: t(locale, "core.siteName") }), "title")}${addAttribute(noticeRssPath(locale), "href")}>`
	})}`;
}, "/work/wt/cms/src/features/notices/NoticeArchivePage.astro", void 0);
export { $$NoticeArchivePage as t };
