// A local Step Functions service: the AWS JSON 1.0 protocol subset powertuner uses, executions on aws-local-stepfunctions.
// Usage: node --import polyfill.mjs sfn-server.mjs --node-modules <dir> [--port 0] [--region us-east-1]
//        [--account 000000000000] [--retry-interval-ms <ms>] [--trusted-definitions <sha-256>,...]
// Prints "LISTENING <port>" on stdout when ready; logs to stderr; exits when stdin closes.
import { createRequire } from 'node:module';
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

const args = parseArgs(process.argv.slice(2));
const region = args.region || process.env.AWS_REGION || 'us-east-1';
const account = args.account || '000000000000';
const retryIntervalMs = args['retry-interval-ms'] === undefined ? undefined : Number(args['retry-interval-ms']);
// Definitions (by the SHA-256 of their text) that the caller's build already validated: the engine skips its
// validation for them (about a second for the tuner's); any other definition is validated.
const trustedDefinitions = new Set((args['trusted-definitions'] || '').split(',').filter((hash) => hash));
if (!args['node-modules']) {
  fail('missing --node-modules <dir>');
}
const requireFromModules = createRequire(path.join(path.resolve(args['node-modules']), 'noop.js'));
const engine = loadEngine();
nameLambdaServiceErrors();

const stateMachines = new Map();
const executions = new Map();

class ServiceError extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      out[argv[i].slice(2)] = argv[i + 1];
      i++;
    }
  }
  return out;
}

function fail(message) {
  process.stderr.write(`sfn-server: ${message}\n`);
  process.exit(2);
}

function loadEngine() {
  try {
    return requireFromModules('aws-local-stepfunctions');
  } catch (e) {
    fail(`cannot load aws-local-stepfunctions from ${args['node-modules']} (run scripts/ensure-node-modules.sh): ${e.message}`);
    return undefined;
  }
}

// Step Functions names Lambda API failures of a Task "Lambda.<exception>" (Lambda.TooManyRequestsException,
// Lambda.ResourceNotFoundException, Lambda.SdkClientException for client-side failures), and a function error by its
// errorType with the error document as the cause. The engine would use the bare SDK error name and the cause
// "<errorType>: <errorMessage>", so patch the engine's Lambda client to fail the way Step Functions reports it.
function nameLambdaServiceErrors() {
  const engineRequire = createRequire(requireFromModules.resolve('aws-local-stepfunctions'));
  const { LambdaClient, InvokeCommand } = engineRequire('@aws-sdk/client-lambda');
  const send = LambdaClient.prototype.send;
  LambdaClient.prototype.send = async function sendLikeStepFunctions(...sendArgs) {
    let response;
    try {
      response = await send.apply(this, sendArgs);
    } catch (e) {
      if (e && typeof e === 'object' && !(typeof e.name === 'string' && e.name.startsWith('Lambda.'))) {
        const serviceError = e.$metadata && e.$metadata.httpStatusCode;
        e.name = serviceError ? `Lambda.${e.name}` : 'Lambda.SdkClientException';
      }
      throw e;
    }
    if (response && response.FunctionError && sendArgs[0] instanceof InvokeCommand) {
      throw functionError(response);
    }
    return response;
  };
}

function functionError(response) {
  const text = response.Payload ? new TextDecoder().decode(response.Payload) : '';
  let errorType;
  try {
    errorType = JSON.parse(text).errorType;
  } catch (e) {
    errorType = undefined;
  }
  const known = typeof errorType === 'string' && errorType.length > 0;
  const error = new Error(known ? text
    : `The cause could not be determined because Lambda did not return an error type. Returned payload: ${text}`);
  error.name = known ? errorType : 'Lambda.Unknown';
  return error;
}

// Routine lines start with DEBUG; anything else (errors, node's own output) is a warning for the Java side.
function log(message, level = 'DEBUG') {
  process.stderr.write(`${level} ${new Date().toISOString()} sfn-server ${message}\n`);
}

function epochSeconds(millis) {
  return millis / 1000;
}

