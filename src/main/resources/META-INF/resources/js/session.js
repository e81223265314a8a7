// Warns before the idle session timeout ends and lets the user extend it (by keyboard too); pages work without it.
(function () {
  var body = document.body;
  var timeout = parseInt(body.getAttribute('data-session-timeout'), 10) * 1000;
  var warnAt = parseInt(body.getAttribute('data-session-warning'), 10) * 1000;
  var box = document.getElementById('session-warning');
  if (!box || !timeout) { return; }
  var button = document.getElementById('session-extend');
  var warningText = document.getElementById('session-warning-text');
  var endedText = document.getElementById('session-ended-text');
  var warnTimer, endTimer;

  function schedule() {
    clearTimeout(warnTimer); clearTimeout(endTimer);
    warnTimer = setTimeout(function () { box.hidden = false; button.focus(); }, warnAt);
    endTimer = setTimeout(function () {
      warningText.hidden = true; button.hidden = true; endedText.hidden = false;
    }, timeout);
  }

  button.addEventListener('click', function () {
    fetch('/session/extend', { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
      if (r.ok) { box.hidden = true; schedule(); }
      else { warningText.hidden = true; button.hidden = true; endedText.hidden = false; }
    });
  });
  schedule();
})();
