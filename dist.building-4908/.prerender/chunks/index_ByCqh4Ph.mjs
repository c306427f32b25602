import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import { l as $$BidiText, t as $$BaseLayout } from "./BaseLayout_DLBNQ213.mjs";
import { t as $$FormattedDate } from "./FormattedDate_BeTDmPZx.mjs";
import { a as t, c as createComponent, n as dirOf, o as siteConfig, r as formatNumber, s as locales, t as dictionaries } from "./i18n_8_KJbI8d.mjs";
import { c as localePath, n as articlePath, o as goPath, t as absoluteUrl } from "./urls_BUq7YIFw.mjs";
import { n as replyPlainText } from "./reply_Bp4hUiDC.mjs";
import { n as loadSiteContent } from "./content_DXa6ojYn.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
// src/features/sharing/AgentConsole.astro
createAstro("https://help.bazarak.example");
var $$AgentConsole = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$AgentConsole;
	const { locale, rows, categoryNames } = Astro.props;
	const languageName = (l) => t(locale, `agent.lang_${l}`);
	return renderTemplate`${maybeRenderHead($$result)}<div class="console" data-agent-console${addAttribute(siteConfig.defaultLocale, "data-default-locale")}${addAttribute(siteConfig.locales[locale].bcp47, "data-bcp47")}${addAttribute(siteConfig.locales[locale].numberingSystem, "data-digits")}${addAttribute(JSON.stringify(dictionaries[locale]["agent.resultCount"]), "data-count")}${addAttribute(t(locale, "agent.replyCopied"), "data-reply-done")}${addAttribute(t(locale, "agent.linkCopied"), "data-link-done")}${addAttribute(t(locale, "agent.copyFailed"), "data-failed")} data-astro-cid-fdmuljso><div class="tools" data-console-tools hidden data-astro-cid-fdmuljso><div class="filter" data-astro-cid-fdmuljso><label for="console-filter" data-astro-cid-fdmuljso>${t(locale, "agent.filterLabel")}</label><input id="console-filter" type="search" data-console-filter${addAttribute(t(locale, "agent.filterPlaceholder"), "placeholder")} autocomplete="off" spellcheck="false" aria-keyshortcuts="/" aria-describedby="console-keys" aria-controls="console-table" data-astro-cid-fdmuljso></div><fieldset class="reply-lang" data-astro-cid-fdmuljso><legend data-astro-cid-fdmuljso>${t(locale, "agent.replyLanguage")}</legend>${locales.map((l) => renderTemplate`<label data-astro-cid-fdmuljso><input type="radio" name="reply-lang"${addAttribute(l, "value")}${addAttribute(l === locale, "checked")} data-astro-cid-fdmuljso>${languageName(l)}</label>`)}</fieldset><p id="console-keys" class="keys" data-astro-cid-fdmuljso>${t(locale, "agent.keysHelp")}<span data-astro-cid-fdmuljso><kbd data-astro-cid-fdmuljso>/</kbd> ${t(locale, "agent.keySlash")}</span><span data-astro-cid-fdmuljso><kbd data-astro-cid-fdmuljso>↑</kbd> <kbd data-astro-cid-fdmuljso>↓</kbd> ${t(locale, "agent.keyArrows")}</span><span data-astro-cid-fdmuljso><kbd data-astro-cid-fdmuljso>Enter</kbd> ${t(locale, "agent.keyEnter")}</span><span data-astro-cid-fdmuljso><kbd data-astro-cid-fdmuljso>Shift</kbd>+<kbd data-astro-cid-fdmuljso>Enter</kbd> ${t(locale, "agent.keyShiftEnter")}</span></p><p class="count" role="status" data-console-count data-astro-cid-fdmuljso></p></div><p class="visually-hidden" role="status" data-copy-status data-astro-cid-fdmuljso></p><div class="table-wrap" data-astro-cid-fdmuljso><table id="console-table" data-astro-cid-fdmuljso><caption class="visually-hidden" data-astro-cid-fdmuljso>${t(locale, "agent.consoleTitle")}</caption><thead data-astro-cid-fdmuljso><tr data-astro-cid-fdmuljso><th scope="col" data-astro-cid-fdmuljso>${t(locale, "agent.colRef")}</th>${locales.map((l) => renderTemplate`<th scope="col" data-astro-cid-fdmuljso>${languageName(l)}</th>`)}<th scope="col" data-astro-cid-fdmuljso>${t(locale, "agent.colCategory")}</th><th scope="col" data-astro-cid-fdmuljso>${t(locale, "agent.colUpdated")}</th></tr></thead><tbody data-astro-cid-fdmuljso>${rows.map((row) => renderTemplate`<tr data-row${addAttribute(row.ref, "data-ref")}${addAttribute(row.search, "data-search")} tabindex="-1" data-astro-cid-fdmuljso><th scope="row" data-astro-cid-fdmuljso>${formatNumber(locale, row.ref, { useGrouping: false })}</th>${locales.map((l) => {
		const cell = row.cells[l];
		if (!cell) return renderTemplate`<td class="missing" data-astro-cid-fdmuljso>${t(locale, "agent.notTranslated")}</td>`;
		return renderTemplate`<td${addAttribute(l, "lang")}${addAttribute(dirOf(l), "dir")} data-astro-cid-fdmuljso><a class="title"${addAttribute(cell.path, "href")}${addAttribute(l, "hreflang")} data-astro-cid-fdmuljso>${renderComponent($$result, "BidiText", $$BidiText, {
			"text": cell.title,
			"locale": l,
			"data-astro-cid-fdmuljso": true
		})}</a><span class="cell-tools" data-astro-cid-fdmuljso><button type="button"${addAttribute(locale, "lang")}${addAttribute(dirOf(locale), "dir")}${addAttribute(cell.reply, "data-copy")} data-kind="reply"${addAttribute(l, "data-lang")}${addAttribute(t(locale, "agent.copyReplyFor", {
			language: languageName(l),
			title: cell.title
		}), "aria-label")} data-astro-cid-fdmuljso>${t(locale, "agent.reply")}</button><button type="button"${addAttribute(locale, "lang")}${addAttribute(dirOf(locale), "dir")}${addAttribute(cell.shortUrl, "data-copy")} data-kind="link"${addAttribute(l, "data-lang")}${addAttribute(t(locale, "agent.copyLinkFor", {
			language: languageName(l),
			title: cell.title
		}), "aria-label")} data-astro-cid-fdmuljso>${t(locale, "agent.link")}</button><a class="short"${addAttribute(cell.shortPath, "href")} lang="en" dir="ltr" data-astro-cid-fdmuljso>${cell.shortPath}</a></span></td>`;
	})}<td data-astro-cid-fdmuljso>${categoryNames[row.category] ?? row.category}</td><td class="date" data-astro-cid-fdmuljso>${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"date": row.updated,
		"locale": locale,
		"dateOnly": true,
		"data-astro-cid-fdmuljso": true
	})}</td></tr>`)}</tbody></table></div></div>${renderScript($$result, "/work/wt/cms/src/features/sharing/AgentConsole.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/sharing/AgentConsole.astro", void 0);
var INVISIBLE = /[\u00AD\u061C\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
var ZWSP = /\u200B/g;
var PUNCTUATION = {
	"٪": "%",
	"٫": ".",
	"٬": ","
};
var PUNCTUATION_RE = /[\u060C\u060D\u061B\u061D\u061E\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u00AB\u00BB\u2039\u203A\uFD3E\uFD3F]/g;
/**
* Replaces Persian and Arabic punctuation with a space (so it separates words) and the
* Arabic decimal, thousands and percent signs with their ASCII equivalents (so numbers
* read the same in either script).
*/
function foldPunctuation(text) {
	return text.replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? " ");
}
var MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF]/g;
/**
* Removes Arabic-script diacritics (harakat, superscript alef, Quranic marks) and
* tatweel. Latin combining accents are left alone: English text must come out only
* lower-cased, and Pagefind already ranks accented Latin itself.
*/
function stripMarks(text) {
	return text.replace(MARKS, "");
}
var LETTERS = {
	"ي": "ی",
	"ى": "ی",
	"ك": "ک",
	"ڪ": "ک",
	"ة": "ه",
	"ۀ": "ه",
	"ہ": "ه",
	"ۂ": "ه",
	"ۃ": "ه",
	"ھ": "ه",
	"ە": "ه",
	"آ": "ا",
	"أ": "ا",
	"إ": "ا",
	"ٱ": "ا",
	"ٲ": "ا",
	"ٳ": "ا",
	"ٵ": "ا",
	"ؤ": "و",
	"ٶ": "و",
	"ئ": "ی",
	"ٸ": "ی",
	"ء": "",
	"ٴ": ""
};
var LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");
/**
* Folds Arabic letter variants to one Persian form: ي ى ئ → ی, ك → ک, ة ۀ → ه,
* أ إ آ ٱ → ا, ؤ → و, and drops ء. Expects NFKC input (presentation forms already
* mapped to base letters).
*/
function foldLetters(text) {
	return text.replace(LETTERS_RE, (c) => LETTERS[c] ?? c);
}
/** Converts Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII 0–9. */
function foldDigits(text) {
	return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
		const code = d.charCodeAt(0);
		return String(code - (code >= 1776 ? 1776 : 1632));
	});
}
var ASCII_PUNCTUATION = "!-\\/:-@\\[-`{-~";
var PUNCTUATION_AFTER_ARABIC = new RegExp(`(\\p{Script=Arabic})[${ASCII_PUNCTUATION}]+`, "gu");
var PUNCTUATION_BEFORE_ARABIC = new RegExp(`[${ASCII_PUNCTUATION}]+(?=\\p{Script=Arabic})`, "gu");
/**
* Puts a space where Latin letters or digits meet Arabic script (۲۴ساعته, SMS‌ها), so
* "۲۴ ساعته", "۲۴‌ساعته" and "۲۴ساعته" all become the same two tokens; and turns ASCII
* punctuation touching Arabic script ("شود.", "(راهنما)") into a space, as Persian and
* Arabic punctuation already are. Punctuation between Latin letters or digits (12.5,
* example.com) is left to Pagefind.
*/
function separateScripts(text) {
	return text.replace(PUNCTUATION_AFTER_ARABIC, "$1 ").replace(PUNCTUATION_BEFORE_ARABIC, " ").replace(/([\p{Script=Latin}0-9])\u200C*(?=\p{Script=Arabic})/gu, "$1 ").replace(/(\p{Script=Arabic})\u200C*(?=[\p{Script=Latin}0-9])/gu, "$1 ");
}
/**
* Everything letter-level except removing ZWNJ, which the compound logic still needs.
* NFKC maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: ﻻ, ﷲ, isolated and
* final shapes) and full-width Latin to base characters; it runs first so the folds
* below see only base letters, and lower-casing runs after it because NFKC can produce
* capitals (Ａ → A).
*/
function prepare(text) {
	let s = text.normalize("NFKC").replace(INVISIBLE, "").replace(ZWSP, "‌");
	s = foldPunctuation(s);
	s = stripMarks(s);
	s = foldLetters(s);
	s = foldDigits(s);
	s = s.toLowerCase();
	return separateScripts(s);
}
/**
* The canonical search spelling of `text`, letter by letter: folded letters, no marks,
* tatweel or ZWNJ (ZWNJ compounds come out joined, as Pagefind itself would index
* them), ASCII digits, lower-case, single spaces. Idempotent. Word-level compound
* handling is {@link expandForIndex} / {@link expandQuery}.
*/
function normalizeForSearch(text) {
	return collapse(prepare(text).replace(/\u200C/g, ""));
}
function collapse(text) {
	return text.replace(/\s+/g, " ").trim();
}
// src/features/sharing/agent-console.ts
/** Builds the console rows, sorted by ref. `absolute` turns a site path into a URL. */
function consoleRows(translations, options) {
	const bySlug = /* @__PURE__ */ new Map();
	for (const translation of translations) bySlug.set(translation.slug, [...bySlug.get(translation.slug) ?? [], translation]);
	const rows = [];
	for (const [slug, versions] of bySlug) {
		const first = versions[0];
		const cells = {};
		for (const version of versions) {
			const shortPath = goPath(version.ref, version.locale);
			const shortUrl = options.absolute(shortPath);
			cells[version.locale] = {
				locale: version.locale,
				title: version.title,
				path: articlePath(version.locale, slug),
				shortPath,
				shortUrl,
				reply: replyPlainText({
					title: version.title,
					summary: version.summary,
					url: shortUrl
				})
			};
		}
		const aliases = [...new Set(versions.flatMap((version) => version.aliases ?? []))];
		rows.push({
			ref: first.ref,
			slug,
			category: first.category,
			updated: new Date(Math.max(...versions.map((version) => version.updated.getTime()))),
			cells,
			search: normalizeForSearch([
				first.ref,
				slug,
				...aliases,
				...versions.flatMap((v) => [v.title, v.summary])
			].join(" "))
		});
	}
	return rows.sort((a, b) => a.ref - b.ref);
}
// src/pages/[locale]/agent/index.astro
var agent_exports = /* @__PURE__ */ __exportAll({
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
	const content = await loadSiteContent();
	const rows = consoleRows(content.articles.map((article) => ({
		locale: article.locale,
		slug: article.slug,
		ref: article.data.ref,
		title: article.data.title,
		summary: article.data.summary,
		category: article.data.category,
		updated: article.data.updated,
		aliases: article.data.aliases ?? []
	})), {
		locales,
		defaultLocale: siteConfig.defaultLocale,
		absolute: absoluteUrl
	});
	const categoryNames = Object.fromEntries(content.categories.map((category) => [category.id, category.data.name[locale]]));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": t(locale, "agent.consoleTitle"),
		"path": localePath(locale, "agent"),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container"><h1>${t(locale, "agent.consoleTitle")}</h1><p>${t(locale, "agent.consoleLead")}</p>${renderComponent($$result, "AgentConsole", $$AgentConsole, {
		"locale": locale,
		"rows": rows,
		"categoryNames": categoryNames
	})}</div>` })}`;
}, "/work/wt/cms/src/pages/[locale]/agent/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/agent/index.astro";
var $$url = "/[locale]/agent/";
// \0virtual:astro:page:src/pages/[locale]/agent/index@_@astro
var page = () => agent_exports;
export { page };
