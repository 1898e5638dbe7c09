// Makes sure the tests that run the site behind nginx have one (only the program is used, with a
// prefix of our own on a high port: never the system service).
import { existsSync } from 'node:fs';
import { ensureInstalled } from './apt-install.mjs';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

if (import.meta.main) {
  ensureInstalled({
    name: 'nginx (for the web-server tests)',
    find: () => (existsSync(NGINX) ? NGINX : undefined),
    packages: ['nginx'],
    instructions: `  - Debian/Ubuntu:  sudo apt-get install nginx   (the tests start their own copy on a high port)
  - or point NGINX_PATH at an nginx binary.`,
  });
}
