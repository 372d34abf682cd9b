import assert from "node:assert/strict";
import { add, double } from "./src/math.js";

assert.equal(add(2, 3), 5, "add(2, 3) should be 5");
assert.equal(double(4), 8, "double(4) should be 8");
console.log("all tests passed");
