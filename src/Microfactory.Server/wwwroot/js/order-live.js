// The order page follows the factory's plan: when a new plan version is stored (a server-sent event), the page asks
// the server for itself once and swaps in the parts that change (status, planned completion, explanation). No polling.
const root = document.querySelector('[data-order-live]');

if (root) {
  let shown = root.dataset.planVersion || null;
  let busy = false;
  let again = false;

  async function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
        if (!response.ok) {
          return;
        }
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const part of document.querySelectorAll('[data-live]')) {
          const fresh = page.getElementById(part.id);
          if (fresh) {
            part.replaceWith(fresh);
          }
        }
      } while (again);
    } finally {
      busy = false;
    }
  }

  const events = new EventSource(root.dataset.eventsUrl);
  events.addEventListener('open', () => {
    root.dataset.live = 'connected';
  });
  events.addEventListener('plan', (event) => {
    let version = null;
    try {
      version = String(JSON.parse(event.data).version);
    } catch {
      // refetch anyway
    }
    if (version === null || version !== shown) {
      shown = version;
      root.dataset.planVersion = version ?? '';
      refresh();
    }
  });
}
