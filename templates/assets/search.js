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
  // Filters the address may carry (?section=World&year=2019), as the page's template lists them.
  var filterNames = (root.getAttribute('data-filters') || 'section year').split(/\s+/).filter(Boolean);
  var state = readAddress(window.location.search, filterNames);

  /** The query and filters in an address's search part: { q, filters: { name: [values] } }. */
  function readAddress(search, names) {
    var params = new URLSearchParams(search);
    var filters = {};
    names.forEach(function (name) {
      var values = params.getAll(name).filter(Boolean);
      if (values.length) filters[name] = values;
    });
    return { q: params.get('q') || '', filters: filters };
  }

  /** Put the query and filters in the address, keeping any other parameters, without a new history entry. */
  function writeAddress(next) {
    var params = new URLSearchParams(window.location.search);
    params.delete('q');
    filterNames.forEach(function (name) {
      params.delete(name);
    });
    if (next.q) params.set('q', next.q);
    filterNames.forEach(function (name) {
      (next.filters[name] || []).forEach(function (value) {
        params.append(name, value);
      });
    });
    var search = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
  }

  /** The filters ticked in Pagefind's filter panel (its checkboxes carry the filter's name and value). */
  function tickedFilters() {
    var filters = {};
    holder.querySelectorAll('input.pagefind-ui__filter-checkbox:checked').forEach(function (box) {
      if (filterNames.indexOf(box.name) === -1) return;
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }

  var prompt = null;
  /** A query typed, or cleared with Pagefind's Clear button (which sends no input event). */
  function setQuery(q) {
    state.q = q;
    writeAddress(state);
    showPrompt();
  }

  /** The prompt for filters without a query, for the filters ticked now; none once there is a query. */
  function showPrompt() {
    if (prompt) root.removeChild(prompt);
    prompt = state.q ? null : filterPrompt(state.filters);
    if (prompt) root.appendChild(prompt);
  }
  holder.addEventListener('input', function (event) {
    if (event.target.matches('input.pagefind-ui__search-input')) setQuery(event.target.value);
  });
  holder.addEventListener('click', function (event) {
    if (event.target.closest('.pagefind-ui__search-clear')) setQuery('');
  });
  holder.addEventListener('change', function (event) {
    if (!event.target.matches('input.pagefind-ui__filter-checkbox')) return;
    state.filters = tickedFilters();
    writeAddress(state);
  });

  // Pagefind's input has only a placeholder; give it the form's visible label.
  var label = root.querySelector('label');
  var labelled = function () {
    var input = holder.querySelector('input');
    if (!input) return window.requestAnimationFrame(labelled);
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
    choice.appendChild(document.createTextNode(' ' + (root.getAttribute('data-all-languages') || 'Search all languages')));
    root.insertBefore(choice, holder);
  }
  if (form) form.hidden = true;
  if (note) note.hidden = true;
  showPrompt();

  /**
   * Filters in the address but no query (?section=National): Pagefind shows nothing until a word is
   * typed, so say what to type, and link each filter to the page that lists all of it.
   */
  function filterPrompt(filters) {
    var names = Object.keys(filters);
    if (!names.length) return null;
    var values = [];
    names.forEach(function (name) {
      values = values.concat(filters[name]);
    });
    var box = document.createElement('div');
    box.className = 'search-prompt';
    var text = document.createElement('p');
    text.textContent = (root.getAttribute('data-filtered') || '{filters}').replace('{filters}', values.join(', '));
    box.appendChild(text);
    names.forEach(function (name) {
      filters[name].forEach(function (value) {
        var see = document.createElement('p');
        var parts = (root.getAttribute('data-see-all') || '{filter}').split('{filter}');
        var link = document.createElement('a');
        link.href = browseUrl(name, value);
        link.textContent = value;
        see.appendChild(document.createTextNode(parts[0] || ''));
        see.appendChild(link);
        see.appendChild(document.createTextNode(parts.slice(1).join('{filter}')));
        box.appendChild(see);
      });
    });
    return box;
  }

  /** A section's own page (its link in the site's navigation), else the sections or date archive index. */
  function browseUrl(name, value) {
    if (name === 'section') {
      var links = document.querySelectorAll('.site-nav a');
      for (var i = 0; i < links.length; i++) {
        if (links[i].textContent.trim() === value) return links[i].getAttribute('href');
      }
      return root.getAttribute('data-sections-url') || '/';
    }
    return root.getAttribute('data-archive-url') || '/';
  }
  // A shared or reloaded address brings its search back: filters first, so the first results are filtered.
  if (Object.keys(state.filters).length) ui.triggerFilters(state.filters);
  if (state.q) ui.triggerSearch(state.q);
})();
