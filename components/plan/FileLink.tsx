// A file of the plan: a link to the server's file for a plan drawn from a query, a button that makes it on the
// device for a plan drawn there (a secondary button unless told otherwise).
import type {FileTap} from '@/lib/views/plan-view';
import {MakeOnDevice} from './MakeOnDevice';

type Props = {tap: FileTap; className?: string; download?: string};

export const FileLink = ({tap, className, download}: Props) =>
  'make' in tap ? (
    <MakeOnDevice make={tap.make} label={tap.label} className={className ?? 'button button--secondary'} />
  ) : (
    <a className={className} href={tap.href} download={download}>
      {tap.label}
    </a>
  );
