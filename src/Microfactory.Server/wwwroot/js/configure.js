// Live preview for the configure page. A change of a field asks the server for the same page with the new values
// (once: typing is debounced, a request that a newer change supersedes is aborted, and values already shown are not
// asked for again), then swaps in the design panel and the field states. While the values cannot be made, the last
// good design stays in view, dimmed. The 3D view keeps its renderer and only swaps the part. Without this script the
// form still works: it submits with GET.
const form = document.querySelector('form[data-live-preview]');
const TYPING_PAUSE_MS = 350;

let timer = 0;
let inFlight = null;
let shownQuery = form ? renderedQuery() : '';

function query() {
  return new URLSearchParams(new FormData(form)).toString();
}

// The values the server rendered the page for: the fields' default values.
function renderedQuery() {
  const values = new URLSearchParams();
  for (const e of form.elements) {
    if (!e.name) {
      continue;
    }
    if (e instanceof HTMLSelectElement) {
      const chosen = [...e.options].find((o) => o.defaultSelected) ?? e.options[0];
      values.append(e.name, chosen ? chosen.value : '');
    } else if (e instanceof HTMLInputElement) {
      values.append(e.name, e.defaultValue);
    }
  }
  return values.toString();
}

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(refresh, delay);
}

async function refresh() {
  clearTimeout(timer);
  const wanted = query();
  if (wanted === shownQuery) {
    return; // nothing changed since the last answer (a blur after typing, Enter, a second click)
  }
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  shownQuery = wanted;
  const url = `${location.pathname}?${wanted}`;
  status('loading', '');
  let page;
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: request.signal });
    if (!response.ok) {
      throw new Error(`the server answered ${response.status}`);
    }
    page = new DOMParser().parseFromString(await response.text(), 'text/html');
  } catch (error) {
    if (request.signal.aborted) {
      return; // superseded by a newer change
    }
    shownQuery = null; // let the next change, or the button, try again
    inFlight = null;
    status('error', `The preview could not be updated (${error.message}). Try again with “Update design”.`);
    return;
  }
  if (inFlight !== request) {
    return;
  }
  inFlight = null;
  apply(page);
  history.replaceState(null, '', url);
  status('ready', '');
}

function apply(page) {
  const current = document.querySelector('#design-result');
  const fresh = page.querySelector('#design-result');
  if (!current || !fresh) {
    return;
  }
  if (fresh.querySelector('[data-design]')) {
    // Keep the live 3D canvas (its WebGL context, camera and controls); only the part it shows changes.
    const liveCanvas = current.querySelector('canvas.mf-stl');
    const newCanvas = fresh.querySelector('canvas.mf-stl');
    if (liveCanvas && newCanvas) {
      liveCanvas.dataset.src = newCanvas.dataset.src;
      liveCanvas.setAttribute('aria-label', newCanvas.getAttribute('aria-label') ?? '');
      newCanvas.replaceWith(liveCanvas);
    }
    current.replaceWith(fresh);
    startViewers();
  } else {
    current.querySelector('[data-problems]')?.remove();
    current.querySelector('[data-design]')?.classList.add('mf-stale');
    const problems = fresh.querySelector('[data-problems]');
    if (problems) {
      current.prepend(problems);
    }
  }
  for (const block of form.querySelectorAll('[data-parameter]')) {
    const name = block.dataset.parameter;
    const freshBlock = page.querySelector(`[data-parameter="${CSS.escape(name)}"]`);
    if (!freshBlock) {
      continue;
    }
    const field = block.querySelector('[name]');
    const freshField = freshBlock.querySelector('[name]');
    if (field && freshField) {
      // The field itself stays (focus, caret and what is being typed); only its state follows the server.
      field.classList.toggle('is-invalid', freshField.classList.contains('is-invalid'));
      if (freshField.hasAttribute('aria-invalid')) {
        field.setAttribute('aria-invalid', freshField.getAttribute('aria-invalid'));
      } else {
        field.removeAttribute('aria-invalid');
      }
    }
    for (const selector of ['.mf-field-message', '[data-hint-for]']) {
      const part = block.querySelector(selector);
      const freshPart = freshBlock.querySelector(selector);
      if (part && freshPart) {
        part.replaceChildren(...freshPart.childNodes);
      }
    }
  }
}

function status(state, message) {
  form.dataset.state = state;
  document.querySelector('#design-result')?.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  const line = form.querySelector('[data-preview-status]');
  if (line) {
    line.textContent = message;
    line.classList.toggle('text-danger', state === 'error');
  }
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

if (form) {
  form.addEventListener('input', (event) => schedule(event.target instanceof HTMLSelectElement ? 0 : TYPING_PAUSE_MS));
  form.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  form.dataset.live = 'ready';
  // A person may have typed before this script arrived: catch up once with what the form holds now.
  if (query() !== shownQuery) {
    refresh();
  }
  startViewers();
}
