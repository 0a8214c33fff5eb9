// The follow-up reminders as a calendar file, worded from words passed in: made by the server from a query, or on
// the device from the answers after `#`. A calendar is often synced to an account or shared: its events name no
// answer and link to the site's home only.
import type {Answers} from '../answers/schema';
import type {IsoDate} from '../dates';
import {buildPlan} from '../plan/build-plan';
import type {Catalogue} from '../plan/eligibility';
import {CLOCKS, readClocks, sentDays} from '../plan/clocks';
import {factsFrom} from '../plan/facts';
import {remindersCalendar} from '../reminders/calendar';
import type {WordsFor} from './words';

export const remindersFile = async (words: WordsFor, answers: Answers, today: IsoDate, content: Catalogue, site: string): Promise<string> => {
  const t = await words('Reminders');
  const clocks = readClocks(factsFrom(answers), sentDays(answers), today)
    .filter((clock) => clock.id !== 'report')
    .map((clock) => ({
      name: clock.id,
      on: CLOCKS[clock.id].remindOn(clock.dueOn),
      description: t(`${clock.id as Exclude<typeof clock.id, 'report'>}Description`, {url: site}),
    }));
  return remindersCalendar(
    buildPlan(answers, today, content),
    {title: t('title'), checkDescription: t('checkDescription', {url: site}), escalateDescription: t('escalateDescription', {url: site})},
    clocks,
    today,
  );
};
