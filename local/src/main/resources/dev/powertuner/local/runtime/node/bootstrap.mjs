// Local Lambda's Node.js bootstrap: one execution environment speaking the Lambda Runtime API.
// Started as `node bootstrap.mjs` with cwd = LAMBDA_TASK_ROOT; everything else comes from the environment.
// Node 18-24, built-ins only. Behaviour follows the managed runtime (aws-lambda-nodejs-runtime-interface-client)
// where it is observable by user code; the deliberate differences are noted where they happen.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const env = process.env;
const [apiHost, apiPort] = env.AWS_LAMBDA_RUNTIME_API.split(':');
const API = '/2018-06-01/runtime';
// One kept-alive socket: the Runtime API is strictly request/response, and an idle kept-alive socket is unref'd,
// so it does not hold the event loop open (callbackWaitsForEmptyEventLoop depends on that).
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

const NODE_JS_EXIT = 'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by '
  + 'a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

let requestId; // the invocation being handled; log lines carry it (the literal "undefined" before the first, as in Lambda)
let handlerIsAsync = false;

function request(method, urlPath, body, headers = {}, retried = false) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: apiHost, port: Number(apiPort), path: API + urlPath, method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (err) => {
      // The server may close a socket that sat idle during a long invocation: retry once on a fresh one.
      if (req.reusedSocket && !retried && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
        resolve(request(method, urlPath, body, headers, true));
      } else {
        reject(err);
      }
    });
    req.end(body);
  });
}

function post(urlPath, payload, headers = {}) {
  const body = Buffer.from(payload, 'utf8');
  return request('POST', urlPath, body, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...headers });
}

// ---- logging: console.* as the managed runtime prints it ------------------------------------------------------------
const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const jsonLogs = (env.AWS_LAMBDA_LOG_FORMAT || '').toUpperCase() === 'JSON';
// Lambda sets AWS_LAMBDA_LOG_LEVEL (INFO by default) whenever the format is JSON; assume the same if the caller did not.
const minLevel = Math.max(0, LEVELS.indexOf((env.AWS_LAMBDA_LOG_LEVEL || (jsonLogs ? 'INFO' : 'TRACE')).toUpperCase()));

function errorFields(err) {
  return { errorType: err?.constructor?.name ?? 'UnknownError', errorMessage: err.message, stackTrace: String(err.stack).split('\n') };
}

function jsonLine(level, args) {
  const record = { timestamp: new Date().toISOString(), level, requestId };
  if (args.length === 1) {
    record.message = args[0];
    try {
      return JSON.stringify(record, (_k, v) => (v instanceof Error ? { ...errorFields(v), ...v } : v));
    } catch {
      record.message = util.format(args[0]); // circular or BigInt: fall back to inspect-like text
      return JSON.stringify(record);
    }
  }
  record.message = util.format(...args);
  const err = args.find((a) => a instanceof Error);
  return JSON.stringify(err ? { ...record, ...errorFields(err) } : record);
}

function log(level, args) {
  const line = jsonLogs ? jsonLine(level, args)
    : `${new Date().toISOString()}\t${requestId}\t${level}\t${util.format(...args)}`;
  // One record per line: embedded newlines become \r, as the managed runtime does. Writes to a pipe are
  // synchronous on Linux, so everything logged is in the pipe before the response is posted.
  process.stdout.write(line.replace(/\n/g, '\r') + '\n');
}

for (const [method, level] of [['trace', 'TRACE'], ['debug', 'DEBUG'], ['info', 'INFO'], ['log', 'INFO'],
  ['warn', 'WARN'], ['error', 'ERROR'], ['fatal', 'FATAL']]) {
  console[method] = LEVELS.indexOf(level) >= minLevel ? (...args) => log(level, args) : () => {};
}

// ---- errors ---------------------------------------------------------------------------------------------------------
function runtimeError(name, message, stack) {
  const err = new Error(message);
  err.name = `Runtime.${name}`;
  if (stack) {
    err.stack = stack;
  }
  return err;
}

