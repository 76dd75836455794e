// process.version / versions / release.
console.log('version is string', typeof process.version === 'string');
console.log('starts with v', process.version.startsWith('v'));
console.log('semver shape', /^v\d+\.\d+\.\d+/.test(process.version));
console.log('versions is object', typeof process.versions === 'object' && process.versions !== null);
console.log('versions.node', typeof process.versions.node);
console.log('version === "v" + versions.node', process.version === 'v' + process.versions.node);
console.log('release.name', process.release.name);
