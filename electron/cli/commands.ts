// The registry of CLI commands, in the order --help lists them. Adding a command is one import and one entry.
import type { Command } from './command';
import { recommendCommand } from './recommend';

export const COMMANDS: readonly Command[] = [recommendCommand];
