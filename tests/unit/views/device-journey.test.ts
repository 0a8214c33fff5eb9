// The questions drawn on the device: walking every named persona's answers through the device's journey, form by
// form, draws each step exactly as the server's builders do (from the static data's namespaces only) and ends on
// the plan's fragment address with the persona's answers. Nothing in the walk is a request.
import {describe, expect, it, vi} from 'vitest';
import {createTranslator} from 'use-intl/core';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {LOCALES} from '@/i18n/locales';
import {readQuestionRequest} from '@/lib/answers/journey';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {chosenValues, fieldsOf, isChoiceQuestion, choiceFieldOf, type QuestionId} from '@/lib/answers/questions';
import type {Answers} from '@/lib/answers/schema';
import {toQueryString} from '@/lib/answers/to-query';
import {PRIVATE_KEYS} from '@/lib/answers/url-contract';
import {linksFor} from '@/lib/links';
import {PLAN_NAMESPACES} from '@/lib/views/plan-data';
import {buildCheckStepView, buildQuestionStepView, type JourneyStepView} from '@/lib/views/journey-view';
import type {WordsFor} from '@/lib/views/words';
import {SCENARIOS} from '../../scenarios';
import {nextIntlServer} from './intl-stub';

vi.mock('next-intl/server', () => nextIntlServer);
const asked = new Set<string>();
// The device's data: only the namespaces the static file carries; asking for any other fails below.
vi.mock('@/components/on-device/device-data', () => ({
  deviceData: async (locale: (typeof LOCALES)[number]) => ({
    locale,
    content: [],
    messages: Object.fromEntries(PLAN_NAMESPACES.map((name) => [name, ALL_MESSAGES[locale][name]])),
  }),
  deviceWords:
    ({locale, messages}: {locale: string; messages: Record<string, unknown>}): WordsFor =>
    async (namespace) => {
      asked.add(namespace);
      return createTranslator({locale, messages: messages as never, namespace: namespace as never, timeZone: 'UTC'}) as never;
    },
}));

const {stepFromFragment, submitOnDevice, deviceJourneyHrefs} = await import('@/components/questions/device-journey');
const {serverWords} = await import('@/app/_server/server-words');

/**
 * What a person would tick or type on a question's form for these answers. A question the persona leaves open gets
 * "I'd rather not say" ('') where it has one, else "I don't know" or "for me" (added to `filled`).
 */
const formFields = (question: QuestionId, answers: Answers, filled: [string, string][]): [string, string][] =>
  fieldsOf(question).flatMap((field): [string, string][] => {
    if (field.kind === 'age') return [[field.key, answers[field.prop]?.toString() ?? '']];
    const choice = choiceFieldOf(question as never);
    const values = isChoiceQuestion(question) ? chosenValues(question, answers) : [];
    if (values.length > 0) return values.map((value) => [field.key, choice.codec.code(value)]);
    const filler = (['me', 'unknown'] as const).find((value) => (choice.codec.values as readonly string[]).includes(value));
    if (filler === undefined) return [[field.key, '']];
    const entry: [string, string] = [field.key, choice.codec.code(filler as never)];
    filled.push(entry);
    return [entry];
  });

const serverView = async (locale: string, hash: string, step: string): Promise<JourneyStepView> => {
  const query = new URLSearchParams(hash.slice(1));
  query.delete(PRIVATE_KEYS.step);
  const hrefs = deviceJourneyHrefs(locale);
  if (step === 'check') return buildCheckStepView(serverWords(locale), parseAnswers(query), hrefs);
  const question = step as QuestionId;
  return buildQuestionStepView(
    serverWords(locale),
    locale,
    question,
    readQuestionRequest(question, query),
    hrefs,
    linksFor(locale).question(question),
  );
};

describe('the questions drawn on the device', {timeout: 120_000}, () => {
  for (const locale of LOCALES) {
    it(`${locale}: every persona walks from the first question to the plan, each step as the server draws it`, async () => {
      const links = linksFor(locale);
      for (const scenario of SCENARIOS) {
        const target = parseAnswers(new URLSearchParams(scenario.query)).answers;
        const filled: [string, string][] = [];
        let hash = new URL(links.stepOnDevice('who'), 'https://x.test').hash;
        const seen: string[] = [];
        for (let guard = 0; guard < 12; guard++) {
          const step = new URLSearchParams(hash.slice(1)).get(PRIVATE_KEYS.step)!;
          seen.push(step);
          const drawn = await stepFromFragment(locale, hash);
          expect(drawn?.kind, `${scenario.name}: ${step}`).toBe('view');
          if (drawn?.kind !== 'view') break;
          expect(drawn.view, `${scenario.name}: ${step}`).toEqual(await serverView(locale, hash, step));
          if (drawn.view.kind === 'check') {
            // The check page's button: the plan, its answers after `#`.
            const plan = new URL(drawn.view.submit.href, 'https://x.test');
            expect(plan.pathname).toBe(`/${locale}/plan`);
            expect(plan.search).toBe('');
            const reached = parseAnswers(new URLSearchParams(plan.hash.slice(1)));
            const expected = parseAnswers(new URLSearchParams([...new URLSearchParams(scenario.query), ...filled])).answers;
            expect(toQueryString(reached.answers), scenario.name).toBe(toQueryString(expected));
            break;
          }
          const {view} = drawn;
          const submitted = new URLSearchParams([...view.hidden, ...formFields(view.question, target, filled), [PRIVATE_KEYS.submitted, '1']]);
          const next = await submitOnDevice(locale, view.question, submitted);
          expect(next.kind, `${scenario.name}: after ${step} ${JSON.stringify(next.kind === 'view' ? next.view : '')}`).toBe('go');
          if (next.kind !== 'go') break;
          const address = new URL(next.href, 'https://x.test');
          expect(address.pathname, 'every step keeps the one neutral address').toBe(`/${locale}/questions`);
          expect(address.search).toBe('');
          hash = address.hash;
        }
        expect(seen.at(-1), `${scenario.name}: reached the check page via ${seen.join(' → ')}`).toBe('check');
      }
      for (const namespace of asked)
        expect(
          PLAN_NAMESPACES.some((name) => namespace === name || namespace.startsWith(`${name}.`)),
          namespace,
        ).toBe(true);
    });
  }

  it('a fragment naming no step is left to the page; a question not asked leads to the first one', async () => {
    expect(await stepFromFragment('fr', '#field-ageMade')).toBeUndefined();
    expect(await stepFromFragment('fr', '#q=nonsense&c=fr')).toBeUndefined();
    expect(await stepFromFragment('fr', '#q=province&c=fr')).toEqual({kind: 'go', href: '/fr/questions#q=who&c=fr'});
  });

  it('a fragment cannot submit a form: "s=1" in a link only shows the step', async () => {
    const drawn = await stepFromFragment('fr', '#q=country&w=1&c=fr&s=1');
    expect(drawn?.kind).toBe('view');
  });
});
