// Handlers that fail at invocation time. The other modules here fail at init (see their names).
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}

export const handler = async (event) => {
  throw new Error(event?.message ?? 'boom');
};

export const validation = async () => {
  throw new ValidationError('amount must be positive');
};

// Nothing is left to run and the promise is still pending: Runtime.NodeJsExit, as in Lambda.
export const neverSettles = async () => new Promise(() => {});

// An exception outside the handler's promise chain: it fails the invocation and ends the process (exit 129).
export const uncaught = async () => {
  setTimeout(() => {
    throw new Error('escaped the handler');
  }, 0);
  return new Promise(() => {});
};
