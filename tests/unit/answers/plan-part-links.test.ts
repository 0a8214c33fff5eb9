// A link from the plan to one of its own parts ("right now" to a section): a plain `#part` on the plan the server
// draws, but on the plan drawn on the device the fragment holds the answers, and `#part` would take their place
// (the plan would go blank). There it is the plan's address with the answers and the part after `#` (`to=`).
import {describe, expect, it} from 'vitest';
import {LOCALES} from '@/i18n/locales';
import {linksFor} from '@/lib/links';
import {PRIVATE_KEYS} from '@/lib/answers/url-contract';
import {fragmentAnswers} from '@/components/on-device/device-data';
import {devicePlanLinks} from '@/components/plan/device-links';
import {SCENARIOS} from '../../scenarios';

describe('a link to a part of the plan', () => {
  it.each(LOCALES)('%s: is a plain anchor on the server, and keeps every answer on the device', (locale) => {
    for (const scenario of SCENARIOS) {
      const parsed = fragmentAnswers(`#${scenario.query}`);
      const state = {answers: parsed.answers, answered: parsed.answered};
      expect(linksFor(locale).planPart(state, 'threats')).toBe('#threats');
      const onDevice = new URL(devicePlanLinks(locale).planPart(state, 'threats'), 'https://recours.example');
      expect(onDevice.pathname, scenario.name).toBe(`/${locale}/plan`);
      expect(onDevice.search, scenario.name).toBe('');
      expect(new URLSearchParams(onDevice.hash.slice(1)).get(PRIVATE_KEYS.part), scenario.name).toBe('threats');
      const again = fragmentAnswers(onDevice.hash);
      expect({answers: again.answers, answered: again.answered}, scenario.name).toEqual(state);
    }
  });
});