function asText(value) {
  if (value === undefined || value === null) {
    return undefined;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function required(request, field) {
  const value = request[field];
  if (value === undefined || value === null || value === '') {
    throw new ServiceError('ValidationException', `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function validName(name) {
  if (typeof name !== 'string' || name.length < 1 || name.length > 80 || !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new ServiceError('InvalidName', `Invalid Name: '${name}'`);
  }
  return name;
}

// ---- definitions -------------------------------------------------------------------------------------------------

function retryStateNames(states, names) {
  for (const [name, state] of Object.entries(states || {})) {
    if (Array.isArray(state.Retry) && state.Retry.length > 0) {
      names.push(name);
    }
    const nested = state.ItemProcessor || state.Iterator;
    if (nested) {
      retryStateNames(nested.States, names);
    }
    for (const branch of state.Branches || []) {
      retryStateNames(branch.States, names);
    }
  }
  return names;
}

function createStateMachine(request) {
  const name = validName(required(request, 'name'));
  const text = required(request, 'definition');
  const arn = `arn:aws:states:${region}:${account}:stateMachine:${name}`;
  const existing = stateMachines.get(arn);
  if (existing) {
    if (existing.definition === text && existing.roleArn === request.roleArn) {
      return { stateMachineArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ServiceError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
  }
  let definition;
  let machine;
  try {
    definition = JSON.parse(text);
    const trusted = trustedDefinitions.has(createHash('sha256').update(text, 'utf8').digest('hex'));
    const validationOptions = trusted ? { noValidate: true } : { checkArn: false, checkPaths: false };
    machine = new engine.StateMachine(definition, { validationOptions });
  } catch (e) {
    throw new ServiceError('InvalidDefinition', `Invalid State Machine Definition: '${e.message}'`);
  }
  const retryOverrides = {};
  if (retryIntervalMs !== undefined) {
    for (const stateName of retryStateNames(definition.States, [])) {
      retryOverrides[stateName] = retryIntervalMs;
    }
  }
  stateMachines.set(arn, {
    arn, name, definition: text, machine, retryOverrides,
    roleArn: request.roleArn, type: request.type || 'STANDARD', creationDate: Date.now(),
  });
  return { stateMachineArn: arn, creationDate: epochSeconds(stateMachines.get(arn).creationDate) };
}

function findStateMachine(arn) {
  const sm = stateMachines.get(arn);
  if (!sm) {
    throw new ServiceError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  }
  return sm;
}

function describeStateMachine(request) {
  const sm = findStateMachine(required(request, 'stateMachineArn'));
  return {
    stateMachineArn: sm.arn, name: sm.name, status: 'ACTIVE', definition: sm.definition,
    roleArn: sm.roleArn || `arn:aws:iam::${account}:role/powertuner-local`, type: sm.type,
    creationDate: epochSeconds(sm.creationDate),
  };
}

function deleteStateMachine(request) {
  stateMachines.delete(required(request, 'stateMachineArn'));
  return {};
}

// ---- executions --------------------------------------------------------------------------------------------------

function startExecution(request) {
  const sm = findStateMachine(required(request, 'stateMachineArn'));
  const name = validName(request.name || randomUUID());
  const inputText = request.input === undefined || request.input === null ? '{}' : request.input;
  const arn = `arn:aws:states:${region}:${account}:execution:${sm.name}:${name}`;
  const existing = executions.get(arn);
  if (existing) {
    if (existing.input === inputText && existing.status === 'RUNNING') {
      return { executionArn: arn, startDate: epochSeconds(existing.startDate) };
    }
    throw new ServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
  }
  let input;
  try {
    input = JSON.parse(inputText);
  } catch (e) {
    throw new ServiceError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${e.message}'`);
  }
  const execution = {
    arn, name, sm, input: inputText, status: 'RUNNING', startDate: Date.now(), history: [], open: new Map(),
  };
  executions.set(arn, execution);
  run(execution, input);
  return { executionArn: arn, startDate: epochSeconds(execution.startDate) };
}

function run(execution, input) {
  const sm = execution.sm;
  const context = {
    Execution: {
      Id: execution.arn, Name: execution.name, Input: input, StartTime: new Date(execution.startDate).toISOString(),
      RoleArn: sm.roleArn || `arn:aws:iam::${account}:role/powertuner-local`,
    },
    StateMachine: { Id: sm.arn, Name: sm.name },
  };
  const overrides = { retryIntervalOverrides: sm.retryOverrides };
  const { result, abort, eventLogs } = sm.machine.run(input, { context, overrides });
  execution.abort = abort;
  const drain = (async () => {
    for await (const event of eventLogs) {
      record(execution, event);
    }
  })();
  log(`execution ${execution.name} started on ${sm.name}`);
  result.then(
    (output) => finish(execution, drain, { status: 'SUCCEEDED', output: JSON.stringify(output === undefined ? null : output) }),
    (error) => finish(execution, drain, outcomeOf(execution, error)),
  );
}

function outcomeOf(execution, error) {
  if (error instanceof engine.ExecutionTimeoutError) {
    return { status: 'TIMED_OUT', error: 'States.Timeout', cause: 'The execution timed out.' };
  }
  if (error instanceof engine.ExecutionAbortedError) {
    return { status: 'ABORTED' };
  }
  const inner = error && error.cause && error.cause.name ? error.cause : error;
  return {
    status: 'FAILED',
    error: inner && inner.name ? inner.name : 'States.Runtime',
    cause: asText(inner && inner.cause !== undefined ? inner.cause : inner && inner.message),
  };
}

async function finish(execution, drain, outcome) {
  await Promise.race([drain.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]);
  if (execution.status !== 'RUNNING') {
    return;
  }
  const failedEvent = execution.history.find((e) => e.type === 'ExecutionFailed');
  if (outcome.status === 'FAILED' && failedEvent) {
    outcome.error = failedEvent.executionFailedEventDetails.error;
    outcome.cause = failedEvent.executionFailedEventDetails.cause;
  }
  Object.assign(execution, outcome, { stopDate: Date.now() });
  log(`execution ${execution.name} ${execution.status} after ${execution.stopDate - execution.startDate} ms`
    + (execution.error ? `: ${execution.error}` : ''));
}

function findExecution(arn) {
  const execution = executions.get(arn);
  if (!execution) {
    throw new ServiceError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
  }
  return execution;
}

function describeExecution(request) {
  const e = findExecution(required(request, 'executionArn'));
  const out = {
    executionArn: e.arn, stateMachineArn: e.sm.arn, name: e.name, status: e.status,
    startDate: epochSeconds(e.startDate), input: e.input, inputDetails: { included: true },
  };
  if (e.stopDate !== undefined) {
    out.stopDate = epochSeconds(e.stopDate);
  }
  if (e.output !== undefined) {
    out.output = e.output;
    out.outputDetails = { included: true };
  }
  if (e.error !== undefined) {
    out.error = e.error;
  }
  if (e.cause !== undefined) {
    out.cause = e.cause;
  }
  return out;
}

function stopExecution(request) {
  const e = findExecution(required(request, 'executionArn'));
  if (e.status === 'RUNNING') {
    Object.assign(e, { status: 'ABORTED', stopDate: Date.now(), error: request.error, cause: request.cause });
    e.stopped = true;
    append(e, Date.now(), 'ExecutionAborted', 'executionAbortedEventDetails', { error: request.error, cause: request.cause });
    e.abort();
    log(`execution ${e.name} ABORTED by StopExecution`);
  }
  return { stopDate: epochSeconds(e.stopDate) };
}

function listExecutions(request) {
  findStateMachine(required(request, 'stateMachineArn'));
  const all = [...executions.values()]
    .filter((e) => e.sm.arn === request.stateMachineArn)
    .filter((e) => !request.statusFilter || e.status === request.statusFilter)
    .sort((a, b) => b.startDate - a.startDate)
    .map((e) => {
      const item = { executionArn: e.arn, stateMachineArn: e.sm.arn, name: e.name, status: e.status, startDate: epochSeconds(e.startDate) };
      if (e.stopDate !== undefined) {
        item.stopDate = epochSeconds(e.stopDate);
      }
      return item;
    });
  const page = paginate(all, request);
  return { executions: page.items, nextToken: page.nextToken };
}

function paginate(items, request) {
  const max = request.maxResults && request.maxResults > 0 ? Math.min(request.maxResults, 1000) : 100;
  const start = request.nextToken ? Number.parseInt(Buffer.from(request.nextToken, 'base64').toString('utf8'), 10) : 0;
  if (Number.isNaN(start) || start < 0 || start > items.length) {
    throw new ServiceError('InvalidToken', `Invalid Token: '${request.nextToken}'`);
  }
  const end = Math.min(start + max, items.length);
  const nextToken = end < items.length ? Buffer.from(String(end), 'utf8').toString('base64') : undefined;
  return { items: items.slice(start, end), nextToken };
}

function getExecutionHistory(request) {
  const e = findExecution(required(request, 'executionArn'));
  const withData = request.includeExecutionData !== false;
  let events = withData ? e.history : e.history.map(withoutData);
  if (request.reverseOrder) {
    events = [...events].reverse();
  }
  const page = paginate(events, request);
  return { events: page.items, nextToken: page.nextToken };
}

function withoutData(event) {
  const copy = { ...event };
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails') && value && typeof value === 'object') {
      const details = { ...value };
      delete details.input;
      delete details.output;
      copy[key] = details;
    }
  }
  return copy;
}

