// Before each test file: fast-check takes its run count and seed from the environment (tests/fixtures/runs.ts).
import { configureFastCheck } from './fixtures/runs';

configureFastCheck();
