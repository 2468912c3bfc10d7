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
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    });
  }

  // The server writes times in UTC, as it does not know the reader's time zone; the browser does.
  function showLocalTimes(root) {
    if (!window.Intl || !Intl.DateTimeFormat) {
      return;
    }
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { dateStyle: 'medium', timeStyle: 'short' });
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var instant = new Date(time.getAttribute('datetime'));
      if (!isNaN(instant.getTime())) {
        time.textContent = format.format(instant);
      }
    });
  }

  // Spring Security keeps the CSRF token in the XSRF-TOKEN cookie (readable by scripts on purpose) and
  // accepts it back in this header. Forms carry it as a field already; requests made from script
  // (htmx without a form, or fetch through Foyer.csrfHeaders) carry the header.
  function csrfHeaders() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  }

  function initCsrfForHtmx() {
    document.addEventListener('htmx:configRequest', function (event) {
      if (event.detail.verb !== 'get') {
        Object.assign(event.detail.headers, csrfHeaders());
      }
    });
  }

  // A form carries the CSRF token the page was drawn with, but an answer received since (seen with the
  // 404 of a panel htmx loads into the page) may have replaced the XSRF-TOKEN cookie. The server compares
  // the field with the cookie, so the field follows the cookie at the moment the form is sent.
  function initCsrfForForms() {
    document.addEventListener('submit', function (event) {
      var field = event.target.querySelector && event.target.querySelector('input[name="_csrf"]');
      var current = csrfHeaders()['X-XSRF-TOKEN'];
      if (field && current) {
        field.value = current;
      }
    }, true);
  }

  // <form data-confirm="Delete …?">: asks first, since no inline onsubmit handler is allowed.
  function initConfirmations() {
    document.addEventListener('submit', function (event) {
      var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
      if (question && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }, true);
  }

  // Dragging a deal card to another column of the pipeline board, or to another place in its own,
  // with Pointer Events (mouse, pen and, from the card's handle, touch) rather than HTML5 drag and
  // drop, which touch screens and test drivers do not fire reliably. A drop only fills in the card's
  // own "Move to" form and submits it, so a drag and the keyboard path are one request, answered
  // with the redrawn board.
  function initBoardDrag() {
    var drag = null;

    function columnAt(x, y) {
      var element = document.elementFromPoint(x, y);
      return element && element.closest('.board-column');
    }

    function highlight(column) {
      if (drag.over) {
        drag.over.classList.remove('is-drop-target');
      }
      drag.over = column;
      if (column && column !== drag.from) {
        column.classList.add('is-drop-target');
      }
    }

    // The card a drop at height y lands under (null: on top), among the column's other cards.
    function cardAbove(column, dragged, y) {
      var above = null;
      column.querySelectorAll('.deal-card').forEach(function (card) {
        if (card === dragged) {
          return;
        }
        var box = card.getBoundingClientRect();
        if (box.top + box.height / 2 < y) {
          above = card;
        }
      });
      return above;
    }

    function previousCard(card) {
      var previous = card.previousElementSibling;
      while (previous && !previous.classList.contains('deal-card')) {
        previous = previous.previousElementSibling;
      }
      return previous;
    }

    function firstCard(column, except) {
      var cards = column.querySelectorAll('.deal-card');
      for (var i = 0; i < cards.length; i++) {
        if (cards[i] !== except) {
          return cards[i];
        }
      }
      return null;
    }

    // The neighbour goes with the move, so the server puts the card where it was dropped: under the
    // card above the drop, or, dropped on top, over the column's first card.
    function move(card, stage, above, column) {
      var form = card.querySelector('.move-form');
      var below = above ? null : firstCard(column, card);
      form.querySelector('input[name=afterId]').value = above ? above.getAttribute('data-deal-id') : '';
      form.querySelector('input[name=beforeId]').value = below ? below.getAttribute('data-deal-id') : '';
      form.querySelector('select[name=stage]').value = stage;
      card.classList.add('is-moving');
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }

    // The click that ends a drag must not follow the card's link.
    // The browser sends that click, if at all, in the same task as the pointerup.
    function swallowNextClick() {
      function swallow(event) {
        event.preventDefault();
        event.stopPropagation();
      }
      document.addEventListener('click', swallow, true);
      setTimeout(function () { document.removeEventListener('click', swallow, true); }, 0);
    }

    document.addEventListener('pointerdown', function (event) {
      var card = event.target.closest && event.target.closest('.deal-card');
      if (!card || event.button !== 0 || event.target.closest('select, button, input, label, a')) {
        return;
      }
      if (event.pointerType === 'touch' && !event.target.closest('.drag-handle')) {
        return;
      }
      drag = { card: card, from: card.closest('.board-column'), x: event.clientX, y: event.clientY,
        pointerId: event.pointerId, moving: false, over: null };
      var board = card.closest('.board');
      if (board) {
        drag.board = board;
        drag.scrolled = board.scrollLeft;
        drag.edge = edgeScroller(board, function () { follow(drag.lastX, drag.lastY); });
      }
    });

    // The card stays under the pointer, also while the board scrolls beneath it.
    function follow(x, y) {
      var dx = x - drag.x + (drag.board ? drag.board.scrollLeft - drag.scrolled : 0);
      // CSSOM, not a style attribute: the CSP allows a script to set a property.
      drag.card.style.transform = 'translate(' + dx + 'px, ' + (y - drag.y) + 'px)';
      highlight(columnAt(x, y));
    }

    document.addEventListener('pointermove', function (event) {
      if (!drag || event.pointerId !== drag.pointerId) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moving) {
        if (Math.abs(dx) + Math.abs(dy) < 6) {
          return;
        }
        drag.moving = true;
        drag.card.classList.add('is-dragging');
        document.documentElement.classList.add('is-dragging-card');
      }
      event.preventDefault();
      drag.lastX = event.clientX;
      drag.lastY = event.clientY;
      follow(event.clientX, event.clientY);
      if (drag.edge) {
        drag.edge.follow(event.clientX);
      }
    });

    function finish(event, dropped) {
      if (!drag || event.pointerId !== drag.pointerId) {
        return;
      }
      var ended = drag;
      drag = null;
      if (ended.edge) {
        ended.edge.stop();
      }
      if (!ended.moving) {
        return;
      }
      ended.card.classList.remove('is-dragging');
      ended.card.style.transform = '';
      document.documentElement.classList.remove('is-dragging-card');
      if (ended.over) {
        ended.over.classList.remove('is-drop-target');
      }
      var column = dropped ? columnAt(event.clientX, event.clientY) : null;
      if (column) {
        var above = cardAbove(column, ended.card, event.clientY);
        if (column !== ended.from || above !== previousCard(ended.card)) {
          move(ended.card, column.getAttribute('data-stage'), above, column);
        }
      }
      if (dropped) {
        swallowNextClick();
      }
    }

    document.addEventListener('pointerup', function (event) { finish(event, true); });
    document.addEventListener('pointercancel', function (event) { finish(event, false); });
  }

  // While a card is dragged near the board's left or right edge, the board scrolls that way, faster
  // nearer the edge, so that columns off screen can be reached; onScroll keeps the card under the pointer.
  function edgeScroller(board, onScroll) {
    var EDGE = 48;
    // Taken before the card moves: the dragged card, carried along, would widen the board without end.
    var max = board.scrollWidth - board.clientWidth;
    var x = null;
    var frame = null;
    function step() {
      frame = null;
      var box = board.getBoundingClientRect();
      var into = x < box.left + EDGE ? x - (box.left + EDGE) : x > box.right - EDGE ? x - (box.right - EDGE) : 0;
      var to = Math.max(0, Math.min(max, board.scrollLeft + (into < 0 ? -1 : 1) * Math.max(2, Math.min(16, Math.abs(into) / 3))));
      if (!into || Math.abs(to - board.scrollLeft) < 0.5) {
        return;
      }
      board.scrollLeft = to;
      onScroll();
      frame = requestAnimationFrame(step);
    }
    return {
      follow: function (pointerX) {
        x = pointerX;
        if (frame === null) {
          frame = requestAnimationFrame(step);
        }
      },
      stop: function () {
        if (frame !== null) {
          cancelAnimationFrame(frame);
        }
        frame = null;
      }
    };
  }

  // A move redraws the board: it stays scrolled where it was, or a card dropped in a column far to
  // the right would be out of sight at once.
  function initBoardScrollKept() {
    var left = null;
    document.addEventListener('htmx:beforeSwap', function (event) {
      var board = document.getElementById('board');
      left = board && event.detail.target === board ? board.scrollLeft : null;
    });
    document.addEventListener('htmx:afterSwap', function () {
      var board = document.getElementById('board');
      if (left !== null && board) {
        board.scrollLeft = left;
      }
      left = null;
    });
  }

  // After a card moves by its form, the board is redrawn: give the keyboard back to that card.
  function initBoardFocus() {
    var movedDeal = null;
    document.addEventListener('htmx:beforeRequest', function (event) {
      var card = event.target.closest && event.target.closest('.deal-card');
      movedDeal = card ? card.getAttribute('data-deal-id') : null;
    });
    document.addEventListener('htmx:afterSettle', function () {
      var select = movedDeal && document.querySelector('[data-deal-id="' + movedDeal + '"] .move-form select');
      if (select && document.activeElement === document.body) {
        select.focus({ preventScroll: true });
      }
      movedDeal = null;
    });
  }

  // "Same as the billing address" on the account form: while ticked, the service fields show a copy
  // of the billing ones and cannot be typed in, so what is seen is what is saved. The server copies
  // the address itself when the box is ticked, so without this script the box works all the same.
  function initSameAddress() {
    document.querySelectorAll('input[data-same-address-from]').forEach(function (box) {
      var from = document.getElementById(box.getAttribute('data-same-address-from'));
      var to = document.getElementById(box.getAttribute('data-same-address-to'));
      if (!from || !to) {
        return;
      }
      // Parts match by the end of their names: billingAddress.zip fills serviceAddress.zip.
      function part(input) {
        return input.name.slice(input.name.lastIndexOf('.') + 1);
      }
      function sync() {
        to.querySelectorAll('input[type=text]').forEach(function (target) {
          var source = from.querySelector('input[name$=".' + part(target) + '"]');
          if (box.checked && source) {
            target.value = source.value;
          }
          target.readOnly = box.checked;
        });
      }
      box.addEventListener('change', sync);
      from.addEventListener('input', function () {
        if (box.checked) {
          sync();
        }
      });
      sync();
    });
  }

  // <button data-copy="field-id" data-copied="Copied">: copies the field's text, e.g. a share link
  // shown once. Listened for on the document, so that buttons htmx swaps in work too.
  function initCopyButtons() {
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-copy]');
      var field = button && document.getElementById(button.getAttribute('data-copy'));
      if (!field) {
        return;
      }
      field.select();
      var done = function () {
        button.textContent = button.getAttribute('data-copied') || button.textContent;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done);
      } else if (document.execCommand('copy')) {
        done();
      }
    });
  }

  function init() {
    // Styles that only make sense with this script (e.g. hiding the search button that typing replaces).
    document.documentElement.classList.add('js');
    initNavigationToggle();
    showLocalTimes(document);
    initCsrfForHtmx();
    initCsrfForForms();
    initConfirmations();
    initBoardDrag();
    initBoardFocus();
    initBoardScrollKept();
    initCsvImport();
    initSameAddress();
    initCopyButtons();
    initDocumentUploads();
    initContactPicker();
    document.addEventListener('htmx:load', function (event) { showLocalTimes(event.detail.elt); });
  }

  // CSV import: an XHR rather than fetch, for the upload's progress; once the file is up, the server's
  // own progress (rows read, bytes of the file) is polled until the answer comes. The texts come from the page.
  function initCsvImport() {
    document.querySelectorAll('form[data-csv-import]').forEach(function (form) {
      var progress = form.querySelector('progress');
      var result = form.querySelector('[role="status"]');
      var errors = form.querySelector('.import-errors');
      var ignored = form.querySelector('.import-ignored');
      var button = form.querySelector('button[type="submit"]');
      var polling = null;

      function poll() {
        var ask = new XMLHttpRequest();
        ask.open('GET', form.dataset.progressUrl);
        ask.setRequestHeader('Accept', 'application/json');
        ask.addEventListener('load', function () {
          if (polling === null || ask.status !== 200) { return; }
          var now = JSON.parse(ask.responseText);
          progress.value = now.percent;
          result.textContent = fill(now.phase === 'saving' ? form.dataset.msgSaving : form.dataset.msgReading, now);
        });
        ask.send();
      }
      function finish(text) {
        window.clearInterval(polling);
        polling = null;
        progress.hidden = true;
        button.disabled = false;
        result.textContent = text;
      }
      function answered(request) {
        var body = {};
        try { body = JSON.parse(request.responseText); } catch (ignoredError) { body = {}; }
        if (request.status !== 200) {
          finish(fill(form.dataset.msgFailed, { detail: body.detail || request.statusText }));
          return;
        }
        finish(fill(form.dataset.msgDone, body));
        (body.errors || []).forEach(function (error) {
          var item = document.createElement('li');
          item.textContent = fill(form.dataset.msgLine, error);
          errors.appendChild(item);
        });
        var columns = body.ignoredColumns || [];
        ignored.textContent = fill(form.dataset.msgIgnored, { columns: columns.join(', ') });
        ignored.hidden = columns.length === 0;
        var search = document.getElementById('contact-filter');
        if (search && window.htmx) { htmx.trigger(search, 'submit'); }
      }

      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (button.disabled) { return; }
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        var headers = csrfHeaders();
        Object.keys(headers).forEach(function (name) { request.setRequestHeader(name, headers[name]); });
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
        });
        request.upload.addEventListener('load', function () {
          progress.value = 0;
          polling = window.setInterval(poll, 500);
        });
        request.addEventListener('load', function () { answered(request); });
        request.addEventListener('error', function () { finish(form.dataset.msgLost); });
        request.addEventListener('timeout', function () { finish(form.dataset.msgLost); });
        button.disabled = true;
        progress.value = 0;
        progress.hidden = false;
        result.textContent = '';
        errors.textContent = '';
        ignored.hidden = true;
        request.send(new FormData(form));
      });
    });
  }

  // Document uploads (htmx, hx-encoding multipart): a size check before sending, the upload's progress
  // while it goes, and a message when the server refuses before the panel could answer (e.g. 413).
  function initDocumentUploads() {
    function uploadForm(event) {
      var target = event.target;
      return target && target.closest ? target.closest('form[data-upload-progress]') : null;
    }
    function showError(form, text) {
      var error = form.querySelector('.upload-error');
      error.textContent = text;
      error.hidden = !text;
    }
    document.addEventListener('htmx:beforeRequest', function (event) {
      var form = uploadForm(event);
      if (!form) {
        return;
      }
      var file = form.querySelector('input[type=file]').files[0];
      if (file && file.size > Number(form.dataset.maxBytes)) {
        event.preventDefault();
        showError(form, form.dataset.msgTooLarge);
        return;
      }
      showError(form, '');
      var progress = form.querySelector('progress');
      progress.value = 0;
      progress.hidden = false;
    });
    document.addEventListener('htmx:xhr:progress', function (event) {
      var form = uploadForm(event);
      if (form && event.detail.lengthComputable) {
        form.querySelector('progress').value = Math.round(100 * event.detail.loaded / event.detail.total);
      }
    });
    document.addEventListener('htmx:responseError', function (event) {
      var form = uploadForm(event);
      if (form) {
        form.querySelector('progress').hidden = true;
        showError(form, event.detail.xhr.status === 413 ? form.dataset.msgTooLarge : form.dataset.msgFailed);
      }
    });
  }

  // The deal form's contact: typing asks the contact search (the JSON API, signed by the session's
  // cookie) for matches and lists them under the box; picking one keeps its id in the hidden field.
  // Typing again forgets the id, so the form sends either the picked contact or the typed text, which
  // the server looks up as it does without this script; an emptied box unlinks.
  function initContactPicker() {
    document.querySelectorAll('[data-contact-picker]').forEach(function (field) {
      var input = field.querySelector('input[type=text]');
      var hidden = field.querySelector('input[type=hidden]');
      var list = field.querySelector('[role=listbox]');
      var timer = null;
      var asked = 0;
      var active = -1;
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-expanded', 'false');

      function options() {
        return list.querySelectorAll('[role=option]');
      }
      function close() {
        asked++;
        list.hidden = true;
        list.textContent = '';
        active = -1;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
      }
      function highlight(index) {
        var all = options();
        if (!all.length) {
          return;
        }
        active = (index + all.length) % all.length;
        all.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === active)); });
        input.setAttribute('aria-activedescendant', all[active].id);
        all[active].scrollIntoView({ block: 'nearest' });
      }
      function pick(option) {
        hidden.value = option.getAttribute('data-id');
        input.value = option.getAttribute('data-name');
        close();
      }
      function show(contacts) {
        list.textContent = '';
        active = -1;
        if (!contacts.length) {
          var none = document.createElement('li');
          none.className = 'contact-option-none';
          none.textContent = field.getAttribute('data-msg-none');
          list.appendChild(none);
        }
        contacts.forEach(function (contact, i) {
          var name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
          var option = document.createElement('li');
          option.id = list.id + '-' + i;
          option.className = 'contact-option';
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.setAttribute('data-id', contact.id);
          option.setAttribute('data-name', name);
          option.textContent = name;
          var detail = contact.email || contact.phone || contact.company;
          if (detail) {
            var small = document.createElement('span');
            small.className = 'muted';
            small.textContent = detail;
            option.appendChild(small);
          }
          list.appendChild(option);
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      function search() {
        var q = input.value.trim();
        if (!q) {
          close();
          return;
        }
        var ticket = ++asked;
        fetch('/api/contacts?sort=name&limit=8&q=' + encodeURIComponent(q),
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (page) {
            // Only the answer to the latest text counts, and only while the box still has the focus.
            if (page && ticket === asked && document.activeElement === input) {
              show(page.items);
            }
          })
          .catch(function () { /* The box still works as plain text: the server looks the name up. */ });
      }

      input.addEventListener('input', function () {
        hidden.value = '';
        clearTimeout(timer);
        timer = setTimeout(search, 250);
      });
      input.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          if (list.hidden) {
            search();
          } else {
            highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
          }
        } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
          event.preventDefault();
          pick(options()[active]);
        } else if (event.key === 'Escape' && !list.hidden) {
          event.preventDefault();
          close();
        }
      });
      input.addEventListener('blur', close);
      // Pressing on an option must not take the focus away first, or the blur would close the list.
      list.addEventListener('mousedown', function (event) { event.preventDefault(); });
      list.addEventListener('click', function (event) {
        var option = event.target.closest('[role=option]');
        if (option) {
          pick(option);
        }
      });
    });
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return values[key] === undefined ? all : String(values[key]);
    });
  }

  window.Foyer = { csrfHeaders: csrfHeaders };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
