// Saves a questionnaire section on every change and says so in a polite live region; without it, the buttons save.
(function () {
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) { return; }
  var status = document.getElementById('save-status');
  var reload = document.getElementById('save-reload');
  var version = form.querySelector('input[name="version"]');
  var progress = document.getElementById('progress');
  var progressText = document.getElementById('progress-text');
  var saving = false, again = false, submitter = null;

  function tell(message, link) {
    status.textContent = message;
    reload.hidden = !link;
    reload.textContent = link || '';
  }

  // a number the browser cannot read is posted as empty, which would clear the answer: say so instead
  function unreadableNumber() {
    var numbers = form.querySelectorAll('input[type="number"]');
    for (var i = 0; i < numbers.length; i++) {
      if (numbers[i].validity && numbers[i].validity.badInput) { return true; }
    }
    return false;
  }

  function save() {
    if (unreadableNumber()) { tell(form.getAttribute('data-bad-number')); return; }
    if (saving) { again = true; return; }
    saving = true;
    tell(form.getAttribute('data-saving'));
    fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') !== 0) { throw new Error('not an autosave answer'); }
      return response.json();
    }).then(function (result) {
      if (result.saved) {
        version.value = result.version;
        progress.max = result.visible;
        progress.value = result.answered;
        progress.textContent = result.percent + '%';
        progressText.textContent = result.progress;
      }
      tell(result.message, result.link);
    }).catch(function () {
      tell(form.getAttribute('data-failed'));
    }).then(function () {
      saving = false;
      if (submitter) {
        // a button was pressed while saving: send the page now, with the version that save produced
        var button = submitter;
        submitter = null; again = false;
        if (form.requestSubmit && button.form === form) { form.requestSubmit(button); } else { form.submit(); }
      } else if (again) {
        again = false; save();
      }
    });
  }

  form.addEventListener('submit', function (event) {
    if (saving) {
      event.preventDefault();
      submitter = event.submitter || form.querySelector('button[type="submit"]');
    }
  });

  form.addEventListener('change', function (event) {
    if (event.target.name && event.target.name !== 'next') { save(); }
  });
})();
