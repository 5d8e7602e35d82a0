// "Get a quote" on the configure page quotes the values in the fields now, even ones typed a moment ago that the live
// preview has not shown yet: the request goes to the page's address with those values (the server reads the
// parameters from the address, as it does for the preview). Without this script the form posts to the address the
// page was rendered for, which the live preview keeps up to date.
const quoteForm = document.querySelector('form[data-quote-request]');
const configureForm = document.querySelector('#configure-form');

if (quoteForm && configureForm) {
  quoteForm.addEventListener('submit', (event) => {
    if (quoteForm.dataset.sending === 'true') {
      event.preventDefault();
      return;
    }
    const values = new URLSearchParams(new FormData(configureForm)).toString();
    quoteForm.action = `${location.pathname}?${values}`;
    quoteForm.dataset.sending = 'true';
    const button = quoteForm.querySelector('button[type=submit]');
    if (button) {
      button.textContent = 'Quoting…';
    }
  });
}
