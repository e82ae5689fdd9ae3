// hubspot:import wrote annotated sources and the front-end files (among them a *-hsmeta.json in a folder HubSpot's
// parser skips, kept as it is), compiled them with the processor and found nothing; the build compiled them with the
// processor, and the project it wrote is the imported one, byte for byte (its two profiles too, from @Profile),
// which HubSpot's parser accepted in each profile.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'hubspot-source')
def written = new File(basedir, 'target/hubspot-project')

assert log.contains('HubSpot project parser 0.23.0 accepted hubspot-source') : log
assert log.contains('on platform 2026.03 in each of the profiles local, prod') : log
assert log.contains('Imported hubspot-source: 3 Java source(s), 5 front-end file(s); 8 file(s) written') : log
assert log.contains('Kept as a front-end file, as it is: src/app/extensions/plants-hsmeta.json (HubSpot\'s parser'
    + ' skips a *-hsmeta.json in app/extensions/') : log
assert log.contains('HubSpot\'s config rules (hubspot-apt\'s processor over the written sources): the imported sources'
    + ' compile without a finding') : log
['AcmeInvoiceSyncApp', 'AcmeInvoiceCard', 'AcmeInvoiceSettings'].each {
  assert new File(basedir, "src/main/java/com/acme/imported/${it}.java").isFile() : "missing ${it}"
}
assert new File(basedir, 'src/main/java/com/acme/imported/AcmeInvoiceCard.java').text
    .contains('entrypoint = "/app/cards/InvoiceStatus.tsx"')
assert new File(basedir, 'src/main/java/com/acme/imported/AcmeInvoiceCard.java').text
    .contains('fileName = "acme-invoice-hsmeta.json"')
def app = new File(basedir, 'src/main/java/com/acme/imported/AcmeInvoiceSyncApp.java').text
assert app.contains('@Profile(') && app.contains('accountId = 87654321') : app
assert app.contains('fetch = "${API_URL}"') : app

def files = []
source.eachFileRecurse(groovy.io.FileType.FILES) { files << source.toPath().relativize(it.toPath()).toString() }
assert files.size() == 11 : files
files.each {
  def back = new File(written, it)
  assert back.isFile() : "not written back: ${it}"
  assert back.bytes == new File(source, it).bytes : "differs: ${it}"
}
assert log.contains('HubSpot project parser 0.23.0 accepted target/hubspot-project: 3 components') : log
true
