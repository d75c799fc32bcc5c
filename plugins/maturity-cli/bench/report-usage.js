/*
 * Preloaded into the timed `maturity` process (node -r) by time-evaluate.js:
 * appends the process's CPU time (user + system, all threads) to the file
 * named by MATURITY_BENCH_USAGE_FILE when it exits.
 */
'use strict';

const fs = require('fs');

process.on('exit', () => {
  const file = process.env.MATURITY_BENCH_USAGE_FILE;
  if (!file) return;
  const { user, system } = process.cpuUsage();
  fs.appendFileSync(file, `${(user + system) / 1e6}\n`);
});
