import {describe, expect, it} from 'vitest';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {DEFAULT_LOCALE} from '@/i18n/locales';
import {FORM_ERRORS} from '@/lib/answers/question-forms';
import {QUESTION_IDS, QUESTIONS, choiceFieldOf, isChoiceQuestion} from '@/lib/answers/questions';
import {SECTION_IDS} from '@/lib/plan/sections';
import {PLATFORMS} from '@/lib/answers/schema';
import {isPdfPrintable} from '@/lib/pdf/printable';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key)) : [prefix];

const CATALOGUES = Object.entries(ALL_MESSAGES);

describe('interface messages', () => {
  it.each(CATALOGUES)('%s has the same keys as the first locale', (_locale, messages) => {
    expect(keys(messages).sort()).toEqual(keys(ALL_MESSAGES[DEFAULT_LOCALE]).sort());
  });

  it('name every question, every answer it offers and every error its form can show', () => {
    for (const [, messages] of CATALOGUES) {
      for (const id of QUESTION_IDS.filter(isChoiceQuestion)) {
        const own = messages.Questions[id as keyof typeof messages.Questions] as Record<string, string>;
        // Platforms are named once (Platforms); where the threats come from names them the same way.
        for (const value of choiceFieldOf(id).codec.values)
          expect(
            id === 'platforms' || (id === 'threatChannel' && value in messages.Platforms) ? messages.Platforms : own,
            `${id}.${value}`,
          ).toHaveProperty(value);
        if (QUESTIONS[id].notSaid) expect(own, `${id}.notSaid`).toHaveProperty('notSaid');
      }
      for (const question of QUESTION_IDS) expect(messages.Questions[question as keyof typeof messages.Questions]).toHaveProperty('title');
      for (const error of FORM_ERRORS) expect(messages.Questions.errors).toHaveProperty(error);
    }
  });

  // Reasons are typed keys of the first locale's Reasons (ReasonKey), and every locale has the same keys.
  it('name every section and platform the plan can show', () => {
    for (const [, messages] of CATALOGUES) {
      for (const section of SECTION_IDS) expect(messages.Plan.sections).toHaveProperty(section);
      for (const platform of PLATFORMS) expect(messages.Platforms).toHaveProperty(platform);
    }
  });

  it('use only characters the PDF fiche can print (Windows-1252)', () => {
    for (const [, messages] of CATALOGUES) {
      const text = JSON.stringify(messages);
      expect([...new Set([...text].filter((ch) => !isPdfPrintable(ch)))]).toEqual([]);
    }
  });

  it('keep page titles neutral', () => {
    const words = /sextorsion|sextortion|nude|nudes|nu·e|chantage|blackmail|porn/i;
    for (const [, messages] of CATALOGUES) {
      expect(messages.Meta.siteName).not.toMatch(words);
      expect(messages.Meta.titleTemplate).not.toMatch(words);
      for (const title of [messages.Check.title, messages.Plan.title, messages.NotFound.title]) expect(title).not.toMatch(words);
    }
  });
});
