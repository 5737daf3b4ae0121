// Runs powertuner.asl.json on aws-local-stepfunctions with scripted Task handlers and prints what happened as JSON.
// Usage: node run-definition.mjs <root> <definition.json> <scenarios.json>
// scenarios: {"<name>": {"input": {...}, "handlers": {"<State>": [{"return": <json>} | {"throw": {"name", "message"}}]}}}
// The last response of a state repeats; retry waits are skipped. Output: {"<name>": {"status", "output" | "error",
// "cause", "entered": [state names in order], "calls": {"<State>": n}}}.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}

const [root, definitionFile, scenariosFile] = process.argv.slice(2);
const require = createRequire(path.join(root, 'package.json'));
const { StateMachine } = require('aws-local-stepfunctions');
const definition = JSON.parse(fs.readFileSync(definitionFile, 'utf8'));
const scenarios = JSON.parse(fs.readFileSync(scenariosFile, 'utf8'));

async function run(scenario) {
  const calls = {};
  const handlers = {};
  const retryIntervals = {};
  for (const [state, responses] of Object.entries(scenario.handlers)) {
    retryIntervals[state] = 0;
    handlers[state] = async () => {
      const n = calls[state] = (calls[state] || 0) + 1;
      const response = responses[Math.min(n, responses.length) - 1];
      if (response.throw) {
        const error = new Error(response.throw.message);
        error.name = response.throw.name;
        throw error;
      }
      return response.return;
    };
  }
  const machine = new StateMachine(definition, {});
  const { result, eventLogs } = machine.run(scenario.input, {
    overrides: { taskResourceLocalHandlers: handlers, retryIntervalOverrides: retryIntervals },
    context: { Execution: { Name: 'run-1' } },
  });
  const entered = [];
  const collect = (async () => {
    for await (const event of eventLogs) {
      if (event.type === 'StateEntered') {
        entered.push(event.state.name);
      }
    }
  })();
  let report;
  try {
    report = { status: 'SUCCEEDED', output: await result };
  } catch (e) {
    report = { status: 'FAILED', error: e.cause ? e.cause.name : e.name, cause: e.cause ? e.cause.message : e.message };
  }
  await Promise.race([collect, new Promise((resolve) => setTimeout(resolve, 1000))]);
  report.entered = entered;
  report.calls = calls;
  return report;
}

const reports = {};
for (const [name, scenario] of Object.entries(scenarios)) {
  reports[name] = await run(scenario);
}
process.stdout.write(JSON.stringify(reports));
