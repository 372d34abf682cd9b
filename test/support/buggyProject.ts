/**
 * A tiny project whose test fails until src/math.js adds instead of
 * subtracting: the running example of the loop tests. The test is a real
 * Node script run as a real child process.
 */
export const BUGGY_MATH = `export function add(a, b) {
  return a - b;
}

export function double(n) {
  return n * 2;
}
`;

export const FIXED_MATH = BUGGY_MATH.replace("return a - b;", "return a + b;");

export const MATH_TEST = `import { add, double } from "./src/math.js";
const got = add(2, 3);
if (got !== 5) {
  console.error("math.test.js:3 expected add(2, 3) to be 5, got " + got);
  process.exit(1);
}
if (double(4) !== 8) { console.error("double broken"); process.exit(1); }
console.log("all tests passed");
`;

export const PACKAGE_JSON = `{ "type": "module" }\n`;

export function buggyProjectFiles(): Record<string, string> {
  return { "src/math.js": BUGGY_MATH, "math.test.js": MATH_TEST, "package.json": PACKAGE_JSON };
}

/** The fix as a multi-file SEARCH/REPLACE reply. */
export const MULTI_FILE_FIX = `<<< path=src/math.js >>>
<<<<<<< SEARCH
  return a - b;
=======
  return a + b;
>>>>>>> REPLACE
`;

/** The same fix for single-file diff mode (no path header). */
export const SINGLE_FILE_FIX = `<<<<<<< SEARCH
  return a - b;
=======
  return a + b;
>>>>>>> REPLACE
`;

/** A block that edits the file wrongly (the tests keep failing). */
export const WRONG_FIX = `<<< path=src/math.js >>>
<<<<<<< SEARCH
  return a - b;
=======
  return a * b;
>>>>>>> REPLACE
`;

export const TEST_COMMAND = "node math.test.js";
