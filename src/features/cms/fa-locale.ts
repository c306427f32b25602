/**
 * Decap's Persian interface, corrected. The shipped phrases (decap-cms-locales `fa`) carry
 * a stray brace ("این مورد را اضافه کنید}"), machine translations that say something else
 * ("صرفه جویی" — thrift — for Save, "ادامه ورود" for a failed save, "ارتباط دادن" for
 * Link), English left in buttons ("i18n را تغییر دهید") and no zero-width non-joiner
 * where Persian needs one ("رسانه ها", "می خواهید"). Registered with `CMS.registerLocale`
 * in place of the original.
 */

/** A nested phrase table, as Decap's locale modules export it. */
export interface Phrases {
	[key: string]: string | Phrases;
}

const ZWNJ = '\u200c';

/** Phrases that were wrong, missing or English; written fresh, short and plain. */
export const faCorrections: Phrases = {
	auth: { loggingIn: 'در حال ورود…', loginWithForgejo: 'ورود با Forgejo' },
	app: { header: { content: 'محتوا', workflow: 'گردش کار', media: 'رسانه‌ها', quickAdd: 'افزودن سریع' }, app: { waitingBackend: 'در انتظار اتصال به مخزن…' } },
	collection: {
		// U+FF0B (full-width plus) has no glyph in the admin's fonts and shows as a box.
		collectionTop: { newButton: '+ %{collectionLabel}', viewAsList: 'نمایش فهرستی', viewAsGrid: 'نمایش کاشی', groupBy: 'گروه‌بندی بر اساس', filterBy: 'پالایش بر اساس' },
		entries: { unpublishedHeader: 'ورودی‌های منتشرنشده', cachingEntries: 'در حال آماده‌سازی ورودی‌ها…' },
		groups: { negateLabel: 'جز %{label}' },
	},
	editor: {
		editorControl: { field: { widgetLabel: 'فیلد %{widgetLabel}' } },
		editorControlPane: {
			i18n: {
				copyFromLocale: 'پر کردن از زبانی دیگر',
				copyFromLocaleConfirm: 'متن‌ها از %{locale} پر شود؟\nهر چه اینجا نوشته‌اید جایگزین می‌شود.',
			},
		},
		editorInterface: { toggleI18n: 'نمایش یا پنهان کردن زبان دوم', togglePreview: 'نمایش یا پنهان کردن پیش‌نمایش', toggleScrollSync: 'هم‌گام کردن پیمایش', toggleNotes: 'یادداشت‌ها' },
		editorNotesPane: {
			title: 'یادداشت‌ها',
			emptyState: 'هنوز یادداشتی نیست. نخستین یادداشت را پایین بنویسید.',
			addNote: 'افزودن یادداشت',
			addPlaceholder: 'یادداشتی بنویسید…',
			editPlaceholder: 'ویرایش یادداشت…',
			save: 'ذخیره',
			cancel: 'انصراف',
			edit: 'ویرایش',
			delete: 'حذف',
			resolve: 'حل شد',
			unresolve: 'باز کردن دوباره',
			confirmDelete: 'این یادداشت حذف شود؟',
			shortcut: 'میان‌بُر: Ctrl+Enter یادداشت را می‌افزاید',
		},
		editorToolbar: {
			save: 'ذخیره',
			saving: 'در حال ذخیره…',
			duplicate: 'رونوشت',
			publishAndDuplicate: 'انتشار و ساختن رونوشت',
			backCollection: 'بازگشت به %{collectionLabel}',
			publishNow: 'اکنون منتشر کنید',
			deployButtonLabel: 'دیدن در سایت',
			deployPreviewButtonLabel: 'دیدن پیش‌نمایش',
			deployPreviewPendingButtonLabel: 'بررسی پیش‌نمایش',
		},
		editorWidgets: {
			markdown: {
				italic: 'مورب',
				link: 'پیوند',
				headings: 'عنوان‌ها',
				bulletedList: 'فهرست نشانه‌دار',
				numberedList: 'فهرست شماره‌دار',
				addComponent: 'افزودن بخش',
				richText: 'ویرایشگر متن',
				markdown: 'مارک‌داون',
				strikethrough: 'خط‌خورده',
				toggleMode: { rich: 'رفتن به ویرایشگر متن', markdown: 'رفتن به مارک‌داون' },
			},
			headingOptions: { headingOne: 'عنوان ۱', headingTwo: 'عنوان ۲', headingThree: 'عنوان ۳', headingFour: 'عنوان ۴', headingFive: 'عنوان ۵', headingSix: 'عنوان ۶' },
			datetime: { clear: 'پاک کردن', setToNow: '«%{fieldLabel}» را اکنون بگذار' },
			object: { expand: 'باز کردن', collapse: 'بستن' },
			list: { add: 'افزودن %{item}', addType: 'افزودن %{item}' },
		},
	},
	mediaLibrary: { mediaLibraryModal: { close: 'بستن', mediaAssets: 'پرونده‌های رسانه', noAssetsFound: 'پرونده‌ای پیدا نشد.', chooseSelected: 'انتخاب همین', deleteSelected: 'حذف انتخاب‌شده‌ها' } },
	ui: {
		settingsDropdown: { account: 'گزینه‌های حساب' },
		toast: {
			onFailToPersist: 'ذخیره نشد: %{details}',
			onBackendDown: 'سرویس مخزن از کار افتاده است. برای آگاهی بیشتر %{details} را ببینید.',
			missingRequiredField: 'یک فیلد الزامی خالی مانده است؛ پیش از ذخیره آن را پر کنید.',
			entryPublished: 'منتشر شد',
			entryUnpublished: 'از انتشار خارج شد',
			onFailToUnpublishEntry: 'خارج کردن از انتشار ممکن نشد: %{details}',
			noteAdded: 'یادداشت افزوده شد',
			onFailToAddNote: 'یادداشت افزوده نشد: %{details}',
			noteUpdated: 'یادداشت به‌روز شد',
			onFailToUpdateNote: 'یادداشت به‌روز نشد: %{details}',
			noteDeleted: 'یادداشت حذف شد',
			onFailToDeleteNote: 'یادداشت حذف نشد: %{details}',
			noteResolved: 'یادداشت حل شد',
			noteReopened: 'یادداشت دوباره باز شد',
			onFailToToggleNote: 'وضعیت یادداشت عوض نشد: %{details}',
		},
	},
};

