module.exports = "self-sub.js";
