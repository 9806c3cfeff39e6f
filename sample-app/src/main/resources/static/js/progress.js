// Polls the upload job's JSON progress (fed server-side by UploadOptions' progress listener) and updates the bar.
(function () {
  var job = document.getElementById('job');
  if (!job) { return; }
  var url = job.getAttribute('data-progress-url');
  function render(p) {
    document.getElementById('bar').style.width = p.percent + '%';
    document.getElementById('percent').textContent = p.percent + '%';
    document.getElementById('state').textContent = p.finished ? 'Finished' : 'Uploading…';
    var rows = document.querySelectorAll('#items tr');
    p.files.forEach(function (f, i) {
      var row = rows[i];
      if (!row) { return; }
      row.querySelector('.item-progress').textContent = f.done + ' / ' + f.total + ' B';
      var cell = row.querySelector('.item-result');
      if (f.uuid && !cell.querySelector('a')) {
        cell.innerHTML = '';
        var a = document.createElement('a');
        a.className = 'file-link';
        a.href = '/files/' + f.uuid;
        a.textContent = f.uuid;
        cell.appendChild(a);
      }
      if (f.stored !== null && f.stored !== undefined) {
        row.querySelector('.item-stored').textContent = f.stored ? 'stored permanently'
          : 'not stored: removed after 24 hours';
      }
      if (f.error && !cell.querySelector('.error')) {
        var s = document.createElement('span');
        s.className = 'error';
        s.textContent = f.error;
        cell.appendChild(s);
      }
    });
    if (p.finished) { job.setAttribute('data-finished', 'true'); }
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (p) { render(p); if (!p.finished) { setTimeout(poll, 250); } })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
