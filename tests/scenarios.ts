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
  // Every Canadian province and territory added in issue #15, and each new country: its own routes, nothing
  // from another country's system.
  {
    name: 'adult in Ontario, Instagram, never agreed',
    query: 'c=ca&r=on&p=instagram&a=30&b=30&k=1&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['province-on', 'escalate-ca', 'police-ca', 'law-ca', 'support-ca-adult', 'stopncii'],
    excludes: ['victim-services-ca', 'cavac', 'host-notice', 'point-de-contact'],
  },
  {
    name: 'teen in Alberta, threatened on Snapchat',
    query: 'c=ca&r=ab&p=snapchat&a=15&b=15&k=2&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['province-ab', 'cybertip', 'needhelpnow', 'sextortion-ca', 'crisis-ca', 'support-ca-young'],
    excludes: ['victim-services-ca', 'stopncii'],
  },
  {
    name: 'adult in Saskatchewan, website',
    query: 'c=ca&r=sk&p=website&a=40&b=41&k=2&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['province-sk', 'search-removal'],
    excludes: ['victim-services-ca', 'host-notice'],
  },
  {
    name: 'adult in New Brunswick: the expedited application, offered right away',
    query: 'c=ca&r=nb&p=facebook&a=26&b=26&k=1&u=3',
    sections: ['evidence', 'report', 'order', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['province-nb', 'victim-services-ca', 'escalate-ca'],
    excludes: ['cavac'],
  },
  {
    name: 'young adult in Newfoundland and Labrador, age then not said',
    query: 'c=ca&r=nl&p=reddit&b=19&k=1&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['province-nl', 'cybertip', 'take-it-down', 'stopncii'],
    excludes: ['needhelpnow'],
  },
  {
    name: 'adult in Prince Edward Island, deepfake',
    query: 'c=ca&r=pe&p=x&a=35&b=35&k=4&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['province-pe', 'search-removal'],
    excludes: ['cybertip'],
  },
  {
    name: 'teen in Nunavut, threatened before anything is online',
    query: 'c=ca&r=nu&p=not-online&a=16&b=16&k=2&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'police', 'support'],
    includes: ['territories-ca', 'platform-not-online', 'cybertip', 'take-it-down'],
    excludes: ['host-notice', 'escalate-ca', 'search-removal'],
  },
  {
    name: 'teen in Belgium, Instagram, threatened',
    query: 'c=be&p=instagram&a=15&b=15&k=2&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['child-focus', 'crisis-be', 'host-notice', 'escalate-be', 'police-be', 'law-be', 'support-be-young', 'take-it-down'],
    excludes: ['iefh', 'point-de-contact', 'pharos', '3018', 'cnil-complaint', 'crisis-other', 'sextortion-fr'],
  },
  {
    name: 'adult in Belgium in danger, website',
    query: 'c=be&p=website&a=29&b=29&k=1&u=1',
    sections: ['safety', 'evidence', 'report', 'alert', 'reupload', 'search', 'escalate', 'police', 'support'],
    includes: ['emergency-be', 'crisis-be', 'iefh', 'support-be-adult', 'stopncii'],
    excludes: ['emergency-other', 'emergency-fr', 'child-focus'],
  },
  {
    name: 'teen in Switzerland, TikTok',
    query: 'c=ch&p=tiktok&a=14&b=14&k=2&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['clickandstop', 'support-ch-young', 'police-ch', 'law-ch', 'escalate-ch'],
    excludes: ['host-notice', 'point-de-contact', 'crisis-other'],
  },
  {
    name: 'adult in Luxembourg, OnlyFans, published it herself',
    query: 'c=lu&p=onlyfans&a=27&b=28&k=3&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['bee-secure', 'host-notice', 'support-lu-adult', 'escalate-lu'],
    excludes: ['cnil-complaint', 'point-de-contact'],
  },
  {
    name: 'teen in the United Kingdom, Snapchat, threatened',
    query: 'c=gb&p=snapchat&a=16&b=16&k=2&u=2',
    sections: ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['report-remove', 'crisis-gb', 'support-gb-young', 'police-gb', 'law-gb'],
    excludes: ['revenge-porn-helpline', 'host-notice', 'crisis-other', 'support-other'],
  },
  {
    name: 'adult in the United Kingdom, X',
    query: 'c=gb&p=x&a=33&b=33&k=1&u=0',
    sections: ['evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['revenge-porn-helpline', 'support-gb-adult', 'escalate-gb'],
    excludes: ['report-remove', 'host-notice'],
  },
  {
    name: 'adult in the United States in danger, image made at 17: 911 and the TAKE IT DOWN Act',
    query: 'c=us&p=reddit&a=17&b=24&k=1&u=1',
    sections: ['safety', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['emergency-us', 'crisis-us', 'take-it-down-act', 'cybertipline', 'take-it-down', 'support-us-adult'],
    excludes: ['emergency-other', 'host-notice', 'support-us-young'],
  },
  {
    name: 'teen in Australia, Instagram, threatened and in danger',
    query: 'c=au&p=instagram&a=15&b=15&k=2&u=1&u=2',
    sections: ['safety', 'threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'],
    includes: ['emergency-au', 'crisis-au', 'esafety', 'support-au-young', 'escalate-au'],
    excludes: ['emergency-other', 'host-notice', 'inhope'],
  },
];
