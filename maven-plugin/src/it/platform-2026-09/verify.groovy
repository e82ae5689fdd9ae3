// A 2026.09 project with a user-level app, a card with its own permissions and files named by the team: written as
// HubSpot writes them, and accepted by HubSpot's parser.
import groovy.json.JsonSlurper

def project = new File(basedir, 'target/hubspot-project')
def log = new File(basedir, 'build.log').text

assert log.contains('HubSpot project parser 0.23.0 accepted target/hubspot-project') : log
assert log.contains('2 components (APPLICATION, CARD) on platform 2026.09') : log

def app = new JsonSlurper().parse(new File(project, 'src/app/deal-insights-app-hsmeta.json'))
assert app.config.isUserLevel == true : app
assert !new File(project, 'src/app/app-hsmeta.json').exists()

def cardFile = new File(project, 'src/app/cards/insights-card-hsmeta.json')
def card = new JsonSlurper().parse(cardFile)
assert card.permissions == [requiredScopes: ['crm.objects.deals.read'], optionalScopes: [], conditionallyRequiredScopes: []] : card
assert cardFile.text.indexOf('"permissions"') > cardFile.text.indexOf('"config"') : 'permissions after config'
assert new File(project, 'hsproject.json').text.contains('"platformVersion": "2026.09"')
true
