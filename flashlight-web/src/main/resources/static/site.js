// Progressive enhancement only: every page works without this file.
(function () {
  // "Print or save as PDF": the browser's print dialog saves a PDF of the print layout.
  document.querySelectorAll('button.print').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  // Filter the rows of a table by school name as one types.
  function filter(input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    if (!table) { return; }
    var q = input.value.toLowerCase();
    table.querySelectorAll('tbody tr').forEach(function (row) {
      row.hidden = row.querySelector('th').textContent.toLowerCase().indexOf(q) < 0;
    });
  }
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    input.addEventListener('input', function () { filter(input); });
  });
  // Sorting: each column heading is a link to the page sorted on the server. With script, the sorted table
  // replaces this one in place (the same server rule, no second definition), and the address bar follows.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('table.sortable thead a');
    if (!link || !window.fetch || !window.DOMParser) { return; }
    event.preventDefault();
    var table = link.closest('table');
    fetch(link.href).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(table.id);
      table.replaceWith(fresh);
      history.pushState(null, '', link.href);
      document.querySelectorAll('input[data-filter]').forEach(filter);
      var same = fresh.querySelector('thead a[href="' + link.getAttribute('href') + '"]');
      var focus = fresh.querySelectorAll('thead a')[Array.prototype.indexOf.call(table.querySelectorAll('thead a'), link)];
      (same || focus || fresh).focus();
    }).catch(function () { window.location.href = link.href; });
  });
  // Changing the measure reloads the dashboard (the form also has a submit button).
  var measure = document.getElementById('measure');
  if (measure && measure.form) {
    measure.addEventListener('change', function () { measure.form.submit(); });
  }
})();
