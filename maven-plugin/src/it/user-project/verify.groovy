// After two builds of the user's project: the first generated and validated it; the second, after a .tsx was
// edited, one added and one deleted, had nothing to compile, and the sync brought the edits into the project.
def project = new File(basedir, 'target/hubspot-project')
def log = new File(basedir, 'build.log').text

def accepted = "[INFO] HubSpot project parser 0.23.0 accepted target/hubspot-project: 2 components (APPLICATION, CARD) " +
    "on platform 2026.03; config fields are checked by HubSpot's servers at upload, and by hubspot-apt's compile-time rules"
assert log.count(accepted) == 2 : "the parser's line, once per build:\n" + log

['hsproject.json', 'src/app/app-hsmeta.json', 'src/app/cards/deal-insights-hsmeta.json',
 'src/app/cards/package.json', 'src/app/cards/DealInsights.tsx', 'src/app/cards/Badge.tsx'].each {
  assert new File(project, it).isFile() : "missing ${it}"
}

// The second build did not compile, so only the plugin can have copied the edit.
assert log.contains('Nothing to compile') : log
assert new File(project, 'src/app/cards/DealInsights.tsx').text.contains('Deal insights, edited')
assert !new File(project, 'src/app/cards/Legend.tsx').exists()
assert log.contains('Front-end files synced into target/hubspot-project: 2 copied (src/app/cards/Badge.tsx, ' +
    'src/app/cards/DealInsights.tsx), 1 removed (src/app/cards/Legend.tsx), 1 unchanged') : log

def manifest = new File(project, '.hubspot-apt-manifest').text
assert manifest == ['hsproject.json', 'src/app/app-hsmeta.json', 'src/app/cards/Badge.tsx',
    'src/app/cards/DealInsights.tsx', 'src/app/cards/deal-insights-hsmeta.json', 'src/app/cards/package.json']
    .collect { it + '\n' }.join('') : manifest
true
