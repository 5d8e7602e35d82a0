// Reads [{type: "xs:int", value: "12"}, …] from stdin and prints, as a JSON array of booleans, whether
// aas-core3.0-typescript's verification.valueConsistentWithXsdType accepts each value as its type (null where it throws).
"use strict";
const aas = require("@aas-core-works/aas-core3.0-typescript");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(text).map(({ type, value }) => {
    const valueType = aas.stringification.dataTypeDefXsdFromString(type);
    if (valueType === null) {
      throw new Error(`unknown value type ${type}`);
    }
    try {
      return aas.verification.valueConsistentWithXsdType(value, valueType);
    } catch {
      return null;
    }
  });
  process.stdout.write(JSON.stringify(results));
});
