// Progressive enhancement of the search page: Pagefind's UI replaces the plain form. Without
// JavaScript, or if the index cannot load, the form and the browse links stay.
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || typeof window.PagefindUI !== 'function') return;
  var form = root.querySelector('form');
  var note = root.querySelector('.search-note');
  var holder = document.createElement('div');
  holder.id = 'search-ui';
  root.insertBefore(holder, root.firstChild);
  var ui = new window.PagefindUI({
    element: '#search-ui',
    bundlePath: root.getAttribute('data-bundle'),
    showImages: false,
    showSubResults: false,
    resetStyles: false,
  });
  // Pagefind's input has only a placeholder; give it the form's visible label.
  var label = root.querySelector('label');
  // The query goes into the address (?q=), so a search can be shared, bookmarked and reloaded.
  var remember = function (input) {
    input.addEventListener('input', function () {
      var params = new URLSearchParams(window.location.search);
      if (input.value) params.set('q', input.value);
      else params.delete('q');
      var search = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
    });
  };
  var labelled = function () {
    var input = holder.querySelector('input');
    if (!input) return window.requestAnimationFrame(labelled);
    remember(input);
    input.id = 'search-ui-input';
    var visible = document.createElement('label');
    visible.htmlFor = input.id;
    visible.className = 'search-ui-label';
    visible.textContent = label ? label.textContent : 'Search';
    holder.insertBefore(visible, holder.firstChild);
  };
  labelled();
  if (form) form.hidden = true;
  if (note) note.hidden = true;
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
