module.exports = "internal.js";
