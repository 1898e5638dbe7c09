// Makes sure the HTML checks have a Java runtime for the W3C Nu HTML checker.
import { ensureInstalled } from './apt-install.mjs';
import { findJava } from './java.mjs';

ensureInstalled({
  name: 'Java runtime (17 or later, for the W3C Nu HTML checker)',
  find: findJava,
  packages: ['default-jre-headless', 'openjdk-17-jre-headless'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install default-jre-headless
  - macOS:          brew install openjdk@17
  - or point JAVA_HOME at an installed Java 17+ runtime.`,
});
