// Types for the part of @doyensec/electronegativity's programmatic API the audit uses (the package ships none).
declare module '@doyensec/electronegativity' {
  interface Level {
    name: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'CERTAIN' | 'FIRM' | 'TENTATIVE';
    value: number;
  }
  export interface ElectronegativityIssue {
    id: string;
    file: string;
    sample?: string;
    location: { line: number; column: number };
    description: string;
    severity: Level;
    confidence: Level;
    manualReview: boolean;
    shortenedURL?: string;
  }
  export interface RunOptions {
    input: string;
    output?: string;
    isSarif?: boolean;
    customScan?: string[];
    excludeFromScan?: string[];
    isRelative?: boolean;
    electronVersionOverride?: string;
    parserPlugins?: string[];
  }
  export interface RunResult {
    globalChecks: number;
    atomicChecks: number;
    /** Files it could not parse (tolerable: parsed with warnings). A file that failed is not scanned. */
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: ElectronegativityIssue[];
  }
  export default function run(options: RunOptions, forCli?: false): Promise<RunResult>;
}
