// The data that flows between the pipeline stages. Every stage reads one of
// these plain values and produces the next; nothing here holds a syntax tree,
// so claims can be cached, sent between threads and serialised as JSON.

/** Half-open character range [start, end) into the ORIGINAL file text (after BOM removal). */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based line/column point, as editors and linters show it. */
export interface Point {
  line: number;
  column: number;
}

export interface ArticleMeta {
  /** ISO date `YYYY-MM-DD` from the dateline, front matter or `--date`. */
  date?: string;
  source?: string;
  title?: string;
  url?: string;
  /** Where the date came from, for messages. */
  dateOrigin?: 'dateline' | 'front-matter' | 'option';
}

/** One input file, loaded, with its metadata and where its body starts. */
export interface Article {
  /** Path as given / discovered, normalised to forward slashes, relative to cwd when inside it. */
  path: string;
  /** Full original text (BOM stripped, line endings untouched). */
  text: string;
  /** The part of `text` that is prose to parse (after dateline / front matter). */
  body: Span;
  meta: ArticleMeta;
  format: 'text' | 'markdown';
  /** Problems found while loading (bad front matter, impossible dateline...). */
  problems: LoadProblem[];
  /** Ranges that are not prose (dateline, front matter, markup, comments): blanked before parsing. */
  masks: Span[];
  /** Headline / heading lines: their sentences are not factual claims. */
  headings: Span[];
  directives: Directive[];
}

export interface LoadProblem {
  message: string;
  span?: Span;
}

export type AttributionKind = 'named' | 'anonymous' | 'media' | 'document' | 'none';

/** How sure the claim is, from plain fact down to denial. */
export type CertaintyLevel = 'asserted' | 'reported' | 'hedged' | 'unconfirmed' | 'denied';

export interface TextSpan extends Span {
  text: string;
}

export interface Attribution {
  kind: AttributionKind;
  /** Who says it ("Amara Osei, deputy spokeswoman of the ministry"). */
  source?: TextSpan;
  /** The reporting cue ("said", "according to", "told"). */
  cue?: TextSpan;
  /** True when carried over from an earlier sentence ("he added", continuing quote). */
  inherited?: boolean;
}

export interface Certainty {
  level: CertaintyLevel;
  cue?: TextSpan;
  /** Whose hedge it is: the writer's own, or inside the source's words. */
  holder?: 'writer' | 'source';
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface EntityMention extends TextSpan {
  type: EntityType;
  /** Corpus-wide key after resolution (acronyms, spelling folding, aliases). */
  key: string;
  /** A title or role attached to a person ("interior minister"). */
  title?: TextSpan;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends TextSpan {
  type: TimexType;
  /** TIMEX3 value: 2021-11-07, 2021-10, 2021-W44, 2014, 199X, P1M, PRESENT_REF, XXXX-10... */
  value: string;
  /** Relative expressions need an anchor; unresolved ones keep a value with X's. */
  relative?: boolean;
  /** "since 2007" / "until" / "by": how the time relates to the event. */
  mod?: 'since' | 'until' | 'before' | 'after' | 'approx' | 'start' | 'mid' | 'end';
}

export interface Quantity extends TextSpan {
  value: number;
  /** Upper bound for ranges and vague amounts ("dozens" → 24..99). */
  max?: number;
  /** Noun counted or unit ("rounds", "prisoners", "%", "km"). */
  unit?: string;
  approximate?: boolean;
  /** Hedge direction: "about 300", "nearly 300", "more than 200", "at least", "fewer than", "up to". */
  mod?: QuantityMod;
  /** Half-width of the rounding implied by how it is written ("2.5 million" → 50,000; "45%" → 0.5). */
  precision?: number;
}

export type QuantityMod = 'about' | 'nearly' | 'more' | 'at-least' | 'less' | 'at-most';

export type NotAClaimReason =
  | 'question'
  | 'headline'
  | 'conditional'
  | 'prediction'
  | 'opinion'
  | 'fragment';

export interface Claim {
  /** Stable within a run: `${articleIndex}:${sentenceIndex}` is not stable across runs, so we use path#n. */
  id: string;
  path: string;
  /** Index of the sentence in the article, 0-based. */
  index: number;
  paragraph: number;
  text: string;
  span: Span;
  /** False for questions, headlines, conditionals, predictions and opinion. */
  isClaim: boolean;
  notClaimReason?: NotAClaimReason;
  attribution: Attribution;
  certainty: Certainty;
  entities: EntityMention[];
  times: TimeExpression[];
  quantities: Quantity[];
  /** Spans of direct quotation inside the sentence. */
  quotes: Span[];
  /** Normalised content words (lemmas-ish), used for alignment. */
  terms: string[];
  /** True when the sentence is negated without being a denial ("did not attend"). */
  negated?: boolean;
  /** Stems of the words a negation applies to ("did not attend" → attend). */
  negatedTerms?: string[];
}

/** Everything extracted from one article; trees are gone by now. */
export interface ArticleClaims {
  path: string;
  meta: ArticleMeta;
  format: Article['format'];
  /** Offsets of line starts, so any offset can become a line/column without the text. */
  lineStarts: number[];
  /** Needed for excerpts in reports. */
  text: string;
  claims: Claim[];
  /** Acronym and alias definitions found inside the article: surface → canonical surface. */
  aliases: Array<{ alias: string; canonical: string; span: Span }>;
  problems: LoadProblem[];
  /** Inline suppression directives. */
  directives: Directive[];
}

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable' | 'disable-line';
  rules: string[];
  /** Line (1-based) the directive stands on. */
  line: number;
  span: Span;
}

export type LinkRelation =
  | 'corroborates'
  | 'hedges'
  | 'contradicts'
  | 'differs-in-date'
  | 'differs-in-number'
  | 'differs-in-attribution';

/** Two claims in different articles that speak of the same thing. */
export interface Link {
  from: string;
  to: string;
  relation: LinkRelation;
  score: number;
  /** Human detail ("2021-10 vs 2021-11", "two vs three rounds"). */
  detail?: string;
  /** The spans that differ, in `from` and in `to` (a date, a number, a source). */
  fromSpan?: Span;
  toSpan?: Span;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

export interface RelatedLocation {
  path: string;
  span: Span;
  message: string;
}

/** A finding as a rule reports it; positions are added by the engine. */
export interface Report {
  message: string;
  span: Span;
  related?: RelatedLocation[];
  /** A lower ceiling for this report's severity (a rule's minor case, e.g. a title variant at info). */
  severity?: Severity;
  /** Optional message id for rules with several messages. */
  messageId?: string;
  data?: Record<string, unknown>;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  related: Array<{
    path: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    excerpt: string;
    message: string;
  }>;
}