// The error document. errorType is the error's `name` (as in the managed runtime, so a subclass that does not set
// `name` reports "Error"); a thrown non-Error reports its typeof. The Node runtime calls the lines `trace`; this
// bootstrap uses `stackTrace` for both languages, as Local Lambda's error documents do.
function errorDocument(err) {
  const isError = util.types.isNativeError(err)
    || (err && typeof err.name === 'string' && typeof err.message === 'string' && typeof err.stack === 'string');
  return isError ? { errorType: err.name, errorMessage: err.message, stackTrace: err.stack.split('\n') }
    : { errorType: typeof err, errorMessage: String(err), stackTrace: [] };
}

// Text: `<label> \t{...}`; JSON: the document is the record's message. Both as the managed runtime logs them.
function logError(label, doc) {
  if (jsonLogs) {
    console.error(doc);
  } else {
    console.error(label, `\t${JSON.stringify(doc)}`);
  }
}

// ---- handler resolution ---------------------------------------------------------------------------------------------
async function loadHandler(taskRoot, handlerString) {
  if (handlerString.includes('..')) {
    throw runtimeError('MalformedHandlerName', `'${handlerString}' is not a valid handler name. `
      + 'Use absolute paths when specifying root directories in handler names.');
  }
  const base = path.basename(handlerString);
  const moduleRoot = handlerString.slice(0, handlerString.length - base.length);
  const match = /^([^.]*)\.(.*)$/.exec(base);
  if (!match) {
    throw runtimeError('MalformedHandlerName', 'Bad handler');
  }
  const [, moduleName, functionPath] = match;
  const file = path.resolve(taskRoot, moduleRoot, moduleName);
  let module;
  try {
    // import() follows Node's own rules: .mjs is ESM, .cjs is CommonJS, .js depends on the nearest package.json.
    const found = ['', '.js', '.mjs', '.cjs'].map((ext) => file + ext)
      .find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    // No such file: let require() look it up (a package in node_modules) or fail with Node's own message.
    const require = createRequire(import.meta.url);
    module = found ? await import(pathToFileURL(found).href)
      : require(require.resolve(moduleName, { paths: [taskRoot, path.join(taskRoot, moduleRoot)] }));
  } catch (err) {
    if (err instanceof SyntaxError) {
      throw runtimeError('UserCodeSyntaxError', String(err), err.stack);
    }
    if (err?.code === 'MODULE_NOT_FOUND') {
      throw runtimeError('ImportModuleError', String(err));
    }
    throw err; // anything else thrown while loading is reported with its own type
  }
  const find = (root) => functionPath.split('.')
    .reduce((o, key) => (o !== null && (typeof o === 'object' || typeof o === 'function') ? o[key] : undefined), root);
  // A CommonJS module imported as ESM exposes module.exports as `default`.
  const fn = find(module) ?? find(module.default);
  if (!fn) {
    throw runtimeError('HandlerNotFound', `${handlerString} is undefined or not exported`);
  }
  if (typeof fn !== 'function') {
    throw runtimeError('HandlerNotFound', `${handlerString} is not a function`);
  }
  return fn;
}

// ---- one invocation -------------------------------------------------------------------------------------------------
function parseHeader(value, name) {
  if (value === undefined) {
    return undefined;
  }
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`Cannot parse ${name} as json: ${err}`);
  }
}

