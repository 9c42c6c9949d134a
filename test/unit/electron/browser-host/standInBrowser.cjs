#!/usr/bin/env node
// Stands in for the system browser in the launch test: records its command line, redeems the address once, then waits to be stopped.
const fs = require('node:fs');
const http = require('node:http');

const [, , address] = process.argv;
const report = process.env.CAIRN_STAND_IN_REPORT;
if (!report) throw new Error('CAIRN_STAND_IN_REPORT names the file this stand-in reports to.');
http.get(address, (res) => {
  res.resume();
  const visit = { pid: process.pid, argv: process.argv.slice(2), status: res.statusCode, location: res.headers.location, cookie: res.headers['set-cookie'] };
  fs.writeFileSync(`${report}.partial`, JSON.stringify(visit));
  fs.renameSync(`${report}.partial`, report);
});
// Alive until the test has looked at every command line, its own included.
setInterval(() => {}, 1000);
