import {expect, it} from 'vitest';
import {linkLines} from '@/lib/pdf/link-lines';

it('leaves a link that fits on one line whole', () => {
  expect(linkLines('https://recours.example/fr/plan?c=fr&p=x', 90)).toEqual(['https://recours.example/fr/plan?c=fr&p=x']);
});

it('cuts a long link after an "&", each piece within the line, nothing lost or added', () => {
  const url = `https://recours.example/fr/plan?c=fr&${['x', 'facebook', 'instagram', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'youtube', 'reddit'].map((p) => `p=${p}`).join('&')}&k=4&u=1`;
  const lines = linkLines(url, 40);
  expect(lines.join('')).toBe(url);
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  for (const line of lines.slice(0, -1)) expect(line.endsWith('&')).toBe(true);
});

it('cuts anywhere when a piece has no "&" to cut after', () => {
  const url = `https://recours.example/${'a'.repeat(50)}`;
  const lines = linkLines(url, 30);
  expect(lines.join('')).toBe(url);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
});
