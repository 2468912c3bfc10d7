// Behaviour shared by every page. Loaded as a file because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  // The navigation collapses behind a button on narrow screens only once this script runs, so that
  // without JavaScript it stays visible and usable.
  function initNavigationToggle() {
    var toggle = document.querySelector('.nav-toggle');
    var nav = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (!nav) {
      return;
    }
    document.documentElement.classList.add('js');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initNavigationToggle);
  } else {
    initNavigationToggle();
  }
})();
