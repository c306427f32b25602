import type { Locale } from '../../site.config';
import { parseAndCheck, type BodySource } from './check';
import { renderTree, type RenderedBody } from './render';

/**
 * Content is data, not code: a body is parsed, checked against an allow-list and rendered
 * to HTML once, at content-load time. Pages insert the stored HTML; no body is ever
 * compiled to a module or executed.
 */

/** Bump when the output of `renderBody` changes, so cached entries are rendered again. */
export const pipelineVersion = 3;

/** Checks and renders one body. Throws a `ContentError` naming the file, line and column of the first problem. */
export function renderBody(body: string, source: BodySource & { locale: Locale }): RenderedBody {
	return renderTree(parseAndCheck(body, source), source.locale);
}

export { limits, type BodySource } from './check';
export { serviceStatusPlaceholder, type BodyHeading, type FaqItem, type RenderedBody } from './render';
export { isUnsafeUrl } from './url-policy';
