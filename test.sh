#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need when it is missing (PostgreSQL for the
# storage tests, Chromium for the browser tests, Mosquitto for the MQTT telemetry tests, python3-ezdxf as an independent DXF reader, Node.js and npm for the AAS verifier); the tests start their own throw-away instances.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
set -euo pipefail
cd "$(dirname "$0")"

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
[ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
command -v mosquitto_pub >/dev/null || missing+=(mosquitto-clients)
/usr/bin/python3 -c "import ezdxf" 2>/dev/null || missing+=(python3-ezdxf)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} (needed by the tests) ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# aas-core3.0-typescript and ajv, the independent checks of the passport JSON (pinned by their package-lock.json).
verification=tests/Microfactory.Passport.Tests/Verification
[ -f "$verification/node_modules/@aas-core-works/aas-core3.0-typescript/package.json" ] && [ -f "$verification/node_modules/ajv/package.json" ] \
  || npm ci --prefix "$verification" --no-audit --no-fund --loglevel=error

dotnet test Microfactory.slnx -c Release "$@"
