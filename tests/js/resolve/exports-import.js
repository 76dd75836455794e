// import through package.json "exports" (the test body is an ES module).
import('./exports-import.helper.mjs');
