/* The desk, live: one event stream (every queue the person may see, no personal data in it) tells the page what
   changed; the page then re-reads itself and swaps the parts that changed, announcing them to screen readers.
   Without JavaScript the desk works through ordinary page loads; it just does not refresh by itself. */
(function () {
  'use strict';
  if (!window.Suite || !window.EventSource) { return; }
  var list = document.getElementById('ticket-list');
  var live = document.getElementById('ticket-live');
  if (!list && !live) { return; }
  var timer = null;
  var opened = false;

  function reference(id) { return String(id || '').slice(0, 8).toUpperCase(); }

  function words(code) {
    var text = String(code || '').toLowerCase().replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function describe(event) {
    var ticket = 'ticket ' + reference(event.ticketId);
    switch (event.type) {
      case 'TICKET_CREATED': return 'New ' + ticket + ' in queue ' + event.queue + ', priority ' + words(event.priority) + '.';
      case 'TICKET_ASSIGNED': return words(ticket) + ' assigned to ' + (event.agent || 'an agent') + '.';
      case 'SLA_BREACHED': return 'Service level breached on ' + ticket + '.';
      case 'PRIORITY_RAISED': return 'Priority of ' + ticket + ' raised to ' + words(event.priority) + '.';
      case 'CUSTOMER_MESSAGE': return 'The customer wrote again on ' + ticket + '.';
      case 'STATUS_CHANGED': return words(ticket) + ' is now ' + words(event.status).toLowerCase() + '.';
      default: return words(ticket) + ' changed.';
    }
  }

  function untouched(section) {
    if (!section) { return true; }
    if (section.contains(document.activeElement)) { return false; }
    return Array.prototype.every.call(section.querySelectorAll('textarea, input[type="text"]'), function (field) {
      return field.value === '';
    });
  }

  function refresh() {
    timer = null;
    Suite.fetchPage(window.location.pathname).then(function (page) {
      if (list) {
        Suite.replace(page.doc, 'ticket-list');
        Suite.replace(page.doc, 'queues');
      }
      if (live) {
        Suite.replace(page.doc, 'ticket-live');
        Suite.replace(page.doc, 'ticket-facts');
        if (untouched(document.getElementById('ticket-actions'))) {
          Suite.replace(page.doc, 'ticket-actions');
        }
        var fresh = document.getElementById('ticket-live');
        var version = fresh ? fresh.getAttribute('data-version') : null;
        if (version) {
          Array.prototype.forEach.call(document.querySelectorAll('input[name="version"]'), function (input) { input.value = version; });
        }
      }
    }, function () { /* the next event or reconnect tries again */ });
  }

  function soon() {
    if (!timer) { timer = window.setTimeout(refresh, 250); }
  }

  var source = new EventSource('/desk/events');
  source.addEventListener('open', function () {
    // A reconnect may have missed events: the stream is best effort, the page is the truth.
    if (opened) { soon(); }
    opened = true;
  });
  source.addEventListener('message', function (message) {
    var event;
    try { event = JSON.parse(message.data); } catch (e) { return; }
    if (!event || !event.type) { return; }
    if (event.type === 'SUBSCRIBED') {
      // A queue's subscription is now in place. A ticket that changed between the page being rendered and this moment
      // sent its event to nobody: re-read the page once, so that nothing changed in that gap is missed.
      soon();
      return;
    }
    if (list) {
      Suite.announce(describe(event));
      soon();
    } else if (live && event.ticketId === live.getAttribute('data-ticket')) {
      Suite.announce(describe(event));
      soon();
    }
  });
})();
