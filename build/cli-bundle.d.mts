// Types of build/cli-bundle.mjs for the TypeScript callers (the test setup and the benchmarks).
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare const JSPDF_UNUSED_OPTIONAL: readonly string[];
export declare function isCliBundleStale(): boolean;
export declare function buildCliBundle(): Promise<void>;
export declare function ensureCliBundle(): Promise<boolean>;
