'use strict';
// Callback handlers, CommonJS (a `.js` file under a package.json of type commonjs).

exports.handler = (event, context, callback) => {
  callback(null, { greeting: `hello ${event.name}` });
};

// With callbackWaitsForEmptyEventLoop (the default) the result is sent once the timer has run.
exports.waitsForTimers = (event, context, callback) => {
  const result = { timerFired: false };
  setTimeout(() => {
    result.timerFired = true;
  }, 200);
  callback(null, result);
};

exports.doesNotWait = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  const result = { timerFired: false };
  setTimeout(() => {
    result.timerFired = true;
  }, 1000);
  callback(null, result);
};

exports.fails = (event, context, callback) => {
  callback(new TypeError('callback failure'));
};

// Neither returns a promise nor calls back: Lambda answers null once the event loop is empty.
exports.neverAnswers = () => {};
