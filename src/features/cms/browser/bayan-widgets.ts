import { Component, createElement as h } from 'react';
import { store } from 'decap-cms-core/dist/esm/redux';
import { changeDraftField } from 'decap-cms-core/dist/esm/actions/entries';
import type { AdminContext, ControlProps, DecapCms, ImmutableLike } from './types';
import { entryIssues } from '../entry-validation';
import { addHoursStored, formatDayFor, formatInstantFor, nowStored, offsetLabel, parseStoredDay, parseStoredInstant, storedToWall, wallToStored } from '../zoned-input';
import { issueMessages, writtenData } from './validation';
import { collectionEntries, rememberQuery } from './collection-entries';
import { nextFreeRef } from '../article-claims';

/**
 * Bayan's own widgets for what Decap's built-in ones get wrong for a Persian help centre:
 *
 * - `bayan-instant`: a date and time entered as the site's wall-clock time (not the
 *   device's), stored with the zone's offset, and read back in the editor's calendar
 *   (Solar Hijri for fa). It never rewrites a value on load, so an untouched entry is not
 *   "changed" (Decap's datetime widget re-serialises through moment and marks it changed).
 * - `bayan-date`: the same for a calendar day (`2026-11-22`).
 * - `bayan-ref`: an article's number, assigned once (the next free one) and then shown read-only.
 * - `bayan-template`: the notice templates of a new notice, filling every language at once.
 *
 * Each control's `isValid` runs the collection's schema on the entry (the build's own rules)
 * and reports the problems at its own field, in the editor's language.
 */

type Widget = Component<ControlProps>;

function fieldName(props: ControlProps): string {
	return String(props.field.get('name'));
}

/** The build's problems at this control's field (top-level fields only; nested ones are checked on save). */
function schemaProblems(props: ControlProps, context: AdminContext): string[] {
	const collectionName = String(props.entry.get('collection'));
	const collection = context.config.collections.find((item) => item.name === collectionName);
	if (!collection) return [];
	const name = fieldName(props);
	const raw = props.entry.get('data') as ImmutableLike | undefined;
	const data = (raw?.toJS() ?? {}) as Record<string, unknown>;
	// The control may render inside a translation's pane; the shared values are the default language's.
	if (!Object.hasOwn(data, name)) return [];
	const issues = entryIssues(collectionName, writtenData(collection, data), issueMessages(context));
	return issues.filter((issue) => issue.path[0] === name).map((issue) => issue.message);
}

function validity(problems: string[]): true | { error: { message: string } } {
	return problems.length ? { error: { message: problems.join(' ') } } : true;
}

function inputProps(props: ControlProps) {
	return {
		id: props.forID,
		className: props.classNameWrapper,
		onFocus: props.setActiveStyle,
		onBlur: props.setInactiveStyle,
		// Tells rtl.ts to leave the box as it is: the browser lays out dates itself.
		'data-bayan-fixed': '',
	};
}

function instantControl(context: AdminContext) {
	return class InstantControl extends Component<ControlProps> implements Widget {
		// An arrow: Decap calls isValid detached from the control (`this` would be its wrapper).
		isValid = () => {
			const value = this.props.value;
			if (typeof value === 'string' && value && !parseStoredInstant(value)) {
				return { error: { message: context.s('rule.instant.parts') } };
			}
			return validity(schemaProblems(this.props, context));
		};

		render() {
			const { value, onChange, forID } = this.props;
			const date = parseStoredInstant(value);
			const readout = date
				? context.s('instant.readout', {
						date: formatInstantFor(date, context.uiIntl, context.timeZone),
						zone: `${context.timeZone} ${offsetLabel(date, context.timeZone)}`,
					})
				: '';
			return h(
				'div',
				{ className: 'bayan-instant' },
				h('input', {
					...inputProps(this.props),
					type: 'datetime-local',
					step: 60,
					lang: 'en',
					dir: 'ltr',
					value: storedToWall(value, context.timeZone),
					'aria-describedby': `${forID}-readout`,
					onChange: (event: { target: { value: string } }) => onChange(wallToStored(event.target.value, context.timeZone)),
				}),
				h('button', { type: 'button', className: 'bayan-widget-button', onClick: () => onChange(nowStored(context.timeZone)) }, context.s('instant.now')),
				value ? h('button', { type: 'button', className: 'bayan-widget-button', onClick: () => onChange('') }, context.s('instant.clear')) : null,
				h('p', { id: `${forID}-readout`, className: 'bayan-widget-hint', 'aria-live': 'polite' }, readout),
			);
		}
	};
}

function dateControl(context: AdminContext) {
	return class DateControl extends Component<ControlProps> implements Widget {
		isValid = () => {
			const value = this.props.value;
			if (typeof value === 'string' && value && !parseStoredDay(value)) return { error: { message: context.s('rule.date.day') } };
			return validity(schemaProblems(this.props, context));
		};

		render() {
			const { value, onChange, forID } = this.props;
			const day = parseStoredDay(value);
			return h(
				'div',
				{ className: 'bayan-instant' },
				h('input', {
					...inputProps(this.props),
					type: 'date',
					lang: 'en',
					dir: 'ltr',
					value: typeof value === 'string' ? value : '',
					'aria-describedby': `${forID}-readout`,
					onChange: (event: { target: { value: string } }) => onChange(event.target.value),
				}),
				value ? h('button', { type: 'button', className: 'bayan-widget-button', onClick: () => onChange('') }, context.s('instant.clear')) : null,
				h('p', { id: `${forID}-readout`, className: 'bayan-widget-hint', 'aria-live': 'polite' }, day ? formatDayFor(day, context.uiIntl) : ''),
			);
		}
	};
}

