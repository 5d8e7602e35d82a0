// Live preview for the configure page: when a parameter changes, fetch the same page for the new
// values and swap in the design panel and the messages beside the fields. The form still works
// without this script (it submits with GET).
const form = document.querySelector('form[data-live-preview]');

function query() {
  return new URLSearchParams(new FormData(form)).toString();
}

let pending = null;
let latest = 0;

async function refresh() {
  const ticket = ++latest;
  const url = `${location.pathname}?${query()}`;
  const response = await fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' });
  if (!response.ok || ticket !== latest) {
    return; // a newer change is on its way, or the page could not be produced
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.querySelector('#design-result').replaceWith(page.querySelector('#design-result'));
  for (const message of document.querySelectorAll('.mf-field-message')) {
    const fresh = page.querySelector(`.mf-field-message[data-for="${message.dataset.for}"]`);
    if (fresh) {
      message.replaceWith(fresh);
    }
  }
  history.replaceState(null, '', url);
  form.dataset.live = 'ready';
  if (edited()) {
    schedule();
  }
  startViewers();
}

function schedule() {
  clearTimeout(pending);
  pending = setTimeout(refresh, 250);
}

// three.js is large: load the 3D viewer only when the design has an STL to show.
async function startViewers() {
  const canvases = document.querySelectorAll('canvas.mf-stl');
  if (canvases.length === 0) {
    return;
  }
  const { showStl } = await import('./stl-viewer.js');
  for (const canvas of canvases) {
    showStl(canvas, canvas.dataset.src);
  }
}

// A person may have typed before this script arrived: catch up with what the form holds now.
function edited() {
  return [...form.elements].some((e) =>
    (e instanceof HTMLInputElement && e.value !== e.defaultValue) ||
    (e instanceof HTMLSelectElement && [...e.options].some((o) => o.selected !== o.defaultSelected)));
}

if (form) {
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  form.dataset.live = 'ready';
  if (edited()) {
    schedule();
  }
  startViewers();
}
