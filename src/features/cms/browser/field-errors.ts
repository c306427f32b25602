import { store } from 'decap-cms-core/dist/esm/redux';

/**
 * Decap's `changeDraftFieldValidation` action, written out: importing Decap's actions module
 * from here changes the order its circular modules initialise in, and every entry then opened
 * showed "unsaved changes" untouched (tests/e2e/cms.spec.ts, the existing-article test).
 */
const changeDraftFieldValidation = (uniquefieldId: string, errors: unknown[]) => ({ type: 'DRAFT_VALIDATION_ERRORS', payload: { uniquefieldId, errors } });

/**
 * Puts the build's problems at the form field they concern, as Decap's own field errors
 * (the red message under the field's label), not only in the notification. Decap keys a
 * field's errors by the control's unique id (`<name>-field-<n>`, the `for` of its label)
 * and has no map from a data path (`['updates', 1, 'at']`) to that id, so the field is
 * found the way an editor finds it: the field's label, then inside it the n-th label of the
 * child field, and so on. A path that cannot be followed to the end (a list item whose value
 * has no form of its own, a hidden translation) stops at the deepest field found, whose
 * message names the rest of the path.
 *
 * Decap refuses to save, silently, while any field has an error, and clears an error only
 * when that very control changes or its widget validates itself again, which a list or a
 * group does not do for its own errors. So the errors placed here are all taken away as soon
 * as the entry changes anywhere (fixing a rule often means changing another field: the kind,
 * not the window); the next save runs the rules again and puts back what is still wrong.
 */

/** One problem to show: where it is (the schema's path) and in which language's form. */
export interface FieldProblem {
	path: ReadonlyArray<string | number>;
	locale: string;
	message: string;
}

/** Decap's error type for errors a widget or extension reports (ValidationErrorTypes.CUSTOM). */
const customError = 'CUSTOM';

/** The part of Decap's state read here: the entry being edited (Immutable maps). */
interface DraftState {
	entryDraft: { get(key: 'entry'): { get(key: 'data' | 'i18n'): unknown } | undefined };
}

/** The entry's values (every language): they change, as new objects, only when a field does. */
function draftValues(): [unknown, unknown] {
	const entry = (store.getState() as DraftState).entryDraft.get('entry');
	return [entry?.get('data'), entry?.get('i18n')];
}

/** Controls that carry an error placed here, and the values they were placed for. */
let placed: { ids: string[]; values: [unknown, unknown] } | undefined;

store.subscribe(() => {
	if (!placed) return;
	const [data, i18n] = draftValues();
	if (data === placed.values[0] && i18n === placed.values[1]) return;
	const { ids } = placed;
	placed = undefined;
	for (const id of ids) store.dispatch(changeDraftFieldValidation(id, []));
});

/** The labels of a field `name` inside `scope`, in document order. */
function labelsOf(scope: ParentNode, name: string): HTMLLabelElement[] {
	const id = new RegExp(`^${name.replace(/[^\w-]/g, '\\$&')}-field-\\d+$`);
	return [...scope.querySelectorAll<HTMLLabelElement>('label[for]')].filter((label) => id.test(label.htmlFor));
}

/**
 * The id of the deepest form control that holds `path` inside `root`, or undefined when
 * not even the first field is on screen. Exported for the unit test.
 */
export function controlIdFor(root: ParentNode, path: ReadonlyArray<string | number>): string | undefined {
	let scope: ParentNode = root;
	let found: string | undefined;
	let index = 0;
	for (const segment of path) {
		if (typeof segment === 'number') {
			index = segment;
			continue;
		}
		const label = labelsOf(scope, segment)[index];
		index = 0;
		if (!label) break;
		found = label.htmlFor;
		// The label sits in the field's top bar; the field's container holds its widget.
		const container = label.parentElement?.parentElement;
		if (!container) break;
		scope = container;
	}
	return found;
}

/** The part of the page holding one language's form (rtl.ts marks the panes), or the whole form. */
function paneFor(locale: string, multilingual: boolean): ParentNode | undefined {
	if (!multilingual) return document;
	return document.querySelector(`[data-bayan-locale="${locale}"]`) ?? undefined;
}

/**
 * Shows each problem at its field; problems at the same field are listed together.
 * Returns how many problems found a field (the rest are only in the notification).
 */
export function showAtFields(problems: readonly FieldProblem[], multilingual: boolean): number {
	const byControl = new Map<string, string[]>();
	for (const problem of problems) {
		const pane = paneFor(problem.locale, multilingual);
		const id = pane ? controlIdFor(pane, problem.path) : undefined;
		if (!id) continue;
		byControl.set(id, [...(byControl.get(id) ?? []), problem.message]);
	}
	for (const [id, messages] of byControl) {
		store.dispatch(
			changeDraftFieldValidation(
				id,
				messages.map((message) => ({ type: customError, message })),
			),
		);
	}
	placed = { ids: [...new Set([...(placed?.ids ?? []), ...byControl.keys()])], values: draftValues() };
	return [...byControl.values()].reduce((sum, messages) => sum + messages.length, 0);
}
