// The server-side view code, run as the pages run it (the translator stubbed with the same catalogues): the plan's
// model and page view, "right now", the letters and the question fields, for named people.
import {describe, expect, it, vi} from 'vitest';
import {nextIntlServer} from './intl-stub';

vi.mock('next-intl/server', () => nextIntlServer);

const {openPlanRequest} = await import('@/app/_server/plan-request');
const {buildPlanModel} = await import('@/app/_server/plan-model');
const {planView} = await import('@/app/_server/plan-view');
const {noticeViews} = await import('@/lib/views/notice-views');
const {serverTextSources} = await import('@/app/_server/text-sources');
const {buildPlan} = await import('@/lib/plan/build-plan');
const {contentLibrary} = await import('@/lib/content/content-store');
const {fieldView} = await import('@/lib/views/question-view');
const {serverWords} = await import('@/app/_server/server-words');
const {platformReportTexts} = await import('@/lib/views/report-texts');

const open = (locale: 'fr' | 'en', query: string) => openPlanRequest(locale, new URLSearchParams(query));

// The first call loads the content library: a budget of its own, not the default 5 s.
describe('the plan as the page draws it', {timeout: 60_000}, () => {
  it('a 15-year-old in France, blackmailed on Snapchat: "right now" leads with don\'t pay, then 3018, every tap filled', async () => {
    const request = await open('fr', 'c=fr&p=snapchat&a=15&b=15&u=2');
    const view = await planView(request, await buildPlanModel(request));
    expect(view.now.actions.map((action) => action.id)).toEqual(['dontPay', 'call3018', 'noteLinks']);
    for (const action of view.now.actions) {
      expect(action.text).not.toMatch(/[{}]|Now\./);
      // A number to call, a page to open, or the plan's own step (its anchor on the page).
      expect(action.tap.href).toMatch(/^(tel:|https:|\/fr\/|#[a-z-]+$)/);
    }
    expect(view.now.actions[1]?.tap.href).toBe('tel:3018');
    expect(view.sections.length).toBeGreaterThan(2);
  });

  it("an adult in Belgium, own selfie shared on X: the letters name Belgium's authority and coordinator", async () => {
    const request = await open('en', 'c=be&p=x&a=25&b=26&k=1&m=1');
    const letters = await noticeViews(serverTextSources('en'), request.state.answers, request.today);
    expect(letters.map((letter) => letter.kind)).toEqual(expect.arrayContaining(['copyright', 'host-notice']));
    const text = letters.flatMap((letter) => letter.when).join(' ');
    expect(text).toContain('BIPT');
    expect(text).toContain('(APD/GBA)');
    expect(text).not.toMatch(/\{|authority\.|dsc\./);
  });

  it('each platform of a plan gets its report text, in French and in English', async () => {
    const {state, today} = await open('fr', 'c=fr&p=x&p=snapchat&a=15&b=16&k=2');
    const texts = await platformReportTexts(serverTextSources('fr'), state.answers, buildPlan(state.answers, today, contentLibrary('fr')));
    expect(texts.map((text) => text.platform).sort()).toEqual(['snapchat', 'x']);
    expect(texts[0]?.english).toMatch(/I was 15 years old/);
  });

  it('the country question lists every place by its name, "elsewhere" last; province offers "rather not say"', async () => {
    const country = await fieldView(serverWords('fr'), 'fr', 'country', {platforms: [], situation: []});
    expect(country.kind).toBe('radios');
    const labels = country.kind === 'radios' ? country.options.map((option) => option.label) : [];
    expect(labels.at(-1)).toMatch(/ailleurs|autre/i);
    expect(labels.every((label) => label && !label.includes('.'))).toBe(true);
    const province = await fieldView(serverWords('en'), 'en', 'province', {platforms: [], situation: [], country: 'ca'});
    expect(province.kind === 'radios' && province.options.at(-1)?.value).toBe('');
  });
});