// ---- history: the engine's event logs as AWS HistoryEvents --------------------------------------------------------

function append(execution, timestamp, type, detailsField, details) {
  const id = execution.history.length + 1;
  const event = { timestamp: epochSeconds(timestamp), type, id, previousEventId: id - 1 };
  if (detailsField) {
    event[detailsField] = details;
  }
  execution.history.push(event);
}

function stateKey(event) {
  return `${event.state.name}#${event.index === undefined ? '' : event.index}`;
}

const TERMINAL = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimeout']);

function record(execution, event) {
  // After a Map fails, the engine lets its other iterations run on; like AWS, the history ends with the terminal event.
  if (execution.stopped || execution.closed) {
    return;
  }
  execution.closed = TERMINAL.has(event.type);
  const ts = event.timestamp || Date.now();
  switch (event.type) {
    case 'ExecutionStarted':
      append(execution, ts, 'ExecutionStarted', 'executionStartedEventDetails', {
        input: asText(event.input), inputDetails: { truncated: false }, roleArn: execution.sm.roleArn,
      });
      break;
    case 'ExecutionSucceeded':
      append(execution, ts, 'ExecutionSucceeded', 'executionSucceededEventDetails', {
        output: asText(event.output === undefined ? null : event.output), outputDetails: { truncated: false },
      });
      break;
    case 'ExecutionFailed':
      append(execution, ts, 'ExecutionFailed', 'executionFailedEventDetails', { error: event.Error, cause: asText(event.Cause) });
      break;
    case 'ExecutionAborted':
      append(execution, ts, 'ExecutionAborted', 'executionAbortedEventDetails', {});
      break;
    case 'ExecutionTimeout':
      append(execution, ts, 'ExecutionTimedOut', 'executionTimedOutEventDetails', { error: 'States.Timeout', cause: 'The execution timed out.' });
      break;
    case 'MapIterationStarted':
    case 'MapIterationSucceeded':
    case 'MapIterationFailed':
      append(execution, ts, event.type, `mapIteration${event.type.slice('MapIteration'.length)}EventDetails`,
        { name: event.parentState.name, index: event.index });
      break;
    default:
      recordState(execution, ts, event);
  }
}

