// Answers, for each case read as a JSON line on stdin, what HubSpot's Node SDK says: the signature it computes
// (Signature.getSignature) and whether it takes the signature hubspot-apt computed as valid (Signature.isValid).
// One JSON line out per line in, in the same order.
'use strict';
const readline = require('readline');
const { Signature } = require('@hubspot/api-client');

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  const c = JSON.parse(line);
  const options = {
    clientSecret: c.secret,
    requestBody: c.body,
    url: c.url,
    timestamp: c.timestamp === undefined ? undefined : Number(c.timestamp),
  };
  let answer;
  try {
    answer = {
      signature: Signature.getSignature(c.method, c.version, options),
      valid: Signature.isValid({ ...options, method: c.method, signatureVersion: c.version, signature: c.ours }),
    };
  } catch (e) {
    answer = { error: String(e && e.message) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
