/*
 * Keeps the header's count of unread notices up to date while a page is open; optional,
 * like every script here: without it the count is right on the next page.
 */
(function () {
  'use strict';

  // The header's "What's new" count follows the reader's notices on every page. A rise is said
  // politely in a hidden live region; nothing takes the focus. Without this, the count is right
  // on the next page. Where the browser can, one tab of the account holds the stream and passes
  // each count on to the others, so tabs do not use up the browser's connections.
  function liveNotices() {
    var link = document.querySelector('[data-notices-events]');
    var account = document.querySelector('[data-account]');
    if (!link || !account || !window.EventSource) { return; }
    var count = link.querySelector('[data-notice-count]');
    var badge = link.querySelector('.notice-count');
    var news = document.querySelector('[data-notice-news]');
    var shown = parseInt(count.getAttribute('data-notice-count'), 10) || 0;
    var name = 'roundtable-notices:' + account.getAttribute('data-account');
    var others = window.BroadcastChannel ? new BroadcastChannel(name) : null;

    // unread: {count, label}, as the server counts and words it ("99+" past 99).
    function show(unread) {
      if (!unread || typeof unread.count !== 'number') { return; }
      count.textContent = unread.label;
      count.setAttribute('data-notice-count', String(unread.count));
      badge.hidden = unread.count === 0;
      if (unread.count > shown && news) {
        news.textContent = unread.label === String(unread.count)
          ? roundtableWords('new-notices', unread.count)
          : roundtableWords('many-notices', unread.count - 1);
      }
      shown = unread.count;
    }

    function heard(event) {
      var unread = JSON.parse(event.data);
      show(unread);
      if (others) { others.postMessage(unread); }
    }

    function listen() {
      var source = new EventSource(link.getAttribute('data-notices-events'));
      // Marks the link while its stream is open (tests wait for it).
      source.addEventListener('ready', function (event) {
        heard(event);
        link.setAttribute('data-notices-open', '');
      });
      source.addEventListener('error', function () { link.removeAttribute('data-notices-open'); });
      source.addEventListener('notices', heard);
    }

    if (!others || !navigator.locks) { listen(); return; }
    others.onmessage = function (message) { show(message.data); };
    // Held until this page goes; then another tab of the account takes the stream over.
    navigator.locks.request(name, function () {
      listen();
      return new Promise(function () {});
    });
  }

  document.addEventListener('DOMContentLoaded', liveNotices);
}());
