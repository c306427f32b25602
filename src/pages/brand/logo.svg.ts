import type { APIRoute } from 'astro';
import { brand } from '../../core/brand';

/** The brand's logo for light backgrounds, checked and re-serialised from src/brand.config.ts. */
export const GET: APIRoute = () => new Response(brand.logo.light, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
