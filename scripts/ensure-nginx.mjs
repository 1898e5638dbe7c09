// Makes sure the tests that run the site behind nginx have one: finds Debian's nginx, installs it
// when run as root with apt-get (only the program is used: never the system service), and
// otherwise stops with what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

if (import.meta.main) {
  if (!existsSync(NGINX) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No nginx found: installing Debian\'s nginx package (apt-get)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
  }
  if (!existsSync(NGINX)) {
    console.error(`No nginx found at ${NGINX} for the web-server tests. Install it, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install nginx   (the tests start their own copy on a high port)
  - or point NGINX_PATH at an nginx binary.`);
    process.exit(1);
  }
  console.log(`Web-server tests use ${NGINX}`);
}
