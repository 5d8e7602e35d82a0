// Loads a chosen YAML file into the publish form's text area, so a designer can check it before publishing.
for (const input of document.querySelectorAll('input[type=file][data-fills]')) {
  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (file) {
      document.querySelector(input.dataset.fills).value = await file.text();
    }
  });
}
