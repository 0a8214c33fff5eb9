// The one list of pages: each page's path under its locale, how it is rendered, what it holds and whether it is
// kept offline for everyone. The sitemap's public pages, the service worker's pages, the proxy's per-request pages,
// the server's PDF path and the type of every internal link derive from it; tests/unit/pages.test.ts checks it
// against the app/ folders and the proxy's literal matcher. Plain data, no framework: the service worker reads it.

/**
 * `static`: made at build time, the same for everyone; `per-request`: reads the query (the answers);
 * `file`: a route handler that answers with a file (the PDF, the calendar).
 */
export type Rendering = 'static' | 'per-request' | 'file';

/** What a page shows of the person: nothing, their answers (from the address), or the case file on the device. */
export type Holds = 'nothing' | 'answers' | 'case-file';

type PageSpec = {
  /** Under the locale prefix; `[name]` is a segment with one value per page. */
  path: string;
  rendering: Rendering;
  holds: Holds;
  /** Kept by the service worker for every visitor at once: the same for everyone, so it says nothing of a person. */
  offline: 'everyone' | 'never';
  /** In the sitemap: every page of it, none, or only some values of its segment. */
  indexed: boolean | readonly string[];
};

export const PAGES = {
  home: {path: '', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: true},
  now: {path: '/now', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: true},
  nowPlace: {path: '/now/[place]', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: true},
  guides: {path: '/guides', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  guide: {path: '/guides/[platform]', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  directory: {path: '/directory', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  directoryRegion: {path: '/directory/[region]', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  law: {path: '/law/[country]', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  help: {path: '/help/[id]', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  journal: {path: '/journal', rendering: 'static', holds: 'case-file', offline: 'never', indexed: true},
  browseSafely: {path: '/browse-safely', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: true},
  privacy: {path: '/privacy', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  accessibility: {path: '/accessibility', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  supportWorkers: {path: '/support-workers', rendering: 'static', holds: 'nothing', offline: 'never', indexed: true},
  offline: {path: '/offline', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: false},
  cleared: {path: '/cleared', rendering: 'static', holds: 'nothing', offline: 'never', indexed: false},
  // The first questions are entry points worth finding without any answer.
  // The questions drawn on the device (JavaScript on): the first question, and every other step from the answers
  // after `#` (the page itself is the same for everyone: lib/offline-pages.ts keeps it, as the plan's).
  questions: {path: '/questions', rendering: 'static', holds: 'answers', offline: 'never', indexed: false},
  question: {path: '/questions/[question]', rendering: 'per-request', holds: 'answers', offline: 'never', indexed: ['who', 'country']},
  check: {path: '/check', rendering: 'per-request', holds: 'answers', offline: 'never', indexed: false},
  plan: {path: '/plan', rendering: 'per-request', holds: 'answers', offline: 'never', indexed: false},
  // The plan for a person with JavaScript, the same for everyone: served at /plan when the address has no query
  // (proxy.ts); the device draws the plan from the answers after `#` (lib/offline-pages.ts keeps it, as /plan).
  planOnDevice: {path: '/plan/device', rendering: 'static', holds: 'answers', offline: 'never', indexed: false},
  planNotice: {path: '/plan/notice', rendering: 'per-request', holds: 'answers', offline: 'never', indexed: false},
  planTexts: {path: '/plan/texts', rendering: 'per-request', holds: 'answers', offline: 'never', indexed: false},
  // The page of letters and the page of texts for a person with JavaScript, the same for everyone: served at
  // /plan/notice and /plan/texts when the address has no answer in its query (next.config.ts, proxy.ts).
  planNoticeOnDevice: {path: '/plan/device/notice', rendering: 'static', holds: 'answers', offline: 'never', indexed: false},
  planTextsOnDevice: {path: '/plan/device/texts', rendering: 'static', holds: 'answers', offline: 'never', indexed: false},
  planPdf: {path: '/plan/pdf', rendering: 'file', holds: 'answers', offline: 'never', indexed: false},
  planReminders: {path: '/plan/reminders.ics', rendering: 'file', holds: 'answers', offline: 'never', indexed: false},
  // The plan's words and content for the device (lib/views/plan-data.ts): the same file for everyone.
  planData: {path: '/plan-data.json', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: false},
  // The words of the texts and the letters for the device (lib/views/texts-data.ts): the same file for everyone.
  textsData: {path: '/texts-data.json', rendering: 'static', holds: 'nothing', offline: 'everyone', indexed: false},
  // Every step's whole text for the PDF made on the device (lib/views/fiche-data.ts): the same file for everyone,
  // fetched only when the PDF is asked for.
  ficheData: {path: '/fiche-data.json', rendering: 'static', holds: 'nothing', offline: 'never', indexed: false},
} as const satisfies Record<string, PageSpec>;

export type PageName = keyof typeof PAGES;
type Spec = (typeof PAGES)[PageName];

/** A path with each `[segment]` open to any value: the type of every internal link's page. */
type Open<P extends string> = P extends `${infer Before}[${string}]${infer After}` ? `${Before}${string}${Open<After>}` : P;
export type PagePath = Open<Spec['path']>;

const SEGMENT = /\[(\w+)\]/;

/** The segment's name of a page with one, such as `platform` for `/guides/[platform]`. */
export const segmentOf = (path: string): string | undefined => SEGMENT.exec(path)?.[1];

/** Every concrete path of a page, given the values of its segment. */
export const pathsOf = (path: Spec['path'], values: Readonly<Record<string, readonly string[]>>): PagePath[] => {
  const segment = segmentOf(path);
  if (!segment) return [path as PagePath];
  const each = values[segment];
  if (!each) throw new Error(`no values for [${segment}] in ${path}`);
  // The segment filled with one value: a path of this page, so a PagePath.
  return each.map((value) => path.replace(SEGMENT, value) as PagePath);
};

export const pagesWhere = (keep: (spec: PageSpec) => boolean): Spec[] => Object.values(PAGES).filter(keep);

/** A regular expression source matching a page's paths, with its segment limited to `values` when given. */
export const pathPattern = (path: string, values?: readonly string[]): string =>
  path.replace(/\./g, '\\.').replace(SEGMENT, values ? `(?:${values.join('|')})` : '[^/]+');
