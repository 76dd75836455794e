module.exports = "not exported";
