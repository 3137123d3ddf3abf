/* The customer chat without page loads: messages are sent in the background, new lines are added to the
   transcript (a polite live region), and while a person holds the conversation the page looks for their replies
   every few seconds. Without JavaScript every form still works through ordinary page loads. */
(function () {
  'use strict';
  var POLL_MS = 3000;
  var list = document.getElementById('messages');
  if (!list || !window.Suite) { return; }
  var timer = null;
  var busy = false;

  function status() { return document.getElementById('live-status'); }

  function lastSeq() { return Number(status().getAttribute('data-last') || 0); }

  function take(doc) {
    var known = lastSeq();
    var fresh = doc.getElementById('messages');
    if (fresh) {
      Array.prototype.forEach.call(fresh.querySelectorAll('li[data-seq]'), function (item) {
        if (Number(item.getAttribute('data-seq')) > known && !document.getElementById(item.id)) {
          list.appendChild(document.importNode(item, true));
        }
      });
    }
    Suite.update(doc, 'live-status');
    Suite.update(doc, 'form-notice');
    schedule();
  }

  function schedule() {
    if (timer) { window.clearTimeout(timer); timer = null; }
    if (status().getAttribute('data-control') === 'HUMAN') {
      timer = window.setTimeout(poll, POLL_MS);
    }
  }

  function poll() {
    timer = null;
    Suite.fetchPage(window.location.pathname).then(function (page) { take(page.doc); }, schedule);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!/\/messages$/.test(form.getAttribute('action') || '')) { return; }
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    Suite.submit(form).then(function (page) {
      var textarea = form.querySelector('textarea');
      var refused = page.doc.querySelector('#form-notice [role="alert"]');
      if (textarea && !refused) { textarea.value = ''; }
      take(page.doc);
    }, function () {
      form.submit();
    }).then(function () {
      busy = false;
      form.removeAttribute('aria-busy');
    });
  });

  var textarea = document.getElementById('message-text');
  if (textarea) {
    textarea.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        textarea.form.requestSubmit();
      }
    });
  }
  schedule();
})();
