/**
 * The page's only script: filters the server-rendered rows by severity, rule, file, text and suppression, and keeps
 * the counts in step. It reads data-* attributes and never builds HTML, so nothing it touches can inject markup.
 * Plain ES2017 so the file opens in any browser a CI artifact viewer might use.
 */
export const pageScript = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.finding'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var severityBoxes = Array.prototype.slice.call(form.querySelectorAll('input[name="severity"]'));
  var facets = Array.prototype.slice.call(form.querySelectorAll('[data-facet]'));
  var rule = document.getElementById('filter-rule');
  var file = document.getElementById('filter-file');
  var text = document.getElementById('filter-text');
  var suppressed = document.getElementById('show-suppressed');
  var count = document.getElementById('visible-count');
  var empty = document.getElementById('no-match');

  function current() {
    var severities = {};
    for (var i = 0; i < severityBoxes.length; i++) {
      if (severityBoxes[i].checked) severities[severityBoxes[i].value] = true;
    }
    return {
      severities: severities,
      rule: rule.value,
      file: file.value,
      text: text.value.trim().toLowerCase(),
      suppressed: suppressed.checked
    };
  }

  function passes(index, filters, ignoreSeverity) {
    var data = rows[index].dataset;
    if (!ignoreSeverity && !filters.severities[data.severity]) return false;
    if (data.status === 'suppressed' && !filters.suppressed) return false;
    if (filters.rule !== '' && data.rule !== filters.rule) return false;
    if (filters.file !== '' && data.file !== filters.file) return false;
    if (filters.text !== '' && texts[index].indexOf(filters.text) === -1) return false;
    return true;
  }

  function update() {
    var filters = current();
    var bySeverity = {};
    var visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var severity = rows[i].dataset.severity;
      if (passes(i, filters, true)) bySeverity[severity] = (bySeverity[severity] || 0) + 1;
      var show = passes(i, filters, false);
      rows[i].hidden = !show;
      if (show) visible += 1;
    }
    for (var j = 0; j < facets.length; j++) {
      facets[j].textContent = String(bySeverity[facets[j].getAttribute('data-facet')] || 0);
    }
    count.textContent = 'Showing ' + visible + ' of ' + rows.length + ' findings';
    count.setAttribute('data-visible', String(visible));
    empty.hidden = visible !== 0;
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  update();
})();
`;
