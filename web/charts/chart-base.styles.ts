import { css } from 'lit';

/**
 * Shared look of every chart. Colours come from custom properties the app may set on :root
 * (--jv-series-1…6, --jv-axis, --jv-grid, --jv-marker, --jv-shading, --jv-text,
 * --jv-surface); the fallbacks use light-dark(), so they follow the page's `color-scheme`
 * (set `color-scheme: dark` for the dark theme). Text colours keep ≥ 4.5:1 on the surface in
 * both schemes (#374151 on white 10.3:1, #d1d5db on #111827 12:1; axis #4b5563 7.6:1 / #9ca3af 6.9:1).
 */
export const chartBaseStyles = css`
  :host {
    display: block;
    --_s1: var(--jv-series-1, light-dark(#1f63b5, #6cb4ee));
    --_s2: var(--jv-series-2, light-dark(#c04f00, #f5a05a));
    --_s3: var(--jv-series-3, light-dark(#17805a, #4cc38a));
    --_s4: var(--jv-series-4, light-dark(#7247b0, #bba2f2));
    --_s5: var(--jv-series-5, light-dark(#b8175a, #f07aa8));
    --_s6: var(--jv-series-6, light-dark(#56606e, #aab3c0));
    --_axis: var(--jv-axis, light-dark(#4b5563, #9ca3af));
    --_grid: var(--jv-grid, light-dark(#e5e7eb, #2b3442));
    --_marker: var(--jv-marker, light-dark(#111827, #f3f4f6));
    --_shading: var(--jv-shading, light-dark(rgb(220 38 38 / 0.1), rgb(248 113 113 / 0.16)));
    --_text: var(--jv-text, light-dark(#374151, #d1d5db));
    --_surface: var(--jv-surface, light-dark(#ffffff, #111827));
    color: var(--_text);
    font: 12px/1.35 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  figure { margin: 0; }
  .title { font-weight: 600; font-size: 13px; margin: 0 0 4px; }
  .legend { display: flex; flex-wrap: wrap; gap: 2px 10px; margin: 0 0 4px; padding: 0; list-style: none; }
  .legend button, .legend span.item {
    display: inline-flex; align-items: center; gap: 6px; border: 0; background: none; color: inherit;
    font: inherit; padding: 2px 4px; border-radius: 4px; cursor: pointer;
  }
  .legend span.item { cursor: default; }
  /* A series' plain key: the printed legend (on screen its toggle stands in its place). */
  .legend span.key { display: none; }
  /* A hidden series keeps full text contrast: only the swatch fades and the name is struck through. */
  .legend button[aria-pressed='false'] { text-decoration: line-through; }
  .legend button[aria-pressed='false'] .swatch { opacity: 0.3; }
  .legend button:focus-visible, .plot-wrap:focus-visible { outline: 2px solid var(--_s1); outline-offset: 2px; }
  .swatch { flex: none; width: 18px; height: 0; border-top: 3px solid currentColor; }
  .swatch.band { opacity: 0.45; }
  .swatch.dash { border-top-style: dashed; }
  .swatch.rule { border-top-width: 1.5px; }
  .swatch.block { height: 10px; border: 0; }
  .plot-wrap { position: relative; border-radius: 4px; touch-action: pan-y; }
  svg { display: block; overflow: visible; max-width: 100%; }
  svg text { fill: var(--_text); font: inherit; font-size: 11px; }
  .axis-x text, .axis-y text, .axis-y2 text { fill: var(--_axis); font-size: 11px; }
  .axis-x path, .axis-y path, .axis-y2 path, .axis-x line, .axis-y line, .axis-y2 line { stroke: var(--_axis); }
  .axis-title { font-size: 11px; text-anchor: middle; fill: var(--_text); }
  text.empty { text-anchor: middle; font-size: 13px; }
  .grid line { stroke: var(--_grid); stroke-width: 1; }
  .line { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
  .line.dash { stroke-dasharray: 6 4; stroke-width: 1.6; }
  .area { fill-opacity: 0.12; stroke: none; }
  .band { stroke: none; }
  .bars rect { stroke-width: 1; }
  .bars.dash rect { stroke-dasharray: 4 3; stroke-width: 1.5; }
  .shade { fill: var(--_shading); }
  .marker .diamond { fill: var(--_marker); stroke: var(--_surface); stroke-width: 1; }
  .marker .range { stroke: var(--_marker); stroke-width: 2; }
  .marker .leader { stroke: var(--_marker); stroke-width: 1; }
  .marker-label { font-size: 10.5px; fill: var(--_text); paint-order: stroke; stroke: var(--_surface); stroke-width: 3px; }
  .rule line { stroke: var(--_text); stroke-dasharray: 3 3; }
  .rule text, .point text { font-size: 11px; paint-order: stroke; stroke: var(--_surface); stroke-width: 3px; }
  .point circle { stroke: var(--_surface); stroke-width: 2; }
  .point .leader { stroke: var(--_axis); stroke-width: 1; stroke-dasharray: 1 2; }
  .y-rule line { stroke: var(--_text); stroke-width: 1.2; }
  /* Published figures, in their series' colour (set as the group's color): unlike the diamonds. */
  .obs .span { stroke: currentColor; stroke-width: 2.5; stroke-linecap: round; }
  .obs .whisker { fill: none; stroke: currentColor; stroke-width: 1.5; }
  .obs .bound { fill: currentColor; stroke: var(--_surface); stroke-width: 1; }
  .obs .dot { fill: currentColor; stroke: var(--_surface); stroke-width: 1.5; }
  .obs.hollow .dot { fill: var(--_surface); stroke: currentColor; stroke-width: 2; }
  .obs.hollow .span { stroke-dasharray: 4 3; }
  .legend .obs-swatch { flex: none; width: 14px; height: 14px; overflow: visible; }
  .obs-swatch circle, .obs-swatch rect, .obs-swatch path { fill: var(--_marker); }
  .obs-swatch.hollow circle { fill: none; stroke: var(--_marker); stroke-width: 1.8; }

  .hover-rule { stroke: var(--_axis); stroke-width: 1; }
  .hover circle { stroke: var(--_surface); stroke-width: 1.5; }
  .tooltip {
    position: absolute; top: 4px; pointer-events: none; background: var(--_surface); color: var(--_text);
    border: 1px solid var(--_grid); border-radius: 6px; padding: 6px 8px; width: max-content;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); z-index: 1;
  }
  .tooltip .heading { font-weight: 600; margin-bottom: 2px; }
  .tooltip .row { display: flex; align-items: center; gap: 6px; }
  .tooltip .glyph { flex: none; width: 12px; text-align: center; }
  .obs-card { width: 22rem; }
  .obs-card .line { margin-top: 2px; }
  .obs-card .date { white-space: nowrap; }
  .obs-card .compare { margin-top: 4px; font-weight: 600; }
  .tooltip .row .value { margin-left: auto; font-variant-numeric: tabular-nums; padding-left: 8px; white-space: nowrap; }
  .note { margin: 2px 0 0; font-size: 11px; color: var(--_text); }
  .caption { margin: 4px 0 0; font-size: 11.5px; line-height: 1.4; color: var(--_text); }
  ol.notes { margin: 4px 0 0; padding: 0; list-style: none; font-size: 11px; line-height: 1.4; color: var(--_text); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media print {
    svg { width: 100%; height: auto; }
    /* On paper the legend is a key: no buttons, and no entry for a series switched off (not drawn). */
    .legend button.toggle, .legend li.off { display: none; }
    .legend span.key { display: inline-flex; padding: 0 2px; }
  }
`;
