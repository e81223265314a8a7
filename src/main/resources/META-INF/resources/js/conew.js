// CoNew's public form with JavaScript: posts the annotation to the JSON API and goes to the thank-you page; on any
// refusal it falls back to the plain form post, whose page shows the messages and keeps what was typed.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-api]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var text = function (name) {
      var value = data.get(name);
      return value && value.trim() ? value : null;
    };
    var feeling = text('feeling');
    var body = {
      stageId: Number(form.dataset.stage),
      feeling: feeling ? Number(feeling) : null,
      problem: text('problem'),
      idea: text('idea'),
      contact: data.get('contact') === 'yes',
      contactName: text('contactName'),
      contactEmail: text('contactEmail'),
      website: text('website')
    };
    fetch(form.dataset.api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 201 || response.status === 202) {
        window.location.assign(form.dataset.thanks);
      } else {
        form.submit();
      }
    }).catch(function () {
      form.submit();
    });
  });
});
