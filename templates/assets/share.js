// Progressive enhancement of the share links: a button that copies the article's address.
// Without JavaScript or a clipboard the button stays hidden and the links work as they are.
(function () {
  'use strict';
  if (!window.navigator.clipboard || !window.isSecureContext) return;
  var buttons = document.querySelectorAll('button[data-copy-url]');
  Array.prototype.forEach.call(buttons, function (button) {
    var status = button.parentNode.querySelector('.share-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      window.navigator.clipboard.writeText(button.getAttribute('data-copy-url')).then(
        function () {
          if (status) status.textContent = button.getAttribute('data-copied') || 'Link copied';
        },
        function () {
          if (status) status.textContent = button.getAttribute('data-copy-failed') || 'Could not copy the link';
        },
      );
    });
  });
})();
