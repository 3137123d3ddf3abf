/* The customer chat without page loads: messages are sent in the background, new lines are added to the
   transcript (a polite live region), and while a person holds the conversation the page looks for their replies
   every few seconds. Without JavaScript every form still works through ordinary page loads.
   Each message goes with an Idempotency-Key (the form's hidden "key", one per message): when the send fails on the
   way (no answer, or 502/503/504 from in front of the service) the same message is sent again with the same key, so
   the service answers it once however often it arrives; a new key is made for the next message, or when the
   customer changes the text of one that was not answered. */
(function () {
  'use strict';
  var POLL_MS = 3000;
  var list = document.getElementById('messages');
  if (!list || !window.Suite) { return; }
  var timer = null;
  var busy = false;
  var RETRIES = 3;
  var textOfKey = typeof WeakMap === 'function' ? new WeakMap() : null;

  /* A random (version 4) UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function wait(ms) {
    return new Promise(function (resolve) { window.setTimeout(resolve, ms); });
  }

  /* Sends the form; a send that got no answer, or 502/503/504, is sent again with the same key. */
  function send(form, attempt) {
    return Suite.submit(form).then(function (page) {
      if (page.status >= 502 && page.status <= 504 && attempt < RETRIES) {
        return wait(1000 * (attempt + 1)).then(function () { return send(form, attempt + 1); });
      }
      return page;
    }, function (error) {
      if (attempt < RETRIES && error && error.message !== 'signed out') {
        return wait(1000 * (attempt + 1)).then(function () { return send(form, attempt + 1); });
      }
      throw error;
    });
  }

  /* The text and key stay in the form: pressing Send again retries the same message. */
  function notSent() {
    var notice = document.getElementById('form-notice');
    if (!notice) { return; }
    var p = document.createElement('p');
    p.className = 'notice warning';
    p.setAttribute('role', 'alert');
    p.textContent = 'Sorry, that did not go through. Your message is kept: press Send to try again.';
    notice.replaceChildren ? notice.replaceChildren(p) : (notice.innerHTML = '', notice.appendChild(p));
  }

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
    var key = form.querySelector('input[name="key"]');
    var text = (form.querySelector('[name="text"]') || {}).value;
    if (key && textOfKey) {
      if (textOfKey.has(form) && textOfKey.get(form) !== text) { key.value = newKey(); } // another message
      textOfKey.set(form, text);
    }
    send(form, 0).then(function (page) {
      if (page.status >= 500) { notSent(); return; }
      var textarea = form.querySelector('textarea');
      var refused = page.doc.querySelector('#form-notice [role="alert"]');
      if (!refused) {
        if (textarea) { textarea.value = ''; }
        if (key) { key.value = newKey(); }
        if (textOfKey) { textOfKey.delete(form); }
      }
      take(page.doc);
    }, function () {
      form.submit(); // the same key again, through an ordinary page load
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
