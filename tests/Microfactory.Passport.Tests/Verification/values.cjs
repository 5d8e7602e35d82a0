// Reads [{type: "xs:int", value: "12"}, …] from stdin and prints, as a JSON array of booleans, whether
// aas-core3.0-typescript's verification.valueConsistentWithXsdType accepts each value as its type (null where it throws).
// The pseudo-types "idShort" and "bcp47" ask matchesIdShort and matchesBcp47 instead.
"use strict";
const aas = require("@aas-core-works/aas-core3.0-typescript");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(text).map(({ type, value }) => {
    if (type === "idShort") {
      return aas.verification.matchesIdShort(value);
    }
    if (type === "bcp47") {
      return aas.verification.matchesBcp47(value);
    }
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
