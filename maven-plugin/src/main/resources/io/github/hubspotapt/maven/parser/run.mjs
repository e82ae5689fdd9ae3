// hubspot-apt: runs HubSpot's project parser over one project folder the way `hs project upload` does before it
// uploads: parseProjectConfig (hsproject.json), then translate with validation (file discovery, uids, folders,
// singular components, top-level fields, the functions' package.json, profiles).
//
//   node run.mjs PROJECT_DIR VERDICT_FILE [PROFILE]
//
// The verdict goes to VERDICT_FILE, not to stdout, so that nothing the parser's own logger prints can be taken
// for it. Its first line is "accepted PLATFORM_VERSION" or "rejected". After "accepted": one line
// "component TYPE" per component and "skipped FILE" per *-hsmeta.json outside a component folder. "rejected" is
// followed by srcDir when hsproject.json could be read (some messages name files relative to it), then, on the
// next lines, HubSpot's message, verbatim.
import fs from 'fs';
import path from 'path';
import { parseProjectConfig } from '@hubspot/project-parsing-lib/projects';
import { translate } from '@hubspot/project-parsing-lib/translate';

const [projectDir, verdictFile, profile] = process.argv.slice(2);
let verdict;
let srcDir = '';
try {
  const config = parseProjectConfig(projectDir);
  srcDir = config.srcDir;
  const context = {
    projectSourceDir: path.resolve(projectDir, config.srcDir),
    platformVersion: config.platformVersion,
  };
  const { intermediateRepresentation, skippedHsMetaFiles } = await translate(context, { profile: profile || undefined });
  const lines = [`accepted ${config.platformVersion}`];
  for (const node of Object.values(intermediateRepresentation.intermediateNodesIndexedByUid)) {
    lines.push(`component ${node.componentType}`);
  }
  for (const file of skippedHsMetaFiles || []) {
    lines.push(`skipped ${file}`);
  }
  verdict = lines.join('\n') + '\n';
} catch (e) {
  // TranslationError's toString lists the errors per file; the other errors (hsproject.json, duplicate uids,
  // a missing package.json) name their file in the message itself.
  const message = e && e.name === 'TranslationError' ? e.toString() : (e && e.message) || String(e);
  verdict = `rejected${srcDir ? ' ' + srcDir : ''}\n${message}\n`;
}
fs.writeFileSync(verdictFile, verdict);
