// Preloaded (--require) into the commands bench/start.ts times: writes the process's CPU time
// (user + system, ms) to the file GONGKAI_BENCH_CPU names, when a server first answers /healthz
// and when the process exits. CPU time is what a command costs whatever else loads the machine.
const { appendFileSync } = require('node:fs');
const http = require('node:http');

const file = process.env.GONGKAI_BENCH_CPU;
const note = (what) => {
  const u = process.cpuUsage();
  if (file) appendFileSync(file, `${what} ${(u.user + u.system) / 1000}\n`);
};
process.on('exit', () => note('exit'));
const emit = http.Server.prototype.emit;
let ready = false;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (!ready && event === 'request' && request.url === '/healthz') {
    ready = true;
    note('ready');
  }
  return emit.call(this, event, request, ...rest);
};
