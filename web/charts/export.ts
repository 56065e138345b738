import type { ExportInfo, LegendItem } from './chart-element';
import { escapeXml, type SerializableNode, toSvgString } from './serialize';
import { wrapText } from './wrap-text';

/** What can be exported: a drawn chart that says what it shows (time charts, the curve, the waterfall). */
export interface ExportableChart extends HTMLElement {
  readonly svgElement: SVGSVGElement | null;
  exportInfo(): ExportInfo;
  drawNow(): Promise<void>;
}

/** Presentation properties copied from computed style, so the file looks right outside the page. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

const HEADER_TITLE = 24;
const LEGEND_ROW = 18;
const FONT = '12px system-ui, sans-serif';
const PAD = 12;

function inlineStyle(node: SerializableNode): Record<string, string> | null {
  if (!(node instanceof Element)) return null;
  const cs = getComputedStyle(node);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  return { style };
}

function isHidden(node: SerializableNode): boolean {
  if (!(node instanceof Element)) return false;
  // The hover overlay and a waterfall row's focus ring belong to the screen, not the file.
  const screenOnly = node.classList.contains('hover') || node.classList.contains('focus-ring');
  return screenOnly || getComputedStyle(node).display === 'none';
}

function resolvedColor(host: Element, color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  (host.shadowRoot ?? host).appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function legendSvg(
  host: Element,
  items: LegendItem[],
  width: number,
  surfaceText: string,
): { svg: string; height: number } {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = FONT;
  const measure = (t: string) => (ctx ? ctx.measureText(t).width : t.length * 7);
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items.filter((i) => i.visible)) {
    const w = 24 + measure(item.label) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const y = row * LEGEND_ROW + 9;
    const color = resolvedColor(host, item.color);
    parts.push(
      item.kind === 'observed'
        ? observedSwatchSvg(item, x + 9, y, color)
        : item.kind === 'shade'
          ? `<rect x="${x}" y="${y - 5}" width="18" height="10" fill="${color}"/>`
          : `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="3"${item.dash ? ' stroke-dasharray="5 3"' : ''}/>`,
      `<text x="${x + 24}" y="${y + 4}" style="font:${FONT};fill:${surfaceText}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: items.length > 0 ? (row + 1) * LEGEND_ROW + 4 : 0 };
}

/** A published figure's legend swatch in the file: the shape the plot draws, centred at (cx, cy). */
function observedSwatchSvg(item: LegendItem, cx: number, cy: number, color: string): string {
  const at = `transform="translate(${cx},${cy})"`;
  switch (item.shape) {
    case 'square':
      return `<rect ${at} x="-4" y="-4" width="8" height="8" fill="${color}"/>`;
    case 'hollow':
      return `<circle ${at} r="4" fill="none" stroke="${color}" stroke-width="1.8"/>`;
    case 'floor':
      return `<path ${at} d="M0,-4.5L4.5,3.5H-4.5Z" fill="${color}"/>`;
    case 'ceiling':
      return `<path ${at} d="M0,4.5L4.5,-3.5H-4.5Z" fill="${color}"/>`;
    default:
      return `<circle ${at} r="4" fill="${color}"/>`;
  }
}

/** Lines of text under the plot, wrapped to the width: the chart's note, caption, notes, then the export caption. */
function textBlock(
  paragraphs: readonly { text: string; size: number; weight?: number }[],
  width: number,
  top: number,
  color: string,
): { svg: string; height: number } {
  const ctx = document.createElement('canvas').getContext('2d');
  const parts: string[] = [];
  let y = top;
  for (const p of paragraphs) {
    const font = `${p.weight ?? 400} ${p.size}px system-ui, sans-serif`;
    if (ctx) ctx.font = font;
    const measure = (t: string) => (ctx ? ctx.measureText(t).width : t.length * p.size * 0.55);
    y += 4;
    for (const line of wrapText(p.text, width, measure)) {
      y += Math.round(p.size * 1.35);
      parts.push(`<text x="0" y="${y - 3}" style="font:${font};fill:${color}">${escapeXml(line)}</text>`);
    }
  }
  return { svg: parts.join(''), height: y - top };
}

/**
 * A standalone SVG document of a chart as shown: computed styles inlined (colours resolved from
 * the theme's custom properties, fonts), with the title, a legend, a background, the chart's
 * caption and notes, and `caption` — the lines that make the file publishable on its own
 * (scenario, changed assumptions, vintage, date, link, source). Returns the XML text; throws if
 * the chart has not been drawn yet.
 */
export function exportSvg(chart: ExportableChart, caption: readonly string[] = []): string {
  const svg = chart.svgElement;
  if (!svg?.hasChildNodes()) throw new Error(`exportSvg: chart "${chart.localName}" has not been drawn yet`);
  const info = chart.exportInfo();
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const hostStyle = getComputedStyle(chart);
  const text = hostStyle.color;
  const background = resolvedColor(chart, 'var(--_surface)');
  const legend = legendSvg(chart, info.legend, width, text);
  const top = HEADER_TITLE + legend.height;
  const body = toSvgString(svg, { extraAttributes: inlineStyle, skip: isHidden }).replace(
    /^<\?xml[^>]*>\s*/,
    '',
  );
  const nested = body.replace(/^<svg/, `<svg x="0" y="${top}"`);
  const below = textBlock(
    [
      ...(info.note ? [{ text: info.note, size: 11 }] : []),
      ...(info.caption ? [{ text: info.caption, size: 11 }] : []),
      ...info.notes.map((n) => ({ text: n, size: 10 })),
      ...caption.map((line, i) => ({ text: line, size: 10.5, weight: i === 0 ? 600 : 400 })),
    ],
    width,
    top + height,
    text,
  );
  const total = top + height + below.height;
  const note = below.svg;
  // A margin so the title and axis labels do not touch the image edge.
  const outerW = width + 2 * PAD;
  const outerH = total + 2 * PAD;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outerW}" height="${outerH}" viewBox="0 0 ${outerW} ${outerH}">`,
    `<title>${escapeXml(info.title)}</title><desc>${escapeXml(info.summary)}</desc>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<g transform="translate(${PAD},${PAD})">`,
    `<text x="0" y="16" style="font:600 13px system-ui, sans-serif;fill:${text}">${escapeXml(info.title)}</text>`,
    `<g transform="translate(0,${HEADER_TITLE})">${legend.svg}</g>`,
    nested,
    note,
    '</g></svg>',
  ].join('');
}

/** A PNG of the chart and its caption at `scale` × its CSS size (2 = sharp on high-DPI screens). Resolves to the image Blob. */
export async function exportPng(
  chart: ExportableChart,
  caption: readonly string[] = [],
  scale = 2,
): Promise<Blob> {
  const svgText = exportSvg(chart, caption);
  const size = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(
    svgText.slice(svgText.indexOf('<svg')),
  );
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 300);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('exportPng: no 2D canvas context available');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('exportPng: canvas.toBlob gave no image'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob (or text, saved as SVG) under `filename` through a temporary link. */
export function download(blob: Blob | string, filename: string): void {
  const data = typeof blob === 'string' ? new Blob([blob], { type: 'image/svg+xml;charset=utf-8' }) : blob;
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke on the next task so it is not cut off.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
