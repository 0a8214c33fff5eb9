// Named personas over the answer space, shared by the plan-builder unit tests and the browser tests.
export type Scenario = {
  name: string;
  query: string;
  sections: string[];
  includes: string[];
  excludes: string[];
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'teen in France, Snapchat and X, sent privately, threatened',
    query: 'c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['sextortion', 'sextortion-fr', 'crisis-fr', 'evidence-minor', 'platform-x', 'platform-snapchat', 'host-notice', 'pharos', 'point-de-contact', '3018', 'take-it-down', 'cnil-complaint', 'complaint-fr', 'law-fr', 'support-fr-young'],
    excludes: ['evidence-adult', 'stopncii', 'support-fr-adult', 'emergency-fr', 'search-removal'],
  },
  {
    name: 'adult in France, adult site and search results, never agreed, spreading',
    query: 'c=fr&p=adult-site&p=search-engine&a=24&b=25&k=1&u=3',
    sections: ['evidence', 'report', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['evidence-adult', 'platform-adult-site', 'point-de-contact', '3018', 'stopncii', 'search-removal', 'cnil-complaint', 'support-fr-adult'],
    excludes: ['evidence-minor', 'pharos', 'take-it-down', 'support-fr-young', 'sextortion'],
  },
  {
    name: 'adult in France in danger now',
    query: 'c=fr&p=instagram&a=30&b=30&k=1&u=1',
    sections: ['safety', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['emergency-fr', 'crisis-fr', 'evidence-adult', 'stopncii'],
    excludes: ['emergency-ca', 'emergency-other'],
  },
  {
    name: 'young person in Québec, TikTok, ages not said, threatened and in danger',
    query: 'c=ca&r=qc&p=tiktok&k=2&u=1&u=2',
    sections: ['safety', 'threats', 'evidence', 'report', 'order', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['emergency-ca', 'crisis-ca', 'sextortion', 'sextortion-ca', 'evidence-minor', 'cybertip', 'needhelpnow', 'cavac', 'stopncii', 'take-it-down', 'qc-court-order', 'escalate-ca', 'police-ca', 'law-ca', 'support-ca-young', 'support-ca-adult'],
    excludes: ['evidence-adult', 'cnil-complaint', 'victim-services-ca'],
  },
  {
    name: 'adult in British Columbia, deepfake on a website',
    query: 'c=ca&r=bc&p=website&a=28&b=29&k=4&u=0',
    sections: ['evidence', 'report', 'order', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['evidence-adult', 'bc-intimate-images-service', 'stopncii', 'search-removal', 'bc-civil-resolution-tribunal', 'escalate-ca', 'support-ca-adult'],
    excludes: ['cybertip', 'needhelpnow', 'take-it-down', 'qc-court-order', 'cavac'],
  },
  {
    name: 'adult in Nova Scotia, Facebook, published it herself',
    query: 'c=ca&r=ns&p=facebook&a=22&b=23&k=3&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['ns-cyberscan', 'escalate-ca', 'stopncii'],
    excludes: ['cybertip', 'qc-court-order'],
  },
  {
    name: 'Manitoba, no platform known yet',
    query: 'c=ca&r=mb&p=unknown&a=19&b=19&k=1&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['mb-intimate-images', 'platform-unknown', 'sextortion-ca', 'crisis-ca', 'escalate-ca'],
    excludes: ['cybertip', 'needhelpnow'],
  },
  {
    name: 'someone elsewhere, age unknown, OnlyFans',
    query: 'c=other&p=onlyfans&k=1&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['evidence-minor', 'host-notice', 'inhope', 'stopncii', 'take-it-down', 'escalate-other', 'police-other', 'support-other', 'support-other-young'],
    excludes: ['point-de-contact', 'cybertip', 'evidence-adult'],
  },
];
