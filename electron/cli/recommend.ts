// `scopewise recommend <file|-> [--language L]`: requirements JSON in, recommendation JSON out (its sentences in English,
// or in L). No database involved.
import { recommend, requirementsSchema } from '../../shared/engine';
import { AppError, parseInput } from '../../shared/errors';
import { isProposalLanguage, PROPOSAL_LANGUAGES } from '../../shared/i18n/language';
import { requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { parseJsonText, readTextArgument } from './input';

export const recommendCommand: Command = {
  name: 'recommend',
  usage: 'recommend <file|-> [--language L]',
  summary: 'print the recommendation for a requirements JSON file (or - for stdin)',
  details:
    'Reads a requirements record (every field optional; shared/README.md lists them) and prints the recommendation JSON on stdout.\n' +
    `--language L writes its sentences in L (${PROPOSAL_LANGUAGES.join(', ')}; English by default); the fields stay the same.\n` +
    'Bad input prints one line on stderr naming the field and what is allowed, and exits 2.',
  options: { language: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    const language = values.language ?? 'en';
    if (!isProposalLanguage(language))
      throw new AppError('invalid_input', `language: expected one of ${PROPOSAL_LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`, 'language');
    const path = requirePositional(positionals, 0, 'file', 'a requirements JSON file, or - to read stdin');
    const text = await readTextArgument(path, io);
    const source = path === '-' ? 'stdin' : path;
    const requirements = parseInput(requirementsSchema, parseJsonText(text, source), 'requirements');
    io.out(`${JSON.stringify(recommend(requirements, language), null, 2)}\n`);
    return EXIT_OK;
  },
};
