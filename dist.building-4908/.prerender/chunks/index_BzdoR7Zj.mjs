import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { n as createAstro, t as renderScript } from "./script_CQlJZYlB.mjs";
import { a as intervalsText, i as openNowMessages, n as $$OpenNowStatus, r as clockFormat, t as $$OpenNowScript } from "./OpenNowScript_DmeNx2UO.mjs";
import { a as t, c as createComponent, n as dirOf, o as siteConfig, s as locales } from "./i18n_8_KJbI8d.mjs";
import { n as formatDate, o as buildNow } from "./edit-distance_aadxCfO2.mjs";
import { l as hoursOn, o as addDays, t as loadNoticeContent, u as localDateAt } from "./notices-content_RAB7WiCp.mjs";
import { a as contactPath, d as noticePath } from "./urls_BUq7YIFw.mjs";
import { r as weekdayKeys } from "./channel-schema_XQ1uyy26.mjs";
/* empty css                 */
import { t as $$BaseLayout, u as $$SearchBox } from "./BaseLayout_DLBNQ213.mjs";
import { t as contactJsonLd } from "./notice-structured-data_7OgJkVlD.mjs";
import { t as localeStaticPaths } from "./routes_DomdBeQB.mjs";
// src/features/contact/ContactChannel.astro
createAstro("https://help.bazarak.example");
var $$ContactChannel = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ContactChannel;
	const { locale, channel, overrides, overrideTitles } = Astro.props;
	const { data } = channel;
	const format = clockFormat(locale);
	const messages = openNowMessages(locale);
	const separator = t(locale, "contact.listSeparator");
	const today = localDateAt(buildNow(), siteConfig.timeZone);
	const todayHours = hoursOn(channel, today, overrides);
	const changes = overrides.filter((override) => Object.hasOwn(override.channels, channel.id) && override.to >= today && override.notice);
	const week = weekdayKeys.map((day, index) => ({
		day,
		name: formatDate(new Date(Date.parse(`${addDays("2026-11-21", index)}T12:00:00Z`)), locale, "weekday", "UTC"),
		hours: intervalsText(channel.hours.always ? [{
			open: "00:00",
			close: "24:00"
		}] : channel.hours[day] ?? [], messages, format, separator)
	}));
	const address = data.address?.[locale] ?? data.address?.[siteConfig.defaultLocale];
	const addressLocale = data.address?.[locale] ? locale : siteConfig.defaultLocale;
	const dial = data.contact.replace(/[^+\d]/g, "");
	return renderTemplate`${maybeRenderHead($$result)}<li class="channel"${addAttribute(channel.id, "data-channel")}${addAttribute(data.kind, "data-kind")} data-astro-cid-fxg5b5ex><h3 data-astro-cid-fxg5b5ex>${data.name[locale]}</h3><p class="status" data-astro-cid-fxg5b5ex>${renderComponent($$result, "OpenNowStatus", $$OpenNowStatus, {
		"locale": locale,
		"channel": channel,
		"overrides": overrides,
		"data-astro-cid-fxg5b5ex": true
	})}</p><p class="today" data-astro-cid-fxg5b5ex>${t(locale, "contact.today")}: <span${addAttribute(channel.id, "data-hours-today")} data-astro-cid-fxg5b5ex>${intervalsText(todayHours, messages, format, separator)}</span></p>${changes.map((override) => renderTemplate`<p class="changed"${addAttribute(override.from, "data-override-from")}${addAttribute(override.to, "data-override-to")}${addAttribute(today < override.from || today > override.to, "hidden")} data-astro-cid-fxg5b5ex><a${addAttribute(noticePath(locale, override.notice), "href")} data-astro-cid-fxg5b5ex>${t(locale, "contact.changedHours", { title: overrideTitles.get(override.notice) ?? override.notice })}</a></p>`)}<p class="action" data-astro-cid-fxg5b5ex>${data.kind === "phone" && renderTemplate`<a class="button"${addAttribute(`tel:${dial}`, "href")} data-astro-cid-fxg5b5ex>${t(locale, "contact.callUs")} <span dir="ltr" lang="en" data-astro-cid-fxg5b5ex>${data.contact}</span></a>`}${data.kind === "chat" && renderTemplate`<a class="button"${addAttribute(data.contact, "href")} data-astro-cid-fxg5b5ex>${t(locale, "contact.startChat")}</a>`}${data.kind === "email" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<a class="button"${addAttribute(`mailto:${data.contact}`, "href")} data-astro-cid-fxg5b5ex>${t(locale, "contact.writeUs")}</a>${" "}<span dir="ltr" lang="en" data-astro-cid-fxg5b5ex>${data.contact}</span>` })}`}${data.kind === "branch" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${t(locale, "contact.phone")}: <a${addAttribute(`tel:${dial}`, "href")} data-astro-cid-fxg5b5ex><span dir="ltr" lang="en" data-astro-cid-fxg5b5ex>${data.contact}</span></a>` })}`}</p>${data.kind === "email" && renderTemplate`<p class="note" data-astro-cid-fxg5b5ex>${t(locale, "contact.emailNote")}</p>`}${address && renderTemplate`<p class="address" data-astro-cid-fxg5b5ex>${t(locale, "contact.address")}: <span${addAttribute(addressLocale, "lang")}${addAttribute(dirOf(addressLocale), "dir")} data-astro-cid-fxg5b5ex>${address}</span></p>`}${!channel.hours.always && renderTemplate`<details data-astro-cid-fxg5b5ex><summary data-astro-cid-fxg5b5ex>${t(locale, "contact.weeklyHours")}</summary><dl data-astro-cid-fxg5b5ex>${week.map((entry) => renderTemplate`<div data-astro-cid-fxg5b5ex><dt data-astro-cid-fxg5b5ex>${entry.name}</dt><dd data-astro-cid-fxg5b5ex>${entry.hours}</dd></div>`)}</dl></details>`}</li>`;
}, "/work/wt/cms/src/features/contact/ContactChannel.astro", void 0);
// src/features/contact/ContactSuggestions.astro
createAstro("https://help.bazarak.example");
var $$ContactSuggestions = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ContactSuggestions;
	const { locale } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="contact-suggestions" data-contact-suggestions aria-live="polite" hidden data-astro-cid-3yd5e7bz><h3 data-astro-cid-3yd5e7bz>${t(locale, "search.suggestionsTitle")}</h3><ol class="search-results" data-contact-suggestions-list data-astro-cid-3yd5e7bz></ol><p class="meta" data-contact-suggestions-none hidden data-astro-cid-3yd5e7bz>${t(locale, "search.suggestionsNone")}</p></div>${renderScript($$result, "/work/wt/cms/src/features/contact/ContactSuggestions.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/cms/src/features/contact/ContactSuggestions.astro", void 0);
// src/pages/[locale]/contact/index.astro
var contact_exports = /* @__PURE__ */ __exportAll({
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
	const { channels, overrides, byLocale } = await loadNoticeContent();
	const path = contactPath(locale);
	const alternates = Object.fromEntries(locales.map((l) => [l, contactPath(l)]));
	const title = t(locale, "contact.title");
	const overrideTitles = new Map(byLocale[locale].filter((notice) => notice.data.hours).map((notice) => [notice.slug, notice.data.title]));
	const remote = channels.filter((channel) => channel.data.kind !== "branch");
	const branches = channels.filter((channel) => channel.data.kind === "branch");
	const jsonLd = [contactJsonLd({
		locale,
		name: t(locale, "core.siteName"),
		path,
		channels,
		overrides,
		since: localDateAt(buildNow(), siteConfig.timeZone)
	})];
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"locale": locale,
		"title": title,
		"description": t(locale, "contact.lead"),
		"path": path,
		"alternates": alternates,
		"jsonLd": jsonLd,
		"data-astro-cid-kju3cbrq": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="container contact-page" data-astro-cid-kju3cbrq><h1 data-astro-cid-kju3cbrq>${title}</h1><p class="lead" data-astro-cid-kju3cbrq>${t(locale, "contact.lead")}</p><section class="contact-answers" data-contact-answers aria-labelledby="contact-answers-title" data-astro-cid-kju3cbrq><h2 id="contact-answers-title" data-astro-cid-kju3cbrq>${t(locale, "contact.answersTitle")}</h2><p data-astro-cid-kju3cbrq>${t(locale, "contact.answersLead")}</p>${renderComponent($$result, "SearchBox", $$SearchBox, {
		"locale": locale,
		"id": "contact-search",
		"large": true,
		"labelledby": "contact-answers-title",
		"data-astro-cid-kju3cbrq": true
	})}${renderComponent($$result, "ContactSuggestions", $$ContactSuggestions, {
		"locale": locale,
		"data-astro-cid-kju3cbrq": true
	})}</section><section class="section" aria-labelledby="contact-channels-title" data-astro-cid-kju3cbrq><h2 id="contact-channels-title" data-astro-cid-kju3cbrq>${t(locale, "contact.channelsTitle")}</h2><ul class="channels" role="list" data-astro-cid-kju3cbrq>${remote.map((channel) => renderTemplate`${renderComponent($$result, "ContactChannel", $$ContactChannel, {
		"locale": locale,
		"channel": channel,
		"overrides": overrides,
		"overrideTitles": overrideTitles,
		"data-astro-cid-kju3cbrq": true
	})}`)}</ul></section><section class="section" aria-labelledby="contact-branches-title" data-astro-cid-kju3cbrq><h2 id="contact-branches-title" data-astro-cid-kju3cbrq>${t(locale, "contact.branchesTitle")}</h2><ul class="channels" role="list" data-astro-cid-kju3cbrq>${branches.map((channel) => renderTemplate`${renderComponent($$result, "ContactChannel", $$ContactChannel, {
		"locale": locale,
		"channel": channel,
		"overrides": overrides,
		"overrideTitles": overrideTitles,
		"data-astro-cid-kju3cbrq": true
	})}`)}</ul></section>${renderComponent($$result, "OpenNowScript", $$OpenNowScript, {
		"locale": locale,
		"channels": channels,
		"overrides": overrides,
		"data-astro-cid-kju3cbrq": true
	})}</div>` })}`;
}, "/work/wt/cms/src/pages/[locale]/contact/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/[locale]/contact/index.astro";
var $$url = "/[locale]/contact/";
// \0virtual:astro:page:src/pages/[locale]/contact/index@_@astro
var page = () => contact_exports;
export { page };
