import type { NoticeKind } from './notice-schema';

/** Which `<Icon>` shows each kind of notice; the kind is also said in words wherever it matters. */
const icons: Record<NoticeKind, string> = {
	delay: 'truck',
	'hours-change': 'store',
	safety: 'shield',
	stock: 'box',
	outage: 'alert',
	general: 'info',
};

/** The icon name for a notice kind. */
export function noticeIcon(kind: NoticeKind): string {
	return icons[kind];
}
