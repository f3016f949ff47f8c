/*
 * The words the scripts say, in the page's language: the server writes them on <body> as
 * data-msg-* attributes (see base.html), so no script holds a sentence of its own.
 * roundtableWords('draft-restored') gives a sentence; roundtableWords('new-posts', 3) fills
 * a counted one, written as an ICU plural pattern, with the page language's plural rules.
 */
(function () {
  'use strict';

  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;

  // "{count, plural, one {# word} few {# words} other {# words}}": the form for count, # replaced.
  function counted(pattern, count) {
    var forms = {};
    var form = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
    var found;
    while ((found = form.exec(pattern)) !== null) { forms[found[1]] = found[2]; }
    var chosen = forms['=' + count] || (rules && forms[rules.select(count)]) || forms.other || '';
    return chosen.replace(/#/g, String(count));
  }

  window.roundtableWords = function (name, count) {
    var text = document.body.getAttribute('data-msg-' + name) || '';
    return typeof count === 'number' ? counted(text, count) : text;
  };
}());
