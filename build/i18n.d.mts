// Types of build/i18n.mjs for the TypeScript callers (the test setup).
export declare const MESSAGES_DIR: string;
export declare const I18N_OUT: string;
export declare const I18N_APP_OUT: string;
export declare const APP_LOCALES: readonly string[];
export declare function areMessagesStale(): boolean;
export declare function compileMessages(): void;
export declare function ensureMessagesCompiled(): boolean;
