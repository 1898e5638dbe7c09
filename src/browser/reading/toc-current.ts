import { currentSection } from '../../shared/current-section';

// Marks the "On this page" link of the section being read with aria-current="true", as
// Starlight's table of contents does; one measurement per animation frame at most.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const targets = links.map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }));
let scheduled = false;

function update() {
  scheduled = false;
  const headings = targets.flatMap(({ heading }) => (heading ? [{ id: heading.id, top: heading.getBoundingClientRect().top }] : []));
  const { scrollingElement } = document;
  const atBottom = !!scrollingElement && scrollingElement.scrollTop + innerHeight >= scrollingElement.scrollHeight - 2;
  const current = currentSection(headings, { height: innerHeight, atBottom, hash: decodeURIComponent(location.hash.slice(1)) });
  for (const { link, heading } of targets) {
    if (heading?.id === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(update);
}

// Every page loads this with the code page's chunk (src/code-page/script-chunks.ts); only a page
// with a table of contents has anything to watch.
if (targets.length) {
  for (const event of ['scroll', 'resize', 'hashchange']) addEventListener(event, schedule, { passive: true });
  update();
}
