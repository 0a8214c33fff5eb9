'use client';
// "Delete everything": asks once, then removes everything this site kept on this device (forget-device.ts).
import {useState} from 'react';
import {forgetDevice} from './forget-device';

export type ForgetDeviceLabels = {button: string; confirm: string; yes: string; no: string; done: string};

/** `clearedHref`: the page the deletion ends on, whose answer asks the browser to empty its own cache too. */
type Props = {labels: ForgetDeviceLabels; clearedHref: string; onForgotten?: () => void};

export const ForgetDevice = ({labels, clearedHref, onForgotten}: Props) => {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  const forget = async () => {
    await forgetDevice();
    setConfirming(false);
    setStatus(labels.done);
    onForgotten?.();
    window.location.replace(clearedHref);
  };

  return (
    <div className="forget-device">
      {confirming ? (
        <div role="group" aria-label={labels.confirm}>
          <p>{labels.confirm}</p>
          <button type="button" className="button button--secondary" onClick={forget}>
            {labels.yes}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {labels.no}
          </button>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {labels.button}
        </button>
      )}
      <p role="status">{status}</p>
    </div>
  );
};
