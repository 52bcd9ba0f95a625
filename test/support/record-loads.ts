// Preloaded with `node --import`: appends the URL of every module the process loads to the file
// named by MATOME_RECORD_LOADS, so a test can check what a command imports.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.MATOME_RECORD_LOADS;
if (file !== undefined) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
