// Reads an AAS v3.0 environment as JSON from stdin and prints, as a JSON array, what aas-core3.0-typescript finds:
// a de-serialization error ({kind: "jsonization"}) or every metamodel constraint violation ({kind: "verification"}).
"use strict";
const aas = require("@aas-core-works/aas-core3.0-typescript");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const parsed = aas.jsonization.environmentFromJsonable(JSON.parse(text));
  const findings = [];
  if (parsed.error !== null) {
    findings.push({ kind: "jsonization", path: `${parsed.error.path}`, message: parsed.error.message });
  } else {
    for (const error of aas.verification.verify(parsed.value)) {
      findings.push({ kind: "verification", path: `${error.path}`, message: error.message });
    }
  }
  process.stdout.write(JSON.stringify(findings));
});
