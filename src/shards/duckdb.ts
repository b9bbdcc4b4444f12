export const ENGINES = ['auto', 'memory', 'duckdb'] as const;
export type Engine = (typeof ENGINES)[number];
export async function chooseEngine(e: Engine, _s: unknown): Promise<'memory' | 'duckdb'> { return e === 'duckdb' ? 'duckdb' : 'memory'; }
export async function compareOnDuckDB(..._a: unknown[]): Promise<never> { throw new Error('todo'); }
