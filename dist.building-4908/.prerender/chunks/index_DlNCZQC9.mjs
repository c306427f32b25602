import { t as __exportAll } from "./rolldown-runtime_BJohB4LM.mjs";
import { O as unescapeHTML, _ as renderTemplate, b as addAttribute, y as renderHead } from "./server_Bssty4hl.mjs";
import "./compiler_DTDGJuW1.mjs";
import { a as t, c as createComponent, o as siteConfig, s as locales, t as dictionaries } from "./i18n_8_KJbI8d.mjs";
import { t as articleFields } from "./article-schema_iUN6t4Dy.mjs";
import { c as partiallyLocalized, d as strictObject, f as mod, i as line, l as slug, r as instant, s as localized, t as calendarDate, u as slugPattern } from "./schema_D_u_5cv6.mjs";
import { t as channelFields } from "./channel-schema_XQ1uyy26.mjs";
import { n as incidentFields } from "./incident-schema_BpmDyaUH.mjs";
import { t as noticeFields } from "./notice-schema_BvATMCDg.mjs";
import { t as jsonForScript } from "./json-script_DoBcOzgf.mjs";
// src/features/site/global.css?url
var global_default = "/_astro/global.DFNZ_u0N.css";
// src/features/cms/notice-templates.ts
/** The templates, in the order the chooser offers them. */
var noticeTemplates = [
	{
		id: "delivery-delay",
		kind: "delay",
		severity: "warning",
		hours: 24,
		text: {
			fa: {
				title: "ارسال‌ها در [منطقه] دیرتر می‌رسد",
				summary: "سفارش‌های امروز [منطقه] تا حدود [دو ساعت] دیرتر از زمان انتخابی می‌رسد. سفارشتان لغو نمی‌شود.",
				body: "به‌خاطر [علت]، پیک‌ها در [منطقه] کندتر از همیشه کار می‌کنند.\n\nلازم نیست کاری بکنید: سفارشتان سر جایش است و وضعیتش را در بخش سفارش‌ها می‌بینید. اگر دیگر نمی‌خواهیدش، تا پیش از ارسال می‌توانید لغوش کنید و پولتان کامل برمی‌گردد.\n\nهر وقت وضع عادی شد، همین‌جا خبر می‌دهیم."
			},
			ar: {
				title: "التوصيل إلى [المنطقة] يتأخر",
				summary: "طلبات اليوم في [المنطقة] قد تصل متأخرة حتى [ساعتين] عن الموعد المختار. طلبك لن يُلغى.",
				body: "بسبب [السبب]، يعمل المندوبون في [المنطقة] أبطأ من المعتاد.\n\nلا تحتاج إلى فعل شيء: طلبك محفوظ ويمكنك متابعة حالته في قسم الطلبات. إن لم تعد تريده، يمكنك إلغاؤه قبل الشحن واسترداد المبلغ كاملًا.\n\nسنخبرك هنا عندما يعود كل شيء إلى طبيعته."
			},
			en: {
				title: "Deliveries to [area] are running late",
				summary: "Today’s orders in [area] may arrive up to [two hours] after the chosen time. Your order is not cancelled.",
				body: "Because of [reason], couriers in [area] are slower than usual.\n\nYou do not need to do anything: your order is safe and you can follow it under Orders. If you no longer want it, you can cancel it before it ships for a full refund.\n\nWe will post here when things are back to normal."
			}
		}
	},
	{
		id: "holiday-hours",
		kind: "hours-change",
		severity: "info",
		hours: 72,
		text: {
			fa: {
				title: "ساعت کاری در تعطیلات [مناسبت]",
				summary: "از [تاریخ] تا [تاریخ] مرکز تماس و شعبه‌ها ساعت دیگری دارند. سفارش آنلاین مثل همیشه باز است.",
				body: "در تعطیلات [مناسبت] ساعت‌های کاری این‌طور است:\n\n- مرکز تماس: [ساعت]\n- شعبه‌ها: [ساعت]\n\nسفارش در اپ و سایت همیشه باز است؛ ارسال‌ها از نخستین روز کاری پس از تعطیلات انجام می‌شود."
			},
			ar: {
				title: "ساعات العمل في عطلة [المناسبة]",
				summary: "من [التاريخ] إلى [التاريخ] تتغير ساعات مركز الاتصال والفروع. الطلب عبر الإنترنت متاح كالمعتاد.",
				body: "خلال عطلة [المناسبة] تكون ساعات العمل كالتالي:\n\n- مركز الاتصال: [الساعات]\n- الفروع: [الساعات]\n\nالطلب عبر التطبيق والموقع متاح دائمًا؛ ويبدأ التوصيل في أول يوم عمل بعد العطلة."
			},
			en: {
				title: "Opening hours over [holiday]",
				summary: "From [date] to [date] the contact centre and branches keep different hours. Ordering online works as usual.",
				body: "Over [holiday] our hours are:\n\n- Contact centre: [hours]\n- Branches: [hours]\n\nYou can order in the app and on the site at any time; deliveries resume on the first working day after the holiday."
			}
		}
	},
	{
		id: "safety-measure",
		kind: "safety",
		severity: "info",
		hours: 168,
		text: {
			fa: {
				title: "تحویل بدون تماس در [منطقه]",
				summary: "برای ایمنی شما و پیک‌ها، سفارش‌ها در [منطقه] پشت در گذاشته می‌شود. پرداخت در محل موقتاً ممکن نیست.",
				body: "از [تاریخ]، پیک سفارش را پشت در می‌گذارد، زنگ می‌زند و چند قدم فاصله می‌گیرد تا مطمئن شود آن را برداشته‌اید.\n\nاگر چیزی کم یا آسیب‌دیده بود، از بخش سفارش‌ها گزارش دهید؛ مثل همیشه رسیدگی می‌کنیم."
			},
			ar: {
				title: "توصيل دون تلامس في [المنطقة]",
				summary: "حفاظًا على سلامتك وسلامة المندوبين، تُترك الطلبات في [المنطقة] عند الباب. الدفع عند الاستلام متوقف مؤقتًا.",
				body: "ابتداءً من [التاريخ]، يترك المندوب الطلب عند الباب ويرن الجرس ثم يبتعد بضع خطوات ليتأكد من أنك استلمته.\n\nإذا نقص شيء أو وصل تالفًا، أبلغنا من قسم الطلبات؛ سنعالج الأمر كالمعتاد."
			},
			en: {
				title: "Contact-free delivery in [area]",
				summary: "For your safety and our couriers’, orders in [area] are left at the door. Cash on delivery is paused for now.",
				body: "From [date], the courier leaves your order at the door, rings and steps back until they see you have it.\n\nIf anything is missing or damaged, report it under Orders; we handle it as always."
			}
		}
	},
	{
		id: "stock-shortage",
		kind: "stock",
		severity: "info",
		hours: 72,
		text: {
			fa: {
				title: "[کالا] فعلاً کم است",
				summary: "[کالا] در [منطقه] کم پیدا می‌شود؛ برای هر سفارش تا [تعداد] عدد می‌فروشیم تا به همه برسد.",
				body: "تأمین‌کننده‌ها [کالا] را کمتر از همیشه می‌فرستند. تا وقتی موجودی برگردد، برای هر سفارش تا [تعداد] عدد می‌فروشیم.\n\nاگر سفارشتان بیشتر از این بوده، بقیه را جدا برایتان نگه نمی‌داریم و مبلغش به حسابتان برمی‌گردد. به محض رسیدن بار تازه خبر می‌دهیم."
			},
			ar: {
				title: "[المنتج] قليل حاليًا",
				summary: "[المنتج] قليل في [المنطقة]؛ نبيع حتى [العدد] لكل طلب ليصل إلى الجميع.",
				body: "يرسل المورّدون [المنتج] بكميات أقل من المعتاد. وحتى يعود المخزون، نبيع حتى [العدد] لكل طلب.\n\nإذا كان طلبك أكبر من ذلك، يُعاد إليك ثمن الباقي. سنخبرك فور وصول شحنة جديدة."
			},
			en: {
				title: "[Product] is in short supply",
				summary: "[Product] is scarce in [area]; we sell up to [number] per order so there is enough for everyone.",
				body: "Suppliers are sending less [product] than usual. Until stock recovers, each order can include up to [number].\n\nIf your order had more, the rest is refunded to you. We will post here as soon as new stock arrives."
			}
		}
	},
	{
		id: "outage",
		kind: "outage",
		severity: "critical",
		hours: 4,
		text: {
			fa: {
				title: "[سرویس] فعلاً کار نمی‌کند",
				summary: "روی [سرویس] کار می‌کنیم. سفارش‌های ثبت‌شده سر جایشان است؛ تا [ساعت] دوباره خبر می‌دهیم.",
				body: "از [ساعت]، [سرویس] درست کار نمی‌کند. علت را پیدا کرده‌ایم و روی رفعش کار می‌کنیم.\n\nسفارش‌هایی که ثبت شده‌اند سر جایشان هستند و پولی دو بار کم نمی‌شود. اگر مبلغی کم شد و سفارش ثبت نشد، خودکار برمی‌گردد.\n\nوضعیت لحظه‌به‌لحظه را در صفحهٔ وضعیت سرویس‌ها ببینید."
			},
			ar: {
				title: "[الخدمة] لا تعمل حاليًا",
				summary: "نعمل على إصلاح [الخدمة]. الطلبات المسجلة محفوظة؛ سنعود بتحديث قبل [الساعة].",
				body: "منذ [الساعة] لا تعمل [الخدمة] كما يجب. عرفنا السبب ونعمل على الإصلاح.\n\nالطلبات المسجلة محفوظة ولن يُخصم أي مبلغ مرتين. إذا خُصم مبلغ ولم يُسجل الطلب، فسيُعاد تلقائيًا.\n\nتابع الحالة أولًا بأول في صفحة حالة الخدمات."
			},
			en: {
				title: "[Service] is not working right now",
				summary: "We are fixing [service]. Orders already placed are safe; we will update you by [time].",
				body: "Since [time], [service] has not been working properly. We know the cause and are working on a fix.\n\nOrders already placed are safe and nothing is charged twice. If you were charged and no order was placed, the money is returned automatically.\n\nFollow progress on the service status page."
			}
		}
	}
];
// src/features/articles/category-schema.ts
/** Icons a category can show (drawn inline, no icon font). */
var categoryIcons = [
	"box",
	"truck",
	"card",
	"store",
	"user",
	"return",
	"shield",
	"chat"
];
/**
* Fields of an article category (`src/content/categories/<id>.yaml`); the file name is
* its id. Names are given in every language so navigation never mixes scripts.
*/
var categoryFields = {
	name: localized(60),
	description: partiallyLocalized(200).optional(),
	order: mod.number({ message: "must be a number" }).int({ message: "must be a whole number" }),
	icon: mod.enum(categoryIcons, { message: `must be one of ${categoryIcons.join(", ")}` }).optional()
};
strictObject(categoryFields);
// src/features/notices/region-schema.ts
/**
* Fields of a delivery region (`src/content/regions/<id>.yaml`; the file name is its id).
* Notices name regions by id (`regions: [north]`), so an editor renaming "North" in one
* language never breaks a notice; the ids are checked by `checkNoticeReferences`.
*/
var regionFields = {
	name: localized(60),
	order: mod.number({ message: "must be a number" }).int({ message: "must be a whole number" })
};
strictObject(regionFields);
// src/features/status/service-schema.ts
/**
* Status components ("services") and the groups they are listed under. A group cannot live
* in `src/content/services/` because every file there is a service, so groups have their
* own folder, `src/content/service-groups/<id>.yaml`; both schemas are here because a
* service is meaningless without the group it points to. Cross-file rules (the group
* exists, ids do not clash) live in `src/features/status/status.ts`.
*/
var order = mod.number({ message: "must be a number, e.g. 10" }).int({ message: "must be a whole number, e.g. 10" });
/** Fields of one service (`src/content/services/<id>.yaml`); the file name is its id. */
var serviceFields = {
	name: localized(60),
	description: partiallyLocalized(200).optional(),
	/** Id of the group (a file in `src/content/service-groups/`) the service is listed under. */
	group: slug,
	/** Position within its group; lower comes first. */
	order
};
strictObject(serviceFields);
/** Fields of one service group (`src/content/service-groups/<id>.yaml`); the file name is its id. */
var serviceGroupFields = {
	name: localized(60),
	/** Position on the status page; lower comes first. */
	order
};
strictObject(serviceGroupFields);
// src/features/search/synonyms-schema.ts
/**
* Fields of an editor-maintained synonym group (`src/content/synonyms/<id>.yaml`): terms
* customers use for the same thing in one language. At build time they join the base
* lexicon of src/features/search/understanding/data/synonyms.json, and a query that uses any term
* also finds pages that use another.
*/
var synonymGroupFields = {
	locale: mod.enum(locales, { message: `must be one of ${locales.join(", ")}` }),
	terms: mod.array(line(80)).min(2, { message: "must list at least two terms" })
};
strictObject(synonymGroupFields);
// src/features/cms/cms-config.ts
/** Every content collection an editor can edit, in the order the CMS lists them. */
var cmsCollectionSpecs = [
	{
		name: "notices",
		folder: "notices",
		storage: "mdx-per-locale",
		fields: noticeFields,
		shared: [
			"kind",
			"severity",
			"start",
			"end",
			"services",
			"regions",
			"pinned",
			"related",
			"hours"
		],
		summary: "{{title}} · {{fields.bayanPhase}} · {{fields.bayanSeverity}} · {{fields.bayanWindow}}",
		references: {
			services: "services",
			regions: "regions",
			related: "articles"
		},
		templates: true
	},
	{
		name: "articles",
		folder: "articles",
		storage: "mdx-per-locale",
		fields: articleFields,
		shared: [
			"category",
			"ref",
			"related",
			"aliases",
			"draft",
			"services"
		],
		summary: "{{title}}",
		references: {
			category: "categories",
			related: "articles",
			services: "services"
		},
		autoNumber: "ref"
	},
	{
		name: "incidents",
		folder: "incidents",
		storage: "mdx-per-locale",
		fields: incidentFields,
		shared: [
			"kind",
			"impact",
			"affected",
			"window"
		],
		summary: "{{title}}",
		references: { "affected.service": "services" }
	},
	{
		name: "categories",
		folder: "categories",
		storage: "yaml-file",
		fields: categoryFields,
		summary: "{{slug}}"
	},
	{
		name: "channels",
		folder: "channels",
		storage: "yaml-file",
		fields: channelFields,
		summary: "{{slug}}",
		references: { region: "regions" }
	},
	{
		name: "regions",
		folder: "regions",
		storage: "yaml-file",
		fields: regionFields,
		summary: "{{slug}}"
	},
	{
		name: "services",
		folder: "services",
		storage: "yaml-file",
		fields: serviceFields,
		summary: "{{slug}}",
		references: { group: "serviceGroups" }
	},
	{
		name: "serviceGroups",
		folder: "service-groups",
		storage: "yaml-file",
		fields: serviceGroupFields,
		summary: "{{slug}}"
	},
	{
		name: "synonyms",
		folder: "synonyms",
		storage: "yaml-file",
		fields: synonymGroupFields,
		summary: "{{slug}}"
	}
];
/** The field holding the file name; it is never written into the file (the custom format drops it). */
var slugFieldName = "slug";
/** Where uploads are stored in the repository, and the URL they are served from. */
var media = {
	folder: "public/media",
	publicFolder: "/media"
};
/** The editor components registered by the admin script (`src/features/cms/browser/editor-components.ts`). */
var editorComponentIds = [
	"callout",
	"steps",
	"question",
	"figure"
];
function defOf(schema) {
	return schema._zod.def;
}
function checksOf(schema) {
	return (defOf(schema).checks ?? []).map((check) => check._zod.def);
}
/** Strips `.optional()`/`.default()` wrappers and says whether the field may be left out. */
function unwrapOptional(schema) {
	let current = schema;
	let optional = false;
	for (;;) {
		const def = defOf(current);
		if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) {
			optional = true;
			current = def.innerType;
		} else return {
			schema: current,
			optional
		};
	}
}
/** Strings at least this long get a multi-line box (the schema still forbids line breaks). */
var longTextFrom = 300;
/** Characters `line()` in the schemas rejects: control and bidi-override characters. */
var forbiddenInLine = String.raw`\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069`;
/** A select option's label: the value in the editor's language (`cms.option.<value>`). */
function optionLabel(labels, value) {
	try {
		return t(labels.uiLocale, `cms.option.${value}`);
	} catch (cause) {
		throw new Error(`src/features/cms/cms-config.ts: no label for the option "${value}"; add "option.${value}" to src/features/cms/strings/<locale>.json`, { cause });
	}
}
/** The collections with per-language files, whose entries are shown by title rather than by name. */
var titled = /* @__PURE__ */ new Set([
	"articles",
	"notices",
	"incidents"
]);
/** A relation field picking `collection` entries by file name, one or (`multiple`) several. */
function relation(labels, collection, multiple, max) {
	const display = titled.has(collection) ? ["title"] : [`name.${labels.uiLocale}`];
	return {
		widget: "relation",
		collection,
		value_field: "{{slug}}",
		search_fields: titled.has(collection) ? ["title"] : locales.map((locale) => `name.${locale}`),
		display_fields: display,
		multiple,
		...multiple && max ? { max } : {},
		options_length: 1e3
	};
}
function label(labels, name) {
	const key = `cms.field.${name}`;
	try {
		return t(labels.uiLocale, key);
	} catch {
		if (locales.includes(name)) return t(labels.uiLocale, `cms.language.${name}`);
		throw new Error(`src/features/cms/cms-config.ts: no label for the field "${name}"; add "field.${name}" to src/features/cms/strings/<locale>.json`);
	}
}
/**
* Maps one Zod field to a Decap field. Throws, naming the path, for a schema construct with
* no faithful widget, so a schema change cannot silently produce a CMS that writes files
* the build then refuses.
*/
function fieldFromZod(name, schema, labels, path = name, insideOptional = false) {
	const unwrapped = unwrapOptional(schema);
	const inner = unwrapped.schema;
	const optional = unwrapped.optional || insideOptional;
	const base = {
		name,
		label: label(labels, name),
		required: !optional
	};
	if (inner === calendarDate) return {
		...base,
		widget: "bayan-date",
		format: "YYYY-MM-DD"
	};
	if (inner === instant) return {
		...base,
		widget: "bayan-instant",
		format: "YYYY-MM-DDTHH:mm:ssZ",
		hint: t(labels.uiLocale, "cms.hint.instant", { zone: siteConfig.timeZone })
	};
	const target = labels.references?.[path.replaceAll("[]", "")];
	if (target) {
		const isList = defOf(inner).type === "array";
		const max = isList ? checksOf(inner).find((check) => check.check === "max_length")?.maximum : void 0;
		return {
			...base,
			...relation(labels, target, isList, max)
		};
	}
	const def = defOf(inner);
	switch (def.type) {
		case "pipe": return {
			...fieldFromZod(name, defOf(def.in).type === "transform" ? def.out : def.in, labels, path, optional),
			required: !optional
		};
		case "string": return {
			...base,
			...stringWidget(inner, labels)
		};
		case "number": {
			const checks = checksOf(inner);
			const integer = checks.some((check) => check.check === "number_format" && /int/.test(check.format ?? ""));
			const positive = checks.find((check) => check.check === "greater_than" && check.value === 0);
			return {
				...base,
				widget: "number",
				value_type: integer ? "int" : "float",
				...positive ? { min: integer && !positive.inclusive ? 1 : 0 } : {}
			};
		}
		case "boolean": return {
			...base,
			widget: "boolean"
		};
		case "literal":
			if (def.values?.length === 1 && def.values[0] === true) return {
				...base,
				widget: "boolean",
				required: false
			};
			return {
				...base,
				widget: "select",
				options: (def.values ?? []).map((value) => ({
					label: optionLabel(labels, String(value)),
					value: String(value)
				}))
			};
		case "enum": return {
			...base,
			widget: "select",
			options: Object.values(def.entries ?? {}).map((value) => ({
				label: optionLabel(labels, value),
				value
			}))
		};
		case "array": {
			const element = unwrapOptional(def.element).schema;
			const min = checksOf(inner).find((check) => check.check === "min_length")?.minimum;
			const item = fieldFromZod(name, element, labels, `${path}[]`);
			const list = {
				...base,
				widget: "list",
				...min ? { min } : {}
			};
			if (item.widget === "object" && item.fields) return {
				...list,
				fields: item.fields,
				collapsed: false,
				summary: summaryFor(item.fields)
			};
			return {
				...list,
				field: {
					...item,
					name: "item",
					label: base.label
				}
			};
		}
		case "object": return {
			...base,
			widget: "object",
			collapsed: false,
			fields: Object.entries(def.shape ?? {}).map(([key, value]) => fieldFromZod(key, value, labels, `${path}.${key}`, optional))
		};
		case "record": return {
			...base,
			widget: "bayan-yaml"
		};
		case "date": return {
			...base,
			widget: "bayan-instant"
		};
		default: throw new Error(`src/features/cms/cms-config.ts: the field "${path}" is a Zod ${def.type}, which has no CMS widget; map it in fieldFromZod`);
	}
}
function summaryFor(fields) {
	return fields.filter((field) => [
		"string",
		"select",
		"datetime",
		"text"
	].includes(field.widget)).slice(0, 3).map((field) => `{{fields.${field.name}}}`).join(" · ");
}
function stringWidget(schema, labels) {
	const checks = checksOf(schema);
	const regex = checks.find((check) => check.check === "string_format" && check.pattern)?.pattern;
	if (regex) {
		const message = regex.source === slugPattern.source ? t(labels.uiLocale, "cms.pattern.slug") : t(labels.uiLocale, "cms.pattern.format");
		return {
			widget: "string",
			pattern: [regex.source, message]
		};
	}
	const max = checks.find((check) => check.check === "max_length")?.maximum;
	const min = checks.find((check) => check.check === "min_length")?.minimum ?? 0;
	if (max === void 0) return { widget: "string" };
	const visible = min > 0 ? String.raw`(?=[\s\S]*\S)` : "";
	return {
		widget: max >= longTextFrom ? "text" : "string",
		pattern: [`^${visible}[^${forbiddenInLine}]{${min},${max}}$`, t(labels.uiLocale, "cms.pattern.line", { max })]
	};
}
/** Backends that can be chosen with `DECAP_BACKEND`. */
var backendNames = [
	"git-gateway",
	"github",
	"gitlab",
	"gitea",
	"bitbucket"
];
/**
* The production backend from the build environment: `DECAP_BACKEND` (default
* `git-gateway`), `DECAP_REPO` (`owner/name`, required except for Git Gateway),
* `DECAP_BRANCH` (default `main`), and optionally `DECAP_BASE_URL`/`DECAP_AUTH_ENDPOINT`
* (an OAuth proxy), `DECAP_APP_ID`, `DECAP_API_ROOT`. No secret is ever needed here:
* editors sign in to the Git host in the browser.
*/
function backendFromEnv(env) {
	const name = env.DECAP_BACKEND?.trim() || "git-gateway";
	if (!backendNames.includes(name)) throw new Error(`DECAP_BACKEND is "${name}"; use one of ${backendNames.join(", ")}`);
	const repo = env.DECAP_REPO?.trim();
	if (name !== "git-gateway" && !repo) throw new Error(`DECAP_REPO must be set (owner/name, e.g. bazarak/help) when DECAP_BACKEND is "${name}"`);
	if (repo && !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(repo)) throw new Error(`DECAP_REPO is "${repo}"; write it as owner/name, e.g. bazarak/help`);
	const optional = {
		base_url: env.DECAP_BASE_URL,
		auth_endpoint: env.DECAP_AUTH_ENDPOINT,
		app_id: env.DECAP_APP_ID,
		api_root: env.DECAP_API_ROOT
	};
	return {
		name,
		...repo ? { repo } : {},
		branch: env.DECAP_BRANCH?.trim() || "main",
		...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
		squash_merges: true
	};
}
/** The port the local backend (decap-server inside its guard) listens on for local editing (`DECAP_SERVER_PORT`, default 8081). */
function localServerPort(env) {
	const raw = env.DECAP_SERVER_PORT ?? "8081";
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`DECAP_SERVER_PORT is "${raw}"; use a port number`);
	return port;
}
function slugField(labels, i18n) {
	return {
		name: slugFieldName,
		label: t(labels.uiLocale, "cms.field.slug"),
		widget: "bayan-slug",
		required: false,
		hint: t(labels.uiLocale, "cms.hint.slug"),
		pattern: [slugPattern.source, t(labels.uiLocale, "cms.pattern.slug")],
		...i18n ? { i18n: "none" } : {}
	};
}
/** The template chooser of a new notice (its value is never written). */
function templateField(labels) {
	return {
		name: "template",
		label: t(labels.uiLocale, "cms.field.template"),
		widget: "bayan-template",
		required: false,
		hint: t(labels.uiLocale, "cms.hint.template"),
		i18n: "none"
	};
}
function bodyField(labels) {
	return {
		name: "body",
		label: t(labels.uiLocale, "cms.field.body"),
		widget: "markdown",
		required: true,
		i18n: true,
		modes: ["rich_text", "raw"],
		buttons: [
			"bold",
			"italic",
			"link",
			"heading-two",
			"heading-three",
			"quote",
			"bulleted-list",
			"numbered-list",
			"code"
		],
		editor_components: [...editorComponentIds]
	};
}
/** Builds one collection's Decap definition. */
function collectionFromSpec(spec, uiLabels) {
	const labels = {
		...uiLabels,
		...spec.references ? { references: spec.references } : {}
	};
	const perLocale = spec.storage === "mdx-per-locale";
	const shared = new Set(spec.shared ?? []);
	const fields = Object.entries(spec.fields).map(([name, schema]) => {
		const generated = fieldFromZod(name, schema, labels);
		const field = name === spec.autoNumber ? {
			...generated,
			widget: "bayan-ref",
			hint: t(labels.uiLocale, "cms.hint.autoNumber")
		} : generated;
		const duplicate = shared.has(name) && field.widget !== "list" && field.widget !== "object";
		return perLocale ? {
			...field,
			i18n: duplicate ? "duplicate" : true
		} : field;
	});
	return {
		name: spec.name,
		label: t(labels.uiLocale, `cms.collection.${spec.name}`),
		label_singular: t(labels.uiLocale, `cms.collectionSingular.${spec.name}`),
		folder: `src/content/${spec.folder}`,
		create: true,
		format: `bayan-${spec.name}`,
		extension: perLocale ? "mdx" : "yaml",
		slug: `{{fields.${slugFieldName}}}`,
		identifier_field: perLocale ? "title" : slugFieldName,
		summary: spec.summary,
		...perLocale ? { i18n: true } : {},
		fields: [
			...spec.templates ? [templateField(labels)] : [],
			slugField(labels, perLocale),
			...fields,
			...perLocale ? [bodyField(labels)] : []
		],
		...perLocale ? { sortable_fields: ["title"] } : {}
	};
}
/** The complete Decap configuration passed to `CMS.init({ config })` (`load_config_file: false`). */
function buildCmsConfig({ env, uiLocale = siteConfig.defaultLocale }) {
	const labels = { uiLocale };
	return {
		load_config_file: false,
		locale: uiLocale,
		backend: backendFromEnv(env),
		local_backend: { url: `http://localhost:${localServerPort(env)}/api/v1` },
		publish_mode: "editorial_workflow",
		media_folder: media.folder,
		public_folder: media.publicFolder,
		site_url: siteConfig.url,
		display_url: siteConfig.url,
		logo_url: "/favicon.svg",
		i18n: {
			structure: "multiple_folders",
			locales: [...locales],
			default_locale: siteConfig.defaultLocale
		},
		slug: {
			encoding: "ascii",
			clean_accents: true,
			sanitize_replacement: "-"
		},
		collections: cmsCollectionSpecs.map((spec) => collectionFromSpec(spec, labels))
	};
}
/** Builds the data `/admin/` embeds for `src/features/cms/browser/cms.ts`. */
function buildAdminData(options) {
	const uiLocale = options.uiLocale ?? siteConfig.defaultLocale;
	const strings = Object.fromEntries(Object.entries(dictionaries[uiLocale]).filter(([key, message]) => key.startsWith("cms.") && typeof message === "string").map(([key, message]) => [key.slice(4), message]));
	return {
		config: buildCmsConfig(options),
		previewStyles: options.previewStyles,
		strings,
		dirs: Object.fromEntries(locales.map((locale) => [locale, siteConfig.locales[locale].dir])),
		localeLabels: Object.fromEntries(locales.map((locale) => [t(uiLocale, `cms.language.${locale}`), locale])),
		defaultLocale: siteConfig.defaultLocale,
		timeZone: siteConfig.timeZone,
		uiIntl: {
			locale: uiLocale,
			bcp47: siteConfig.locales[uiLocale].bcp47,
			calendar: siteConfig.locales[uiLocale].calendar,
			numberingSystem: siteConfig.locales[uiLocale].numberingSystem
		},
		templates: noticeTemplates
	};
}
// src/pages/admin/index.astro
var admin_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const uiLocale = siteConfig.defaultLocale;
	const data = buildAdminData({
		env: process.env,
		uiLocale,
		previewStyles: [global_default]
	});
	const json = jsonForScript(data);
	const dir = siteConfig.locales[uiLocale].dir;
	return renderTemplate`<html${addAttribute(uiLocale, "lang")}${addAttribute(dir, "dir")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${t(uiLocale, "cms.pageTitle")}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><script type="application/json" id="bayan-cms-data">${unescapeHTML(json)}<\/script><script type="module" src="/admin/cms/cms.js"><\/script>${renderHead($$result)}</head><body><noscript><p${addAttribute(uiLocale, "lang")}${addAttribute(siteConfig.locales[uiLocale].dir, "dir")}>${t(uiLocale, "cms.noscript")}</p></noscript></body></html>`;
}, "/work/wt/cms/src/pages/admin/index.astro", void 0);
var $$file = "/work/wt/cms/src/pages/admin/index.astro";
var $$url = "/admin/";
// \0virtual:astro:page:src/pages/admin/index@_@astro
var page = () => admin_exports;
export { page };
