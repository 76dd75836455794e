module.exports = require("path").relative(__dirname + "/../..", __filename);
