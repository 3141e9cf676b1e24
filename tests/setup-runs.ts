// Before each test file: fast-check takes its run count and seed from the environment (tests/fixtures/runs.ts), and
// whatever the file's tests open is closed after them (tests/fixtures/close-after-test.ts).
import { closeEverythingAfterEachTest } from './fixtures/close-after-test';
import { configureFastCheck } from './fixtures/runs';

configureFastCheck();
closeEverythingAfterEachTest();
