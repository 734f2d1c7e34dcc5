/** Electronegativity ships no types; this is the part of its JS API the gate uses. */
declare module '@doyensec/electronegativity' {
  interface RunOptions {
    input: string;
    isRelative?: boolean;
    excludeFromScan?: string[];
    customScan?: string[];
    electronVersionOverride?: string;
  }
  export default function run(options: RunOptions, forCli?: boolean): Promise<unknown>;
}
