// See jest.config.js: office-addin-mock only needs the module to exist.
module.exports = {};
