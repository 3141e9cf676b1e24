// The registry of CLI commands, in the order --help lists them. Adding a command is one import and one entry.
import type { Command } from './command';
import { recommendCommand } from './recommend';
import { listCommand } from './list';
import { showCommand } from './show';
import { estimateCommand } from './estimate';
import { importCommand } from './import';
import { exportCommand } from './export';
import { proposalCommand } from './proposal';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { serveCommand } from './serve';

export const COMMANDS: readonly Command[] = [
  recommendCommand,
  listCommand,
  showCommand,
  estimateCommand,
  importCommand,
  exportCommand,
  proposalCommand,
  backupCommand,
  checkCommand,
  demoCommand,
  serveCommand,
];
