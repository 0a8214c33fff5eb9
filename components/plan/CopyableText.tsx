// A generated text: selectable in a read-only box, with a copy button once JavaScript runs.
import {CopyButton} from './CopyButton';

type Props = {id: string; label: string; text: string; lang: string; copyLabel: string; copiedLabel: string};

export const CopyableText = ({id, label, text, lang, copyLabel, copiedLabel}: Props) => (
  <div className="copyable">
    <label htmlFor={id}>{label}</label>
    <textarea id={id} readOnly lang={lang} rows={Math.min(14, text.split('\n').length + 2)} value={text} />
    <CopyButton targetId={id} label={copyLabel} done={copiedLabel} />
  </div>
);
