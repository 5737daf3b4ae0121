// Deliberately broken: init fails with Runtime.UserCodeSyntaxError.
export const handler = async (event => event;
