// A link that leaves the site sends no referrer (the site's policy already says so; this also covers old browsers).
export const externalRel = (href: string) => (href.startsWith('http') ? {rel: 'noreferrer'} : {});
