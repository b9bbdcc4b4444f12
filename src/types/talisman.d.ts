// talisman ships CommonJS without type declarations; only the metric used here is declared.
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity in [0, 1] (1: identical). */
  export default function jaroWinkler(a: string, b: string): number;
}
