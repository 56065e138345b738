import { describe, expect, it } from 'vitest';
import { escapeXml, type SerializableNode, toSvgString } from '../../web/charts/serialize';

function el(name: string, attrs: Record<string, string>, ...children: SerializableNode[]): SerializableNode {
  return {
    nodeType: 1,
    nodeName: name,
    attributes: Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
    childNodes: children,
    nodeValue: null,
  };
}

function text(value: string): SerializableNode {
  return { nodeType: 3, nodeName: '#text', childNodes: [], nodeValue: value };
}

describe('toSvgString', () => {
  const tree = el(
    'svg',
    { width: '10' },
    el('title', {}, text('Spend <2030> & "capex"')),
    el('g', { class: 'hover' }, el('line', {})),
    el('path', { d: 'M0,0L1,1' }),
  );

  it('writes a standalone document with the namespace and escaped text', () => {
    const svg = toSvgString(tree);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg width="10" xmlns="http://www.w3.org/2000/svg">');
    expect(svg).toContain('<title>Spend &lt;2030&gt; &amp; &quot;capex&quot;</title>');
    expect(svg).toContain('<path d="M0,0L1,1"/>');
  });

  it('adds attributes per node and skips what it is told to', () => {
    const svg = toSvgString(tree, {
      extraAttributes: (n) => (n.nodeName === 'path' ? { stroke: 'red' } : null),
      skip: (n) => n.nodeName === 'g',
    });
    expect(svg).toContain('<path d="M0,0L1,1" stroke="red"/>');
    expect(svg).not.toContain('hover');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href='x'>&"`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&quot;');
  });
});
