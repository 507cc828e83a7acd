// Applies the reader's saved text size and high-visibility choice before the page paints.
// Kept tiny and separate so it can run in <head> under a strict Content-Security-Policy.
(function () {
  try {
    var p = JSON.parse(localStorage.getItem('wtn-reader') || '{}');
    var d = document.documentElement;
    if (p.size === 'small' || p.size === 'large') d.setAttribute('data-text-size', p.size);
    if (p.highVisibility) d.setAttribute('data-high-visibility', '');
  } catch (e) {}
})();
