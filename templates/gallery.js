// Offline filter for the gallery: hides cards (and empty groups) whose text lacks every typed word.
(function () {
  var box = document.getElementById('filter');
  var input = document.getElementById('filter-input');
  var status = document.getElementById('filter-status');
  var none = document.getElementById('no-match');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));
  box.hidden = false;
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute('data-search');
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      card.hidden = !match;
      if (match) { shown++; }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelectorAll('.card:not([hidden])').length === 0;
    });
    none.hidden = shown > 0;
    status.textContent = shown + ' of ' + cards.length + ' figures';
  }
  input.addEventListener('input', apply);
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; apply(); }
})();
