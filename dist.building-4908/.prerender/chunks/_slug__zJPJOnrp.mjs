import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, n as templateEnter, r as templateExit, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import { a as t, c as createComponent, n as dirOf, s as locales } from "./i18n_8_KJbI8d.mjs";
import { t as $$ArticleList } from "./ArticleList_CN1uCczx.mjs";
import { c as localePath, i as categoryPath, n as articlePath, o as goPath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { n as replyPlainText, t as replyMarkdown } from "./reply_Bp4hUiDC.mjs";
import { i as faqJsonLd, l as $$BidiText, n as articleJsonLd, r as breadcrumbJsonLd, t as $$BaseLayout, u as $$SearchBox } from "./BaseLayout_DLBNQ213.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_Ba_H2EAU.mjs";
import { t as $$FormattedDate } from "./FormattedDate_BeTDmPZx.mjs";
import { t as $$ContentBody } from "./ContentBody_CIGMlUZU.mjs";
import { c as renderedBody } from "./status-content_Cm0-HUi2.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { i as ogImagePath } from "./og-images_WkO5h-qe.mjs";
// src/features/articles/ArticleFeedback.astro
createAstro("https://help.bazarak.example");
var $$ArticleFeedback = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ArticleFeedback;
	const { locale, articleRef, slug } = Astro.props;
	const reasons = {
		no: [
			"unclear",
			"missing",
			"outdated",
			"not-my-problem"
		],
		yes: [
			"solved",
			"clear",
			"fast"
		]
	};
	const reasonKey = {
		unclear: "search.feedbackReasonUnclear",
		missing: "search.feedbackReasonMissing",
		outdated: "search.feedbackReasonOutdated",
		"not-my-problem": "search.feedbackReasonNotMyProblem",
		solved: "search.feedbackReasonSolved",
		clear: "search.feedbackReasonClear",
		fast: "search.feedbackReasonFast"
	};
	return renderTemplate`${maybeRenderHead($$result)}<section class="article-feedback" data-article-feedback${addAttribute(articleRef, "data-ref")}${addAttribute(slug, "data-slug")} aria-labelledby="feedback-title" data-pagefind-ignore hidden data-astro-cid-lipsq5an><h2 id="feedback-title" data-astro-cid-lipsq5an>${t(locale, "search.feedbackTitle")}</h2><div class="feedback-choice" data-feedback-choice data-astro-cid-lipsq5an><button type="button" class="feedback-button" data-helpful="yes" aria-pressed="false" data-astro-cid-lipsq5an>${t(locale, "search.feedbackYes")}</button><button type="button" class="feedback-button" data-helpful="no" aria-pressed="false" data-astro-cid-lipsq5an>${t(locale, "search.feedbackNo")}</button></div>${["yes", "no"].map((answer) => renderTemplate`<form class="feedback-reasons"${addAttribute(answer, "data-feedback-reasons")} hidden data-astro-cid-lipsq5an><fieldset data-astro-cid-lipsq5an><legend data-astro-cid-lipsq5an>${t(locale, answer === "yes" ? "search.feedbackReasonYesLegend" : "search.feedbackReasonLegend")}</legend>${reasons[answer].map((reason) => renderTemplate`<label data-astro-cid-lipsq5an><input type="radio" name="reason"${addAttribute(reason, "value")} data-astro-cid-lipsq5an><span data-astro-cid-lipsq5an>${t(locale, reasonKey[reason])}</span></label>`)}</fieldset><button type="submit" class="button" data-astro-cid-lipsq5an>${t(locale, "search.feedbackSubmit")}</button></form>`)}<p class="feedback-thanks" data-feedback-thanks tabindex="-1" hidden data-astro-cid-lipsq5an>${t(locale, "search.feedbackThanks")}</p><p class="meta feedback-privacy" data-astro-cid-lipsq5an>${t(locale, "search.feedbackPrivacy")}</p></section>${renderScript($$result, "/work/wt/cms/src/features/articles/ArticleFeedback.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/articles/ArticleFeedback.astro", void 0);
// src/features/sharing/ArticleShare.astro
createAstro("https://help.bazarak.example");
var $$ArticleShare = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ArticleShare;
	const { locale, ref, title, summary } = Astro.props;
	const path = goPath(ref, locale);
	const url = absoluteUrl(path);
	const parts = {
		title,
		summary,
		url
	};
	return renderTemplate`${maybeRenderHead($$result)}<section class="article-share" aria-labelledby="article-share-title" data-article-share data-pagefind-ignore${addAttribute(url, "data-url")}${addAttribute(t(locale, "agent.linkCopied"), "data-link-done")}${addAttribute(t(locale, "agent.replyCopied"), "data-reply-done")}${addAttribute(t(locale, "agent.copyFailed"), "data-failed")} data-astro-cid-uaufnc2h><h2 id="article-share-title" data-astro-cid-uaufnc2h>${t(locale, "agent.shareTitle")}</h2><p class="permalink" data-astro-cid-uaufnc2h>${t(locale, "agent.permalink")}: <a${addAttribute(path, "href")} dir="ltr" data-permalink data-astro-cid-uaufnc2h>${url}</a></p><div class="actions" data-share-actions hidden data-astro-cid-uaufnc2h><button type="button" class="button"${addAttribute(replyPlainText(parts), "data-copy")} data-kind="reply" data-copy-reply="text" data-astro-cid-uaufnc2h>${t(locale, "agent.copyReplyText")}</button><button type="button" class="button"${addAttribute(replyMarkdown(parts), "data-copy")} data-kind="reply" data-copy-reply="markdown" data-astro-cid-uaufnc2h>${t(locale, "agent.copyReplyMarkdown")}</button></div><p class="visually-hidden" role="status" data-copy-status data-astro-cid-uaufnc2h></p><template data-astro-cid-uaufnc2h>${templateEnter($$result)}<button type="button" class="heading-copy"${addAttribute(t(locale, "agent.copySectionLink"), "aria-label")} data-kind="link" data-astro-cid-uaufnc2h><svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" data-astro-cid-uaufnc2h><rect x="8" y="8" width="12" height="12" rx="2" data-astro-cid-uaufnc2h></rect><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" data-astro-cid-uaufnc2h></path></svg></button>${templateExit($$result)}</template></section>${renderScript($$result, "/work/wt/cms/src/features/sharing/ArticleShare.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/sharing/ArticleShare.astro", void 0);
// src/features/articles/TableOfContents.astro
createAstro("https://help.bazarak.example");
var $$TableOfContents = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TableOfContents;
	const { locale, headings } = Astro.props;
	const tree = [];
	for (const heading of headings.filter((h) => h.depth === 2 || h.depth === 3)) {
		const last = tree.at(-1);
		if (heading.depth === 3 && last) last.children.push(heading);
		else tree.push({
			heading,
			children: []
		});
	}
	return renderTemplate`${tree.length > 1 && renderTemplate`${maybeRenderHead($$result)}<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${t(locale, "article.toc")}</h2><ul>${tree.map(({ heading, children }) => renderTemplate`<li><a${addAttribute(`#${heading.slug}`, "href")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": heading.text,
		"locale": locale
	})}</a>${children.length > 0 && renderTemplate`<ul>${children.map((child) => renderTemplate`<li><a${addAttribute(`#${child.slug}`, "href")}>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": child.text,
		"locale": locale
	})}</a></li>`)}</ul>`}</li>`)}</ul></nav>`}`;
}, "/work/wt/cms/src/features/articles/TableOfContents.astro", void 0);
// src/features/articles/related.ts
/**
* Picks related articles for `article` among `candidates` (same locale, published):
* the editor's explicit `related` list first, in its order, then articles of the same
* category ranked by shared tags and recency, then articles elsewhere sharing tags.
*/
function pickRelated(article, candidates, limit = 4) {
	const bySlug = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
	const chosen = [];
	const taken = /* @__PURE__ */ new Set([article.slug]);
	const take = (candidate) => {
		if (candidate && !taken.has(candidate.slug) && chosen.length < limit) {
			chosen.push(candidate);
			taken.add(candidate.slug);
		}
	};
	for (const slug of article.data.related ?? []) take(bySlug.get(slug));
	const tags = new Set(article.data.tags ?? []);
	const shared = (candidate) => (candidate.data.tags ?? []).filter((tag) => tags.has(tag)).length;
	const ranked = candidates.filter((candidate) => !taken.has(candidate.slug)).map((candidate) => ({
		candidate,
		sameCategory: candidate.data.category === article.data.category ? 1 : 0,
		shared: shared(candidate)
	})).filter((entry) => entry.sameCategory || entry.shared).sort((a, b) => b.sameCategory - a.sameCategory || b.shared - a.shared || b.candidate.data.updated.getTime() - a.candidate.data.updated.getTime() || a.candidate.slug.localeCompare(b.candidate.slug));
	for (const entry of ranked) take(entry.candidate);
	return chosen;
}
// src/pages/[locale]/articles/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://help.bazarak.example");
async function getStaticPaths() {
	const content = await loadSiteContent();
	return locales.flatMap((locale) => [...content.translations].map(([slug, versions]) => ({
		params: {
			locale,
			slug
		},
		props: {
			locale,
			slug,
			article: versions[locale],
			versions
		}
	})));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { locale, slug, article, versions } = Astro.props;
	const content = await loadSiteContent();
	const path = articlePath(locale, slug);
	const available = locales.filter((l) => versions[l]);
	const alternates = Object.fromEntries(available.map((l) => [l, articlePath(l, slug)]));
	let page;
	async function prepareArticle(article) {
		const { html, headings, faq } = renderedBody(article.entry);
		const category = content.categoryById.get(article.data.category);
		const crumbs = [
			{
				name: t(locale, "core.home"),
				path: localePath(locale)
			},
			{
				name: category.data.name[locale],
				path: categoryPath(locale, category.id)
			},
			{
				name: article.data.title,
				path
			}
		];
		return {
			html,
			headings,
			crumbs,
			related: pickRelated(article, content.byLocale[locale]),
			jsonLd: [
				articleJsonLd({
					locale,
					title: article.data.title,
					summary: article.data.summary,
					path,
					updated: article.data.updated,
					publisher: t(locale, "core.siteName"),
					section: category.data.name[locale]
				}),
				breadcrumbJsonLd(crumbs),
				...faq ? [faqJsonLd(locale, faq)] : []
			]
		};
	}
	if (article) page = await prepareArticle(article);
	const fallback = versions[available[0]];
	return renderTemplate`${article && page ? renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": article.data.title,
		"description": article.data.summary,
		"path": path,
		"alternates": alternates,
		"jsonLd": page.jsonLd,
		"ogType": "article",
		"ogImage": {
			path: ogImagePath(locale, "article", slug),
			alt: t(locale, "agent.ogAlt", {
				title: article.data.title,
				site: t(locale, "core.siteName")
			})
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container">${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"crumbs": page.crumbs
	})}<div class="article-layout"><article class="article" data-pagefind-body${addAttribute(`category:${content.categoryById.get(article.data.category).data.name[locale]}`, "data-pagefind-filter")}${addAttribute(article.data.ref, "data-article-ref")}><header class="article-header"><h1>${renderComponent($$result, "BidiText", $$BidiText, {
		"text": article.data.title,
		"locale": locale
	})}</h1><p class="summary">${renderComponent($$result, "BidiText", $$BidiText, {
		"text": article.data.summary,
		"locale": locale
	})}</p><p class="meta">${t(locale, "article.updated")} ${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"date": article.data.updated,
		"locale": locale,
		"dateOnly": true
	})}</p></header><div class="prose">${renderComponent($$result, "ContentBody", $$ContentBody, { "html": page.html })}</div>${renderComponent($$result, "ArticleShare", $$ArticleShare, {
		"locale": locale,
		"ref": article.data.ref,
		"title": article.data.title,
		"summary": article.data.summary
	})}${article.data.tags?.length ? renderTemplate`<ul class="tags"${addAttribute(t(locale, "article.tags"), "aria-label")}>${article.data.tags.map((tag) => renderTemplate`<li>${tag}</li>`)}</ul>` : null}${renderComponent($$result, "ArticleFeedback", $$ArticleFeedback, {
		"locale": locale,
		"articleRef": article.data.ref,
		"slug": slug
	})}${page.related.length > 0 && renderTemplate`<section class="related" aria-labelledby="related-title" data-pagefind-ignore><h2 id="related-title">${t(locale, "article.related")}</h2>${renderComponent($$result, "ArticleList", $$ArticleList, {
		"locale": locale,
		"articles": page.related
	})}</section>`}</article><aside class="article-aside">${renderComponent($$result, "TableOfContents", $$TableOfContents, {
		"locale": locale,
		"headings": page.headings
	})}</aside></div></div>` })}` : renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "article.notTranslatedTitle"),
		"path": path,
		"noindex": true
	}, { "default": ($$result) => renderTemplate`<div class="container notice-page" data-not-translated><h1 id="not-translated-title">${t(locale, "article.notTranslatedTitle")}</h1><p>${t(locale, "article.notTranslatedBody", { title: fallback.data.title })}</p><ul class="article-list">${available.map((l) => renderTemplate`<li${addAttribute(l, "lang")}${addAttribute(dirOf(l), "dir")}><a${addAttribute(articlePath(l, slug), "href")}${addAttribute(l, "hreflang")}${addAttribute(l, "data-translation-link")}>${versions[l].data.title}</a><p>${versions[l].data.summary}</p></li>`)}</ul><p>${t(locale, "article.notTranslatedSearch")}</p>${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "not-translated-search",
		"labelledby": "not-translated-title"
	})}</div>` })}`}`;
}, "/work/wt/cms/src/pages/[locale]/articles/[slug].astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/articles/[slug].astro";
var $$url = "/[locale]/articles/[slug]/";
// \0virtual:astro:page:src/pages/[locale]/articles/[slug]@_@astro
var page = () => _slug__exports;
export { page };
