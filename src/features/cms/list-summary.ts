import type { AdminContext } from './browser/types';
import { formatInstantFor, parseStoredInstant, storedNoticePhase } from './zoned-input';

/**
 * What the notices list shows beside each title: live, upcoming or ended (the site's own
 * rule, as of now), severity and window, in the editor's language, calendar and the site's
 * zone. Added when an entry is read, under keys the format never writes.
 */
export function noticeListSummary(data: Record<string, unknown>, context: Pick<AdminContext, 's' | 'uiIntl' | 'timeZone'>, now: Date): Record<string, string> {
	const phase = storedNoticePhase(data.start, data.end, now);
	const start = parseStoredInstant(data.start);
	const end = parseStoredInstant(data.end);
	const format = (date: Date) => formatInstantFor(date, context.uiIntl, context.timeZone);
	return {
		bayanPhase: phase ? context.s(`phase.${phase}`) : '',
		bayanSeverity: typeof data.severity === 'string' ? context.s(`option.${data.severity}`) : '',
		bayanWindow: start ? (end ? context.s('window.closed', { start: format(start), end: format(end) }) : context.s('window.open', { start: format(start) })) : '',
	};
}
