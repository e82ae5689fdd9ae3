def log = new File(basedir, 'build.log').text

// 1. node missing
assert log.contains("[ERROR] Failed to execute goal io.github.hubspotapt:hubspot-apt-maven-plugin:") : log
assert log.contains("HubSpot's project parser needs Node.js 18 or later and npm: hubspot.node is /nonexistent/node, " +
    "which is not an executable file. Install Node.js 18+ with npm") : log
assert log.contains("or skip HubSpot's parser with -Dhubspot.validate.skip") : log

// 2. skipped
assert log.contains("[INFO] HubSpot's project parser skipped for target/hubspot-project (hubspot.validate.skip)") : log
assert log.contains('BUILD SUCCESS') : log

// 3. the plugin's folder is not the processor's
assert new File(basedir, 'target/hubspot-project/hsproject.json').isFile()
assert log.contains('No HubSpot project in target/elsewhere: the annotation processor did not write one.') : log
assert log.contains('- maven-compiler-plugin is older than 3.5: it ignores <annotationProcessorPaths>') : log
assert log.contains('- -Ahubspot.projectDir in <compilerArgs> names another folder than hubspot.projectDir') : log

// No Java stack trace in any of the three builds: the messages say it all.
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : log
true
