/*
 * Who's-who marks as popovers, optional like the other scripts: without it, each mark in an
 * article (a.term, written by the server) is a link to its entry in the "Who's who and key
 * terms" list below the article. With it, a mark is a disclosure button (aria-expanded,
 * aria-controls) that shows the term and its explanation right after the mark, so Tab moves
 * from the mark into the popover and on through the text. Escape closes it and returns
 * focus to the mark; a click elsewhere closes it.
 */
(function () {
  'use strict';

  var POPOVER_ID = 'term-popover';
  var popover, termText, explanationText, current = null;

  function build() {
    popover = document.createElement('span');
    popover.className = 'term-popover';
    popover.id = POPOVER_ID;
    popover.hidden = true;
    termText = document.createElement('strong');
    termText.className = 'term-popover-term';
    explanationText = document.createElement('span');
    explanationText.className = 'term-popover-text';
    var foot = document.createElement('span');
    foot.className = 'term-popover-foot';
    var all = document.createElement('a');
    all.href = '#whos-who';
    all.textContent = roundtableWords('all-terms');
    all.addEventListener('click', function () { close(false); });
    var closeButton = document.createElement('button');
    closeButton.type = 'button';
    closeButton.className = 'term-popover-close';
    closeButton.textContent = roundtableWords('close');
    closeButton.addEventListener('click', function () { close(true); });
    foot.appendChild(all);
    foot.appendChild(closeButton);
    popover.appendChild(termText);
    popover.appendChild(explanationText);
    popover.appendChild(foot);
  }

  function entryOf(mark) {
    var entry = document.getElementById(mark.getAttribute('href').slice(1));
    if (!entry) { return null; }
    var dt = entry.querySelector('dt');
    var dd = entry.querySelector('dd');
    return dt && dd ? { term: dt.textContent, explanation: dd.textContent } : null;
  }

  function place(mark) {
    var parent = popover.offsetParent;
    var width = parent ? parent.clientWidth : document.documentElement.clientWidth;
    var left = Math.max(0, Math.min(mark.offsetLeft, width - popover.offsetWidth));
    popover.style.left = left + 'px';
    popover.style.top = (mark.offsetTop + mark.offsetHeight + 4) + 'px';
  }

  function open(mark) {
    var entry = entryOf(mark);
    if (!entry) { return; }
    if (current) { close(false); }
    termText.textContent = entry.term;
    explanationText.textContent = entry.explanation;
    mark.insertAdjacentElement('afterend', popover);
    popover.hidden = false;
    mark.setAttribute('aria-expanded', 'true');
    current = mark;
    place(mark);
  }

  function close(returnFocus) {
    if (!current) { return; }
    var mark = current;
    current = null;
    popover.hidden = true;
    mark.setAttribute('aria-expanded', 'false');
    if (returnFocus) { mark.focus(); }
  }

  function toggle(mark) {
    if (current === mark) { close(false); } else { open(mark); }
  }

  function setUp() {
    var marks = document.querySelectorAll('a.term[href^="#term-"]');
    if (!marks.length) { return; }
    build();
    marks.forEach(function (mark) {
      if (!entryOf(mark)) { return; }
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-expanded', 'false');
      mark.setAttribute('aria-controls', POPOVER_ID);
      mark.addEventListener('click', function (event) {
        event.preventDefault();
        toggle(mark);
      });
      mark.addEventListener('keydown', function (event) {
        // A link answers Enter by itself; a button also answers Space.
        if (event.key === ' ') {
          event.preventDefault();
          toggle(mark);
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) {
        event.preventDefault();
        close(true);
      }
    });
    document.addEventListener('click', function (event) {
      if (current && !popover.contains(event.target) && !current.contains(event.target)) {
        close(false);
      }
    });
    window.addEventListener('resize', function () {
      if (current) { place(current); }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
