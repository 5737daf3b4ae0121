// Throws while the module loads: init fails with the error's own type (RangeError).
throw new RangeError('configuration is invalid');

export const handler = async () => 'unreachable';
