// Label templates for the PDF worker: a label that needs a value (a page number, a phone number) crosses to
// the worker thread as a string with `{name}` placeholders, since functions cannot be sent to a thread.
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
