// node:https's module surface and agents, without a server.
const https = require('https');
const http = require('http');

console.log(Object.keys(https).sort());
const g = https.globalAgent;
console.log(g instanceof https.Agent, g instanceof http.Agent, g.defaultPort, g.protocol);
console.log(g.keepAlive, g.maxSockets, g.maxFreeSockets, g.scheduling, g.options.keepAlive, g.options.timeout);
console.log(g === https.globalAgent, g !== http.globalAgent);

const a = new https.Agent();
console.log(a.keepAlive, a.defaultPort, a.protocol, a.maxCachedSessions, JSON.stringify(a._sessionCache));
console.log(a.getName({ host: 'example.com', port: 443 }));
console.log(a.getName({ host: 'example.com', port: 8443, servername: 'example.com', rejectUnauthorized: true }));
console.log(a.getName());
const b = new https.Agent({ keepAlive: true, maxSockets: 3, maxCachedSessions: 5 });
console.log(b.keepAlive, b.maxSockets, b.maxCachedSessions);

class MyAgent extends https.Agent {}
const m = new MyAgent({ keepAlive: true });
console.log(m instanceof https.Agent, m.protocol);

for (const bad of [{ scheduling: 'random' }, { maxTotalSockets: 0 }, { maxTotalSockets: 'x' }]) {
  try {
    new https.Agent(bad);
    console.log('accepted', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// Replacing the global agent is seen by later requests.
const saved = https.globalAgent;
const mine = new https.Agent();
https.globalAgent = mine;
console.log(https.globalAgent === mine);
https.globalAgent = saved;
console.log(https.globalAgent === saved);
