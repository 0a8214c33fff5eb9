// The plan page's view on the server: lib/views/build-plan-view.ts with next-intl's words.
import {buildPlanView} from '@/lib/views/build-plan-view';
import type {PlanModel} from '@/lib/views/plan-model';
import type {PlanView} from '@/lib/views/plan-view';
import {serverWords} from './server-words';
import type {PlanRequest} from './plan-request';

export const planView = (request: PlanRequest, model: PlanModel): Promise<PlanView> => buildPlanView(serverWords(request.locale), request, model);
