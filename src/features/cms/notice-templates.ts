import type { NoticeKind, NoticeSeverity } from '../notices/notice-schema';
import type { Locale } from '../../site.config';

/**
 * Starting points for the notices a shop writes again and again. Choosing one in a new
 * notice fills kind, severity, start (now), end (now + duration) and a first wording in
 * every language; the editor then adjusts what is specific (which area, which product,
 * the new hours). The wording is plain and calm on purpose: say what happens, what the
 * customer can do, and when we will say more. Square brackets mark what to fill in; the
 * form refuses nothing for them, so the preview shows them plainly before publishing.
 */

/** One template: what it sets, and its words per language. */
export interface NoticeTemplate {
	/** Id, also the key of its name in the CMS strings (`cms.template.<id>`). */
	id: string;
	kind: NoticeKind;
	severity: NoticeSeverity;
	/** How long such a notice usually lasts, in hours, for its end. */
	hours: number;
	text: Record<Locale, { title: string; summary: string; body: string }>;
}

/** The templates, in the order the chooser offers them. */
export const noticeTemplates: readonly NoticeTemplate[] = [
	{
		id: 'delivery-delay',
		kind: 'delay',
		severity: 'warning',
		hours: 24,
		text: {
			fa: {
				title: 'ارسال‌ها در [منطقه] دیرتر می‌رسد',
				summary: 'سفارش‌های امروز [منطقه] تا حدود [دو ساعت] دیرتر از زمان انتخابی می‌رسد. سفارشتان لغو نمی‌شود.',
				body: 'به‌خاطر [علت]، پیک‌ها در [منطقه] کندتر از همیشه کار می‌کنند.\n\nلازم نیست کاری بکنید: سفارشتان سر جایش است و وضعیتش را در بخش سفارش‌ها می‌بینید. اگر دیگر نمی‌خواهیدش، تا پیش از ارسال می‌توانید لغوش کنید و پولتان کامل برمی‌گردد.\n\nهر وقت وضع عادی شد، همین‌جا خبر می‌دهیم.',
			},
			ar: {
				title: 'التوصيل إلى [المنطقة] يتأخر',
				summary: 'طلبات اليوم في [المنطقة] قد تصل متأخرة حتى [ساعتين] عن الموعد المختار. طلبك لن يُلغى.',
				body: 'بسبب [السبب]، يعمل المندوبون في [المنطقة] أبطأ من المعتاد.\n\nلا تحتاج إلى فعل شيء: طلبك محفوظ ويمكنك متابعة حالته في قسم الطلبات. إن لم تعد تريده، يمكنك إلغاؤه قبل الشحن واسترداد المبلغ كاملًا.\n\nسنخبرك هنا عندما يعود كل شيء إلى طبيعته.',
			},
			en: {
				title: 'Deliveries to [area] are running late',
				summary: 'Today’s orders in [area] may arrive up to [two hours] after the chosen time. Your order is not cancelled.',
				body: 'Because of [reason], couriers in [area] are slower than usual.\n\nYou do not need to do anything: your order is safe and you can follow it under Orders. If you no longer want it, you can cancel it before it ships for a full refund.\n\nWe will post here when things are back to normal.',
			},
		},
	},
	{
		id: 'holiday-hours',
		kind: 'hours-change',
		severity: 'info',
		hours: 72,
		text: {
			fa: {
				title: 'ساعت کاری در تعطیلات [مناسبت]',
				summary: 'از [تاریخ] تا [تاریخ] مرکز تماس و شعبه‌ها ساعت دیگری دارند. سفارش آنلاین مثل همیشه باز است.',
				body: 'در تعطیلات [مناسبت] ساعت‌های کاری این‌طور است:\n\n- مرکز تماس: [ساعت]\n- شعبه‌ها: [ساعت]\n\nسفارش در اپ و سایت همیشه باز است؛ ارسال‌ها از نخستین روز کاری پس از تعطیلات انجام می‌شود.',
			},
			ar: {
				title: 'ساعات العمل في عطلة [المناسبة]',
				summary: 'من [التاريخ] إلى [التاريخ] تتغير ساعات مركز الاتصال والفروع. الطلب عبر الإنترنت متاح كالمعتاد.',
				body: 'خلال عطلة [المناسبة] تكون ساعات العمل كالتالي:\n\n- مركز الاتصال: [الساعات]\n- الفروع: [الساعات]\n\nالطلب عبر التطبيق والموقع متاح دائمًا؛ ويبدأ التوصيل في أول يوم عمل بعد العطلة.',
			},
			en: {
				title: 'Opening hours over [holiday]',
				summary: 'From [date] to [date] the contact centre and branches keep different hours. Ordering online works as usual.',
				body: 'Over [holiday] our hours are:\n\n- Contact centre: [hours]\n- Branches: [hours]\n\nYou can order in the app and on the site at any time; deliveries resume on the first working day after the holiday.',
			},
		},
	},
	{
		id: 'safety-measure',
		kind: 'safety',
		severity: 'info',
		hours: 24 * 7,
		text: {
			fa: {
				title: 'تحویل بدون تماس در [منطقه]',
				summary: 'برای ایمنی شما و پیک‌ها، سفارش‌ها در [منطقه] پشت در گذاشته می‌شود. پرداخت در محل موقتاً ممکن نیست.',
				body: 'از [تاریخ]، پیک سفارش را پشت در می‌گذارد، زنگ می‌زند و چند قدم فاصله می‌گیرد تا مطمئن شود آن را برداشته‌اید.\n\nاگر چیزی کم یا آسیب‌دیده بود، از بخش سفارش‌ها گزارش دهید؛ مثل همیشه رسیدگی می‌کنیم.',
			},
			ar: {
				title: 'توصيل دون تلامس في [المنطقة]',
				summary: 'حفاظًا على سلامتك وسلامة المندوبين، تُترك الطلبات في [المنطقة] عند الباب. الدفع عند الاستلام متوقف مؤقتًا.',
				body: 'ابتداءً من [التاريخ]، يترك المندوب الطلب عند الباب ويرن الجرس ثم يبتعد بضع خطوات ليتأكد من أنك استلمته.\n\nإذا نقص شيء أو وصل تالفًا، أبلغنا من قسم الطلبات؛ سنعالج الأمر كالمعتاد.',
			},
			en: {
				title: 'Contact-free delivery in [area]',
				summary: 'For your safety and our couriers’, orders in [area] are left at the door. Cash on delivery is paused for now.',
				body: 'From [date], the courier leaves your order at the door, rings and steps back until they see you have it.\n\nIf anything is missing or damaged, report it under Orders; we handle it as always.',
			},
		},
	},
	{
		id: 'stock-shortage',
		kind: 'stock',
		severity: 'info',
		hours: 24 * 3,
		text: {
			fa: {
				title: '[کالا] فعلاً کم است',
				summary: '[کالا] در [منطقه] کم پیدا می‌شود؛ برای هر سفارش تا [تعداد] عدد می‌فروشیم تا به همه برسد.',
				body: 'تأمین‌کننده‌ها [کالا] را کمتر از همیشه می‌فرستند. تا وقتی موجودی برگردد، برای هر سفارش تا [تعداد] عدد می‌فروشیم.\n\nاگر سفارشتان بیشتر از این بوده، بقیه را جدا برایتان نگه نمی‌داریم و مبلغش به حسابتان برمی‌گردد. به محض رسیدن بار تازه خبر می‌دهیم.',
			},
			ar: {
				title: '[المنتج] قليل حاليًا',
				summary: '[المنتج] قليل في [المنطقة]؛ نبيع حتى [العدد] لكل طلب ليصل إلى الجميع.',
				body: 'يرسل المورّدون [المنتج] بكميات أقل من المعتاد. وحتى يعود المخزون، نبيع حتى [العدد] لكل طلب.\n\nإذا كان طلبك أكبر من ذلك، يُعاد إليك ثمن الباقي. سنخبرك فور وصول شحنة جديدة.',
			},
			en: {
				title: '[Product] is in short supply',
				summary: '[Product] is scarce in [area]; we sell up to [number] per order so there is enough for everyone.',
				body: 'Suppliers are sending less [product] than usual. Until stock recovers, each order can include up to [number].\n\nIf your order had more, the rest is refunded to you. We will post here as soon as new stock arrives.',
			},
		},
	},
	{
		id: 'outage',
		kind: 'outage',
		severity: 'critical',
		hours: 4,
		text: {
			fa: {
				title: '[سرویس] فعلاً کار نمی‌کند',
				summary: 'روی [سرویس] کار می‌کنیم. سفارش‌های ثبت‌شده سر جایشان است؛ تا [ساعت] دوباره خبر می‌دهیم.',
				body: 'از [ساعت]، [سرویس] درست کار نمی‌کند. علت را پیدا کرده‌ایم و روی رفعش کار می‌کنیم.\n\nسفارش‌هایی که ثبت شده‌اند سر جایشان هستند و پولی دو بار کم نمی‌شود. اگر مبلغی کم شد و سفارش ثبت نشد، خودکار برمی‌گردد.\n\nوضعیت لحظه‌به‌لحظه را در صفحهٔ وضعیت سرویس‌ها ببینید.',
			},
			ar: {
				title: '[الخدمة] لا تعمل حاليًا',
				summary: 'نعمل على إصلاح [الخدمة]. الطلبات المسجلة محفوظة؛ سنعود بتحديث قبل [الساعة].',
				body: 'منذ [الساعة] لا تعمل [الخدمة] كما يجب. عرفنا السبب ونعمل على الإصلاح.\n\nالطلبات المسجلة محفوظة ولن يُخصم أي مبلغ مرتين. إذا خُصم مبلغ ولم يُسجل الطلب، فسيُعاد تلقائيًا.\n\nتابع الحالة أولًا بأول في صفحة حالة الخدمات.',
			},
			en: {
				title: '[Service] is not working right now',
				summary: 'We are fixing [service]. Orders already placed are safe; we will update you by [time].',
				body: 'Since [time], [service] has not been working properly. We know the cause and are working on a fix.\n\nOrders already placed are safe and nothing is charged twice. If you were charged and no order was placed, the money is returned automatically.\n\nFollow progress on the service status page.',
			},
		},
	},
];
