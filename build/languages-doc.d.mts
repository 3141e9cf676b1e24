export const LANGUAGES_DOC: string;
export function messageCounts(): Record<string, Record<string, number>>;
export function languagesDoc(): string;
