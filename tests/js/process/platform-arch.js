// Only the types and the set of possible values are portable.
const platforms = ['aix', 'android', 'darwin', 'freebsd', 'haiku', 'linux', 'openbsd', 'sunos', 'win32', 'cygwin', 'netbsd'];
const arches = ['arm', 'arm64', 'ia32', 'loong64', 'mips', 'mipsel', 'ppc', 'ppc64', 'riscv64', 's390', 's390x', 'x64', 'wasm32'];
console.log('platform', typeof process.platform, platforms.includes(process.platform));
console.log('arch', typeof process.arch, arches.includes(process.arch));
