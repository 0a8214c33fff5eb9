import {describe, expect, it} from 'vitest';
import {markdownTree} from '@/lib/content/render-markdown';

describe('markdownTree (the PDF renders from it)', () => {
  it('parses Markdown, lists and links included', () => {
    const tree = markdownTree('Some **bold** text.\n\n- [a link](https://example.org)\n- two');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
  });

  it('parses each text once: the same text gives the same tree, another text its own', () => {
    const text = 'Once only.';
    expect(markdownTree(text)).toBe(markdownTree(text));
    expect(markdownTree('Another text.')).not.toBe(markdownTree(text));
  });
});
