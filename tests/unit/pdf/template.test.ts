import {expect, it} from 'vitest';
import {fillTemplate} from '@/lib/pdf/template';

it('fills the placeholders it knows and leaves the others', () => {
  expect(fillTemplate('Page {page} sur {total}', {page: 2, total: 20})).toBe('Page 2 sur 20');
  expect(fillTemplate('Appeler le {number} {other}', {number: '3018'})).toBe('Appeler le 3018 {other}');
});
