import { Component, createElement as h } from 'react';
import { parse, stringify } from 'yaml';
import type { AdminContext, ControlProps, DecapCms, ImmutableLike } from './types';

/**
 * Two widgets Decap lacks. `bayan-slug`: the file name, typed once for a new entry (Latin,
 * left-to-right even in a Persian form) and shown read-only afterwards, because renaming a
 * file would break links; the custom formats never write it into the file.
 * `bayan-yaml`: a small YAML box for maps whose keys the editor chooses (channel id →
 * hours), stored as a real object so the file stays plain YAML.
 */

function toPlain(value: unknown): unknown {
	return value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS() : value;
}

class SlugControl extends Component<ControlProps> {
	componentDidMount() {
		const existing = this.props.entry?.get('slug');
		// An existing entry's file name is its slug; fill the field so saving does not ask for it.
		if (!this.props.value && typeof existing === 'string' && existing && !this.props.entry.get('newRecord')) {
			this.props.onChange(existing);
		}
	}

	render() {
		const isNew = Boolean(this.props.entry?.get('newRecord'));
		return h('input', {
			type: 'text',
			id: this.props.forID,
			className: this.props.classNameWrapper,
			value: typeof this.props.value === 'string' ? this.props.value : '',
			readOnly: !isNew,
			dir: 'ltr',
			lang: 'en',
			// Tells rtl.ts to leave this box left-to-right inside a Persian pane.
			'data-bayan-fixed': '',
			spellCheck: false,
			autoComplete: 'off',
			inputMode: 'url',
			onFocus: this.props.setActiveStyle,
			onBlur: this.props.setInactiveStyle,
			onChange: (event: { target: { value: string } }) => this.props.onChange(event.target.value.trim().toLowerCase()),
		});
	}
}

/** Widgets need the admin's strings, so they are made per context. */
function yamlControl(context: AdminContext) {
	return class YamlControl extends Component<ControlProps, { text: string; error: string }> {
		constructor(props: ControlProps) {
			super(props);
			const value = toPlain(props.value);
			this.state = { text: value && typeof value === 'object' ? stringify(value).trimEnd() : '', error: '' };
		}

		/** Decap asks every control before saving; a non-true answer blocks the save with this message. */
		isValid() {
			return this.state.error ? { error: { message: this.state.error } } : true;
		}

		update(text: string) {
			let error = '';
			let parsed: unknown;
			try {
				parsed = text.trim() ? parse(text) : undefined;
				if (parsed !== undefined && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))) {
					error = context.s('yaml.notMap');
				}
			} catch (cause) {
				error = context.s('yaml.invalid', { error: (cause as Error).message.split('\n')[0] ?? '' });
			}
			this.setState({ text, error });
			if (!error) this.props.onChange(parsed);
		}

		render() {
			return h(
				'div',
				null,
				h('textarea', {
					id: this.props.forID,
					className: this.props.classNameWrapper,
					value: this.state.text,
					dir: 'ltr',
					lang: 'en',
					'data-bayan-fixed': '',
					rows: 6,
					spellCheck: false,
					placeholder: 'contact-centre: closed\ntehran-vanak:\n  - { open: "10:00", close: "16:00" }',
					'aria-describedby': `${this.props.forID}-hint`,
					onFocus: this.props.setActiveStyle,
					onBlur: this.props.setInactiveStyle,
					onChange: (event: { target: { value: string } }) => this.update(event.target.value),
				}),
				h('p', { id: `${this.props.forID}-hint`, className: 'bayan-widget-hint' }, this.state.error || context.s('yaml.hint')),
			);
		}
	};
}

function YamlPreview({ value }: { value: unknown }) {
	const plain = toPlain(value);
	return h('pre', { dir: 'ltr' }, plain ? stringify(plain) : '');
}

/** Registers Bayan's widgets. */
export function registerWidgets(cms: DecapCms, context: AdminContext): void {
	cms.registerWidget('bayan-slug', SlugControl, ({ value }: { value: unknown }) => h('code', { dir: 'ltr' }, String(value ?? '')));
	cms.registerWidget('bayan-yaml', yamlControl(context), YamlPreview);
}
