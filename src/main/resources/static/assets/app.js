// Progressive enhancement only: every page works without this script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// An import's page follows the import by itself: without this script, its "Check progress" button
// reloads the page instead.
const importStatus = document.querySelector('#import-status[data-import-running="true"]');
if (importStatus) {
  const follow = async () => {
    try {
      const response = await fetch(window.location.href, { credentials: 'same-origin' });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = page.getElementById('import-status');
        if (fresh && fresh.dataset.importRunning !== 'true') {
          window.location.reload();
          return;
        }
        for (const id of ['import-state', 'import-progress-text']) {
          const now = page.getElementById(id);
          const shown = document.getElementById(id);
          if (now && shown && now.textContent !== shown.textContent) {
            shown.textContent = now.textContent;
          }
        }
        const bar = document.getElementById('import-progress');
        const freshBar = page.getElementById('import-progress');
        if (bar && freshBar) {
          if (freshBar.hasAttribute('value')) {
            bar.setAttribute('value', freshBar.getAttribute('value'));
          } else {
            bar.removeAttribute('value');
          }
          bar.textContent = freshBar.textContent;
        }
      }
    } catch (offline) {
      // The next try may reach the server; the button still works.
    }
    window.setTimeout(follow, 2000);
  };
  window.setTimeout(follow, 2000);
}
