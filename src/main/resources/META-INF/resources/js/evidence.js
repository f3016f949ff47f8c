/*
 * The article beside the answer form, optional like the other scripts: without it each
 * section is a <details> the student opens, and a button keeps the draft while the section
 * opens in the article page. With it, choosing a section in "Cite a section" opens that
 * section beside the form (under it on a phone), and a sentence selected in a section can
 * be added to the answer as a '>' quote, which the server links to its paragraph.
 */
(function () {
  'use strict';

  function showCited(select) {
    var section = document.getElementById('evidence-' + select.value);
    if (!section) { return; }
    section.open = true;
    section.scrollIntoView({ block: 'nearest' });
  }

  // The selection inside the article panel, kept as it is made: pressing a button may clear it.
  var selected = '';

  function selectionIn(panel) {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return ''; }
    var node = selection.getRangeAt(0).commonAncestorContainer;
    return panel.contains(node) ? selection.toString().replace(/\s+/g, ' ').trim() : '';
  }

  function quote(box, text) {
    var before = box.value.replace(/\s+$/, '');
    box.value = (before ? before + '\n\n' : '') + '> ' + text + '\n\n';
    box.dispatchEvent(new Event('input', { bubbles: true })); // the draft and the word count follow
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  function quoting(panel, box, status) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small button-secondary evidence-quote';
    button.textContent = roundtableWords('quote-selected');
    button.disabled = true;
    document.addEventListener('selectionchange', function () {
      var text = selectionIn(panel);
      if (text || !panel.contains(document.activeElement)) { selected = text; }
      button.disabled = selected === '';
    });
    button.addEventListener('click', function () {
      if (!selected) { return; }
      quote(box, selected);
      status.textContent = roundtableWords('quote-added');
      selected = '';
      button.disabled = true;
    });
    return button;
  }

  function evidence() {
    var panel = document.getElementById('evidence');
    if (!panel) { return; }
    document.querySelectorAll('select[name=sectionId]').forEach(function (select) {
      select.addEventListener('change', function () { showCited(select); });
    });
    var box = document.getElementById('answer-body');
    if (!box || box.readOnly) { return; }
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    var hint = panel.querySelector('.hint');
    var button = quoting(panel, box, status);
    hint.parentNode.insertBefore(button, hint.nextSibling);
    hint.parentNode.insertBefore(status, button.nextSibling);
    hint.textContent = hint.textContent + ' ' + roundtableWords('or-select');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', evidence);
  } else {
    evidence();
  }
}());
