// Progressive enhancement of the search page: Pagefind's UI replaces the plain form. Without
// JavaScript, or if the index cannot load, the form and the browse links stay.
(function () {
  'use strict';
  var root = document.getElementById('search');
  var site = window.broadsheetSearch;
  if (!root || typeof window.PagefindUI !== 'function' || !site || !site.bundles.length) return;
  var params = new URLSearchParams(window.location.search);
  // The index is one bundle per language (and year, in large archives), merged here: the page's own
  // language, or every language with ?languages=all.
  var indexOptions = function (base) {
    var lang = (document.documentElement.lang || '').split('-')[0].toLowerCase();
    var own = site.bundles.filter(function (b) {
      return b.lang === lang;
    });
    var chosen = params.get('languages') === 'all' || !own.length ? site.bundles : own;
    var unmark = function (text) {
      return typeof text === 'string' ? site.unmarkWords(text) : text;
    };
    return {
      bundlePath: base + chosen[0].id + '/',
      mergeIndex: chosen.slice(1).map(function (b) {
        return { bundlePath: base + b.id + '/', baseUrl: '/', language: b.lang };
      }),
      // Words in scripts without spaces are marked in the index; the query is cut the same way.
      processTerm: function (term) {
        return site.markWords(term, ' ');
      },
      processResult: function (result) {
        result.excerpt = unmark(result.excerpt);
        if (result.meta) result.meta.title = unmark(result.meta.title);
        return result;
      },
    };
  };
  var languages = site.bundles
    .map(function (b) {
      return b.lang;
    })
    .filter(function (l, i, all) {
      return all.indexOf(l) === i;
    });
  var form = root.querySelector('form');
  var note = root.querySelector('.search-note');
  var holder = document.createElement('div');
  holder.id = 'search-ui';
  root.insertBefore(holder, root.firstChild);
  var ui = new window.PagefindUI(
    Object.assign(indexOptions(root.getAttribute('data-bundle')), {
      element: '#search-ui',
      showImages: false,
      showSubResults: false,
      resetStyles: false,
    }),
  );
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
  if (languages.length > 1) {
    // Choosing all languages reloads the page with ?languages=all, so the choice can be shared too.
    var choice = document.createElement('label');
    choice.className = 'search-languages';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = params.get('languages') === 'all';
    box.addEventListener('change', function () {
      var next = new URLSearchParams(window.location.search);
      if (box.checked) next.set('languages', 'all');
      else next.delete('languages');
      window.location.search = next.toString();
    });
    choice.appendChild(box);
    choice.appendChild(document.createTextNode(' Search all languages'));
    root.insertBefore(choice, holder);
  }
  if (form) form.hidden = true;
  if (note) note.hidden = true;
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
