/* Shared by the suite's pages: announce changes to screen readers, send a form without a page load, and take
   fresh parts of a page from a re-fetched copy of it. No storage is used: nothing personal stays in the browser. */
(function () {
  'use strict';

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  function announce(text) {
    var region = document.getElementById('announcer');
    if (!region) { return; }
    region.textContent = '';
    window.setTimeout(function () { region.textContent = text; }, 60);
  }

  /* Fetches a page of this site as a document. A session that can no longer be refreshed answers 499 (quarkus-oidc
     for script requests): reload, so the browser goes through the sign-in page. */
  function fetchPage(url, options) {
    var init = Object.assign({ credentials: 'same-origin', redirect: 'follow' }, options || {});
    init.headers = Object.assign({ 'X-Requested-With': 'JavaScript', 'X-CSRF-Token': csrf() }, init.headers || {});
    return fetch(url, init).then(function (response) {
      if (response.status === 499 || response.status === 401) {
        window.location.reload();
        throw new Error('signed out');
      }
      return response.text().then(function (html) {
        return { status: response.status, doc: new DOMParser().parseFromString(html, 'text/html') };
      });
    });
  }

  function submit(form) {
    return fetchPage(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) });
  }

  /* Replaces an element by its fresh copy, keeping keyboard focus on the element with the same id. */
  function replace(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (!fresh || !old) { return false; }
    var focused = document.activeElement;
    var focusId = focused && old.contains(focused) ? focused.id : null;
    old.replaceWith(document.importNode(fresh, true));
    if (focusId) {
      var again = document.getElementById(focusId);
      if (again) { again.focus(); }
    }
    return true;
  }

  /* Copies a fresh element's content and attributes into the existing one: a live region must stay in place for
     screen readers to announce its change. Returns whether anything changed. */
  function update(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (!fresh || !old) { return false; }
    var changed = old.innerHTML !== fresh.innerHTML;
    Array.prototype.forEach.call(fresh.attributes, function (a) { old.setAttribute(a.name, a.value); });
    if (changed) { old.innerHTML = fresh.innerHTML; }
    return changed;
  }

  window.Suite = { csrf: csrf, announce: announce, fetchPage: fetchPage, submit: submit, replace: replace, update: update };
})();
