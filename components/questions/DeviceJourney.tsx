'use client';
// The questions and the check page, drawn on the device with JavaScript: the step and the answers live after `#`
// on one neutral address, `/{locale}/questions` (lib/links.ts, stepOnDevice), so no request says what was answered
// or which question comes next. `children` is the step the server drew (the first question on the static page, or
// the step a query link asked for, whose answers move after `#` at once); each answer then goes on to the next
// step here (./journey-in-worker.ts: in a Web Worker started once the page is idle). Without JavaScript the forms
// go to the server.
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import type {QuestionId} from '@/lib/answers/questions';
import {STEP_IN_FRAGMENT} from '@/lib/answers/url-contract';
import type {JourneyStepView} from '@/lib/views/journey-view';
import {CheckStep} from './CheckStep';
import {JourneyContext} from './journey-context';
import {QuestionStep} from './QuestionStep';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {focusQuietly} from '@/components/on-device/focus-quietly';

type Props = {
  locale: string;
  /** The address of the server's step on the device, where its answers move at once; none after a failed submission. */
  fragmentAddress?: string;
  languages: Language[];
  /** The document's title, with `%s` for the step's. */
  titleTemplate: string;
  preparing: string;
  failed: string;
  children: ReactNode;
};

type State = {kind: 'starting'} | {kind: 'server'} | {kind: 'preparing'} | {kind: 'device'; view: JourneyStepView; hash: string; drawn: number};

/** Whether a fragment names a step (`q=`), rather than a place in the page. Checked fully by ./device-journey.ts. */
const namesStep = (hash: string) => new RegExp(STEP_IN_FRAGMENT).test(hash);
const loadJourney = () => import('./journey-in-worker');

export const DeviceJourney = ({locale, fragmentAddress, languages, titleTemplate, preparing, failed, children}: Props) => {
  const [state, setState] = useState<State>({kind: 'starting'});
  const [trouble, setTrouble] = useState(false);
  const drawn = useRef(0);
  const journeyPath = `/${locale}/questions`;

  const show = useCallback(
    async (load: () => Promise<{kind: 'view'; view: JourneyStepView} | {kind: 'go'; href: string} | undefined>) => {
      try {
        let step = await load();
        // A step that leads to another (the next question, one not asked) is followed: on the device, the address
        // changes without a request; the plan is a page of its own, with the answers after `#`. A few hops at most.
        for (let hops = 0; step?.kind === 'go' && hops < 4; hops += 1) {
          const target = new URL(step.href, window.location.href);
          if (target.pathname !== journeyPath) return window.location.replace(target);
          window.history.replaceState(window.history.state, '', step.href);
          step = await (await loadJourney()).stepFromFragment(locale, target.hash);
        }
        setTrouble(false);
        if (step?.kind !== 'view') return setState({kind: 'server'});
        setState({kind: 'device', view: step.view, hash: window.location.hash, drawn: ++drawn.current});
      } catch {
        setTrouble(true);
        setState((current) => (current.kind === 'preparing' || current.kind === 'starting' ? {kind: 'server'} : current));
      }
    },
    [journeyPath, locale],
  );

  const submit = useCallback(
    (question: QuestionId, query: URLSearchParams) =>
      void show(async () => {
        const {submitOnDevice} = await loadJourney();
        return submitOnDevice(locale, question, query);
      }),
    [locale, show],
  );

  useEffect(() => {
    const draw = () => {
      const {hash} = window.location;
      if (!namesStep(hash)) return false;
      setState((current) => (current.kind === 'device' ? current : {kind: 'preparing'}));
      void show(async () => (await loadJourney()).stepFromFragment(locale, hash));
      return true;
    };
    if (!draw()) {
      setState({kind: 'server'});
      const {pathname, search, hash} = window.location;
      // A step opened from a query link (or the old address of a step): its answers move after `#` at once.
      if (fragmentAddress && !hash && `${pathname}${search}` !== fragmentAddress)
        window.history.replaceState(window.history.state, '', fragmentAddress);
    }
    // Fetched ahead once the page is idle: the same file for everyone, so the next step draws without waiting.
    const warm = window.setTimeout(
      () =>
        void loadJourney().then(
          (journey) => journey.warmUp(locale),
          () => undefined,
        ),
      1500,
    );
    const onHashChange = () => void draw();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.clearTimeout(warm);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [fragmentAddress, locale, show]);

  // A new step: its title, the top of the page, and the focus on its heading (as components/FocusHeading.tsx does).
  const drawnStep = state.kind === 'device' ? state.drawn : 0;
  const stepTitle = state.kind === 'device' ? state.view.title : undefined;
  useEffect(() => {
    if (!drawnStep || stepTitle === undefined) return;
    document.title = titleTemplate.replace('%s', stepTitle);
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    focusQuietly(heading);
  }, [drawnStep, stepTitle, titleTemplate]);

  const notice = trouble ? <p role="status">{failed}</p> : null;
  if (state.kind !== 'device') {
    return (
      <JourneyContext.Provider value={submit}>
        {notice}
        {state.kind === 'preparing' && <p role="status">{preparing}</p>}
        {/* The same element throughout, so answers ticked before the page finished loading stay ticked. */}
        <div className={state.kind === 'starting' || state.kind === 'preparing' ? 'awaits-device' : undefined}>{children}</div>
      </JourneyContext.Provider>
    );
  }
  return (
    <JourneyContext.Provider value={submit}>
      <LanguageLinks languages={languages} fragment={state.hash} />
      {notice}
      {state.view.kind === 'question' ? <QuestionStep key={state.drawn} view={state.view} /> : <CheckStep key={state.drawn} view={state.view} />}
    </JourneyContext.Provider>
  );
};
