// The reader's area, for a build with a local layer (served as /local/assets/area.js, loaded in
// <head> so the choice applies before the page is drawn). Kept in this browser only
// (localStorage "wtn-local-area"); nothing is sent anywhere. local.css hides other areas' notes.
(function () {
  var KEY = 'wtn-local-area';
  var root = document.documentElement;
  var script = document.currentScript;
  var known = ((script && script.getAttribute('data-areas')) || '').split(' ');
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage off: every area shows */ }
  if (stored && known.indexOf(stored) >= 0) root.setAttribute('data-local-area', stored);
  function apply(value, status, select) {
    try { if (value) localStorage.setItem(KEY, value); else localStorage.removeItem(KEY); } catch (e) { /* kept for this page only */ }
    if (value) root.setAttribute('data-local-area', value); else root.removeAttribute('data-local-area');
    var name = select.options[select.selectedIndex].text;
    status.textContent = value ? 'Showing local information for ' + name + ' only.' : 'Showing local information for every area.';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var choice = document.querySelector('[data-local-area-choice]');
    if (!choice) return;
    var select = choice.querySelector('select');
    var status = choice.querySelector('[data-local-area-status]');
    select.value = root.getAttribute('data-local-area') || '';
    choice.hidden = false;
    var nojs = document.querySelector('[data-local-nojs]');
    if (nojs) nojs.hidden = true;
    select.addEventListener('change', function () { apply(select.value, status, select); });
  });
})();