// Resolves to { result } or { error }. The first of callback / succeed / fail / done / the returned promise wins.
// callback(null, result) with callbackWaitsForEmptyEventLoop (the default) answers when the event loop drains
// ('beforeExit'): timers and sockets the handler left behind run first, and the result is serialised only then.
// A handler that finishes nothing gets `null` when the loop drains, or Runtime.NodeJsExit if it was async.
function invoke(handler, next) {
  return new Promise((resolve) => {
    let settled = false;
    const onDrain = () => finish(waiting ?? (handlerIsAsync ? { error: runtimeError('NodeJsExit', NODE_JS_EXIT) } : { result: null }));
    const finish = (outcome) => {
      if (!settled) {
        settled = true;
        process.removeListener('beforeExit', onDrain);
        resolve(outcome);
      }
    };
    let waiting;
    let answered = false;
    const once = (fn) => (...args) => {
      if (!answered) {
        answered = true;
        fn(...args);
      }
    };
    const h = next.headers;
    const deadline = Number(h['lambda-runtime-deadline-ms']);
    const done = once((err, result) => finish(err != null ? { error: err } : { result }));
    const callback = once((err, result) => {
      if (err != null) {
        finish({ error: err });
      } else if (context.callbackWaitsForEmptyEventLoop) {
        waiting = { result };
      } else {
        finish({ result });
      }
    });
    const context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
      invokedFunctionArn: h['lambda-runtime-invoked-function-arn'],
      memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      awsRequestId: requestId,
      logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
      getRemainingTimeInMillis: () => deadline - Date.now(),
      done,
      succeed: (result) => done(null, result),
      fail: (err) => done(err ?? 'handled'),
    };
    process.on('beforeExit', onDrain);
    try {
      context.clientContext = parseHeader(h['lambda-runtime-client-context'], 'ClientContext');
      context.identity = parseHeader(h['lambda-runtime-cognito-identity'], 'CognitoIdentity');
      const returned = handler(JSON.parse(next.body), context, callback);
      if (returned && typeof returned.then === 'function') {
        returned.then((result) => done(null, result), (err) => done(err ?? 'handled'));
      }
    } catch (err) {
      callback(err);
    }
  });
}

async function report(id, outcome) {
  const base = `/invocation/${encodeURIComponent(id)}`;
  if (!('error' in outcome)) {
    let payload;
    try {
      payload = JSON.stringify(outcome.result === undefined ? null : outcome.result) ?? 'null';
    } catch {
      outcome = { error: runtimeError('JSONStringifyError', 'Unable to stringify response body') };
    }
    if (payload !== undefined) {
      return post(`${base}/response`, payload);
    }
  }
  const doc = errorDocument(outcome.error);
  logError('Invoke Error', doc);
  return post(`${base}/error`, JSON.stringify(doc), { 'Lambda-Runtime-Function-Error-Type': doc.errorType });
}

// ---- main -----------------------------------------------------------------------------------------------------------
// Init errors, and exceptions escaping the handler's own callbacks, fail the init (or the invocation in flight) and end
// the process, as in Lambda: exit 129 for an exception, 128 for an unhandled rejection. The returned promise never
// settles, so `await fatal(...)` stops the caller.
function fatal(err, code) {
  const doc = errorDocument(err);
  logError(code === 129 ? 'Uncaught Exception' : 'Unhandled Promise Rejection', doc);
  const target = requestId === undefined ? '/init/error' : `/invocation/${encodeURIComponent(requestId)}/error`;
  return post(target, JSON.stringify(doc), { 'Lambda-Runtime-Function-Error-Type': doc.errorType })
    .catch(() => {}).then(() => process.exit(code));
}
process.on('uncaughtException', (err) => fatal(err, 129));
process.on('unhandledRejection', (reason) => fatal(runtimeError('UnhandledPromiseRejection', String(reason),
  reason instanceof Error ? reason.stack : undefined), 128));

let handler;
try {
  handler = await loadHandler(env.LAMBDA_TASK_ROOT || process.cwd(), env._HANDLER || '');
  handlerIsAsync = handler.constructor?.name === 'AsyncFunction';
} catch (err) {
  await fatal(err, 129);
}

try {
  for (;;) {
    const next = await request('GET', '/invocation/next');
    requestId = next.headers['lambda-runtime-aws-request-id'];
    if (next.headers['lambda-runtime-trace-id']) {
      env._X_AMZN_TRACE_ID = next.headers['lambda-runtime-trace-id'];
    } else {
      delete env._X_AMZN_TRACE_ID;
    }
    const outcome = await invoke(handler, next);
    await report(requestId, outcome);
  }
} catch (err) {
  // The Runtime API is gone (Local Lambda closed this environment): there is nobody left to report to.
  process.stderr.write(`Runtime API unreachable: ${err.message}\n`);
  process.exit(1);
}
