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

  // The server writes times in UTC, as it does not know the reader's time zone; the browser does.
  function showLocalTimes() {
    if (!window.Intl || !Intl.DateTimeFormat) {
      return;
    }
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { dateStyle: 'medium', timeStyle: 'short' });
    document.querySelectorAll('time[datetime]').forEach(function (time) {
      var instant = new Date(time.getAttribute('datetime'));
      if (!isNaN(instant.getTime())) {
        time.textContent = format.format(instant);
      }
    });
  }

  function init() {
    initNavigationToggle();
    showLocalTimes();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
