import { Component, createElement as h } from 'react';
import { parse, stringify } from 'yaml';
import type { AdminContext, ControlProps, DecapCms, ImmutableLike } from './types';
import { isolate } from '../bidi';

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

function slugControl(context: AdminContext) {
	return class SlugControl extends Component<ControlProps> {
		/**
		 * Only a new entry needs a name (the field is not `required` for Decap, which would ask
		 * an existing entry for it too). An existing entry's name is shown from the entry itself
		 * and never put into the form: a value there would differ from the file and make Decap
		 * show "unsaved changes" on an entry nobody touched.
		 */
		// An arrow: Decap calls isValid detached from the control (`this` would be its wrapper).
		isValid = () => {
			if (!this.props.entry?.get('newRecord')) return true;
			const value = typeof this.props.value === 'string' ? this.props.value : '';
			return value ? true : { error: { message: context.s('rule.slugNew') } };
		};

		render() {
			const isNew = Boolean(this.props.entry?.get('newRecord'));
			const existing = this.props.entry?.get('slug');
			const value = isNew ? this.props.value : existing;
			return h('input', {
				type: 'text',
				id: this.props.forID,
				className: this.props.classNameWrapper,
				value: typeof value === 'string' ? value : '',
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
	};
}

/** Widgets need the admin's strings, so they are made per context. */
function yamlControl(context: AdminContext) {
	return class YamlControl extends Component<ControlProps, { text: string; error: string; known: string[] | undefined }> {
		constructor(props: ControlProps) {
			super(props);
			const value = toPlain(props.value);
			this.state = { text: value && typeof value === 'object' ? stringify(value).trimEnd() : '', error: '', known: undefined };
		}

		/**
		 * The keys are channel ids (an hours override's `channels`): the build refuses an id no
		 * channel file has, so the form offers the existing ones and refuses any other.
		 */
		async componentDidMount() {
			if (!this.props.query) return;
			try {
				const result = await this.props.query(this.props.forID, 'channels', [`name.${context.defaultLocale}`], '');
				const hits = (result?.payload?.hits ?? []) as Array<{ slug: string }>;
				this.setState({ known: hits.map((hit) => hit.slug).sort() });
			} catch (cause) {
				console.error(new Error('bayan-yaml: could not list the channels', { cause }));
			}
		}

		/** Keys that are not existing channels. */
		unknownKeys(): string[] {
			const value = toPlain(this.props.value);
			if (!this.state.known || !value || typeof value !== 'object') return [];
			return Object.keys(value).filter((key) => !this.state.known!.includes(key));
		}

		/** Decap asks every control before saving; a non-true answer blocks the save with this message. */
		isValid = () => {
			if (this.state.error) return { error: { message: this.state.error } };
			const unknown = this.unknownKeys();
			if (unknown.length) {
				return { error: { message: context.s('rule.hours.unknownChannel', { channel: unknown.map(isolate).join('، '), known: (this.state.known ?? []).map(isolate).join('، ') }) } };
			}
			return true;
		};

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
				this.state.known
					? h(
							'p',
							{ className: 'bayan-widget-hint', dir: 'ltr', lang: 'en' },
							...this.state.known.map((id) =>
								h(
									'button',
									{ key: id, type: 'button', className: 'bayan-widget-button', onClick: () => this.update(`${this.state.text.trim() ? `${this.state.text.trimEnd()}\n` : ''}${id}: closed`) },
									id,
								),
							),
						)
					: null,
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
	cms.registerWidget('bayan-slug', slugControl(context), ({ value }: { value: unknown }) => h('code', { dir: 'ltr' }, String(value ?? '')));
	cms.registerWidget('bayan-yaml', yamlControl(context), YamlPreview);
}
