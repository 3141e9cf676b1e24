// A worker thread's module run from source (tests, tsx): loads the TypeScript file named last on its argv through
// tsx. Bundles never use it; they start the bundled worker directly (db/worker-file.ts).
const { tsImport } = await import('tsx/esm/api');
await tsImport(process.argv.at(-1), import.meta.url);
