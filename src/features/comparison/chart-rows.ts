/** The rows the dashboard's charts draw (shared by each chart's placeholder and its lazily loaded bars). */
export interface PairRow {
  pair: string;
  agreements: number;
  divergences: number;
}

export interface SourcingMixRow {
  article: string;
  confirmed: number;
  attributed: number;
  speculative: number;
}
