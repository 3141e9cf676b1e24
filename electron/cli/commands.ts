// The registry of CLI commands, in the order --help lists them. Adding a command is one entry here.
// Each command's module is imported only when it runs (or for --help): a `recommend` then never loads the database,
// the HTTP server or the proposal renderer, which keeps the CLI's start short (cli.start in tests/bench/metrics/cli.ts).
import type { Command } from './command';

export interface CommandEntry {
  name: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'recommend', load: async () => (await import('./recommend')).recommendCommand },
  { name: 'list', load: async () => (await import('./list')).listCommand },
  { name: 'show', load: async () => (await import('./show')).showCommand },
  { name: 'estimate', load: async () => (await import('./estimate')).estimateCommand },
  { name: 'actuals', load: async () => (await import('./actuals')).actualsCommand },
  { name: 'import', load: async () => (await import('./import')).importCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
  { name: 'proposal', load: async () => (await import('./proposal')).proposalCommand },
  { name: 'status', load: async () => (await import('./status')).statusCommand },
  { name: 'pipeline', load: async () => (await import('./pipeline')).pipelineCommand },
  { name: 'backup', load: async () => (await import('./backup')).backupCommand },
  { name: 'check', load: async () => (await import('./check')).checkCommand },
  { name: 'demo', load: async () => (await import('./demo')).demoCommand },
  { name: 'serve', load: async () => (await import('./serve')).serveCommand },
  { name: 'sync', load: async () => (await import('./sync')).syncCommand },
  { name: 'team', load: async () => (await import('./team')).teamCommand },
];
