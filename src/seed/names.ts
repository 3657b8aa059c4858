import type { SeededRandom } from './random';

const firstNames = [
  'Ana',
  'Bruno',
  'Chen',
  'Dara',
  'Emeka',
  'Fatima',
  'Gustavo',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomoko',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
];
const lastNames = [
  'Almeida',
  'Becker',
  'Costa',
  'Dubois',
  'Eze',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lopes',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Silva',
  'Tanaka',
  'Weber',
  'Yilmaz',
  'Zhou',
];
const topics = [
  'general',
  'support',
  'release',
  'design',
  'marketing',
  'sales',
  'ops',
  'security',
  'random',
  'mobile',
  'backend',
  'frontend',
  'infra',
  'qa',
  'hiring',
  'events',
  'finance',
  'legal',
  'product',
  'docs',
];
const phrases = [
  'Good morning everyone',
  'Can someone review my change?',
  'The build is green again',
  'Meeting moved to 3pm',
  'Thanks, that fixed it',
  'I will take a look after lunch',
  'Who owns the staging server?',
  'Shipped!',
  'Let us discuss this in the thread',
  'Here is the summary of yesterday',
  'Any news on the customer issue?',
  'Please update the ticket',
  'LGTM',
  'The dashboard looks off since the last deploy',
  'Happy Friday',
];

export interface PersonName {
  first: string;
  last: string;
}

export function drawPersonName(random: SeededRandom): PersonName {
  return { first: random.pick(firstNames), last: random.pick(lastNames) };
}

/** A room name unique within the workspace: the index keeps two draws of the same topic apart. */
export function drawRoomName(random: SeededRandom, index: number): string {
  return `${random.pick(topics)}-${index}`;
}

export function drawTopic(random: SeededRandom): string {
  return random.pick(topics);
}

export function drawPhrase(random: SeededRandom): string {
  return random.pick(phrases);
}
