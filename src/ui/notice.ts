/**
 * A short, dismissable message at the top of the page (DOM, so it shows whatever the
 * scene or renderer): e.g. "Your saved settings were damaged and have been reset".
 */
export function showNotice(text: string, ms = 8000): HTMLElement {
  let el = document.getElementById('notice');
  if (!el) {
    el = document.createElement('div');
    el.id = 'notice';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    Object.assign(el.style, {
      position: 'fixed', left: '50%', top: 'max(12px, env(safe-area-inset-top))', transform: 'translateX(-50%)',
      zIndex: '8', maxWidth: 'min(92vw, 560px)', boxSizing: 'border-box', padding: '10px 14px',
      background: '#2a1218', color: '#f2eef0', border: '2px solid #ff5a6a', borderRadius: '8px',
      font: '15px/1.35 system-ui, sans-serif', boxShadow: '0 4px 16px #000a', cursor: 'pointer',
    } satisfies Partial<CSSStyleDeclaration>);
    el.addEventListener('click', () => el?.remove());
    document.body.appendChild(el);
  }
  // A second notice while one shows (settings reset, then saves not kept) is added below it, not swapped in.
  const current = el.textContent ?? '';
  el.textContent = current && !current.includes(text) ? `${current}\n${text}` : text;
  el.style.whiteSpace = 'pre-line';
  const shown = el;
  window.setTimeout(() => shown.remove(), ms);
  return shown;
}
