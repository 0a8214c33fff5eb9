// The fiche pratique from plain data: what the PDF worker thread runs (pdf-worker.ts), and what `next dev`
// runs in the page's own process when no worker has been built.
import {renderToBuffer} from '@react-pdf/renderer';
import {PlanDocument, type PlanDocumentProps} from './PlanDocument';

export type PlanPdfInput = PlanDocumentProps;

export const renderPlanPdf = async (input: PlanPdfInput): Promise<Uint8Array> => new Uint8Array(await renderToBuffer(<PlanDocument {...input} />));
