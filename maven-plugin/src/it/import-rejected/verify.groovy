// HubSpot's parser rejected the project: the import failed with HubSpot's message and wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('HubSpot project parser 0.23.0 rejected hubspot-source (source folder hubspot-source/src):') : log
assert log.contains("The directory 'app/settings' is incorrect for type 'card'.") : log
assert log.contains('Nothing was imported') : log
assert !new File(basedir, 'src').exists() : 'the import wrote files'
true
