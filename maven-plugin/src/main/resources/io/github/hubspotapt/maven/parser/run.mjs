// hubspot-apt: runs HubSpot's project parser over one project folder the way `hs project upload` does before it
// uploads: parseProjectConfig (hsproject.json), then translate with validation (file discovery, uids, folders,
// singular components, top-level fields, the functions' package.json, profiles).
//
//   node run.mjs PROJECT_DIR VERDICT_FILE [PROFILE]
//
// Without PROFILE, the project is translated once per profile of its source folder (HubSpot's own listing, as
// `hs project validate` does without --profile), or once without a profile when it has none.
//
// The verdict goes to VERDICT_FILE, not to stdout, so that nothing the parser's own logger prints can be taken
// for it. Its first line is "accepted PLATFORM_VERSION" or "rejected". After "accepted": one line
// "component TYPE" per component, "skipped FILE" per *-hsmeta.json outside a component folder and "profile NAME"
// per profile translated. "rejected" is followed by srcDir when hsproject.json could be read (some messages name
// files relative to it), then, on the next lines, HubSpot's message, verbatim, after 'in profile "NAME": ' when
// the project was translated once per profile.
import fs from 'fs';
import path from 'path';
import { parseProjectConfig } from '@hubspot/project-parsing-lib/projects';
import { translate } from '@hubspot/project-parsing-lib/translate';
import { getAllHsProfiles } from '@hubspot/project-parsing-lib/profiles';

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
  const profiles = profile ? [profile] : await getAllHsProfiles(context.projectSourceDir);
  let result;
  for (const each of profiles.length ? profiles : [undefined]) {
    try {
      result = await translate(context, { profile: each });
    } catch (e) {
      throw profile || !each ? e : Object.assign(new Error(`in profile "${each}": ${describe(e)}`), { profiled: true });
    }
  }
  const lines = [`accepted ${config.platformVersion}`];
  for (const node of Object.values(result.intermediateRepresentation.intermediateNodesIndexedByUid)) {
    lines.push(`component ${node.componentType}`);
  }
  for (const file of result.skippedHsMetaFiles || []) {
    lines.push(`skipped ${file}`);
  }
  for (const each of profiles) {
    lines.push(`profile ${each}`);
  }
  verdict = lines.join('\n') + '\n';
} catch (e) {
  verdict = `rejected${srcDir ? ' ' + srcDir : ''}\n${e && e.profiled ? e.message : describe(e)}\n`;
}

// TranslationError's toString lists the errors per file; the other errors (hsproject.json, duplicate uids,
// a missing package.json) name their file in the message itself.
function describe(e) {
  return e && e.name === 'TranslationError' ? e.toString() : (e && e.message) || String(e);
}
fs.writeFileSync(verdictFile, verdict);
