// A nested path and a nested function name: `lib/handlers/math.ops.add`.
export const ops = {
  add: async ({ a, b }) => a + b,
};