function refControl(context: AdminContext) {
	return class RefControl extends Component<ControlProps, { failed: boolean }> implements Widget {
		state = { failed: false };

		async componentDidMount() {
			// The save's cross-file rules (cms.ts, article-claims.ts) list the other articles with this control's search.
			rememberQuery(this.props);
			// Only a new entry is numbered; an existing one keeps its number, untouched.
			if (!this.props.entry.get('newRecord') || typeof this.props.value === 'number') return;
			try {
				const collection = String(this.props.entry.get('collection'));
				const name = fieldName(this.props);
				const used = ((await collectionEntries(collection, 'title', this.props)) ?? []).map((hit) => hit.data?.[name]);
				this.props.onChange(nextFreeRef(used));
			} catch (cause) {
				console.error(new Error('bayan-ref: could not list the existing entries', { cause }));
				this.setState({ failed: true });
			}
		}

		isValid = () => {
			return validity(schemaProblems(this.props, context));
		};

		render() {
			const value = this.props.value;
			return h('input', {
				...inputProps(this.props),
				type: 'number',
				dir: 'ltr',
				lang: 'en',
				// Typed only if the next free number could not be found.
				readOnly: !this.state.failed,
				value: typeof value === 'number' ? value : '',
				placeholder: this.state.failed ? '' : context.s('ref.loading'),
				onChange: (event: { target: { value: string } }) => this.props.onChange(event.target.value === '' ? undefined : Number(event.target.value)),
			});
		}
	};
}

/** Decap's draft store: the template fills fields other than its own. */
interface DecapState {
	collections: ImmutableLike;
}

function templateControl(context: AdminContext) {
	return class TemplateControl extends Component<ControlProps, { applied: string }> implements Widget {
		state = { applied: '' };

		apply(id: string) {
			const template = context.templates.find((item) => item.id === id);
			if (!template) return;
			const collectionName = String(this.props.entry.get('collection'));
			const collection = (store.getState() as DecapState).collections.get(collectionName) as ImmutableLike;
			const fields = collection.get('fields') as ImmutableLike & { find(test: (field: ImmutableLike) => boolean): ImmutableLike | undefined };
			const locales = Object.keys(context.dirs);
			const set = (name: string, value: unknown, locale: string) => {
				const field = fields.find((item) => item.get('name') === name);
				if (!field) throw new Error(`bayan-template: the notices form has no field "${name}"`);
				store.dispatch(changeDraftField({ field, value, entries: [], i18n: { currentLocale: locale, defaultLocale: context.defaultLocale, locales } }));
			};
			const start = nowStored(context.timeZone);
			// Shared values once, in the default language (Decap copies them to the translations).
			set('kind', template.kind, context.defaultLocale);
			set('severity', template.severity, context.defaultLocale);
			set('start', start, context.defaultLocale);
			set('end', addHoursStored(start, template.hours, context.timeZone), context.defaultLocale);
			for (const locale of locales) {
				const text = template.text[locale as keyof typeof template.text];
				set('title', text.title, locale);
				set('summary', text.summary, locale);
				set('body', text.body, locale);
			}
			this.setState({ applied: context.s(`template.${id}`) });
		}

		render() {
			if (!this.props.entry.get('newRecord')) return h('p', { id: this.props.forID, className: 'bayan-widget-hint' }, '—');
			return h(
				'div',
				{ id: this.props.forID, className: 'bayan-templates', role: 'group' },
				...context.templates.map((template) =>
					h(
						'button',
						{ key: template.id, type: 'button', className: 'bayan-widget-button', 'data-template': template.id, onClick: () => this.apply(template.id) },
						context.s(`template.${template.id}`),
					),
				),
				h('p', { className: 'bayan-widget-hint', role: 'status' }, this.state.applied ? context.s('template.applied', { name: this.state.applied }) : ''),
			);
		}
	};
}

/** A preview that shows a stored date in the editor's calendar. */
function instantPreview(context: AdminContext) {
	// biome-ignore lint/correctness/noComponentHookFactories: the preview closes over the admin context, which Decap cannot pass as a prop; it uses no hooks
	return function InstantPreview({ value }: { value: unknown }) {
		const date = parseStoredInstant(value);
		return h('span', null, date ? formatInstantFor(date, context.uiIntl, context.timeZone) : '');
	};
}

/** Registers the date, number and template widgets. */
export function registerBayanWidgets(cms: DecapCms, context: AdminContext): void {
	cms.registerWidget('bayan-instant', instantControl(context), instantPreview(context));
	cms.registerWidget('bayan-date', dateControl(context));
	cms.registerWidget('bayan-ref', refControl(context));
	cms.registerWidget('bayan-template', templateControl(context));
}