function recordState(execution, ts, event) {
  if (!event.state) {
    return;
  }
  const type = event.state.type;
  const key = stateKey(event);
  switch (event.type) {
    case 'StateEntered':
      append(execution, ts, `${type}StateEntered`, 'stateEnteredEventDetails', {
        name: event.state.name, input: asText(event.state.input), inputDetails: { truncated: false },
      });
      if (type === 'Task') {
        scheduled(execution, ts, event);
      }
      break;
    case 'StateRetried':
      if (type === 'Task') {
        scheduled(execution, ts, event);
      }
      break;
    case 'StateFailed':
      stateFailed(execution, ts, event);
      break;
    case 'StateCaught':
      execution.open.set(key, 'caught');
      break;
    case 'StateExited':
      stateExited(execution, ts, event, execution.open.get(key) === 'caught');
      execution.open.delete(key);
      break;
    default:
      break;
  }
}

function scheduled(execution, ts, event) {
  const resource = resourceOf(execution, event.state.name);
  append(execution, ts, 'LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', {
    resource, input: asText(event.state.input), inputDetails: { truncated: false },
  });
  append(execution, ts, 'LambdaFunctionStarted');
}

function stateFailed(execution, ts, event) {
  const details = { error: event.Error, cause: asText(event.Cause) };
  if (event.state.type === 'Task') {
    if (event.Error === 'States.Timeout') {
      append(execution, ts, 'LambdaFunctionTimedOut', 'lambdaFunctionTimedOutEventDetails', details);
    } else {
      append(execution, ts, 'LambdaFunctionFailed', 'lambdaFunctionFailedEventDetails', details);
    }
  } else if (event.state.type === 'Map') {
    append(execution, ts, 'MapStateFailed');
  }
}

