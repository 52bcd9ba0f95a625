#!/usr/bin/env node
// The matome command. Node ≥ 22.18 runs the TypeScript sources directly (type stripping).
//
// This file uses only syntax that old Node versions parse (no top-level await, no static import of
// a .ts file, no ?. or ??), so an older Node reaches the version check below and says in one line
// how to get Node 24, instead of failing on the first .ts import with ERR_UNKNOWN_FILE_EXTENSION.
const [major, minor] = process.versions.node.split('.').map(Number);
// Type stripping is on by default from 22.18 (back-ported) and 23.6.
const supported = major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

if (supported) {
  start();
} else {
  const binary = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  process.stderr.write(
    `matome: needs Node.js 22.18 or newer, this is ${process.version}; get Node 24 with: ` +
      `npm install --prefix ~/.cache/node24 ${binary}@24 ` +
      `&& export PATH=~/.cache/node24/node_modules/${binary}/bin:$PATH\n`,
  );
  process.exitCode = 1;
}

function start() {
  baselineCompilerOnly();
  // Compiled code is cached on disk, so later runs skip parsing, type-stripping and compiling the
  // modules a command loads (about a quarter of a cold build's CPU time; docs/measurements.md).
  import('node:module')
    .then((module) => {
      enableCompileCache(module);
      // Only the dispatcher: each command and its dependencies are imported when it runs.
      return import('../src/cli/main.ts');
    })
    .then((cli) => {
      endQuietlyOnBrokenPipe(process.stdout);
      endQuietlyOnBrokenPipe(process.stderr);
      return cli.main(process.argv.slice(2), {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        isTty: process.stderr.isTTY === true,
      });
    })
    .then((code) => {
      process.exitCode = code;
    });
}

/**
 * Turns off V8's optimising compilers for this process. A one-shot command (build, verify, lint…)
 * runs much of its code only a few hundred to a few thousand times, and the optimising compilers
 * spent more CPU (on V8's worker threads, ~40% of a build's process CPU) than their code saved: with
 * Turbofan off (perf26: a cold 5-source build ~0.9x) and then Maglev too, leaving the baseline compiler
 * Sparkplug (perf47: a cold 5-source build ~0.9x again, the first warm build's CPU about half). A
 * long-running command (serve, watch, worker) builds many times in one process, where Maglev's code
 * pays back (perf47: steady-state builds ~1.4x slower without it), so it keeps Maglev and turns off
 * Turbofan alone (perf26: repeated builds no slower). Output is the same (only how the same code is
 * compiled changes). Done first, so that the compile cache is written and read under the same V8
 * flags (a long-running command's run re-writes the cache of the modules it loads once). MATOME_TURBOFAN=1,
 * or a Turbofan, Maglev or --max-opt flag given to node, leaves V8's default.
 */
function baselineCompilerOnly() {
  if (process.env.MATOME_TURBOFAN === '1') return;
  if (process.execArgv.some((arg) => /^--(no-)?(turbofan|maglev|max-opt)/.test(arg))) return;
  const command = process.argv[2];
  const longRunning = command === 'serve' || command === 'watch' || command === 'worker';
  try {
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbofan');
    if (!longRunning) process.getBuiltinModule('node:v8').setFlagsFromString('--no-maglev');
  } catch {
    // Never worth failing a command for.
  }
}

/**
 * A reader that stops early (`matome extract page.html | head`) closes the pipe, and the next write
 * fails with EPIPE. The command then ends at once and quietly, with the status a shell gives a
 * process ended by SIGPIPE (128 + 13), as `cat` or `grep` would: no stack trace, no "internal error".
 */
function endQuietlyOnBrokenPipe(stream) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(141);
    throw error;
  });
}

/**
 * Turns on Node's compile cache in the user's cache folder (matome/compile-cache under
 * $XDG_CACHE_HOME or ~/.cache; %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS), or where
 * NODE_COMPILE_CACHE says. Where that folder cannot be written, the OS temp dir; where neither can,
 * no cache: the command runs the same, only its start-up is slower. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. Not the temp dir first: on a machine shared by several users the first one's
 * node-compile-cache folder there is not writable by the others.
 */
function enableCompileCache(module) {
  if (typeof module.enableCompileCache !== 'function') return;
  try {
    const env = process.env;
    const folder = env.NODE_COMPILE_CACHE ? undefined : userCacheFolder(env);
    const result = folder === undefined ? undefined : module.enableCompileCache(folder);
    const failed = module.constants.compileCacheStatus.FAILED;
    if (result === undefined || result.status === failed) module.enableCompileCache();
  } catch {
    // A cache is never worth failing a command for.
  }
}

/** The folder for matome's compile cache in the user's cache folder; undefined without a home. */
function userCacheFolder(env) {
  const path = process.getBuiltinModule('node:path');
  const home = process.getBuiltinModule('node:os').homedir();
  let base;
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) base = env.XDG_CACHE_HOME;
  else if (process.platform === 'win32' && env.LOCALAPPDATA) base = env.LOCALAPPDATA;
  else if (!home) return undefined;
  else if (process.platform === 'darwin') base = path.join(home, 'Library', 'Caches');
  else base = path.join(home, '.cache');
  return path.join(base, 'matome', 'compile-cache');
}
