// The review page's only script (served from /static, so the CSP needs no inline script).
// Keyboard: j/k move between claims, a approve, e edit, r reject, u undo, p publish gate, ? help. Decisions are
// posted as the page's own forms (with the CSRF token) and the server's re-rendered claim replaces
// the old one; every status change is announced to screen readers through the live region.

(() => {
  const list = document.getElementById('claims');
  const announce = document.getElementById('announce');
  const alertBox = document.getElementById('alert');
  const help = document.getElementById('help');
  const claims = () => Array.from(document.querySelectorAll('#claims > .claim'));
  let current = 0;

  function say(text) {
    if (!announce) return;
    announce.textContent = '';
    // A fresh text node after clearing makes screen readers read the same message again.
    window.setTimeout(() => {
      announce.textContent = text;
    }, 30);
  }

  function showError(text) {
    if (alertBox) alertBox.textContent = text;
  }

  function focusClaim(index) {
    const all = claims();
    if (all.length === 0) return;
    current = Math.max(0, Math.min(all.length - 1, index));
    const claim = all[current];
    claim.focus();
    claim.scrollIntoView({ block: 'nearest' });
    history.replaceState(null, '', `#${claim.id}`);
  }

  async function submit(form) {
    const body = new URLSearchParams(new FormData(form));
    showError('');
    let response;
    try {
      // getAttribute: the forms have a field named "action", which shadows form.action.
      response = await fetch(form.getAttribute('action'), {
        method: 'POST',
        body,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch {
      showError('通信に失敗しました。');
      return;
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      showError((data.error && (data.error.display || data.error.message)) || 'エラーが発生しました。');
      return;
    }
    if (typeof data.claimHtml === 'string') {
      const old = form.closest('.claim');
      if (old) {
        const holder = document.createElement('ol');
        holder.innerHTML = data.claimHtml;
        const fresh = holder.firstElementChild;
        if (fresh) old.replaceWith(fresh);
      }
    }
    if (typeof data.gateHtml === 'string') {
      const gate = document.getElementById('gate');
      if (gate) {
        const holder = document.createElement('div');
        holder.innerHTML = data.gateHtml;
        const fresh = holder.firstElementChild;
        if (fresh) gate.replaceWith(fresh);
      }
    }
    if (typeof data.message === 'string') say(data.message);
    if (form.classList.contains('act-publish')) {
      // The gate was re-rendered: keep the keyboard where the editor was.
      document.getElementById('gate')?.focus();
      return;
    }
    focusClaim(current);
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method === 'dialog') return;
    const target = form.getAttribute('action') ?? '';
    if (!target.includes('/decisions') && !target.endsWith('/publish')) return;
    event.preventDefault();
    const claim = form.closest('.claim');
    if (claim) current = claims().indexOf(claim);
    void submit(form);
  });

  function openDetails(selector) {
    const claim = claims()[current];
    if (!claim) return;
    const details = claim.querySelector(selector);
    if (!details) return;
    details.open = true;
    const input = details.querySelector('input[type="text"]');
    if (input) {
      input.focus();
      input.select();
    }
  }

  function submitOf(selector) {
    const claim = claims()[current];
    const form = claim?.querySelector(selector);
    const button = form?.querySelector('button');
    if (form && button && !button.disabled) void submit(form);
  }

  function toggleHelp() {
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (typing) {
      if (event.key === 'Escape') {
        const details = target.closest('details');
        if (details) details.open = false;
        focusClaim(current);
        event.preventDefault();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help?.open && event.key !== '?') return;
    const claim = target instanceof Element ? target.closest('.claim') : null;
    if (claim) current = claims().indexOf(claim);
    switch (event.key) {
      case 'j':
        focusClaim(current + 1);
        break;
      case 'k':
        focusClaim(current - 1);
        break;
      case 'a':
        submitOf('form.act-approve');
        break;
      case 'u':
        submitOf('form.act-undo');
        break;
      case 'e':
        openDetails('details.act-edit');
        break;
      case 'r':
        openDetails('details.act-reject');
        break;
      case 'p': {
        // To the publish gate: its button (when the gate is open) or the gate's text.
        const button = document.querySelector('#gate button');
        if (button && !button.disabled) button.focus();
        else document.getElementById('gate')?.focus();
        break;
      }
      case '?':
        toggleHelp();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  const helpButton = document.querySelector('.help-button');
  if (helpButton) helpButton.addEventListener('click', toggleHelp);

  if (list) {
    const fromHash = claims().findIndex((claim) => `#${claim.id}` === location.hash);
    focusClaim(Math.max(fromHash, 0));
  }
})();
