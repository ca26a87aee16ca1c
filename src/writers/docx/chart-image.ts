// A chart as the DOCX carries it: an SVG (crisp in Word 365 and LibreOffice) with the PNG fallback Word requires
// for older versions. Both are drawn from the same geometry as the PDF's vector chart; the PNG has the marks
// only (no text), the numbers being in the alt text and the data table that follows every chart.
import { zlibSync } from 'fflate';
import type { Chart } from '../../document/model.js';
import { CHART_LABEL_SIZE, chartGeometry, type ChartGeometry } from '../chart-geometry.js';
import { COLOR } from '../theme.js';
import { xmlEscape } from './units.js';

const STROKE: Record<string, string> = { axis: COLOR.text, grid: COLOR.rule, series: COLOR.noteBar, bar: COLOR.noteBar };

export function chartSvg(geometry: ChartGeometry): string {
  const parts: string[] = [];
  for (const m of geometry.marks) {
    const colour = `#${STROKE[m.role] ?? COLOR.text}`;
    if (m.kind === 'rect') parts.push(`<rect x="${m.x.toFixed(1)}" y="${m.y.toFixed(1)}" width="${m.w.toFixed(1)}" height="${m.h.toFixed(1)}" fill="${colour}"/>`);
    else if (m.kind === 'line') parts.push(`<line x1="${m.x.toFixed(1)}" y1="${m.y.toFixed(1)}" x2="${(m.x + m.w).toFixed(1)}" y2="${(m.y + m.h).toFixed(1)}" stroke="${colour}" stroke-width="${m.role === 'series' ? 1.5 : 0.6}"/>`);
    else parts.push(`<circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="${(m.w / 2).toFixed(1)}" fill="${colour}"/>`);
  }
  for (const l of geometry.labels) {
    parts.push(`<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" font-family="Arial, Liberation Sans, sans-serif" font-size="${CHART_LABEL_SIZE}" text-anchor="${l.anchor}" fill="#${COLOR.text}">${xmlEscape(l.text)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${geometry.width}pt" height="${geometry.height}pt" viewBox="0 0 ${geometry.width} ${geometry.height}">${parts.join('')}</svg>`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The marks rasterised at `scale` pixels per point into an RGB PNG. */
export function chartPng(geometry: ChartGeometry, scale = 2): Uint8Array {
  const w = Math.ceil(geometry.width * scale);
  const h = Math.ceil(geometry.height * scale);
  const pixels = new Uint8Array(h * (w * 3 + 1)).fill(255);
  for (let y = 0; y < h; y++) pixels[y * (w * 3 + 1)] = 0; // filter byte: none
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: [number, number, number]) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) {
        const at = y * (w * 3 + 1) + 1 + x * 3;
        pixels[at] = colour[0];
        pixels[at + 1] = colour[1];
        pixels[at + 2] = colour[2];
      }
    }
  };
  for (const m of geometry.marks) {
    const colour = rgb(STROKE[m.role] ?? COLOR.text);
    const [x, y, mw, mh] = [m.x * scale, m.y * scale, m.w * scale, m.h * scale];
    if (m.kind === 'rect') fill(x, y, x + mw, y + mh, colour);
    else if (m.kind === 'dot') fill(x - mw / 2, y - mh / 2, x + mw / 2, y + mh / 2, colour);
    else {
      const thick = m.role === 'series' ? 3 : 1;
      const steps = Math.max(1, Math.ceil(Math.hypot(mw, mh)));
      for (let i = 0; i <= steps; i++) fill(x + (mw * i) / steps - thick / 2, y + (mh * i) / steps - thick / 2, x + (mw * i) / steps + thick / 2, y + (mh * i) / steps + thick / 2, colour);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, w);
  view.setUint32(4, h);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', zlibSync(pixels, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function chartImages(chart: Chart, width: number): { svg: Uint8Array; png: Uint8Array; geometry: ChartGeometry } {
  const geometry = chartGeometry(chart, width);
  return { svg: new TextEncoder().encode(chartSvg(geometry)), png: chartPng(geometry), geometry };
}
