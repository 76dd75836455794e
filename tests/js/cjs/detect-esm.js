import { join } from "node:path";
console.log("detected as ESM", typeof require, typeof import.meta.url);
export const x = 1;
