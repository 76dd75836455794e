// The canonical Node HTTP server from the network issue, unchanged except
// that bench/http picks the port (argv[2]) so two runs never collide.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, {'Content-Type': 'text/plain'});
  res.end('Hello, Node.js!');
});
server.listen(Number(process.argv[2] || 3000), () => {
  console.log('Server running at http://localhost:3000/');
});
