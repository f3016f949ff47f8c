/*
 * The live word count under an answer box, optional like the rest: without it the box
 * shows its minimum as a hint. Kept apart from roundtable.js, which keeps drafts and
 * shows live posts.
 */
(function () {
  'use strict';

  // ------------------------------------------------------------ word count
  // Counts words as the server does (Markdown.wordCount: the text of the rendered post, split
  // on white space): the Markdown markers that rendering drops (list bullets and numbers,
  // quote marks, heading marks, rules) are not counted.
  function countWords(text) {
    var words = 0;
    text.split('\n').forEach(function (line) {
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { return; }
      var stripped = line.replace(/^\s*(>\s*)*([-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?/, '').trim();
      if (stripped !== '') { words += stripped.split(/\s+/).length; }
    });
    return words;
  }

  function wordCounts() {
    document.querySelectorAll('output.word-count').forEach(function (output) {
      var box = document.getElementById(output.getAttribute('for'));
      if (!box) { return; }
      var min = parseInt(output.getAttribute('data-min'), 10) || 0;
      var timer;
      function show() {
        var words = countWords(box.value);
        var text = roundtableWords('words', words);
        if (min > 0 && words < min) {
          text += ' — ' + roundtableWords('more-words', min - words) + ' ' + roundtableWords('to-reach') + ' ' + min;
        }
        output.textContent = text;
        output.classList.toggle('short', min > 0 && words < min);
      }
      box.addEventListener('input', function () {
        // Screen readers hear the count once typing pauses, not at every key.
        clearTimeout(timer);
        timer = setTimeout(show, 400);
      });
      show();
      output.hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', wordCounts);
}());
