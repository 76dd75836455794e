module.exports = "self.js";
