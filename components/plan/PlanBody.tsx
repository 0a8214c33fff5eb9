'use client';
// The plan under its title, drawn from plain data (app/_server/plan-view). A client component on purpose:
// the server then sends the plan's words once, as data, instead of a tree of elements to be read back before
// the HTML is written; that tree was most of the plan page's cost per request. The HTML is the same, and the
// page works the same without JavaScript.
import type {ReactNode} from 'react';
import {PlanFirstScreen} from './PlanFirstScreen';
import {PlanRest} from './PlanRest';
import type {PlanView} from '@/lib/views/plan-view';

export const PlanBody = ({view, languageSwitch}: {view: PlanView; languageSwitch: ReactNode}) => (
  <>
    <PlanFirstScreen view={view} languageSwitch={languageSwitch} />
    <PlanRest view={view} />
  </>
);
