// HubSpot's parser rejected the project: the build failed with HubSpot's own message and the file it concerns, and
// the hand-written file is still there, untouched by the processor.
def log = new File(basedir, 'build.log').text
def project = new File(basedir, 'hubspot-project')

assert new File(project, 'src/app/app-hsmeta.json').isFile() : 'the processor wrote its project'
assert new File(project, 'src/app/settings/misplaced-card-hsmeta.json').text.contains('"uid": "misplaced_card"')

assert log.contains('HubSpot project parser 0.23.0 rejected hubspot-project (source folder hubspot-project/src):') : log
assert log.contains('Project validation failed:') : log
assert log.contains('Encountered the following errors for hubspot-project/src/app/settings/misplaced-card-hsmeta.json:') : log
assert log.contains("The directory 'app/settings' is incorrect for type 'card'. Card features should only be placed in the '" +
    new File(project, 'src/app/cards').canonicalPath + "' directory") : log
assert log.contains('BUILD FAILURE') : log
true
