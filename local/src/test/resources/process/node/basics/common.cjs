'use strict';
// A `.cjs` module exporting an async handler through module.exports.
module.exports = {
  handler: async (event) => ({ module: 'commonjs', event }),
};
