// What a question's form shows, as plain data handed to the form (by the server, or by the device's journey).
export type Option = {value: string; label: string; exclusive?: boolean; dividerBefore?: string};
export type FieldView =
  {kind: 'radios' | 'checkboxes'; name: string; options: Option[]} | {kind: 'ages'; inputs: {name: string; label: string; suffix: string}[]};
