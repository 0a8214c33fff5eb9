// One axe run with the WCAG 2.2 A/AA rules, as lines that name each violation and where it is.
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const axeViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({page}).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
};