/**
 * Joins Persian compounds the way they are written: `می`/`نمی` and the plural and comparative
 * suffixes attach with a zero-width non-joiner, not a space.
 */
export function withZwnj(text: string): string {
	return text
		.replace(/(^|[\s(«"'])(ن?می) (?=[\u0600-\u06ff])/g, `$1$2${ZWNJ}`)
		.replace(/([\u0600-\u06ff]) (ها|های|هایی|ای|اید|ایم|تر|ترین|شده|نشده|شده‌|نشده‌)(?=$|[\s.,،؛:!؟)»"'…])/g, `$1${ZWNJ}$2`)
		.replace(/(پیش|به|هم) (نویس|نمایش|روز|رسانی|روزرسانی|گام)/g, `$1${ZWNJ}$2`)
		.replace(/(ذخیره|منتشر|انتخاب) (نشده|شده)/g, `$1${ZWNJ}$2`);
}

function merge(base: Phrases, override: Phrases): Phrases {
	const result: Phrases = {};
	for (const [key, value] of Object.entries(base)) {
		const replacement = override[key];
		if (typeof value === 'object') result[key] = merge(value, typeof replacement === 'object' ? replacement : {});
		else result[key] = typeof replacement === 'string' ? replacement : withZwnj(value);
	}
	for (const [key, value] of Object.entries(override)) {
		if (!(key in result)) result[key] = typeof value === 'object' ? merge({}, value) : value;
	}
	return result;
}

/** Decap's Persian phrases with the corrections applied and every phrase joined properly. */
export function correctedFaPhrases(base: Phrases): Phrases {
	return merge(base, faCorrections);
}
