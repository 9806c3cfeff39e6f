// Polls /events.json and redraws the webhook events table.
(function () {
  var table = document.getElementById('events');
  if (!table) { return; }
  var url = table.getAttribute('data-events-url');
  var body = document.getElementById('event-rows');
  var empty = document.getElementById('no-events');
  function cell(row, text) { var td = document.createElement('td'); td.textContent = text == null ? '' : text; row.appendChild(td); return td; }
  function render(events) {
    body.innerHTML = '';
    events.forEach(function (e) {
      var row = document.createElement('tr');
      row.className = 'event';
      row.setAttribute('data-event', e.event);
      row.setAttribute('data-uuid', e.uuid || '');
      cell(row, e.id);
      cell(row, e.receivedAt);
      cell(row, e.event).className = 'event-name';
      var file = cell(row, '');
      if (e.uuid) {
        var a = document.createElement('a');
        a.href = '/files/' + e.uuid;
        a.textContent = e.filename || e.uuid;
        file.appendChild(a);
      }
      cell(row, e.initiator);
      cell(row, e.type);
      body.appendChild(row);
    });
    empty.classList.toggle('hidden', events.length > 0);
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(render)
      .catch(function () {})
      .finally(function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, 1000);
})();
