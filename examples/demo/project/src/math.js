// A bug for compile-loop to fix: add() subtracts.
export function add(a, b) {
  return a - b;
}

export function double(n) {
  return n * 2;
}
