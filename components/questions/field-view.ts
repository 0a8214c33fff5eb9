// What a question's form shows, as plain data handed from the server to the form.
export type Option = {value: string; label: string; exclusive?: boolean; dividerBefore?: string};
export type FieldView =
  {kind: 'radios' | 'checkboxes'; name: string; options: Option[]} | {kind: 'ages'; inputs: {name: string; label: string; suffix: string}[]};
