// The authority and the coordinator of the person's country, named in the messages' `FollowUp` words.
import type {Answers} from '../answers/schema';
import {authorityKey, dscKey} from './message-keys';
import type {Words} from './words';

export const authoritiesOf = (followUp: Words<'FollowUp'>, country: Answers['country']) => ({
  authority: followUp(authorityKey(country)),
  dsc: followUp(dscKey(country)),
});
