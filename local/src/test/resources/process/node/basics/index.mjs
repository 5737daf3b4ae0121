// Async handlers (an ES module) for the bootstrap tests.
let invocations = 0; // module state: survives from one invocation to the next in a warm environment

export const echo = async (event) => ({ event, invocations: ++invocations });

export const nothing = async () => undefined;

export const context = async (_event, ctx) => ({
  functionName: ctx.functionName,
  functionVersion: ctx.functionVersion,
  invokedFunctionArn: ctx.invokedFunctionArn,
  memoryLimitInMB: ctx.memoryLimitInMB,
  awsRequestId: ctx.awsRequestId,
  logGroupName: ctx.logGroupName,
  logStreamName: ctx.logStreamName,
  remainingTimeInMillis: ctx.getRemainingTimeInMillis(),
  clientContext: ctx.clientContext ?? null,
  identity: ctx.identity ?? null,
  callbackWaitsForEmptyEventLoop: ctx.callbackWaitsForEmptyEventLoop,
  traceId: process.env._X_AMZN_TRACE_ID ?? null,
});

export const logs = async (event) => {
  console.log('hello %s', event.name);
  console.warn('careful');
  console.error('failed:', new Error('oops'));
  console.debug('details');
  return 'logged';
};
