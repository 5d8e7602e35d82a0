// Reads an AAS v3.0 environment as JSON from stdin and prints, as a JSON array, the errors ajv finds against the
// official schema (../Schema/aas.json, JSON Schema 2019-09): an independent check beside the tests' own validator.
"use strict";
const path = require("path");
const fs = require("fs");
const Ajv2019 = require("ajv/dist/2019");

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "Schema", "aas.json"), "utf8"));
// strict off: the official schema uses keywords ajv's strict mode rejects; unicodeRegExp for the patterns' \u escapes.
const ajv = new Ajv2019({ allErrors: true, strict: false, unicodeRegExp: true });
const validate = ajv.compile(schema);

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const valid = validate(JSON.parse(text));
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} (${e.schemaPath}): ${e.message}`);
  process.stdout.write(JSON.stringify(errors));
});
