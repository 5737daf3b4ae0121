// Exports no `handler`: init with `no-handler.handler` fails with Runtime.HandlerNotFound.
export const somethingElse = async () => 'not the handler';