function stateExited(execution, ts, event, caught) {
  const type = event.state.type;
  if (type === 'Task' && !caught) {
    append(execution, ts, 'LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', {
      output: asText(event.state.output === undefined ? null : event.state.output), outputDetails: { truncated: false },
    });
  } else if (type === 'Map' && !caught) {
    append(execution, ts, 'MapStateSucceeded');
  }
  append(execution, ts, `${type}StateExited`, 'stateExitedEventDetails', {
    name: event.state.name, output: asText(event.state.output === undefined ? null : event.state.output),
    outputDetails: { truncated: false },
  });
}

function resourceOf(execution, stateName) {
  if (!execution.sm.resources) {
    const resources = {};
    const walk = (states) => {
      for (const [name, state] of Object.entries(states || {})) {
        if (state.Resource) {
          resources[name] = state.Resource;
        }
        const nested = state.ItemProcessor || state.Iterator;
        if (nested) {
          walk(nested.States);
        }
        for (const branch of state.Branches || []) {
          walk(branch.States);
        }
      }
    };
    walk(JSON.parse(execution.sm.definition).States);
    execution.sm.resources = resources;
  }
  return execution.sm.resources[stateName];
}

// ---- HTTP --------------------------------------------------------------------------------------------------------

const operations = {
  CreateStateMachine: createStateMachine,
  DescribeStateMachine: describeStateMachine,
  DeleteStateMachine: deleteStateMachine,
  StartExecution: startExecution,
  DescribeExecution: describeExecution,
  GetExecutionHistory: getExecutionHistory,
  StopExecution: stopExecution,
  ListExecutions: listExecutions,
};

function handle(target, body) {
  const prefix = 'AWSStepFunctions.';
  const operation = target && target.startsWith(prefix) ? operations[target.slice(prefix.length)] : undefined;
  if (!operation) {
    throw new ServiceError('UnknownOperationException', `Unsupported operation: ${target}`);
  }
  let request;
  try {
    request = body.length === 0 ? {} : JSON.parse(body);
  } catch (e) {
    throw new ServiceError('SerializationException', `Malformed request body: ${e.message}`);
  }
  return operation(request);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let status = 200;
    let payload;
    try {
      payload = handle(req.headers['x-amz-target'], Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      status = 400;
      if (e instanceof ServiceError) {
        payload = { __type: e.type, message: e.message };
      } else {
        status = 500;
        payload = { __type: 'InternalFailure', message: String(e && e.stack ? e.stack : e) };
        log(`internal error: ${payload.message}`, 'ERROR');
      }
    }
    const text = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(text),
      'x-amzn-requestid': randomUUID(),
    });
    res.end(text);
  });
});

server.keepAliveTimeout = 60000;
server.listen(Number(args.port || 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
