// FormData: the entry list, files, and sending it as multipart/form-data.
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', '2');
  fd.append('b', 'bee');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'notes.txt');
  fd.append('blob', new Blob(['raw']));
  console.log(fd.get('a'), fd.getAll('a'), fd.has('b'), fd.get('none'));
  const f = fd.get('file');
  console.log(f instanceof File, f.name, f.type, f.size, fd.get('blob').name);
  fd.set('a', '3');
  console.log([...fd.keys()], [...fd.entries()].length);
  fd.delete('b');
  console.log([...fd.keys()]);
  fd.forEach((v, k) => console.log('each', k, typeof v));
  try { fd.append('x'); } catch (e) { console.log(e.name, e.message); }
  try { fd.append('x', 'y', 'name.txt'); } catch (e) { console.log(e.name); }
  const srv = await serve((req, sock) => {
    const type = req.headers['content-type'];
    const boundary = type.split('boundary=')[1];
    const text = req.body.toString().split(boundary).join('BOUNDARY');
    reply(sock, 200, 'OK', [], `${type.split(';')[0]} ${req.headers['content-length'] === String(req.body.length)}\n${text}`);
  });
  const res = await fetch(`${srv.base}/form`, { method: 'POST', body: fd });
  console.log(await res.text());
  srv.close();
})();
