// HubSpot's parser translated the project once per profile and rejected it in "prod", which lacks API_URL: the
// import failed with HubSpot's message and wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('HubSpot project parser 0.23.0 rejected hubspot-source (source folder hubspot-source/src):') : log
assert log.contains('in profile "prod": Missing value for API_URL in app/app-hsmeta.json.') : log
assert log.contains('Nothing was imported') : log
assert !new File(basedir, 'src').exists() : 'the import wrote files'
true
