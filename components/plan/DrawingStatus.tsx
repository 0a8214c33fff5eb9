// What a page drawn from the fragment shows until it is drawn: the server's page for a link without answers
// (hidden while a fragment is read, components/FragmentMark.tsx), that page again when the fragment holds no
// answers, or the page's title with "preparing…" or what went wrong.
import type {ReactNode} from 'react';
import type {FragmentView} from '@/components/on-device/use-fragment-view';

type Props = {
  state: Exclude<FragmentView<unknown>, {kind: 'ready'}>;
  title: string;
  status: {preparing: string; failed: string};
  empty: ReactNode;
};

export const DrawingStatus = ({state, title, status, empty}: Props) => {
  if (state.kind === 'starting') return <div className="awaits-device">{empty}</div>;
  if (state.kind === 'empty') return empty;
  return (
    <>
      <h1 className="plan-title">{title}</h1>
      <p role="status">{state.kind === 'preparing' ? status.preparing : status.failed}</p>
    </>
  );
};
