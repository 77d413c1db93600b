// Progressive enhancement only: every page works without this file.
(function () {
  // "Print or save as PDF": the browser's print dialog saves a PDF of the print layout.
  document.querySelectorAll('button.print').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  // Filter the rows of a table by school name as one types.
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    if (!table) { return; }
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase();
      table.querySelectorAll('tbody tr').forEach(function (row) {
        row.hidden = row.querySelector('th').textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
  // Changing the measure reloads the dashboard (the form also has a submit button).
  var measure = document.getElementById('measure');
  if (measure && measure.form) {
    measure.addEventListener('change', function () { measure.form.submit(); });
  }
})();
