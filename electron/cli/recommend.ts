// `scopewise recommend <file|->`: requirements JSON in, recommendation JSON out. No database involved.
import { recommend, requirementsSchema } from '../../shared/engine';
import { parseInput } from '../../shared/errors';
import { EXIT_OK, type Command } from './command';
import { parseJsonText, readTextArgument } from './input';
import { requirePositional } from './args';

export const recommendCommand: Command = {
  name: 'recommend',
  usage: 'recommend <file|->',
  summary: 'print the recommendation for a requirements JSON file (or - for stdin)',
  details:
    "Reads a requirements record (PRODUCT.md's table; every field optional) and prints the recommendation JSON on stdout.\n" +
    'Bad input prints one line on stderr naming the field and what is allowed, and exits 2.',
  options: {},
  run: async ({ positionals, io }) => {
    const path = requirePositional(positionals, 0, 'file', 'a requirements JSON file, or - to read stdin');
    const text = await readTextArgument(path, io);
    const source = path === '-' ? 'stdin' : path;
    const requirements = parseInput(requirementsSchema, parseJsonText(text, source), 'requirements');
    io.out(`${JSON.stringify(recommend(requirements), null, 2)}\n`);
    return EXIT_OK;
  },
};
