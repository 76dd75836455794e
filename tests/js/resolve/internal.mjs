export default "internal.mjs";
