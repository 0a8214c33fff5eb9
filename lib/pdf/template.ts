// Label templates: a label that needs a value (a page number, a phone number, a date) crosses to the PDF worker
// thread or to the browser as a string with `{name}` placeholders, since functions cannot be sent there.
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
