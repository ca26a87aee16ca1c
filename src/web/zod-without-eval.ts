// zod compiles fast parsers with `new Function` unless told not to, and probes for it first; under the page's CSP
// (no 'unsafe-eval') that probe is reported as a violation. The page tells it not to try: same results, no probe.
import { config } from 'zod';

config({ jitless: true });
