// Two good articles about the same invented event, a day apart, that disagree
// in ways the rules must catch: the bad inputs of each test sit next to them,
// and their findings must survive whatever else is in the folder.

export const GOOD_A = ` date 2023-04-12 The harbour bridge in Carrowby was closed for three weeks on Tuesday, officials said.

The closure began on Monday, according to the town transport office. Repairs are thought to have cost about 4 million dollars.

A spokesperson for the port authority declined to confirm the figure.
`;

export const GOOD_B = ` date 2023-04-13 The harbour bridge in Carrowby was closed for five weeks on Wednesday, the town transport office said.

Repairs cost 4 million dollars. The closure began on Monday.
`;

/** A finding the pair must produce, located by text in the article it is reported on. */
export interface Expected {
  file: 'a' | 'b';
  ruleId: string;
  /** The reported text (the finding's range). */
  text: string;
  /** Which occurrence of `text` (default the first). */
  nth?: number;
}

/** Findings on the pair that do not depend on anything else in the folder. */
export const EXPECTED: Expected[] = [
  { file: 'a', ruleId: 'conflicting-number', text: 'three weeks' },
  { file: 'a', ruleId: 'conflicting-date', text: 'Tuesday' },
  { file: 'a', ruleId: 'hedged-claim', text: 'are thought to' },
  { file: 'b', ruleId: 'unconfirmed-as-fact', text: 'Repairs cost 4 million dollars.' },
];

/** The hedged sentence of GOOD_A: used where a single-article finding is enough. */
export const HEDGED = 'Repairs are thought to have cost about 4 million dollars.';
