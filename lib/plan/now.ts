// "Right now": the rule table's own column for the top of every plan. At most three actions, in priority order,
// each one short sentence (a message `Now.<id>`) with one tap: a number or link of a content file that serves
// the person (the same tap the step itself shows), or the plan's own step that explains it.
import type {Platform} from '../answers/schema';
import {entryServes, tapFor, type Catalogue, type Target} from './eligibility';
import type {Facts} from './facts';
import {routesFor, type NowChoice, type ReasonKey} from './places';
import {imageAgeReason, reasonFor, type Because} from './reasons';
import type {SectionId} from './sections';

export const NOW_LIMIT = 3;

/** Where the action's one tap goes. */
export type NowTap = {kind: 'contact'; contentId: string; target: Target} | {kind: 'step'; section: SectionId};

/** What an action does, for the rules every plan keeps (evidence before any report, the emergency first). */
export type NowKind = 'emergency' | 'threats' | 'help' | 'evidence' | 'report' | 'reupload';

/** Every action's id: its sentence is the message `Now.<id>.text`, and its tap's label `Now.<id>.tap` when it has one. */
export const NOW_IDS = [
  'emergency',
  'dontPay',
  'call3018',
  'cyber17',
  'cybertipThreats',
  'antifraudCa',
  'takeItDownEarly',
  'stopNciiEarly',
  'adviceHere',
  'threatsHelp',
  'noteLinks',
  'keepEvidence',
  'reportPlatform',
  'pointDeContact',
  'cybertip',
  'bodyHere',
  'takeItDown',
  'stopNcii',
] as const;
export type NowId = (typeof NOW_IDS)[number];

export type NowAction = {id: NowId; kind: NowKind; tap: NowTap; because: ReasonKey; platform?: Platform};

/** A service the action may reach; without `because`, its reason is what its eligibility depends on. */
type Candidate = {contentId: string; id: NowId; kind: NowKind; because?: Because; generally?: ReasonKey; platform?: Platform};
type StepAction = {id: NowId; kind: NowKind; section: SectionId; because: Because};
type NowRule = {when: (f: Facts) => boolean; candidates: (f: Facts) => Candidate[]} | {when: (f: Facts) => boolean; step: StepAction};

const imageMaybeUnder18 = (f: Facts) => f.madeUnder18 !== 'no';
// Who is reached first: services for young people when the person may be under 18, a parent fills in, or the
// image may have been made under 18.
const group = (f: Facts): keyof NowChoice => (f.nowUnder18 !== 'no' || f.helper === 'parent' || imageMaybeUnder18(f) ? 'young' : 'adult');

/** The first platform the person can report to, in the vocabulary's order. */
const reportablePlatform = (f: Facts): Platform | undefined =>
  f.platforms.find((platform) => platform !== 'unknown' && platform !== 'not-online' && platform !== 'search-engine');

// The sentence each service gets when it is reached first; others say what their kind of action does.
const THREAT_TEXTS: Record<string, NowId> = {
  '3018': 'call3018',
  'sextortion-fr': 'cyber17',
  cybertip: 'cybertipThreats',
  'sextortion-ca': 'antifraudCa',
  'take-it-down': 'takeItDownEarly',
  stopncii: 'stopNciiEarly',
  'bee-secure': 'adviceHere',
};
const BODY_TEXTS: Record<string, NowId> = {
  '3018': 'call3018',
  'point-de-contact': 'pointDeContact',
  cybertip: 'cybertip',
  'bee-secure': 'adviceHere',
};

const choose =
  (pick: (f: Facts) => readonly string[], texts: Record<string, NowId>, fallback: NowId, kind: NowKind, generally: ReasonKey) =>
  (f: Facts): Candidate[] =>
    pick(f).map((contentId) => ({contentId, id: texts[contentId] ?? fallback, kind, generally}));

export const NOW_RULES: readonly NowRule[] = [
  // In danger: the place's emergency step's own number comes before anything else.
  {when: (f) => f.danger, candidates: (f) => [{contentId: routesFor(f).emergency, id: 'emergency', kind: 'emergency', because: 'danger'}]},
  // Blackmail: stop the exchange, reach the service for the person's age, keep links rather than images.
  {when: (f) => f.threatened, step: {id: 'dontPay', kind: 'threats', section: 'threats', because: 'threatened'}},
  {when: (f) => f.threatened, candidates: choose((f) => routesFor(f).now.threats[group(f)], THREAT_TEXTS, 'threatsHelp', 'help', 'threatened')},
  // Evidence before any report: reported content can disappear. For an image made under 18, links and
  // accounts only, never the image.
  {when: imageMaybeUnder18, step: {id: 'noteLinks', kind: 'evidence', section: 'evidence', because: imageAgeReason}},
  {when: (f) => !imageMaybeUnder18(f), step: {id: 'keepEvidence', kind: 'evidence', section: 'evidence', because: 'evidenceFirst'}},
  // Content online: report it where it is, alert the body that can have it removed, stop it coming back.
  {
    when: (f) => reportablePlatform(f) !== undefined,
    candidates: (f) => {
      const platform = reportablePlatform(f)!;
      return [{contentId: `platform-${platform}`, id: 'reportPlatform', kind: 'report', because: 'platformSelected', platform}];
    },
  },
  {when: () => true, candidates: choose((f) => routesFor(f).now.body[group(f)], BODY_TEXTS, 'bodyHere', 'report', 'livesInPlace')},
  {when: imageMaybeUnder18, candidates: () => [{contentId: 'take-it-down', id: 'takeItDown', kind: 'reupload', because: imageAgeReason}]},
  {when: (f) => f.madeUnder18 === 'no', candidates: () => [{contentId: 'stopncii', id: 'stopNcii', kind: 'reupload', because: 'madeAdult'}]},
];

/**
 * The "right now" actions for these answers: the first rules that apply, each with the first candidate whose
 * content serves the person and has a number or link that does; each service once; at most three.
 */
export const nowActions = (facts: Facts, catalogue: Catalogue): NowAction[] => {
  const actions: NowAction[] = [];
  for (const rule of NOW_RULES) {
    if (actions.length >= NOW_LIMIT) break;
    if (!rule.when(facts)) continue;
    if ('step' in rule) {
      const {section, because, ...action} = rule.step;
      actions.push({...action, because: reasonFor({because}, undefined, facts), tap: {kind: 'step', section}});
      continue;
    }
    for (const candidate of rule.candidates(facts)) {
      const entry = catalogue.get(candidate.contentId);
      if (!entry || !entryServes(entry, facts)) continue;
      if (actions.some((action) => action.tap.kind === 'contact' && action.tap.contentId === candidate.contentId)) break;
      const target = tapFor(entry, facts, {emergency: candidate.kind === 'emergency'});
      if (!target) continue;
      const {contentId, because, generally, ...action} = candidate;
      actions.push({...action, because: reasonFor({because, generally}, entry.serves, facts), tap: {kind: 'contact', contentId, target}});
      break;
    }
  }
  return actions;
};
