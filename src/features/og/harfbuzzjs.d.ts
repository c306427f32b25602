/**
 * The part of harfbuzzjs (it ships no types) that the Open Graph text measure uses; see
 * node_modules/harfbuzzjs/hbjs.js for the wrapper these describe.
 */
declare module 'harfbuzzjs' {
	export interface HbBlob {
		destroy(): void;
	}
	export interface HbFace {
		/** Units per em of the face. */
		upem: number;
		destroy(): void;
	}
	export interface HbFont {
		destroy(): void;
	}
	export interface HbBuffer {
		addText(text: string): void;
		guessSegmentProperties(): void;
		setDirection(direction: 'ltr' | 'rtl' | 'ttb' | 'btt'): void;
		getGlyphInfos(): Array<{ codepoint: number; cluster: number }>;
		getGlyphPositions(): Array<{ x_advance: number; y_advance: number; x_offset: number; y_offset: number }>;
		destroy(): void;
	}
	export interface HarfBuzz {
		createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
		createFace(blob: HbBlob, index: number): HbFace;
		createFont(face: HbFace): HbFont;
		createBuffer(): HbBuffer;
		shape(font: HbFont, buffer: HbBuffer, features?: string): void;
	}
	const ready: Promise<HarfBuzz>;
	export default ready;
}
